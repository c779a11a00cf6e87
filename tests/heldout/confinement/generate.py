"""MamaNest 月子汇: a chain of postpartum confinement care centres (月子中心) in four cities. An expecting mother finds
us (Xiaohongshu notes, a partner hospital's prenatal class, a friend's referral, Dianping, Douyin), chats with an
advisor (顾问咨询), tours a centre (in person or by video), signs a package (26 / 28 / 42 days; standard room 标准间,
deluxe room 豪华套房 or executive suite 行政套房), pays a deposit (定金), sometimes cancels (退订: the deposit is refunded),
pays the balance (尾款) before the birth, checks in a few days after delivery (产后入住) with her baby, is looked after
by nurses and yuesao (母婴护理), eats confinement meals (月子餐), the newborn is cared for (新生儿护理), housekeeping
keeps the room, she may buy postpartum recovery add-ons (产后修复: pelvic floor, diastasis recti, lactation, yoga, TCM,
body shaping), may extend her stay (续住), checks out (离所), answers the exit survey (离所评价) and may refer a friend
(老带新).
Events 2024-07-01 .. 2026-06-30 (the CRM extract was taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 6000
FUTIAN_KITCHEN = (datetime(2025, 9, 1), datetime(2026, 1, 1))     # Futian switched meal caterer (禾味), switched back
BINJIANG_WORKS = (datetime(2025, 4, 1), datetime(2025, 7, 1))     # construction site next to Binjiang
JINGAN_NIGHTS = (datetime(2026, 1, 15), datetime(2026, 3, 16))    # Spring-Festival night-shift shortage at Jing'an
JINJIANG_OPEN = datetime(2026, 3, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现月子汇", "Discover MamaNest", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到小红书|看到笔记|医院推荐|朋友推荐|线索|留资|discover|lead|found us|first touch"),
    ("tp_consult", "顾问咨询", "Advisor consultation", "consideration", "phone", "digital", "sales",
     "咨询|顾问|加微信|问价|私信|consult|consultation|advisor chat|enquiry"),
    ("tp_tour", "参观会所", "Centre tour", "consideration", "store", "physical", "sales",
     "参观|看房|到店参观|视频看房|探店|tour|site visit|show round|viewing"),
    ("tp_sign", "签约套餐", "Package signed", "purchase", "store", "physical", "sales",
     "签约|签合同|订套餐|成交|sign|contract|package signed|booking confirmed"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|订金|交定金|deposit|down payment"),
    ("tp_cancel", "退订", "Contract cancelled", "service", "phone", "digital", "sales",
     "退订|取消|解约|不住了|cancel|cancellation|cancelled contract"),
    ("tp_refund", "定金退款", "Deposit refunded", "service", "other", "digital", "finance",
     "退款|退定金|退钱|refund|deposit refund|money back"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "mini_program", "digital", "finance",
     "尾款|补款|付清|balance|final payment|remaining payment"),
    ("tp_checkin", "产后入住", "Check-in after delivery", "service", "store", "physical", "front_desk",
     "入住|入所|住进来|出院入住|check-in|move in|arrival"),
    ("tp_nursing", "母婴护理", "Mother & baby nursing", "service", "store", "physical", "nursing",
     "护理|月嫂|护士|母婴护理|夜班|查房|nursing|nurse|yuesao|maternity nurse|night shift"),
    ("tp_meal", "月子餐", "Confinement meals", "service", "store", "physical", "kitchen",
     "月子餐|餐食|饭菜|汤|厨房|meals|food|confinement meals|kitchen|menu"),
    ("tp_babycare", "新生儿护理", "Newborn care", "service", "store", "physical", "nursing",
     "宝宝护理|新生儿|婴儿|洗澡|黄疸|newborn care|baby care|baby|infant"),
    ("tp_room", "客房与环境", "Room & environment", "service", "store", "physical", "housekeeping",
     "客房|房间|环境|保洁|卫生|噪音|room|environment|housekeeping|noise|cleanliness"),
    ("tp_addon", "产后修复加购", "Postpartum recovery add-on", "purchase", "store", "physical", "recovery",
     "产后修复|加购|盆底肌|腹直肌|催乳|通乳|产后瑜伽|中医调理|塑形|add-on|recovery package|pelvic floor|lactation"),
    ("tp_extend", "续住", "Stay extended", "purchase", "store", "physical", "front_desk",
     "续住|延住|多住几天|加天数|extend|extension|extra days|stay longer"),
    ("tp_checkout", "离所", "Check-out", "service", "store", "physical", "front_desk",
     "离所|出所|退房|出月子|回家|check-out|checkout|leave|going home"),
    ("tp_review", "离所评价", "Exit review", "loyalty", "mini_program", "digital", "service_quality",
     "评价|离所问卷|打分|满意度|NPS|review|exit survey|rating|feedback form"),
    ("tp_refer", "老带新转介绍", "Friend referral", "loyalty", "social", "digital", "marketing",
     "转介绍|老带新|推荐朋友|介绍闺蜜|referral|refer a friend|word of mouth"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("signup", "参观签约", "Lead to contract", ["tp_discover", "tp_consult", "tp_tour", "tp_sign"], 60),
    ("prepare", "签约入住", "Contract to check-in", ["tp_sign", "tp_deposit", "tp_balance", "tp_checkin"], 210),
    ("stay", "在住离所", "Stay and check-out", ["tp_checkin", "tp_checkout", "tp_review"], 75),
    ("upsell", "产后修复加购", "Recovery upsell", ["tp_checkin", "tp_addon"], 45),
    ("refer", "老带新", "Friend referral", ["tp_checkout", "tp_refer"], 180),
]
CITIES = {  # en: zh, lead weight, price factor, share of English-speaking mothers
    "Shanghai": ("上海", 0.32, 1.25, 0.20), "Shenzhen": ("深圳", 0.26, 1.15, 0.15),
    "Hangzhou": ("杭州", 0.24, 1.00, 0.06), "Chengdu": ("成都", 0.18, 0.80, 0.03),
}
CENTRES = [  # id, city, zh, en
    ("C01", "Shanghai", "上海静安中心", "Shanghai Jing'an"), ("C02", "Shanghai", "上海前滩中心", "Shanghai Qiantan"),
    ("C03", "Hangzhou", "杭州滨江中心", "Hangzhou Binjiang"), ("C04", "Hangzhou", "杭州西湖中心", "Hangzhou West Lake"),
    ("C05", "Shenzhen", "深圳福田中心", "Shenzhen Futian"), ("C06", "Shenzhen", "深圳南山中心", "Shenzhen Nanshan"),
    ("C07", "Chengdu", "成都高新中心", "Chengdu Hi-Tech"), ("C08", "Chengdu", "成都锦江中心", "Chengdu Jinjiang"),
]
CENTRE = {c[0]: c for c in CENTRES}
CHANNELS = {  # en: zh, weight, p(consult), p(tour | consult), p(sign | tour), p(cancel | sign)
    "xiaohongshu": ("小红书", 0.38, 0.70, 0.60, 0.22, 0.16),
    "hospital_partner": ("合作医院", 0.20, 0.90, 0.85, 0.55, 0.05),
    "referral": ("老客转介绍", 0.14, 0.92, 0.85, 0.60, 0.04),
    "dianping": ("大众点评", 0.16, 0.80, 0.75, 0.40, 0.07),
    "douyin": ("抖音", 0.12, 0.76, 0.68, 0.40, 0.06),
}
ROOMS = {"standard": ("标准间", 0.62, 2400), "deluxe": ("豪华套房", 0.29, 3200), "suite": ("行政套房", 0.09, 5200)}
PACKAGES = [(26, 0.30), (28, 0.45), (42, 0.25)]
PAY = {"wechat_pay": ("微信支付", 0.45), "alipay": ("支付宝", 0.15), "bank_transfer": ("银行转账", 0.25),
       "pos_card": ("POS刷卡", 0.15)}
ADDONS = {  # en: zh, weight, price
    "lactation": ("催乳通乳", 0.34, 1280), "pelvic_floor": ("盆底肌修复", 0.26, 6800),
    "diastasis_recti": ("腹直肌修复", 0.14, 4800), "postnatal_yoga": ("产后瑜伽", 0.10, 2400),
    "tcm": ("中医调理", 0.10, 3600), "body_shaping": ("产后塑形", 0.06, 5800),
}
CANCEL_REASONS = {"other_centre": "选了别家", "going_home": "回老家坐月子", "family_care": "家里老人照顾",
                  "medical": "身体原因", "budget": "预算不够"}
DELIVERY = {"vaginal": "顺产", "c_section": "剖宫产"}
ADVISORS = ["Amy 王", "Coco 李", "Grace 陈", "Vivian 张", "Helen 刘", "Joyce 赵"]

# ---------- feedback text (each topic has its own markers; generate checks the markers reproduce the topics) ----------
TXT = {
    "meal_bad": (["月子餐太咸了，产后要清淡，跟厨房说了好几次都没改", "月子餐太油了，每顿汤上面一层油，吃不下",
                  "月子餐一周都在重样，猪蹄汤喝到怕", "这个月的月子餐明显变差了，菜又太咸又太油"],
                 ["The confinement meals were way too salty, not what you want after giving birth",
                  "Meals got greasy and kept serving the same dishes every few days",
                  "Food quality dropped, same dishes again and again and the soups were greasy"]),
    "meal_good": (["月子餐很好吃，荤素搭配得好", "厨师手艺不错，汤都很好吃"],
                  ["The meals were delicious and well balanced", "Loved the food, the red date soup was delicious"]),
    "noise": (["隔壁楼在施工，白天电钻声不停，宝宝根本睡不着", "房间噪音很大，外面在施工，投诉了也没用",
               "楼上装修电钻一响就是一上午"],
              ["Construction next door all day, the drilling woke the baby constantly",
               "Room was noisy, there is construction right outside the window"]),
    "night_care": (["夜班只有一个护士管好几个宝宝，半夜按铃二十分钟没人来", "春节期间夜班人手明显不够，宝宝哭了很久没人抱",
                    "夜班月嫂换了好几个，交接也不清楚"],
                   ["Not enough staff on the night shift, I waited ages after ringing the bell",
                    "The night nurse kept changing and nobody knew the baby's feeding schedule"]),
    "nurse_good": (["月嫂阿姨特别耐心，教我给宝宝洗澡拍嗝", "护士很细心，每天都会帮我看伤口", "护理团队专业又耐心，新手妈妈很安心"],
                   ["The nurses were so patient and taught me everything about feeding",
                    "Our yuesao was caring and really professional"]),
    "dirty": (["房间不干净，地毯有污渍，卫生间角落发霉", "奶瓶消毒不及时，提了两次", "空调出风口发霉有味道"],
              ["The bathroom had mould and the room felt dirty on arrival",
               "Bottles were not sterilised on time, hygiene could be better"]),
    "baby_issue": (["宝宝红屁股好几天才处理好", "宝宝黄疸偏高，跟我们沟通得不及时", "宝宝长了湿疹，护士一开始没注意到"],
                   ["Baby got diaper rash and it took days to get it sorted",
                    "Baby's jaundice was high and they told us late"]),
    "lactation_good": (["催乳师手法很好，第三天奶就通了", "通乳做了两次，涨奶一下子缓解了"],
                       ["The lactation consultant was amazing, breastfeeding finally worked"]),
    "price": (["续住一天价格太贵了", "套餐太贵，加项目又要另外收钱，性价比不高"],
              ["Extension days are overpriced", "Very expensive for what you get, every extra is charged"]),
    "refund_slow": (["退订都两周了定金还没退，客服只说在走流程", "退款太慢了，银行转账的定金一直没到账"],
                    ["Cancelled weeks ago and still waiting to get my deposit back",
                     "The deposit refund is taking forever"]),
    "tour_pushy": (["去参观，销售一直催着当天签约，体验不好", "参观的时候被各种推销产后修复项目"],
                   ["The tour felt like a hard sell, they pushed me to sign the same day",
                    "Sales staff were pushy during the visit"]),
    "tour_good": (["参观了一圈，环境很好，房间很大"], ["Toured the centre, lovely facility and calm vibe"]),
}
MARKERS = {
    "meal_bad": ["太咸", "太油", "重样", "too salty", "greasy", "same dishes"],
    "meal_good": ["好吃", "delicious"],
    "noise": ["噪音", "施工", "电钻", "noise", "noisy", "drilling", "construction"],
    "night_care": ["夜班", "半夜", "night shift", "night nurse"],
    "nurse_good": ["耐心", "细心", "so patient", "caring"],
    "dirty": ["不干净", "发霉", "消毒", "dirty", "mould", "hygiene"],
    "baby_issue": ["红屁股", "湿疹", "黄疸", "diaper rash", "eczema", "jaundice"],
    "lactation_good": ["催乳", "通乳", "lactation", "breastfeeding"],
    "price": ["太贵", "性价比", "expensive", "overpriced"],
    "refund_slow": ["定金还没退", "退款太慢", "deposit back", "refund is taking"],
    "tour_pushy": ["推销", "销售一直", "pushy", "hard sell"],
    "tour_good": ["环境很好", "lovely facility"],
}
GENERIC = {"pos": (["整体体验不错", "谢谢各位老师这一个月的照顾", "宝宝长得很好，我也恢复得不错"],
                   ["Overall a good stay", "Thanks to the whole team", "Baby and I both did well here"]),
           "neu": (["整体还行吧", "有好有不好"], ["It was okay", "Mixed feelings overall"]),
           "neg": (["有点失望", "不太会推荐给朋友"], ["A bit disappointed", "Would not really recommend"])}
TOPIC_TP = {"night_care": "tp_nursing", "dirty": "tp_room", "noise": "tp_room", "meal_bad": "tp_meal",
            "baby_issue": "tp_babycare", "price": "tp_extend", "refund_slow": "tp_refund", "tour_pushy": "tp_tour",
            "tour_good": "tp_tour", "nurse_good": "tp_nursing", "meal_good": "tp_meal", "lactation_good": "tp_addon"}
NEG = ["night_care", "dirty", "noise", "meal_bad", "baby_issue", "price", "refund_slow", "tour_pushy"]
PENALTY = {"night_care": 1.8, "dirty": 1.7, "noise": 1.5, "meal_bad": 1.3, "baby_issue": 1.0, "price": 0.7}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(d: dict, idx: int = 1):
    keys = list(d)
    w = np.array([d[k][idx] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def at_hour(day: datetime, lo=9, hi=20) -> datetime:
    base = datetime(day.year, day.month, day.day)
    return base + D(seconds=int(rng.integers(lo * 3600, hi * 3600)))


def overlaps(a0, a1, win) -> bool:
    return a0 < win[1] and a1 > win[0]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_ct = 0

    def ev(self, c, t, tp, sid, action, ct=None, device=None, channel=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=device, channel=channel, lead_id=c["lead_id"])
        row.update(c["centre_cols"])
        if ct:
            row.update(ct["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, ct, status="paid", refunded_at=None, method=None, **kw):
        if t > END:
            return
        self.n_ord += 1
        zh = {"deposit": "定金", "balance": "尾款", "extension": "续住费", "addon": "产后修复"}[otype]
        method = method or pick(PAY)
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=method, 支付方式=PAY[method][0], order_type=otype, 订单类型=zh,
                   contract_id=ct["id"], refunded_at=ts(refunded_at) if refunded_at else None, currency="CNY")
        row.update(c["centre_cols"])
        for k in ("room_type", "房型", "package_days"):
            row[k] = ct["common"][k]
        row.update(kw)
        self.orders.append(row)

    def fb(self, c, t, topics, channel, rating=None, nps=None, ct=None, undated=False, lang=None, gen=None,
           tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = lang or c["lang"]
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & set(NEG) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GENERIC[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if channel == "callback_note":
            text = "回访：" + text if lang == "zh" else "Follow-up call: " + text
        low = text.lower()
        found = sorted(k for k, ws in MARKERS.items() if any(w.lower() in low for w in ws))
        assert found == sorted(set(topics)), (text, topics, found)
        if tp is None:
            tp = next((TOPIC_TP[k] for k in topics), "tp_review")
        neg = bool(set(topics) & set(NEG)) or (rating is not None and rating <= 2)
        senti = "negative" if neg else ("positive" if topics or gen == "pos" else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                   contract_id=ct["id"] if ct else None)
        row.update(c["centre_cols"])
        if ct:
            row["room_type"], row["房型"] = ct["common"]["room_type"], ct["common"]["房型"]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(set(topics))), sentiment=senti))

    # ---------- one expecting mother ----------
    def customer(self, i: int, t0: datetime):
        city = pick({k: (v[0], v[1]) for k, v in CITIES.items()})
        chan = pick(CHANNELS)
        ch = CHANNELS[chan]
        week = int(rng.integers(10, 31))
        due = datetime(t0.year, t0.month, t0.day) + D(days=(40 - week) * 7)
        centres = [x for x in CENTRES if x[1] == city]
        if city == "Chengdu" and due >= datetime(2026, 3, 1) and rng.random() < 0.5:
            centre = CENTRE["C08"]
        else:
            centre = centres[0] if (city == "Chengdu" or rng.random() < 0.5) else centres[1]
        age = str(rng.choice(["<25", "25-29", "30-34", "35-39", "40+"], p=[0.03, 0.30, 0.42, 0.20, 0.05]))
        lang = "en" if rng.random() < CITIES[city][3] else "zh"
        c = dict(customer_id=f"M{i:05d}", lead_id=f"LD{i:05d}", city=city, chan=chan, lang=lang, age=age,
                 parity="second" if rng.random() < 0.3 else "first", due=due, signup=t0, centre=centre,
                 os=str(rng.choice(["ios", "android"], p=[0.55, 0.45])), segment="lead", tier="prospect",
                 centre_cols=dict(centre_id=centre[0], centre=centre[2], centre_en=centre[3], centre_city=city,
                                  中心城市=CITIES[city][0]))
        self.cust.append(c)
        sid = c["lead_id"]
        self.ev(c, t0, "tp_discover", sid, "view", device=c["os"], channel=chan)
        if rng.random() > ch[2]:
            return
        t = t0 + D(hours=float(rng.exponential(30)) + 0.2)
        advisor = str(rng.choice(ADVISORS))
        self.ev(c, t, "tp_consult", sid, "chat", device=c["os"], channel="wechat", advisor=advisor)
        if rng.random() > ch[3]:
            return
        t = at_hour(t + D(days=float(rng.uniform(1, 18))))
        video = rng.random() < 0.15
        self.ev(c, t, "tp_tour", sid, "video_tour" if video else "visit", channel="video" if video else "store",
                advisor=advisor, tour_type="video" if video else "in_person")
        if rng.random() < 0.06:
            tp_topics = [str(rng.choice(["tour_pushy", "price", "tour_good"], p=[0.4, 0.4, 0.2]))]
            self.fb(c, t + D(days=float(rng.uniform(0, 5))), tp_topics, "xiaohongshu_note",
                    undated=rng.random() < 0.4, tp="tp_sign" if tp_topics == ["price"] else "tp_tour")
        if rng.random() > ch[4]:
            return
        t = at_hour(t + D(days=float(rng.exponential(7) if rng.random() < 0.95 else rng.uniform(60, 90))))
        if t > due - D(days=21):
            return
        self.contract(c, t, advisor)

    def contract(self, c, t_sign: datetime, advisor: str):
        self.n_ct += 1
        cid = f"CT{self.n_ct:05d}"
        room = pick(ROOMS)
        days = int(rng.choice([p[0] for p in PACKAGES], p=[p[1] for p in PACKAGES]))
        fac = CITIES[c["city"]][2]
        price = round(ROOMS[room][2] * days * fac * (0.92 if days == 42 else 1.0), -2)
        deposit = max(10000.0, round(price * 0.2, -3))
        method = pick(PAY)
        ct = dict(id=cid, common=dict(contract_id=cid, package_days=days, room_type=room, 房型=ROOMS[room][0],
                                      package_price=price))
        if not self.ev(c, t_sign, "tp_sign", cid, "sign", ct, advisor=advisor, amount=price):
            return
        c["tier"], c["segment"] = room, "signed"
        t_dep = t_sign + D(minutes=float(rng.uniform(5, 90)))
        self.ev(c, t_dep, "tp_deposit", cid, "pay", ct, device=c["os"], amount=deposit,
                payment_method=method, 支付方式=PAY[method][0])
        due = c["due"]
        if rng.random() < CHANNELS[c["chan"]][5]:
            t_c = at_hour(t_sign + D(days=float(rng.uniform(5, max(6.0, (due - t_sign).days - 10)))))
            reason = pick({k: (v, w) for (k, v), w in zip(CANCEL_REASONS.items(), [0.35, 0.25, 0.2, 0.1, 0.1])})
            self.ev(c, t_c, "tp_cancel", cid, "cancel", ct, cancel_reason=reason, 退订原因=CANCEL_REASONS[reason])
            if t_c <= END:
                c["segment"] = "cancelled"
            lag = {"bank_transfer": rng.uniform(6, 15), "pos_card": rng.uniform(2, 6)}.get(method, rng.uniform(0.2, 2.5))
            t_r = t_c + D(days=float(lag))
            if method == "bank_transfer" and lag > 8 and rng.random() < 0.9:
                self.fb(c, t_c + D(days=float(rng.uniform(6, lag))), ["refund_slow"], "wechat_service", ct=ct,
                        tp="tp_refund")
            refunded = t_r <= END
            self.order(c, t_dep, deposit, "deposit", ct, status="refunded" if refunded else "paid",
                       refunded_at=t_r if refunded else None, method=method)
            self.ev(c, t_r, "tp_refund", cid, "refund", ct, refund_amount=deposit, payment_method=method,
                    支付方式=PAY[method][0])
            return
        self.order(c, t_dep, deposit, "deposit", ct, method=method)
        # delivery and check-in
        c_sec = rng.random() < (0.50 if c["age"] in ("35-39", "40+") else 0.34)
        dtype = "c_section" if c_sec else "vaginal"
        delivery = at_hour(due + D(days=float(np.clip(rng.normal(-4, 6), -21, 10))), 0, 24)
        t_in = at_hour(delivery + D(days=(5 if c_sec else 3) + float(rng.uniform(0, 1.5))), 10, 16)
        if c["centre"][0] == "C08" and t_in < JINJIANG_OPEN:
            t_in = at_hour(JINJIANG_OPEN + D(days=float(rng.uniform(0, 3))), 10, 16)
        t_bal = t_in - D(days=float(rng.uniform(0.05, 20)))
        t_bal = max(t_bal, t_dep + D(days=1))
        m2 = pick(PAY)
        self.ev(c, t_bal, "tp_balance", cid, "pay", ct, device=c["os"], amount=price - deposit, payment_method=m2,
                支付方式=PAY[m2][0])
        self.order(c, t_bal, price - deposit, "balance", ct, method=m2)
        ct["common"].update(delivery_type=dtype, 分娩方式=DELIVERY[dtype], delivery_date=delivery.date().isoformat())
        if not self.ev(c, t_in, "tp_checkin", cid, "check_in", ct):
            return
        c["segment"], c["delivery"] = "in_house", dtype
        # extension decided up front, stay length
        p_ext = 0.12 + (0.20 if c_sec else 0) + {26: 0.14, 28: 0.0, 42: -0.05}[days]
        ext_days = int(rng.choice([3, 5, 7, 10, 14], p=[0.3, 0.25, 0.25, 0.1, 0.1])) if rng.random() < p_ext else 0
        t_out = at_hour(t_in + D(days=days + ext_days), 9, 12)
        t_end = min(t_out, END)
        cen = c["centre"][0]
        # stay issues / praise
        topics = []
        if rng.random() < (0.55 if cen == "C05" and overlaps(t_in, t_out, FUTIAN_KITCHEN) else 0.06):
            topics.append("meal_bad")
        if rng.random() < (0.60 if cen == "C03" and overlaps(t_in, t_out, BINJIANG_WORKS) else 0.04):
            topics.append("noise")
        if rng.random() < (0.55 if cen == "C01" and overlaps(t_in, t_out, JINGAN_NIGHTS) else 0.04):
            topics.append("night_care")
        if rng.random() < (0.09 if cen == "C06" else 0.04):
            topics.append("dirty")
        if rng.random() < 0.06:
            topics.append("baby_issue")
        # services during the stay
        for kind, tp, action in (("nurse", "tp_nursing", "nursing_round"), ("meal", "tp_meal", "meal_served"),
                                 ("baby", "tp_babycare", "baby_check"), ("room", "tp_room", "housekeeping")):
            d = 1.0
            while t_in + D(days=d) < t_end:
                self.ev(c, at_hour(t_in + D(days=d), 8, 21), tp, cid, action, ct)
                d += float(rng.uniform(5, 9))
        # tickets during the stay about what went wrong
        for k in [x for x in topics if x in ("meal_bad", "noise", "night_care", "dirty", "baby_issue")]:
            if rng.random() < 0.5:
                tt = t_in + D(days=float(rng.uniform(2, max(2.5, (t_end - t_in).days - 1))))
                self.fb(c, tt, [k], "wechat_service", ct=ct)
        # add-ons
        p_add = {"standard": 0.45, "deluxe": 0.6, "suite": 0.75}[room] + (0.1 if c["city"] == "Shanghai" else 0)
        items = []
        if rng.random() < p_add:
            n = int(rng.choice([1, 2, 3], p=[0.6, 0.3, 0.1]))
            for _ in range(n):
                it = pick(ADDONS)
                if it in items:
                    continue
                items.append(it)
                ta = at_hour(t_in + D(days=float(rng.uniform(0.5, min(20, days - 3)))), 9, 19)
                price_a = ADDONS[it][2]
                ok = self.ev(c, ta, "tp_addon", cid, "purchase", ct, addon_item=it, 修复项目=ADDONS[it][0],
                             amount=price_a)
                if ok:
                    ref = rng.random() < 0.06
                    tr = ta + D(days=float(rng.uniform(3, 15)))
                    ref = ref and tr <= END
                    self.order(c, ta, price_a, "addon", ct, status="refunded" if ref else "paid",
                               refunded_at=tr if ref else None, addon_item=it, 修复项目=ADDONS[it][0])
        if ext_days:
            te = at_hour(t_in + D(days=days - float(rng.uniform(1, 5))), 10, 18)
            per_day = round(price / days * 1.1, -1)
            if self.ev(c, te, "tp_extend", cid, "extend", ct, extend_days=ext_days, amount=per_day * ext_days):
                ref = rng.random() < 0.03
                tr = te + D(days=float(rng.uniform(2, 6)))
                ref = ref and tr <= END
                self.order(c, te, per_day * ext_days, "extension", ct, status="refunded" if ref else "paid",
                           refunded_at=tr if ref else None, extend_days=ext_days)
        if t_out > END:
            return
        self.ev(c, t_out, "tp_checkout", cid, "check_out", ct, stay_days=days + ext_days)
        c["segment"] = "alumni"
        if ext_days and rng.random() < 0.25:
            topics.append("price")
        praise = []
        if "night_care" not in topics and rng.random() < (0.70 if cen in ("C04", "C08") else 0.33):
            praise.append("nurse_good")
        if "meal_bad" not in topics and rng.random() < 0.25:
            praise.append("meal_good")
        if "lactation" in items and rng.random() < 0.4:
            praise.append("lactation_good")
        base = 4.55 + (0.40 if cen in ("C04", "C08") else 0.0)
        r = base - sum(PENALTY[k] for k in topics) + 0.15 * len(praise) + rng.normal(0, 0.45)
        rating = int(np.clip(round(r), 1, 5))
        order_neg = [k for k in NEG if k in topics]
        say = (order_neg[:2] if order_neg else []) + ([] if order_neg else praise[:2])
        if rng.random() < 0.72:
            tr = t_out + D(days=float(rng.uniform(0.1, 3)))
            nps = int(np.clip(round(rating * 2 - 0.8 + rng.normal(0, 1.2)), 0, 10))
            if self.ev(c, tr, "tp_review", cid, "submit", ct, device=c["os"], stars=rating):
                self.fb(c, tr, say, "exit_survey", rating=rating, nps=nps, ct=ct)
        if rng.random() < 0.25:
            rr = int(np.clip(rating + rng.choice([-1, 0, 0, 0, 1]), 1, 5))
            self.fb(c, t_out + D(days=float(rng.uniform(1, 20))), say, "dianping_review", rating=rr, ct=ct,
                    undated=rng.random() < 0.15)
        if rng.random() < 0.12:
            self.fb(c, t_out + D(days=float(rng.uniform(2, 40))), say, "xiaohongshu_note", ct=ct,
                    undated=rng.random() < 0.4)
        if rng.random() < 0.3:
            self.fb(c, t_out + D(days=7, hours=float(rng.uniform(1, 8))), topics[:2] or praise[:1], "callback_note",
                    ct=ct, lang="zh", undated=rng.random() < 0.1)
        p_ref = 0.18 + (0.10 if c["chan"] in ("hospital_partner", "referral") else 0) + (0.1 if cen == "C04" else 0)
        if topics:
            p_ref *= 0.5
        if rng.random() < p_ref:
            self.ev(c, at_hour(t_out + D(days=float(rng.uniform(10, 170)))), "tp_refer", cid, "refer", ct,
                    device=c["os"], channel="wechat")

    def run(self):
        # lead arrivals: growth over the two years, a dip around Spring Festival
        span = (END - START).total_seconds()
        times = []
        while len(times) < N_CUST:
            u = rng.random()
            t = START + D(seconds=u * span)
            w = (0.8 + 0.5 * u) * (0.6 if (datetime(2025, 1, 25) <= t < datetime(2025, 2, 8)
                                          or datetime(2026, 2, 12) <= t < datetime(2026, 2, 26)) else 1.0)
            if rng.random() < w / 1.3:
                times.append(t)
        times.sort()
        for i, t in enumerate(times, 1):
            self.customer(i, t)

    def customer_rows(self):
        out = []
        for c in self.cust:
            out.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=c["segment"],
                            region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["chan"],
                            获客渠道=CHANNELS[c["chan"]][0], tier=c["tier"], age_band=c["age"], parity=c["parity"],
                            胎次="二胎" if c["parity"] == "second" else "头胎", due_date=c["due"].date().isoformat(),
                            home_centre_id=c["centre"][0], preferred_language=c["lang"], phone_os=c["os"]))
        return out


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv",
          [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                name=f"{t[1]} / {t[2]}") for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=f"{j[1]} / {j[2]}", journey_name_zh=j[1], journey_name_en=j[2],
                step=k, touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(),
          ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
           "age_band", "parity", "胎次", "due_date", "home_centre_id", "preferred_language", "phone_os"])
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=20, replace=False)
    ev = ev + [ev[int(k)] for k in dup_idx]           # the CRM export re-sent a few rows
    write(out / "events.csv", ev,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "lead_id",
           "contract_id", "centre_id", "centre", "centre_en", "centre_city", "中心城市", "advisor", "tour_type",
           "package_days", "room_type", "房型", "package_price", "amount", "payment_method", "支付方式",
           "cancel_reason", "退订原因", "refund_amount", "delivery_type", "分娩方式", "delivery_date", "addon_item",
           "修复项目", "extend_days", "stay_days", "stars"])
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "支付方式", "order_type", "订单类型",
           "contract_id", "centre_id", "centre", "centre_en", "centre_city", "中心城市", "room_type", "房型",
           "package_days", "addon_item", "修复项目", "extend_days", "refunded_at", "currency"])
    write(out / "feedback.csv", g.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "contract_id", "centre_id", "centre", "centre_en", "centre_city", "中心城市", "room_type", "房型"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
