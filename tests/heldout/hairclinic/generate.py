"""发源 FollicleFirst: a chain of hair-transplant and scalp-care clinics (植发 / 养发) in seven cities.
A prospect sees a short-video ad (Douyin / Kuaishou / Xiaohongshu) or searches Baidu, leaves their phone number
(留资, the lead), chats with an online consultant (免费在线咨询), books an in-clinic visit, checks in at the
front desk, gets a scalp / follicle scan (头皮检测, Norwood grade), and either gets a surgery plan (植发方案: grafts,
technique, quote) or is offered a scalp-care package (养发套餐). Surgery patients pay a 3,000 CNY deposit
(定金), may cancel and get it refunded, have the surgery (手术日; balance paid on the day), and come back for
post-op follow-ups at 1, 3 and 6 months (术后复查). Scalp-care members attend care sessions (头皮护理) and renew
their packages (续卡); everyone may buy products (生发液, 防脱洗发水, 营养胶囊).
Events 2025-01-01 .. 2026-06-30 (the CRM extract was taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not
a DATA.md table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 14000
NEEDLE_FREE = datetime(2025, 10, 1)          # needle-free anaesthesia rolled out at every clinic
PRICE_RISE = datetime(2026, 1, 1)            # scalp-care package prices up ~20 %

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "留资线索", "Lead captured", "awareness", "ads", "digital", "marketing",
     "留资|线索|留电话|刷到广告|抖音广告|搜索|投放|lead|ad click|sign-up form|leads"),
    ("tp_consult", "在线咨询", "Online consultation", "consideration", "app", "digital", "online_consulting",
     "在线咨询|免费咨询|线上咨询|私信|客服咨询|咨询师|online consult|free consultation|chat|consultant chat"),
    ("tp_visit_booked", "预约到院", "Clinic visit booked", "consideration", "phone", "digital", "online_consulting",
     "预约到院|约到店|预约面诊|约检测|booked visit|appointment|book a visit"),
    ("tp_checkin", "到院签到", "Clinic check-in", "consideration", "store", "physical", "clinic_ops",
     "到院|到店|签到|前台|到诊|arrival|check-in|showed up|front desk"),
    ("tp_scalp_scan", "头皮检测", "Scalp scan", "consideration", "store", "physical", "medical",
     "头皮检测|毛囊检测|检测|面诊|脱发分级|scalp scan|follicle scan|hair analysis|diagnosis"),
    ("tp_plan", "植发方案", "Surgery plan", "consideration", "store", "physical", "medical",
     "方案|出方案|植发方案|报价|设计发际线|surgery plan|quote|treatment plan"),
    ("tp_deposit", "交定金", "Deposit paid", "purchase", "store", "physical", "finance",
     "定金|交定金|订金|锁定手术|deposit|down payment"),
    ("tp_cancel", "申请退款", "Refund requested", "service", "phone", "digital", "finance",
     "取消手术|退定金|申请退款|退卡|不做了|cancel|cancellation|refund request"),
    ("tp_refund", "退款到账", "Refund paid out", "service", "other", "digital", "finance",
     "退款|退款到账|退钱|refund|money back|refunded"),
    ("tp_surgery", "植发手术", "Surgery day", "purchase", "store", "physical", "medical",
     "植发|手术|手术日|种植|取发|麻醉|surgery|transplant|operation|procedure|FUE"),
    ("tp_followup_1m", "术后1个月复查", "1-month follow-up", "service", "store", "physical", "medical",
     "1个月复查|术后一个月|首次复查|1-month check|first follow-up|one month follow-up"),
    ("tp_followup_3m", "术后3个月复查", "3-month follow-up", "service", "store", "physical", "medical",
     "3个月复查|术后三个月|3-month check|three month follow-up"),
    ("tp_followup_6m", "术后6个月复查", "6-month follow-up", "service", "store", "physical", "medical",
     "6个月复查|术后半年|半年复查|看效果|存活率|6-month check|six month follow-up|results check"),
    ("tp_care_buy", "购买养发套餐", "Care package bought", "purchase", "store", "physical", "care",
     "养发套餐|办卡|头皮护理卡|次卡|年卡|care package|scalp care plan|membership card"),
    ("tp_care_session", "头皮护理", "Scalp-care session", "service", "store", "physical", "care",
     "头皮护理|养发|护理|做头皮|scalp care|care session|treatment session"),
    ("tp_care_renew", "套餐续卡", "Package renewal", "loyalty", "store", "physical", "care",
     "续卡|续费|续套餐|复购|renewal|renew|repurchase"),
    ("tp_product", "购买生发产品", "Product purchase", "purchase", "mini_program", "digital", "retail",
     "生发液|防脱洗发水|营养胶囊|产品|买产品|products|shampoo|minoxidil|supplements"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lead_to_surgery", "线索到手术", "Lead to surgery",
     ["tp_lead", "tp_consult", "tp_scalp_scan", "tp_deposit", "tp_surgery"], 120),
    ("consult_to_scan", "咨询到院", "Consultation to clinic visit",
     ["tp_consult", "tp_visit_booked", "tp_checkin", "tp_scalp_scan"], 30),
    ("postop", "术后复查", "Post-op follow-up",
     ["tp_surgery", "tp_followup_1m", "tp_followup_3m", "tp_followup_6m"], 240),
    ("care_renewal", "养发续卡", "Care renewal", ["tp_care_buy", "tp_care_renew"], 240),
    ("refund", "退款", "Refund", ["tp_cancel", "tp_refund"], 30),
]
CITIES = {  # en: zh, weight
    "Beijing": ("北京", 0.20), "Shanghai": ("上海", 0.21), "Guangzhou": ("广州", 0.12), "Shenzhen": ("深圳", 0.16),
    "Chengdu": ("成都", 0.11), "Wuhan": ("武汉", 0.09), "Hangzhou": ("杭州", 0.11),
}
CLINICS = [  # id, city, zh, en, opened, surgeons [(zh, en)], advisor (zh, en)
    ("C01", "Beijing", "北京国贸院", "Beijing Guomao", None, [("王建国", "Dr. Wang Jianguo"), ("李婷", "Dr. Li Ting")],
     ("陈晨", "Chen Chen")),
    ("C02", "Beijing", "北京中关村院", "Beijing Zhongguancun", None, [("赵宇", "Dr. Zhao Yu")], ("刘洋", "Liu Yang")),
    ("C03", "Shanghai", "上海静安院", "Shanghai Jingan", None, [("周明", "Dr. Zhou Ming"), ("吴芳", "Dr. Wu Fang")],
     ("赵薇薇", "Vivian Zhao")),
    ("C04", "Shanghai", "上海徐汇院", "Shanghai Xuhui", None, [("郑凯", "Dr. Zheng Kai")], ("许静", "Xu Jing")),
    ("C05", "Guangzhou", "广州天河院", "Guangzhou Tianhe", None, [("黄志强", "Dr. Huang Zhiqiang")], ("梁敏", "Liang Min")),
    ("C06", "Shenzhen", "深圳福田院", "Shenzhen Futian", None, [("林峰", "Dr. Lin Feng")], ("何琳", "He Lin")),
    ("C07", "Shenzhen", "深圳南山院", "Shenzhen Nanshan", None, [("杨帆", "Dr. Yang Fan")], ("邓丽", "Deng Li")),
    ("C08", "Chengdu", "成都春熙路院", "Chengdu Chunxi Rd", None, [("罗刚", "Dr. Luo Gang")], ("唐悦", "Tang Yue")),
    ("C09", "Wuhan", "武汉光谷院", "Wuhan Optics Valley", None, [("孙立", "Dr. Sun Li")], ("彭涛", "Peng Tao")),
    ("C10", "Hangzhou", "杭州武林院", "Hangzhou Wulin", None, [("钱磊", "Dr. Qian Lei")], ("沈佳", "Shen Jia")),
    ("C11", "Hangzhou", "杭州滨江院", "Hangzhou Binjiang", datetime(2026, 4, 1), [("钱磊", "Dr. Qian Lei")],
     ("韩雪", "Han Xue")),
]
CLINIC = {c[0]: c for c in CLINICS}
UPSELL_CLINIC = "C03"              # Vivian Zhao pushes care packages at every scan
SLOW_DESK = "C06"                  # Futian: one scanner, long waits
WEAK_SURGEON = "孙立"               # Wuhan: poorer graft survival
NEW_CLINIC = "C11"
CHANNELS = {  # en: zh, weight, p consult, p book visit, deposit multiplier
    "douyin": ("抖音", 0.38, 0.46, 0.38, 0.80), "kuaishou": ("快手", 0.12, 0.52, 0.45, 0.85),
    "xiaohongshu": ("小红书", 0.18, 0.72, 0.58, 1.0), "baidu_search": ("百度搜索", 0.20, 0.76, 0.60, 1.05),
    "referral": ("老客推荐", 0.12, 0.92, 0.82, 1.45),
}
CAMPAIGNS = {"douyin": ["秋冬植发季", "发际线改善", "明星同款发际线"], "kuaishou": ["秋冬植发季", "头顶加密"],
             "xiaohongshu": ["植发日记种草", "头皮护理测评"], "baidu_search": ["品牌词", "植发价格词"],
             "referral": ["老带新"]}
CONSULTANTS = [("小美", "Mia"), ("小杰", "Jay"), ("阿雅", "Ava"), ("大鹏", "Peter"), ("小雪", "Snow"),
               ("老周", "Zhou")]
SLOW_CONSULTANT = "大鹏"
TECH = {"fue": ("标准FUE", 11.0), "unshaven": ("不剃发FUE", 17.0), "density": ("加密种植", 9.0)}
ANES = {"standard": "传统针剂麻醉", "needle_free": "无针麻醉"}
PACKAGES = {  # en: zh, price before, price after rise, sessions
    "care10": ("头皮护理10次卡", 2980, 3580, 10), "care20": ("头皮护理20次卡", 4980, 5980, 20),
    "annual": ("养发年卡", 8800, 9800, 24)}
PRODUCTS = {"minoxidil": ("米诺地尔生发液", 298), "shampoo": ("控油防脱洗发水", 168), "capsule": ("毛囊营养胶囊", 398)}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "medical_loan": "医美分期"}
LOSS = {"androgenetic": "雄激素脱发", "high_hairline": "发际线高", "diffuse": "弥漫性脱发", "crown": "头顶稀疏"}
TIERS = {"none": "非会员", "silver": "银卡", "gold": "金卡", "black": "黑卡"}
OTYPE = {"deposit": "手术定金", "surgery": "手术尾款", "care_package": "养发套餐", "care_renewal": "套餐续卡",
         "product": "生发产品"}
AGE_BANDS = ["18-25", "26-35", "36-45", "46-55", "56+"]

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "pain": (["打麻药的时候太疼了，眼泪都出来了", "术中还是挺疼的，跟咨询说的不一样", "取发区疼了好几天", "麻醉针一针一针打，真的疼"],
             ["the anaesthetic injections really hurt", "much more painful than the consultant said",
              "the donor area was painful for days"]),
    "no_pain": (["无针麻醉很舒服，全程没什么感觉", "整个手术睡了一觉就做完了，体验很好"],
                ["barely felt anything during the procedure", "the needle-free anaesthesia was a game changer"]),
    "density_poor": (["半年了长出来还是稀，密度不够", "效果不明显，头顶还是能看到头皮", "种的地方密度不够，感觉白做了"],
                     ["six months in and it still looks thin", "the density is disappointing, I can still see scalp",
                      "results so far are patchy and thin"]),
    "natural": (["新长的头发很自然，发际线很自然", "效果超出预期，发际线很自然，同事都没看出来"],
                ["the new hairline looks natural", "really happy, the hairline looks natural and nobody noticed"]),
    "upsell": (["检测完一直推销养发套餐，很反感", "顾问强行推销办卡，不办就一直劝", "我只想做个检测，结果被推销了一个小时"],
               ["the advisor kept upselling me a care package", "pushy upselling right after the scan",
                "felt pressured into buying a scalp-care card"]),
    "consultant_slow": (["在线咨询回复太慢了，等了半天没人理", "咨询师半天才回一句，体验很差"],
                        ["the online consultant took forever to reply", "nobody answered my chat for hours"]),
    "consultant_good": (["咨询师很耐心，讲得很清楚", "小姐姐很专业很耐心，不会硬塞东西"],
                        ["the consultant was patient and explained everything", "very professional and patient consultant"]),
    "waiting": (["到了医院等了一个多小时才检测", "约好的时间还要排队等很久", "前台让我们干等，等了快两个小时"],
                ["waited over an hour for the scan even with a booking", "long wait at the front desk, over an hour"]),
    "refund_slow": (["定金退款申请两周了还没到账", "退款拖了很久，打电话催了好几次"],
                    ["my deposit refund still hasn't arrived after two weeks", "the refund dragged on for weeks"]),
}
GEN = {
    "pos": (["整体体验不错，推荐", "环境干净，服务到位", "医生很负责，值得信赖"],
            ["good experience overall", "clean clinic and friendly staff", "would recommend"]),
    "neu": (["还行吧，中规中矩", "一般，价格有点高", "先观察看看效果"],
            ["it was ok", "fine, a bit pricey"]),
    "neg": (["体验很差，不推荐", "有点失望", "不会再来了"],
            ["disappointing", "not happy with this", "would not recommend"]),
}
NEG_TOPICS = {"pain", "density_poor", "upsell", "consultant_slow", "waiting", "refund_slow"}
TOPIC_TP = [("refund_slow", "tp_refund"), ("consultant_slow", "tp_consult"), ("waiting", "tp_checkin"),
            ("upsell", "tp_scalp_scan"), ("pain", "tp_surgery"), ("no_pain", "tp_surgery"),
            ("density_poor", "tp_followup_6m"), ("natural", "tp_followup_6m"), ("consultant_good", "tp_consult")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    r = rng.random() * sum(weights)
    for it, w in zip(items, weights):
        r -= w
        if r < 0:
            return it
    return items[-1]


def choice(items):
    return items[int(rng.integers(len(items)))]


def lead_season(d: datetime) -> float:
    m = {1: 0.9, 2: 0.7, 3: 1.0, 4: 1.0, 5: 0.95, 6: 0.85, 7: 0.75, 8: 0.85, 9: 1.3, 10: 1.45, 11: 1.4, 12: 1.1}[d.month]
    return m


def open_clinics(city, t):
    return [c for c in CLINICS if c[1] == city and (c[4] is None or c[4] <= t)]


def work_time(day: datetime) -> datetime:
    return datetime(day.year, day.month, day.day) + D(hours=float(rng.uniform(9.5, 18.5)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.n_sess = {"CH": 0, "VS": 0, "SG": 0, "CP": 0}

    def sid(self, kind):
        self.n_sess[kind] += 1
        return f"{kind}{self.n_sess[kind]:06d}"

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, cl=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel="store")
        if cl:
            row.update(clinic_id=cl[0], clinic=cl[2], clinic_en=cl[3], clinic_city=cl[1], 院区城市=CITIES[cl[1]][0])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, cl, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="store", device=c["device"], order_type=otype, 订单类型=OTYPE[otype],
                   clinic_id=cl[0], clinic=cl[2], clinic_en=cl[3], clinic_city=cl[1], 院区城市=CITIES[cl[1]][0],
                   currency="CNY")
        row.update(kw)
        self.orders.append(row)
        c["spend"] += amount
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, cl=None, undated=False, gen=None,
           case=None, **kw):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = c["lang"]
        li = 1 if lang == "en" else 0
        parts = [choice(TXT[k][li]) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(choice(GEN[gen][li]))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_scalp_scan")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if gen == "pos" or {"natural", "no_pain", "consultant_good"} & set(topics)
                                   else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang, case_id=case)
        if cl:
            row.update(clinic_id=cl[0], clinic=cl[2], clinic_en=cl[3], clinic_city=cl[1], 院区城市=CITIES[cl[1]][0])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    def stars(self, topics, base=(0.5, 0.33, 0.12, 0.05)):
        s = float(pick([5, 4, 3, 2], list(base)))
        pen = {"pain": 1.6, "density_poor": 2.6, "upsell": 2.0, "consultant_slow": 1.5, "waiting": 1.8,
               "refund_slow": 2.2}
        for k in topics:
            s -= pen.get(k, 0.0)
        if {"natural", "no_pain", "consultant_good"} & set(topics) and not (set(topics) & NEG_TOPICS):
            s = 5.0 if rng.random() < 0.75 else 4.0
        return float(min(5, max(1, round(s))))

    def social(self, c, t, topics, cl, case=None, **kw):
        """a Xiaohongshu note or Douyin comment (no rating; some exports lose the date)."""
        ch = pick(["xiaohongshu_note", "douyin_comment"], [0.55, 0.45])
        und = rng.random() < (0.4 if ch == "xiaohongshu_note" else 0.2)
        self.fb(c, t, topics, ch, cl=cl, undated=und, case=case, **kw)

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            growth = 0.7 + 0.6 * (d - START).days / 540
            days.append((d, growth * lead_season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(7, 23.8)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            gender = pick(["male", "female"], [0.72, 0.28])
            age = pick(AGE_BANDS, [0.22, 0.46, 0.22, 0.08, 0.02] if gender == "male" else [0.35, 0.40, 0.17, 0.06, 0.02])
            if gender == "male":
                loss = pick(list(LOSS), [0.55, 0.25, 0.05, 0.15])
            else:
                loss = pick(list(LOSS), [0.10, 0.45, 0.40, 0.05])
            dev = "pc" if ch == "baidu_search" and rng.random() < 0.45 else pick(["ios", "android"], [0.5, 0.5])
            en = rng.random() < (0.14 if city in ("Shanghai", "Beijing", "Shenzhen") else 0.04)
            self.cust.append(dict(customer_id=f"U{i + 1:05d}", lead=t, city=city, channel=ch, gender=gender, age=age,
                                  loss=loss, device=dev, lang="en" if en else "zh", spend=0.0, grade=None,
                                  stage="lead", home=None, surgery=False, care=False, last=t, out_of_town=False))

    # ---------- one customer ----------
    def person(self, c):
        ch = CHANNELS[c["channel"]]
        camp = choice(CAMPAIGNS[c["channel"]])
        self.ev(c, c["lead"], "tp_lead", None, "leave_info", channel=c["channel"], campaign=camp,
                获客渠道=ch[0])
        if rng.random() > ch[2]:
            return
        t = c["lead"] + D(minutes=float(min(60 * 72, rng.exponential(240) + 2)))
        con = CONSULTANTS[int(rng.integers(len(CONSULTANTS)))]
        slow = con[0] == SLOW_CONSULTANT
        resp = float(rng.lognormal(np.log(38.0 if slow else 4.0), 0.6))
        chat = self.sid("CH")
        self.ev(c, t, "tp_consult", chat, "chat", channel="app", consultant=con[0], consultant_en=con[1],
                response_minutes=round(resp, 1))
        c["stage"] = "consulted"
        c["last"] = t
        p_slow_fb = 0.10 if slow and resp > 20 else 0.006
        if rng.random() < p_slow_fb:
            self.social(c, t + D(hours=float(rng.uniform(1, 30))), ["consultant_slow"], None, consultant=con[0])
        elif rng.random() < 0.02:
            self.social(c, t + D(hours=float(rng.uniform(1, 30))), ["consultant_good"], None, consultant=con[0])
        p_book = ch[3] * (0.55 if slow else 1.0)
        if rng.random() > p_book:
            return
        clinics = open_clinics(c["city"], t)
        cl = clinics[int(rng.integers(len(clinics)))]
        if c["city"] == "Hangzhou" and len(clinics) > 1 and rng.random() < 0.5:
            cl = CLINIC[NEW_CLINIC]
        if rng.random() < 0.12:         # travels from another city to a flagship
            c["out_of_town"] = True
            cl = pick([CLINIC["C01"], CLINIC["C03"]], [0.5, 0.5])
        c["home"] = cl[0]
        visit = self.sid("VS")
        t_b = t + D(minutes=float(rng.uniform(5, 60 * 30)))
        vday = t_b + D(days=float(rng.integers(1, 12)))
        t_in = work_time(vday)
        self.ev(c, t_b, "tp_visit_booked", visit, "booked", cl, channel="phone", consultant=con[0],
                consultant_en=con[1], appointment_at=ts(t_in))
        c["stage"] = "booked"
        if rng.random() < 0.2:          # no-show
            return
        if not self.ev(c, t_in, "tp_checkin", visit, "checkin", cl):
            return
        med = 52.0 if cl[0] == SLOW_DESK else 14.0
        if t_in.weekday() >= 5:
            med *= 1.4
        wait = float(rng.lognormal(np.log(med), 0.45))
        t_s = t_in + D(minutes=wait)
        grade = int(pick([1, 2, 3, 4, 5, 6], [0.16, 0.24, 0.26, 0.18, 0.11, 0.05] if c["gender"] == "male"
                         else [0.45, 0.35, 0.15, 0.05, 0.0, 0.0]))
        if c["loss"] == "high_hairline":
            grade = min(grade, 3)
        c["grade"] = grade
        density = round(float(rng.normal(95 - 9 * grade, 8)), 1)
        adv = cl[6]
        self.ev(c, t_s, "tp_scalp_scan", visit, "scanned", cl, norwood_grade=f"N{grade}", hair_loss_type=c["loss"],
                脱发类型=LOSS[c["loss"]], follicle_density=density, advisor=adv[0], advisor_en=adv[1])
        c["stage"] = "scanned"
        c["last"] = t_s
        topics = []
        if wait > 45 and rng.random() < 0.30:
            topics.append("waiting")
        upsell_push = cl[0] == UPSELL_CLINIC
        if rng.random() < (0.28 if upsell_push else 0.025):
            topics.append("upsell")
        if not topics and rng.random() < 0.05:
            topics.append("consultant_good")
        if topics:
            if rng.random() < 0.55:
                self.fb(c, t_s + D(hours=float(rng.uniform(2, 48))), topics, "dianping_review", cl=cl,
                        rating=self.stars(topics), case=visit)
            else:
                self.social(c, t_s + D(hours=float(rng.uniform(2, 72))), topics, cl, case=visit)
        elif rng.random() < 0.05:
            st = self.stars([])
            self.fb(c, t_s + D(hours=float(rng.uniform(2, 48))), [], "dianping_review", cl=cl, rating=st, case=visit,
                    gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"))
        candidate = grade >= 3 or (c["loss"] == "high_hairline" and rng.random() < 0.6)
        took_surgery_path = False
        if candidate:
            tech = pick(list(TECH), [0.55, 0.20, 0.25] if grade <= 4 else [0.6, 0.05, 0.35])
            if c["loss"] == "crown":
                tech = "density"
            grafts = int(round(float(rng.normal(1200 + 450 * grade, 250)), -1))
            grafts = max(800, grafts)
            quote = round(grafts * TECH[tech][1], -2)
            t_p = t_s + D(minutes=float(rng.uniform(15, 50)))
            surgeon = cl[5][int(rng.integers(len(cl[5])))]
            self.ev(c, t_p, "tp_plan", visit, "plan_issued", cl, grafts=grafts, technique=tech, 术式=TECH[tech][0],
                    quoted_price=quote, surgeon=surgeon[0], surgeon_en=surgeon[1], advisor=adv[0], advisor_en=adv[1])
            p_dep = 0.40 * ch[4] * {"C01": 1.25, NEW_CLINIC: 1.9, "C03": 0.85}.get(cl[0], 1.0)
            if rng.random() < min(0.95, p_dep):
                took_surgery_path = True
                self.surgery(c, cl, t_p, grafts, tech, quote, surgeon)
        if not took_surgery_path:
            p_care = (0.50 if upsell_push else 0.22) * (1.0 if not candidate else 0.6)
            if c["gender"] == "female":
                p_care *= 1.4
            if rng.random() < p_care:
                self.care(c, cl, t_s + D(minutes=float(rng.uniform(20, 70))), postop=False,
                          pushed=upsell_push)
        if rng.random() < 0.10:
            self.product(c, cl, t_s + D(minutes=float(rng.uniform(20, 90))))

    def product(self, c, cl, t):
        k = pick(list(PRODUCTS), [0.45, 0.35, 0.20])
        qty = int(pick([1, 2, 3], [0.7, 0.2, 0.1]))
        amt = PRODUCTS[k][1] * qty
        online = rng.random() < 0.4
        if self.ev(c, t, "tp_product", None, "purchase", cl, channel="mini_program" if online else "store",
                   product=k, 产品=PRODUCTS[k][0], amount=amt):
            self.order(c, t, amt, "product", cl, channel="mini_program" if online else "store", item=k,
                       项目名称=PRODUCTS[k][0], quantity=qty, payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])

    def surgery(self, c, cl, t_p, grafts, tech, quote, surgeon):
        case = self.sid("SG")
        t_d = t_p + D(hours=choice([0.5, 1, 24, 72, 150, 240]) * float(rng.uniform(0.8, 1.2)))
        pm = pick(list(PAY), [0.45, 0.30, 0.25] if quote > 25000 else [0.55, 0.40, 0.05])
        common = dict(grafts=grafts, technique=tech, 术式=TECH[tech][0], surgeon=surgeon[0], surgeon_en=surgeon[1],
                      payment_method=pm, 支付方式=PAY[pm])
        if not self.ev(c, t_d, "tp_deposit", case, "deposit_paid", cl, amount=3000, **common):
            return
        dep = self.order(c, t_d, 3000, "deposit", cl, item=tech, 项目名称=TECH[tech][0], grafts=grafts,
                         payment_method=pm, 支付方式=PAY[pm], case_id=case)
        c["stage"] = "deposit"
        # schedule: autumn/winter is preferred, summer is avoided (sweat, hats)
        lag = float(rng.uniform(7, 45))
        t_surg = work_time(t_d + D(days=lag))
        if t_surg.month in (7, 8) and rng.random() < 0.5:
            t_surg = work_time(t_surg + D(days=float(rng.uniform(30, 60))))
        if rng.random() < 0.09:
            t_c = t_d + D(days=float(rng.uniform(1, min(20.0, lag))))
            self.ev(c, t_c, "tp_cancel", case, "refund_request", cl, channel="phone", refund_type="deposit",
                    退款类型="手术定金", **common)
            med = 9.0 if pm == "medical_loan" else 1.5
            t_r = t_c + D(days=float(rng.lognormal(np.log(med), 0.4)))
            if self.ev(c, t_r, "tp_refund", case, "refunded", cl, channel=pm, refund_type="deposit", 退款类型="手术定金",
                       refund_amount=3000, **common) and dep is not None:
                dep["status"] = "refunded"
                dep["refunded_at"] = ts(t_r)
            if (t_r - t_c).days >= 7 and rng.random() < 0.45:
                self.fb(c, t_c + D(days=7, hours=float(rng.uniform(0, 30))), ["refund_slow"], "ticket", cl=cl,
                        case=case)
            return
        anes = "needle_free" if t_surg >= NEEDLE_FREE else "standard"
        if not self.ev(c, t_surg, "tp_surgery", case, "surgery_done", cl, anesthesia=anes, 麻醉方式=ANES[anes],
                       surgery_hours=round(float(rng.uniform(4, 8)), 1), **common):
            return
        self.order(c, t_surg + D(hours=1), quote - 3000, "surgery", cl, item=tech, 项目名称=TECH[tech][0],
                   grafts=grafts, payment_method=pm, 支付方式=PAY[pm], case_id=case)
        c["surgery"] = True
        c["stage"] = "surgery"
        c["last"] = t_surg
        topics = []
        if rng.random() < (0.42 if anes == "standard" else 0.06):
            topics.append("pain")
        elif anes == "needle_free" and rng.random() < 0.18:
            topics.append("no_pain")
        if topics or rng.random() < 0.06:
            r = rng.random()
            t_f = t_surg + D(days=float(rng.uniform(1, 10)))
            if r < 0.45:
                self.fb(c, t_f, topics, "dianping_review", cl=cl, rating=self.stars(topics), case=case,
                        surgeon=surgeon[0], surgeon_en=surgeon[1], tp="tp_surgery")
            elif r < 0.75:
                self.social(c, t_f, topics, cl, case=case, surgeon=surgeon[0], surgeon_en=surgeon[1])
            else:
                self.fb(c, t_f, topics, "call_note", cl=cl, case=case, surgeon=surgeon[0], surgeon_en=surgeon[1],
                        tp="tp_surgery")
        # follow-ups
        surv = float(np.clip(rng.normal(0.76 if surgeon[0] == WEAK_SURGEON else 0.91, 0.05), 0.5, 0.99))
        p_fu = [0.90, 0.78, 0.62 if not c["out_of_town"] else 0.30]
        t_prev = t_surg
        for k, (tp, days) in enumerate([("tp_followup_1m", 30), ("tp_followup_3m", 91), ("tp_followup_6m", 182)]):
            if rng.random() > p_fu[k]:
                break
            t_fu = work_time(t_surg + D(days=days + float(rng.uniform(-4, 10))))
            extra = {}
            if tp == "tp_followup_6m":
                extra = dict(survival_rate=round(surv, 3), density_after=round(float(rng.normal(70 * surv, 6)), 1))
            if not self.ev(c, t_fu, tp, case, "followup_visit", cl, surgeon=surgeon[0], surgeon_en=surgeon[1],
                           grafts=grafts, technique=tech, 术式=TECH[tech][0], **extra):
                break
            t_prev = t_fu
            c["last"] = t_fu
            if tp == "tp_followup_1m" and rng.random() < 0.38:
                self.care(c, cl, t_fu + D(minutes=float(rng.uniform(20, 60))), postop=True, pushed=False)
            if rng.random() < 0.15:
                self.product(c, cl, t_fu + D(minutes=float(rng.uniform(10, 60))))
            if tp == "tp_followup_3m" and rng.random() < (0.30 if surv < 0.82 else 0.02):
                t_f = t_fu + D(days=float(rng.uniform(0, 10)))
                if rng.random() < 0.5:
                    self.fb(c, t_f, ["density_poor"], "call_note", cl=cl, case=case, surgeon=surgeon[0],
                            surgeon_en=surgeon[1], tp="tp_followup_3m")
                else:
                    self.social(c, t_f, ["density_poor"], cl, case=case, surgeon=surgeon[0], surgeon_en=surgeon[1])
            if tp == "tp_followup_6m":
                topics = []
                poor = surv < 0.82
                if poor and rng.random() < 0.55:
                    topics.append("density_poor")
                elif not poor and rng.random() < 0.30:
                    topics.append("natural")
                if rng.random() < 0.5:
                    nps = int(np.clip(round(rng.normal(8.6 - 4.0 * ("density_poor" in topics), 1.4)), 0, 10))
                    self.fb(c, t_fu + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.7 else [],
                            "postop_survey", nps=nps, cl=cl, case=case, surgeon=surgeon[0], surgeon_en=surgeon[1],
                            tp="tp_followup_6m", gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
                if topics and rng.random() < 0.35:
                    self.social(c, t_fu + D(days=float(rng.uniform(2, 20))), topics, cl, case=case,
                                surgeon=surgeon[0], surgeon_en=surgeon[1])

    def care(self, c, cl, t, postop, pushed):
        pk = pick(list(PACKAGES), [0.5, 0.35, 0.15])
        cp = self.sid("CP")
        first = True
        while t <= END:
            price = PACKAGES[pk][2] if t >= PRICE_RISE else PACKAGES[pk][1]
            tp = "tp_care_buy" if first else "tp_care_renew"
            pm = pick(["wechat_pay", "alipay"], [0.6, 0.4])
            self.ev(c, t, tp, cp, "card_opened" if first else "card_renewed", cl, package=pk,
                    套餐=PACKAGES[pk][0], amount=price, postop_patient=postop, payment_method=pm, 支付方式=PAY[pm])
            o = self.order(c, t, price, "care_package" if first else "care_renewal", cl, item=pk,
                           项目名称=PACKAGES[pk][0], payment_method=pm, 支付方式=PAY[pm], case_id=cp)
            c["care"] = True
            # regret refunds (cooling-off) — mostly cards pushed at the scan
            if first and rng.random() < (0.20 if pushed else 0.04):
                t_c = t + D(days=float(rng.uniform(0.5, 6)))
                self.ev(c, t_c, "tp_cancel", cp, "refund_request", cl, channel="phone", refund_type="care_package",
                        退款类型="养发套餐", package=pk, 套餐=PACKAGES[pk][0])
                t_r = t_c + D(days=float(rng.lognormal(np.log(2.0), 0.4)))
                if self.ev(c, t_r, "tp_refund", cp, "refunded", cl, channel=pm, refund_type="care_package",
                           退款类型="养发套餐", refund_amount=price, package=pk, 套餐=PACKAGES[pk][0]) and o:
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_r)
                if rng.random() < 0.4:
                    self.fb(c, t_c + D(hours=2), ["upsell"], "ticket", cl=cl, case=cp, tp="tp_scalp_scan")
                return
            n = PACKAGES[pk][3]
            gap = 365.0 / n if pk == "annual" else 9.0
            ts_ = t
            for i in range(n):
                ts_ = work_time(ts_ + D(days=float(rng.exponential(gap) + 2)))
                if not self.ev(c, ts_, "tp_care_session", cp, "session_done", cl, package=pk, 套餐=PACKAGES[pk][0],
                               session_no=i + 1):
                    return
                c["last"] = ts_
                if rng.random() < 0.06:
                    st = float(pick([5, 4, 3, 2, 1], [0.45, 0.32, 0.13, 0.06, 0.04]))
                    self.fb(c, ts_ + D(hours=float(rng.uniform(0.5, 6))), [], "miniapp_review", cl=cl, case=cp,
                            rating=st, tp="tp_care_session", gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"))
                if rng.random() < 0.03:
                    self.product(c, cl, ts_ + D(minutes=40))
            p_renew = 0.58 if postop else 0.40
            t_next = work_time(ts_ + D(days=float(rng.uniform(1, 25))))
            if t_next >= PRICE_RISE:
                p_renew *= 0.6
            if rng.random() > p_renew:
                return
            t = t_next
            first = False

    def run(self):
        self.customers()
        for c in self.cust:
            self.person(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "black" if s >= 40000 else "gold" if s >= 15000 else "silver" if s >= 3000 else "none"
            if c["surgery"] and c["care"]:
                seg = "surgery_and_care"
            elif c["surgery"]:
                seg = "surgery_patient"
            elif c["care"]:
                seg = "care_member"
            elif c["stage"] in ("scanned", "deposit"):
                seg = "scanned_not_converted"
            else:
                seg = "prospect"
            if seg != "prospect" and c["last"] < datetime(2026, 1, 1):
                seg = "dormant"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["lead"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier], gender=c["gender"],
                             age_band=c["age"], hair_loss_type=c["loss"], 脱发类型=LOSS[c["loss"]],
                             norwood_grade=f"N{c['grade']}" if c["grade"] else None, home_clinic_id=c["home"],
                             out_of_town=c["out_of_town"], first_device=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "campaign",
           "获客渠道", "consultant", "consultant_en", "response_minutes", "appointment_at", "clinic_id", "clinic",
           "clinic_en", "clinic_city", "院区城市", "advisor", "advisor_en", "norwood_grade", "hair_loss_type", "脱发类型",
           "follicle_density", "grafts", "technique", "术式", "quoted_price", "surgeon", "surgeon_en", "anesthesia",
           "麻醉方式", "surgery_hours", "payment_method", "支付方式", "amount", "refund_type", "退款类型", "refund_amount",
           "survival_rate", "density_after", "package", "套餐", "postop_patient", "session_no", "product", "产品"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "item", "项目名称", "quantity", "grafts", "clinic_id", "clinic", "clinic_en", "clinic_city", "院区城市",
            "payment_method", "支付方式", "case_id", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "case_id", "clinic_id", "clinic", "clinic_en", "clinic_city", "院区城市", "surgeon", "surgeon_en",
           "consultant"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "gender", "age_band", "hair_loss_type", "脱发类型", "norwood_grade", "home_clinic_id",
             "out_of_town", "first_device", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)          # the CRM sync re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
