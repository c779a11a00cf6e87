"""安息 EverRest: a funeral and memorial services provider with five service centres (服务中心) in Shanghai, Suzhou, Wuxi
and Ningbo, its own cemetery (安息园 EverRest Garden, Suzhou Taihu) and a columbarium (思亲堂 Remembrance Hall,
Shanghai). A family finds us (hospital referral, the 24-hour hotline, WeChat, the website, the neighbourhood committee
or another family), enquires by phone / WeChat / the website, a consultant calls back, an arrangement meeting is held
(at home, at the hospital or at the centre), the family chooses and pays a package (生态简葬 eco, 简约火化 basic
cremation, 标准告别 standard farewell, 尊享追思 premium memorial hall), adds flowers and add-ons (livestream of the
service, cosmetology, memorial video, the 豆腐饭 memorial meal), the farewell ceremony is held, the family may visit the
cemetery and buy a plot or a columbarium niche, the ashes are interred, an aftercare call follows, some families join
grief support, and anniversary / Qingming reminders invite them to book a memorial service. Families planning ahead
(生前规划, pre-need) visit the cemetery and buy plots without a ceremony.
History 2025-01-01 .. 2026-06-30 (the extract was taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 4200
NIGHT_OUTSOURCED = datetime(2025, 11, 1)        # night hotline handed to an outside call centre
PUDONG_RENOVATION = (datetime(2026, 1, 5), datetime(2026, 4, 1))   # two of Pudong's halls closed
STREAM_VENDOR = (datetime(2025, 6, 1), datetime(2025, 11, 1))      # Suzhou's new livestream vendor
AFTERCARE_GAP = (datetime(2025, 7, 1), datetime(2025, 9, 1))       # aftercare team short-staffed
UPKEEP = (datetime(2025, 7, 1), datetime(2025, 10, 1))             # Taihu garden maintenance contractor left
NINGBO_OPEN = datetime(2025, 9, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "首次咨询", "First enquiry", "awareness", "phone", "digital", "hotline",
     "咨询|来电|打电话|微信咨询|官网留言|报丧|enquiry|inquiry|first call|first contact"),
    ("tp_callback", "顾问回电", "Consultant callback", "consideration", "phone", "digital", "hotline",
     "回电|回访电话|顾问联系|callback|call back|returned call"),
    ("tp_arrange", "治丧洽谈", "Arrangement meeting", "consideration", "store", "physical", "funeral_directors",
     "洽谈|安排会|上门洽谈|商量后事|arrangement|arrangement meeting|planning meeting"),
    ("tp_package", "选定套餐", "Package chosen & paid", "purchase", "store", "physical", "funeral_directors",
     "套餐|签约|付款|定套餐|package|signed|package paid|contract"),
    ("tp_addon", "加购服务", "Flowers & add-ons", "purchase", "store", "physical", "funeral_directors",
     "加购|花圈|花篮|鲜花|遗容整理|追思视频|豆腐饭|add-on|flowers|wreath|extras"),
    ("tp_cancel", "取消服务", "Service cancelled", "service", "phone", "digital", "customer_service",
     "取消|退订|不办了|cancel|cancellation"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance", "退款|退钱|refund|money back"),
    ("tp_ceremony", "告别仪式", "Farewell ceremony", "service", "store", "physical", "funeral_directors",
     "告别仪式|追悼会|告别会|出殡|仪式当天|farewell|ceremony|funeral service|service day"),
    ("tp_livestream", "仪式直播", "Ceremony livestream", "service", "web", "digital", "it",
     "直播|线上追思|云告别|livestream|live stream|online service"),
    ("tp_plot_visit", "墓园参观", "Cemetery visit", "consideration", "store", "physical", "cemetery_sales",
     "看墓|参观墓园|选墓|看格位|cemetery visit|site visit|plot viewing|tour"),
    ("tp_plot_buy", "墓位/格位购买", "Plot / niche purchase", "purchase", "store", "physical", "cemetery_sales",
     "买墓|购墓|墓位|格位|骨灰位|plot|niche|grave|columbarium"),
    ("tp_interment", "落葬安放", "Interment", "service", "store", "physical", "cemetery_ops",
     "落葬|下葬|安放|入土|interment|burial day|placement"),
    ("tp_aftercare", "关怀回访", "Aftercare call", "loyalty", "phone", "digital", "aftercare",
     "回访|关怀电话|后续关怀|aftercare|follow-up call|check-in call"),
    ("tp_grief", "哀伤辅导", "Grief support", "loyalty", "store", "physical", "aftercare",
     "哀伤辅导|心理疏导|互助小组|grief support|grief counselling|support group"),
    ("tp_reminder", "纪念日提醒", "Memorial reminder", "loyalty", "social", "digital", "aftercare",
     "周年提醒|清明提醒|祭扫提醒|reminder|anniversary reminder|qingming reminder"),
    ("tp_memorial", "追思祭扫预约", "Memorial service booked", "loyalty", "store", "physical", "aftercare",
     "周年追思|代祭扫|祭扫服务|memorial service|anniversary service|tomb sweeping service"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("arrange", "治丧服务", "At-need arrangement", ["tp_enquiry", "tp_callback", "tp_arrange", "tp_package",
                                                   "tp_ceremony"], 10),
    ("memorial", "墓位选购", "Plot purchase", ["tp_plot_visit", "tp_plot_buy", "tp_interment"], 90),
    ("aftercare", "关怀服务", "Aftercare", ["tp_ceremony", "tp_aftercare", "tp_grief"], 60),
    ("remember", "纪念追思", "Memorial reminders", ["tp_reminder", "tp_memorial"], 30),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
]
BRANCHES = [  # id, city, zh, en, opened, weight in city, directors
    ("B1", "Shanghai", "上海徐汇服务中心", "Shanghai Xuhui", None, 0.55, ["王礼仪师", "陈礼仪师", "周礼仪师"]),
    ("B2", "Shanghai", "上海浦东服务中心", "Shanghai Pudong", None, 0.45, ["李礼仪师", "赵礼仪师", "吴礼仪师"]),
    ("B3", "Suzhou", "苏州姑苏服务中心", "Suzhou Gusu", None, 1.0, ["沈礼仪师", "顾礼仪师"]),
    ("B4", "Wuxi", "无锡滨湖服务中心", "Wuxi Binhu", None, 1.0, ["钱礼仪师", "孙礼仪师"]),
    ("B5", "Ningbo", "宁波鄞州服务中心", "Ningbo Yinzhou", NINGBO_OPEN, 1.0, ["林礼仪师"]),
]
DIRECTOR_EN = {"王礼仪师": "Director Wang", "陈礼仪师": "Director Chen", "周礼仪师": "Director Zhou",
               "李礼仪师": "Director Li", "赵礼仪师": "Director Zhao", "吴礼仪师": "Director Wu",
               "沈礼仪师": "Director Shen", "顾礼仪师": "Director Gu", "钱礼仪师": "Director Qian",
               "孙礼仪师": "Director Sun", "林礼仪师": "Director Lin"}
CITIES = {"Shanghai": ("上海", 0.46), "Suzhou": ("苏州", 0.24), "Wuxi": ("无锡", 0.18), "Ningbo": ("宁波", 0.12)}
CHANNELS = {  # id: zh, weight, enquiry channel, p(arrange | callback)
    "hospital_referral": ("医院转介", 0.24, "phone", 0.90),
    "hotline": ("24小时热线", 0.20, "phone", 0.78),
    "wechat": ("微信公众号", 0.20, "wechat", 0.62),
    "website": ("官网", 0.14, "web", 0.40),
    "community": ("社区推荐", 0.10, "phone", 0.74),
    "family_referral": ("老客户介绍", 0.12, "wechat", 0.86),
}
PACKAGES = {  # id: zh, price, weights by ceremony preference handled below
    "eco": ("生态简葬", 6800), "basic": ("简约火化", 9800), "standard": ("标准告别", 19800),
    "premium": ("尊享追思", 39800),
}
PLOTS = {  # id: zh, price range, cemetery
    "traditional": ("传统墓", (88000, 168000), "taihu"), "art": ("艺术墓", (98000, 138000), "taihu"),
    "lawn": ("草坪葬", (36000, 52000), "taihu"), "niche": ("骨灰格位", (18000, 36000), "siqin"),
    "tree": ("树葬", (9800, 12800), "taihu"),
}
CEMETERY = {"taihu": ("安息园（太湖）", "EverRest Garden Taihu"), "siqin": ("思亲堂", "Remembrance Hall")}
ADDONS = {  # id: zh, price choices, base probability
    "cosmetology": ("遗容整理", [1200, 1500, 1800], 0.30), "livestream": ("仪式直播", [800], 0.22),
    "video": ("追思视频", [1200, 1600], 0.18), "catering": ("豆腐饭", [3200, 4800, 6800, 8800], 0.35),
}
PREFS = {"buddhist": ("佛教", 0.38), "civil": ("无宗教简约", 0.42), "christian": ("基督教", 0.10),
         "taoist": ("道教", 0.10)}
RELATIONS = {"child": ("子女", 0.58), "spouse": ("配偶", 0.20), "grandchild": ("孙辈", 0.10),
             "sibling": ("兄弟姐妹", 0.07), "other": ("其他亲属", 0.05)}
ORDER_ZH = {"package": "治丧套餐", "plot": "墓位", "niche": "骨灰格位", "flowers": "鲜花花圈", "add_on": "增值服务",
            "memorial_service": "追思祭扫"}
PAY = {"bank_transfer": "银行转账", "wechat_pay": "微信支付", "card": "刷卡"}

TXT = {  # topic: (zh texts, en texts)
    "night_wait": (["半夜打电话过来，等了一个多小时才有人回电", "凌晨报丧，留了电话迟迟没人回电，家里人都慌了",
                    "夜里打热线只有录音，第二天早上才回电"],
                   ["We called at night and nobody called back for over an hour",
                    "Left a message at 2am and had to wait ages for a call back",
                    "The night line only took a message, the callback came next morning"]),
    "ceremony_delay": (["告别仪式推迟了快一个小时才开始，亲友都在门口干等", "仪式比约好的时间推迟了很久，也没人提前说明",
                        "前一场没结束，我们的告别会被推迟了"],
                       ["The farewell started almost an hour late and the guests waited outside",
                        "Our service was delayed with no explanation",
                        "The hall was still in use so the ceremony was delayed"]),
    "hidden_fees": (["签约后又加了很多额外收费，感觉有隐形消费", "报价不透明，最后结账多出好几千的额外收费",
                     "一直推销加购项目，隐形消费太多"],
                    ["Lots of hidden charges appeared after we signed", "The final bill had extra fees nobody mentioned",
                     "We felt upsold at a very hard moment, too many hidden charges"]),
    "livestream": (["仪式直播一直卡顿，国外的亲戚根本看不了", "直播中途断了好几次，很遗憾",
                    "花钱买了直播，结果画面卡得厉害"],
                   ["The livestream froze and our relatives overseas missed the service",
                    "The stream kept dropping during the eulogy", "We paid for the livestream and it barely worked"]),
    "refund_slow": (["取消后退款拖了一个多星期还没到账", "退款流程太慢，打了好几次电话"],
                    ["The refund still hasn't arrived after more than a week", "Chasing the refund took many calls"]),
    "upkeep": (["墓园里杂草很多，墓区还有积水，和当初说的不一样", "去落葬的时候看到周围杂草没人打理"],
               ["The garden was overgrown with weeds and there was standing water near the plot",
                "Weeds everywhere at the interment, upkeep has slipped"]),
    "parking": (["清明去墓园停车太难了，排了一个小时", "祭扫高峰停车位不够，老人走了很远"],
                ["Parking at the cemetery over Qingming was a nightmare",
                 "No parking near the garden on the busy weekend, elderly relatives had to walk far"]),
    "staff_praise": (["礼仪师非常专业也很体贴，整个流程安排得井井有条", "感谢礼仪师耐心陪着我们，一点都不催",
                      "礼仪师细心周到，让老人走得很体面"],
                     ["Our funeral director was so kind and patient, everything ran smoothly",
                      "The funeral director guided us through every step with real care",
                      "Thank you to the funeral director, a dignified farewell"]),
    "grief_help": (["参加了哀伤辅导小组，心里好受了很多", "哀伤辅导的老师很温柔，谢谢你们的关怀"],
                   ["The grief support group helped my mother a lot", "Grateful for the grief counselling sessions"]),
}
GEN = {
    "pos": (["整体安排很周到，谢谢", "服务很好，家里人都很满意", "一切顺利，感谢各位"],
            ["Everything was handled with care, thank you", "Very good service overall", "All went well, thanks"]),
    "neu": (["流程还可以，价格偏高", "总体一般，中规中矩", "还行吧"],
            ["It was okay, a bit pricey", "Average experience", "Fine overall"]),
    "neg": (["体验很差，很失望", "非常不满意，不会推荐", "沟通很糟糕"],
            ["Very disappointing experience", "Not satisfied at all, would not recommend", "Poor communication"]),
}
NEG_TOPICS = {"night_wait", "ceremony_delay", "hidden_fees", "livestream", "refund_slow", "upkeep", "parking"}
TOPIC_TP = [("night_wait", "tp_callback"), ("refund_slow", "tp_refund"), ("livestream", "tp_livestream"),
            ("ceremony_delay", "tp_ceremony"), ("hidden_fees", "tp_addon"), ("upkeep", "tp_interment"),
            ("parking", "tp_plot_visit"), ("grief_help", "tp_grief"), ("staff_praise", "tp_ceremony")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    """deaths peak in winter."""
    return {1: 1.45, 2: 1.3, 3: 1.05, 4: 0.95, 5: 0.85, 6: 0.8, 7: 0.85, 8: 0.85, 9: 0.9, 10: 0.95, 11: 1.1,
            12: 1.35}[d.month]


def is_night(t: datetime) -> bool:
    return t.hour >= 22 or t.hour < 7


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_case = 0

    def ev(self, c, t, tp, sid, action, case=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if case:
            row.update(case)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, case, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="store", device=None, order_type=otype, 订单类型=ORDER_ZH[otype],
                   case_id=case.get("case_id"), branch_id=case.get("branch_id"), branch=case.get("branch"),
                   branch_en=case.get("branch_en"), branch_city=case.get("branch_city"), 服务城市=case.get("服务城市"),
                   currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, case=None, undated=False, gen=None, tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_ceremony" if case and case.get("package")
                      else "tp_enquiry")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang)
        if case:
            for k in ("case_id", "branch_id", "branch", "branch_en", "branch_city", "服务城市", "package", "套餐",
                      "director", "director_en"):
                row[k] = case.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START
        while d <= datetime(2026, 6, 27):
            growth = 0.8 + 0.4 * (d - START).days / 545
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(0, 24)))
            cities = [x for x in CITIES if x != "Ningbo" or t >= NINGBO_OPEN]
            city = pick(cities, [CITIES[x][1] for x in cities])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            kind = "pre_need" if rng.random() < 0.2 else "at_need"
            if kind == "pre_need" and ch == "hospital_referral":     # hospitals only refer at-need families
                ch = pick([x for x in CHANNELS if x != "hospital_referral"],
                          [v[1] for k_, v in CHANNELS.items() if k_ != "hospital_referral"])
            en_share = {"Shanghai": 0.16, "Suzhou": 0.09, "Wuxi": 0.05, "Ningbo": 0.05}[city]
            overseas = rng.random() < (0.35 if rng.random() < en_share * 2 else 0.08)
            self.cust.append(dict(
                customer_id=f"F{i + 1:05d}", first=t, city=city, channel=ch, kind=kind,
                pref=pick(list(PREFS), [p[1] for p in PREFS.values()]),
                rel=pick(list(RELATIONS), [r[1] for r in RELATIONS.values()]),
                age=pick(["25-34", "35-44", "45-54", "55-64", "65+"], [0.08, 0.2, 0.34, 0.26, 0.12]
                         if kind == "at_need" else [0.02, 0.06, 0.22, 0.38, 0.32]),
                en_share=en_share, overseas=overseas, lang="en" if rng.random() < en_share else "zh",
                device=pick(["ios", "android", "pc"], [0.4, 0.4, 0.2]), spend=0.0, cases=0, plots=0,
                ceremony_at=None))

    def branch_for(self, c, t):
        opts = [b for b in BRANCHES if b[1] == c["city"] and (b[4] is None or b[4] <= t)]
        return pick(opts, [b[5] for b in opts])

    # ---------- enquiry → callback → arrangement → package → ceremony ----------
    def at_need(self, c):
        t0 = c["first"]
        br = self.branch_for(c, t0)
        self.n_case += 1
        cid = f"CS{self.n_case:05d}"
        case = dict(case_id=cid, branch_id=br[0], branch=br[2], branch_en=br[3], branch_city=br[1],
                    服务城市=CITIES[br[1]][0])
        enq_ch = CHANNELS[c["channel"]][2]
        night = is_night(t0)
        self.ev(c, t0, "tp_enquiry", cid, {"phone": "call", "wechat": "message", "web": "form"}[enq_ch], case,
                channel=enq_ch, device=None if enq_ch == "phone" else c["device"], enquiry_type="at_need",
                咨询类型="急需治丧", time_of_day="night" if night else "day", 时段="夜间" if night else "白天")
        # callback
        if night:
            med = 95.0 if t0 >= NIGHT_OUTSOURCED else 22.0
        else:
            med = 12.0
        wait = float(max(2.0, rng.lognormal(np.log(med), 0.55)))
        if rng.random() < 0.04:
            return
        t1 = t0 + D(minutes=wait)
        self.ev(c, t1, "tp_callback", cid, "call", case, channel="phone", wait_minutes=round(wait, 1),
                time_of_day="night" if night else "day", 时段="夜间" if night else "白天")
        unhappy_wait = wait > 60
        if unhappy_wait and rng.random() < 0.22:
            self.fb(c, t1 + D(hours=float(rng.uniform(1, 30))), ["night_wait"],
                    pick(["wechat", "complaint_ticket"], [0.6, 0.4]), case=case, undated=rng.random() < 0.15)
        p_arr = CHANNELS[c["channel"]][3] * (0.62 if unhappy_wait else 1.0)
        if rng.random() > p_arr:
            return
        t2 = t1 + D(hours=float(min(40, rng.lognormal(np.log(5), 0.7))))
        loc = pick(["home", "hospital", "centre"], [0.35, 0.3, 0.35])
        self.ev(c, t2, "tp_arrange", cid, "meeting", case, channel="store",
                meeting_place=loc, 洽谈地点={"home": "家中", "hospital": "医院", "centre": "服务中心"}[loc])
        if rng.random() > 0.88:
            return
        pw = {"buddhist": [0.06, 0.3, 0.46, 0.18], "civil": [0.18, 0.42, 0.32, 0.08],
              "christian": [0.08, 0.3, 0.44, 0.18], "taoist": [0.05, 0.32, 0.45, 0.18]}[c["pref"]]
        pkg = pick(list(PACKAGES), pw)
        director = str(rng.choice(br[6]))
        case.update(package=pkg, 套餐=PACKAGES[pkg][0], director=director, director_en=DIRECTOR_EN[director])
        t3 = t2 + D(hours=float(rng.uniform(0.5, 3)))
        pm = pick(list(PAY), [0.45, 0.4, 0.15])
        self.ev(c, t3, "tp_package", cid, "signed", case, channel="store", amount=PACKAGES[pkg][1],
                payment_method=pm, 支付方式=PAY[pm])
        pkg_order = self.order(c, t3, PACKAGES[pkg][1], "package", case, package=pkg, 套餐=PACKAGES[pkg][0],
                               payment_method=pm, 支付方式=PAY[pm], item=pkg, 项目=PACKAGES[pkg][0])
        c["cases"] += 1
        t_cer = datetime(t3.year, t3.month, t3.day) + D(days=int(rng.integers(2, 7)),
                                                        hours=float(rng.choice([7.5, 8, 9, 10, 13, 14])))
        # cancellation (family moves to the state funeral parlour / another provider)
        p_cancel = 0.035 + (0.09 if br[0] == "B5" else 0.0)
        if rng.random() < p_cancel:
            t_c = t3 + D(hours=float(rng.uniform(2, 36)))
            self.ev(c, t_c, "tp_cancel", cid, "cancel", case, channel="phone")
            med = 7.0 if pm == "bank_transfer" else 1.2
            t_r = t_c + D(days=float(rng.lognormal(np.log(med), 0.4)))
            fee = 0.1 * PACKAGES[pkg][1]
            self.ev(c, t_r, "tp_refund", cid, "refund", case, channel="other", refund_amount=PACKAGES[pkg][1] - fee,
                    payment_method=pm, 支付方式=PAY[pm])
            if pkg_order is not None and t_r <= END:
                pkg_order["status"] = "refunded"
                pkg_order["refunded_at"] = ts(t_r)
                pkg_order["refund_amount"] = PACKAGES[pkg][1] - fee
            if (t_r - t_c).days >= 5 and rng.random() < 0.5:
                self.fb(c, t_c + D(days=5, hours=float(rng.uniform(0, 20))), ["refund_slow"],
                        pick(["complaint_ticket", "wechat"], [0.6, 0.4]), case=case)
            return
        # add-ons, bought at the arrangement or in the days before the ceremony
        upsell = 1.7 if br[0] == "B4" else 1.0
        addon_total = 0.0
        bought = []
        for a, (zh, prices, p) in ADDONS.items():
            pa = p * upsell
            if a == "livestream" and c["overseas"]:
                pa = 0.75
            if pkg == "eco" and a in ("catering", "video"):
                pa *= 0.3
            if rng.random() < min(0.95, pa):
                amt = float(rng.choice(prices))
                t_a = t3 + (t_cer - t3) * float(rng.uniform(0.0, 0.8))
                self.ev(c, t_a, "tp_addon", cid, "add", case, channel="store", amount=amt, addon_item=a, 增值项目=zh)
                self.order(c, t_a, amt, "add_on", case, package=pkg, 套餐=PACKAGES[pkg][0], item=a, 项目=zh,
                           payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
                addon_total += amt
                bought.append(a)
        for _ in range(int(rng.poisson(1.6 * (1.3 if br[0] == "B4" else 1.0)))):
            amt = float(rng.choice([380, 580, 880, 1280]))
            t_a = t3 + (t_cer - t3) * float(rng.uniform(0.1, 0.95))
            kind = pick(["wreath", "basket", "casket_spray"], [0.5, 0.35, 0.15])
            zh = {"wreath": "花圈", "basket": "花篮", "casket_spray": "灵柩花"}[kind]
            self.ev(c, t_a, "tp_addon", cid, "add", case, channel="store", amount=amt, addon_item=kind, 增值项目=zh)
            self.order(c, t_a, amt, "flowers", case, package=pkg, 套餐=PACKAGES[pkg][0], item=kind, 项目=zh,
                       payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
            addon_total += amt
        # ceremony
        delay_med = 4.0
        if br[0] == "B2" and PUDONG_RENOVATION[0] <= t_cer < PUDONG_RENOVATION[1]:
            delay_med = 38.0
        delay = float(max(0.0, rng.lognormal(np.log(delay_med), 0.6) - 2))
        hall = f"{br[0]}-H{int(rng.integers(1, 4 if br[0] != 'B5' else 2))}"
        guests = int(rng.integers(15, 60) * (1.8 if pkg == "premium" else 1.0))
        t_start = t_cer + D(minutes=delay)
        ok = self.ev(c, t_start, "tp_ceremony", cid, "held", case, channel="store", hall=hall,
                     scheduled_start=ts(t_cer), delay_minutes=round(delay, 1), guests=guests,
                     ceremony_style=c["pref"], 仪式类型=PREFS[c["pref"]][0])
        if not ok:
            return
        c["ceremony_at"] = t_start
        c["spend"] += PACKAGES[pkg][1] + addon_total
        topics = []
        if delay > 30:
            topics.append("ceremony_delay")
        if "livestream" in bought:
            p_fail = 0.55 if (br[0] == "B3" and STREAM_VENDOR[0] <= t_start < STREAM_VENDOR[1]) else 0.03
            failed = rng.random() < p_fail
            self.ev(c, t_start + D(minutes=1), "tp_livestream", cid, "stream_failed" if failed else "stream_ok", case,
                    channel="web", viewers=int(rng.integers(5, 80)))
            if failed:
                topics.append("livestream")
        if (br[0] == "B4" and rng.random() < 0.16) or rng.random() < 0.015:
            topics.append("hidden_fees")
        p_praise = {"B3": 0.42, "B1": 0.16, "B2": 0.12, "B4": 0.10, "B5": 0.14}[br[0]]
        if not topics and rng.random() < p_praise:
            topics.append("staff_praise")
        bad = bool(set(topics) & NEG_TOPICS)
        # post-service survey (rating + NPS)
        if rng.random() < 0.38:
            stars = float(pick([5, 4, 3, 2], [0.55, 0.32, 0.1, 0.03]))
            pen = {"ceremony_delay": 2.0, "livestream": 1.8, "hidden_fees": 2.2}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "staff_praise" in topics:
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            nps = int(np.clip(round(rng.normal(8.6 - 3.2 * bad + 0.8 * ("staff_praise" in topics), 1.4)), 0, 10))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_start + D(days=float(rng.uniform(3, 10))), topics, "survey", rating=stars, nps=nps,
                    case=case, gen=gen)
        if rng.random() < 0.07:
            stars = float(pick([5, 4, 3, 2, 1], [0.5, 0.3, 0.1, 0.05, 0.05]))
            for k in topics:
                stars -= {"ceremony_delay": 2.0, "livestream": 1.5, "hidden_fees": 2.5}.get(k, 0.0)
            if "staff_praise" in topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_start + D(days=float(rng.uniform(2, 20))), topics, "dianping", rating=stars, case=case,
                    gen=gen, undated=rng.random() < 0.3)
        if bad and rng.random() < (0.45 if "livestream" in topics else 0.25):
            self.fb(c, t_start + D(hours=float(rng.uniform(2, 48))), [k for k in topics if k in NEG_TOPICS],
                    "complaint_ticket", case=case)
        # aftercare call
        p_call = 0.45 if AFTERCARE_GAP[0] <= t_start < AFTERCARE_GAP[1] else 0.92
        if rng.random() < p_call:
            t_call = t_start + D(days=float(rng.uniform(6, 14)))
            if self.ev(c, t_call, "tp_aftercare", cid, "call", case, channel="phone"):
                if rng.random() < 0.12:
                    self.fb(c, t_call, [k for k in topics if k != "hidden_fees"] or [], "aftercare_call_note",
                            case=case, undated=rng.random() < 0.25, gen="neu" if not topics else None)
                p_grief = {"spouse": 0.34, "child": 0.14}.get(c["rel"], 0.08)
                if rng.random() < p_grief:
                    t_g = t_call + D(days=float(rng.uniform(5, 45)))
                    if self.ev(c, t_g, "tp_grief", cid, "session", case, channel="store",
                               group=pick(["spouse_loss", "parent_loss", "general"], [0.3, 0.4, 0.3])):
                        if rng.random() < 0.3:
                            self.fb(c, t_g + D(days=1), ["grief_help"], "aftercare_call_note", case=case,
                                    undated=rng.random() < 0.2)
        # plot / niche after the ceremony
        if pkg != "eco" and rng.random() < 0.55:
            self.plot_flow(c, t_start + D(days=float(rng.uniform(4, 35))), case, preneed=False)

    def plot_flow(self, c, t_visit, case, preneed):
        # (kept: one random draw here keeps the verified seed's stream; gold.py's margins were checked on it)
        if rng.random() < 0.6 and not preneed:
            pass
        cem_pref = pick(["taihu", "siqin"], [0.62, 0.38] if c["city"] == "Shanghai" else [0.85, 0.15])
        vcase = dict(case)
        vcase.update(cemetery=cem_pref, 墓园=CEMETERY[cem_pref][0], cemetery_en=CEMETERY[cem_pref][1])
        if not self.ev(c, t_visit, "tp_plot_visit", case.get("case_id"), "visit", vcase, channel="store",
                       enquiry_type="pre_need" if preneed else "at_need", 咨询类型="生前规划" if preneed else "急需治丧"):
            return
        qingming = t_visit.month == 4 and t_visit.day <= 12
        if qingming and rng.random() < 0.18:
            ch = pick(["wechat", "dianping"], [0.5, 0.5])
            self.fb(c, t_visit + D(hours=3), ["parking"], ch, case=vcase,
                    rating=float(pick([1, 2, 3], [0.3, 0.4, 0.3])) if ch == "dianping" else None,
                    undated=ch == "dianping" and rng.random() < 0.3)
        p_buy = 0.38 if preneed else 0.72
        if cem_pref == "taihu" and UPKEEP[0] <= t_visit < UPKEEP[1]:
            p_buy *= 0.75
        if rng.random() > p_buy:
            return
        if cem_pref == "siqin":
            pt = "niche"
        else:
            pt = pick(["traditional", "art", "lawn", "tree"], [0.34, 0.14, 0.30, 0.22] if not preneed
                      else [0.42, 0.2, 0.25, 0.13])
        lo, hi = PLOTS[pt][1]
        price = float(round(rng.uniform(lo, hi), -2))
        t_buy = t_visit + D(days=float(rng.exponential(6 if not preneed else 18) + 0.1))
        pm = pick(["bank_transfer", "card"], [0.7, 0.3])
        self.ev(c, t_buy, "tp_plot_buy", case.get("case_id"), "purchase", vcase, channel="store", amount=price,
                plot_type=pt, 墓位类型=PLOTS[pt][0], payment_method=pm, 支付方式=PAY[pm],
                enquiry_type="pre_need" if preneed else "at_need", 咨询类型="生前规划" if preneed else "急需治丧")
        o = self.order(c, t_buy, price, "niche" if pt == "niche" else "plot", vcase, item=pt, 项目=PLOTS[pt][0],
                       payment_method=pm, 支付方式=PAY[pm], cemetery=cem_pref, 墓园=CEMETERY[cem_pref][0],
                       channel="store")
        if o is None:
            return
        c["plots"] += 1
        # 15-day cooling-off: some pre-need buyers change their mind
        if rng.random() < (0.09 if preneed else 0.02):
            t_c = t_buy + D(days=float(rng.uniform(1, 12)))
            self.ev(c, t_c, "tp_cancel", case.get("case_id"), "cancel", vcase, channel="phone")
            t_r = t_c + D(days=float(rng.lognormal(np.log(6), 0.4)))
            self.ev(c, t_r, "tp_refund", case.get("case_id"), "refund", vcase, channel="other", refund_amount=price,
                    payment_method=pm, 支付方式=PAY[pm])
            if t_r <= END:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r)
                o["refund_amount"] = price
            return
        c["spend"] += price
        if preneed:
            return
        t_int = t_buy + D(days=float(rng.uniform(10, 80)))
        if self.ev(c, t_int, "tp_interment", case.get("case_id"), "interred", vcase, channel="store", plot_type=pt,
                   墓位类型=PLOTS[pt][0]):
            if cem_pref == "taihu" and UPKEEP[0] <= t_int < UPKEEP[1] and rng.random() < 0.5:
                ch = pick(["wechat", "complaint_ticket", "dianping"], [0.4, 0.3, 0.3])
                self.fb(c, t_int + D(hours=float(rng.uniform(2, 30))), ["upkeep"], ch, case=vcase,
                        rating=float(pick([1, 2], [0.6, 0.4])) if ch == "dianping" else None,
                        undated=ch == "dianping" and rng.random() < 0.3)

    def pre_need(self, c):
        t0 = c["first"]
        br = self.branch_for(c, t0)
        self.n_case += 1
        cid = f"PN{self.n_case:05d}"
        case = dict(case_id=cid, branch_id=br[0], branch=br[2], branch_en=br[3], branch_city=br[1],
                    服务城市=CITIES[br[1]][0])
        enq_ch = CHANNELS[c["channel"]][2]
        night = is_night(t0)
        self.ev(c, t0, "tp_enquiry", cid, {"phone": "call", "wechat": "message", "web": "form"}[enq_ch], case,
                channel=enq_ch, device=None if enq_ch == "phone" else c["device"], enquiry_type="pre_need",
                咨询类型="生前规划", time_of_day="night" if night else "day", 时段="夜间" if night else "白天")
        if rng.random() < 0.06:
            return
        wait = float(max(2.0, rng.lognormal(np.log(45 if night else 25), 0.6)))
        t1 = t0 + D(minutes=wait)
        self.ev(c, t1, "tp_callback", cid, "call", case, channel="phone", wait_minutes=round(wait, 1),
                time_of_day="night" if night else "day", 时段="夜间" if night else "白天")
        if rng.random() > 0.55:
            return
        # visits cluster around Qingming and the winter solstice
        t_v = t1 + D(days=float(rng.exponential(10) + 0.5))
        for anchor in (datetime(2025, 4, 4), datetime(2026, 4, 5), datetime(2025, 12, 21)):
            if D(days=0) < anchor - t_v < D(days=40) and rng.random() < 0.5:
                t_v = anchor + D(days=float(rng.uniform(-5, 6)))
        t_v = datetime(t_v.year, t_v.month, t_v.day) + D(hours=float(rng.uniform(9, 16)))
        self.plot_flow(c, t_v, case, preneed=True)

    # ---------- reminders (anniversary + Qingming) ----------
    def reminders(self):
        for c in self.cust:
            if c["ceremony_at"] is None:
                continue
            sends = []
            ann = c["ceremony_at"] + D(days=365 - 10)
            if ann <= END:
                sends.append(("anniversary", "周年提醒", ann))
            qm = datetime(2026, 3, 20, 10)
            if c["ceremony_at"] < qm - D(days=30):
                sends.append(("qingming", "清明提醒", qm + D(hours=float(rng.uniform(0, 72)))))
            for kind, zh, t in sends:
                ch = "wechat" if rng.random() < 0.55 else "sms"
                sid = f"RM{c['customer_id'][1:]}{'A' if kind == 'anniversary' else 'Q'}"
                self.ev(c, t, "tp_reminder", sid, "sent", None, channel=ch, reminder_type=kind, 提醒类型=zh)
                p = (0.22 if ch == "wechat" else 0.07) * (1.3 if kind == "qingming" else 1.0)
                if rng.random() < p:
                    t_b = t + D(days=float(rng.uniform(0.2, 12)))
                    svc = pick(["anniversary_rite", "proxy_sweeping", "flowers_delivery"], [0.35, 0.4, 0.25])
                    zh2 = {"anniversary_rite": "周年追思会", "proxy_sweeping": "代客祭扫", "flowers_delivery": "墓前献花"}[svc]
                    amt = float({"anniversary_rite": 2800, "proxy_sweeping": 680, "flowers_delivery": 380}[svc])
                    if self.ev(c, t_b, "tp_memorial", sid, "booked", None, channel=ch, reminder_type=kind,
                               提醒类型=zh, service=svc, 服务项目=zh2, amount=amt):
                        self.order(c, t_b, amt, "memorial_service", dict(case_id=sid), item=svc, 项目=zh2,
                                   payment_method="wechat_pay", 支付方式=PAY["wechat_pay"], channel=ch)
                        c["spend"] += amt

    def run(self):
        self.customers()
        for c in self.cust:
            if c["kind"] == "at_need":
                self.at_need(c)
            else:
                self.pre_need(c)
        self.reminders()

    def customer_rows(self):
        rows = []
        for c in self.cust:
            seg = ("pre_need" if c["kind"] == "pre_need" else
                   "served" if c["ceremony_at"] is not None else "cancelled" if c["cases"] else "enquiry_only")
            if c["kind"] == "pre_need" and c["plots"]:
                seg = "pre_need_owner"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg,
                             region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], relationship=c["rel"],
                             与逝者关系=RELATIONS[c["rel"]][0], ceremony_preference=c["pref"],
                             仪式偏好=PREFS[c["pref"]][0], contact_age_band=c["age"],
                             overseas_relatives="yes" if c["overseas"] else "no", preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "case_id", "branch_id", "branch", "branch_en", "branch_city", "服务城市", "enquiry_type", "咨询类型",
           "time_of_day", "时段", "wait_minutes", "meeting_place", "洽谈地点", "package", "套餐", "director",
           "director_en", "amount", "payment_method", "支付方式", "addon_item", "增值项目", "hall", "scheduled_start",
           "delay_minutes", "guests", "ceremony_style", "仪式类型", "viewers", "cemetery", "墓园", "cemetery_en",
           "plot_type", "墓位类型", "refund_amount", "group", "reminder_type", "提醒类型", "service", "服务项目"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "item", "项目", "case_id", "branch_id", "branch", "branch_en", "branch_city", "服务城市", "package", "套餐",
            "cemetery", "墓园", "payment_method", "支付方式", "refunded_at", "refund_amount", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "case_id", "branch_id", "branch", "branch_en", "branch_city", "服务城市", "package", "套餐", "director",
           "director_en"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道",
             "relationship", "与逝者关系", "ceremony_preference", "仪式偏好", "contact_age_band", "overseas_relatives",
             "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=15, replace=False)            # a few events re-sent by the CRM sync
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, cases {g.n_case}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
