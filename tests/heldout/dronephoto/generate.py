"""天眼 SkyShot: a drone aerial photography and video studio in Shenzhen 深圳, Xi'an 西安 and Kunming 昆明.
A client enquires (WeChat / website / Xiaohongshu / Douyin / referral / agency), gets a quote, our ops team checks the
airspace and flight permit for the location (深圳 has many no-fly / restricted zones), the client books the shoot and
pays the package, the shoot may be postponed for weather (Kunming rainy season, Shenzhen typhoons, Xi'an winter haze),
the pilot flies on site, the editors cut the footage (in-house team, or the outsourced 光影剪辑 studio during the
H2-2025 backlog), the client reviews draft rounds in the client portal, we deliver the final files, sometimes re-shoot,
the client rates the project and may come back for a new project. B2B: real estate (楼盘航拍) and events (活动航拍);
B2C: weddings (婚礼航拍) and travel (旅拍).

Events 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: generator truth, not a DATA.md table).
Deterministic (seed 20261211), Python + numpy, ~2 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 3200
OUTSOURCE = (datetime(2025, 8, 1), datetime(2026, 1, 1))      # backlog: part of the editing goes to 光影剪辑
AIR2_RETIRED = datetime(2026, 1, 15)                            # Kunming retires its old Mavic Air 2 fleet
NEW_PILOT_FROM = datetime(2026, 3, 1)                           # P12 joins in Xi'an

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "咨询询价", "Enquiry", "awareness", "social", "digital", "sales",
     "咨询|询价|问价|留资|私信|enquiry|inquiry|lead|first contact"),
    ("tp_quote", "出报价方案", "Quote sent", "consideration", "web", "digital", "sales",
     "报价|方案|报价单|拍摄方案|quote|quotation|proposal"),
    ("tp_permit", "空域许可核查", "Flight permit check", "consideration", "other", "digital", "flight_ops",
     "空域|许可|报备|禁飞区|限飞|飞行许可|permit|airspace|no-fly zone|flight permit|clearance"),
    ("tp_booking", "确认档期付款", "Shoot booked & paid", "purchase", "web", "digital", "sales",
     "下单|订档期|付款|付定|签约|book|booking|booked|paid|signed"),
    ("tp_postpone", "天气改期", "Weather postponement", "service", "phone", "digital", "flight_ops",
     "改期|延期|天气改期|下雨改期|postpone|postponement|weather delay|rescheduled"),
    ("tp_cancel", "取消订单", "Project cancelled", "service", "web", "digital", "sales",
     "取消|不拍了|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back"),
    ("tp_flight", "现场飞行拍摄", "On-site flight", "service", "other", "physical", "flight_ops",
     "现场|飞行|拍摄|飞手|出外景|航拍当天|flight|shoot day|on site|pilot|flying"),
    ("tp_editing", "后期剪辑", "Editing", "service", "other", "digital", "post_production",
     "剪辑|后期|调色|剪片|editing|edit|post-production|color grading"),
    ("tp_draft", "初稿审阅", "Draft review", "service", "web", "digital", "post_production",
     "初稿|样片|审片|修改|改稿|draft|rough cut|review round|revision"),
    ("tp_reshoot", "补拍重拍", "Re-shoot", "service", "other", "physical", "flight_ops",
     "补拍|重拍|返工|re-shoot|reshoot|redo"),
    ("tp_delivery", "成片交付", "Final delivery", "service", "web", "digital", "post_production",
     "交付|成片|交片|出片|final delivery|final cut|delivered|handover"),
    ("tp_review", "项目评价", "Project rating", "loyalty", "web", "digital", "marketing",
     "评价|打分|评分|好评|rate|rating|review|stars"),
    ("tp_repeat", "再次合作", "Repeat project", "loyalty", "other", "digital", "sales",
     "复购|回头客|再次合作|续约|repeat|came back|returning client|new project"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("booking", "询价到下单", "Enquiry to booking", ["tp_enquiry", "tp_quote", "tp_permit", "tp_booking"], 14),
    ("production", "拍摄到交付", "Shoot to delivery", ["tp_booking", "tp_flight", "tp_draft", "tp_delivery"], 60),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("repeat", "再次合作", "Repeat business", ["tp_delivery", "tp_repeat"], 180),
]
CITIES = {"Shenzhen": ("深圳", 0.45, 1.2), "Xi'an": ("西安", 0.30, 1.0), "Kunming": ("昆明", 0.25, 0.9)}
TYPES = {  # en: zh, b2b, weight, channel weights, package weights, quote p, book p, rush p, extra rounds lambda
    "real_estate": ("地产楼盘", "B2B", 0.22, [0.02, 0.06, 0.22, 0.40, 0.30], [0.05, 0.55, 0.40, 0.0], 0.92, 0.80,
                    0.20, 0.35),
    "event": ("活动航拍", "B2B", 0.18, [0.04, 0.10, 0.26, 0.30, 0.30], [0.05, 0.55, 0.15, 0.25], 0.88, 0.78,
              0.50, 0.55),
    "wedding": ("婚礼航拍", "B2C", 0.30, [0.40, 0.25, 0.10, 0.0, 0.25], [0.10, 0.50, 0.30, 0.10], 0.76, 0.74,
                0.08, 1.60),
    "travel": ("旅拍", "B2C", 0.30, [0.50, 0.30, 0.08, 0.0, 0.12], [0.55, 0.30, 0.0, 0.15], 0.62, 0.62,
               0.05, 0.45),
}
CHANNELS = {"xiaohongshu": "小红书", "douyin": "抖音", "website": "官网", "agency": "代理/中介", "referral": "老客推荐"}
PACKAGES = {"basic_photo": ("基础航拍照片", 1800), "standard_video": ("标准航拍视频", 4800),
            "premium_film": ("高端航拍大片", 12800), "fpv": ("FPV穿越机", 6800)}
ADDONS = {"color_grading": ("调色精修", 800), "4k_master": ("4K母版", 600), "extra_revision": ("额外修改轮次", 500),
          "music_licence": ("商用音乐授权", 300)}
PILOTS = {"Shenzhen": ["P01", "P02", "P03", "P04"], "Xi'an": ["P05", "P06", "P07", "P08"],
          "Kunming": ["P09", "P10", "P11"]}
WEATHER_ZH = {"rain": "降雨", "typhoon": "台风", "haze": "雾霾", "strong_wind": "大风"}
PERMIT_ZH = {"approved": "已批准", "restricted": "限飞区不可飞"}
EDITOR_ZH = {"in_house": "自营剪辑组", "outsourced": "光影剪辑(外包)"}
RESHOOT_ZH = {"image_quality": "画质问题", "client_change": "客户改需求"}

# feedback phrases: each topic's sentences all contain one of its markers (gold.py), no other sentence does.
TXT = {
    "slow_edit": (["剪辑太慢了，拍完两个礼拜才看到东西", "初稿等了快半个月", "后期剪辑太慢，催了好几次",
                   "拍完以后初稿等了很久，婚礼都过去好久了"],
                  ["the edit took forever, two weeks before we saw anything", "we were waiting for the first cut for ages",
                   "post-production took forever to edit a 3-minute video"]),
    "weather": (["因为天气改期了两次", "下雨一直改期，行程都被打乱了", "天气原因改期，沟通还算及时",
                 "台风改期，只能多等几天"],
                ["the shoot got postponed twice because of the weather", "weather postponed our shoot and we had to rebook the venue",
                 "they postponed for rain, fair enough but annoying"]),
    "image_quality": (["成片画面模糊，夜景全是噪点", "有果冻效应，看着头晕", "画面模糊对不上焦，只能补拍",
                       "噪点太多，画质不如手机"],
                      ["the footage was blurry in half the shots", "lots of jello in the video, unusable",
                       "night shots were grainy and soft"]),
    "permit": (["说是禁飞区飞不了，白跑一趟", "核查完说在禁飞区，只能换地方", "机场附近限飞，方案全改"],
               ["turned out the site is in a no-fly zone so the plan fell apart",
                "they told us after the quote it's a no-fly zone"]),
    "revision": (["改了好几轮还是不满意", "提的修改意见总是改不到位", "来回改了好几轮，挺累的"],
                 ["too many revision rounds and still not right", "my feedback on the draft was ignored twice"]),
    "price": (["价格太贵了", "加上加急费价格太贵", "比别家贵不少，价格偏高"],
              ["honestly overpriced for what we got", "a bit overpriced once the rush fee is added"]),
    "pilot": (["飞手很专业，现场调度很稳", "飞手很专业，还帮我们设计了路线", "飞手很专业也很耐心"],
              ["the pilot was super professional", "our pilot was calm and knew exactly where to fly"]),
    "stunning": (["成片很震撼，亲戚朋友都在问", "画面太震撼了，楼盘宣传效果很好", "日落那段航拍很震撼"],
                 ["the final film looks stunning", "stunning aerial shots of the venue", "absolutely stunning sunset footage"]),
    "fast": (["交付很快，三天就拿到成片", "出片速度很快，赶上了发布会", "交付很快，点赞"],
             ["super quick turnaround, had the video in three days", "quick turnaround, made our launch deadline"]),
}
NEG = {"slow_edit", "weather", "image_quality", "permit", "revision", "price"}
GEN = {"neg": (["体验一般", "不太满意", "有点失望"], ["not happy overall", "disappointing experience"]),
       "pos": (["整体很满意", "下次还找你们", "推荐给朋友了"], ["very happy overall", "would book again"]),
       "neu": (["整体还可以", "中规中矩", "还行吧"], ["it was ok", "overall fine", "average experience"])}
TOPIC_TP = [("permit", "tp_permit"), ("image_quality", "tp_flight"), ("weather", "tp_postpone"),
            ("slow_edit", "tp_editing"), ("revision", "tp_draft"), ("price", "tp_quote"), ("pilot", "tp_flight"),
            ("fast", "tp_delivery"), ("stunning", "tp_delivery")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(t: datetime, ctype: str) -> float:
    m = t.month
    if ctype == "wedding":
        return {4: 1.5, 5: 1.7, 9: 1.5, 10: 1.8, 1: 0.6, 2: 0.5, 7: 0.7, 8: 0.7}.get(m, 1.0)
    if ctype == "travel":
        return {2: 1.4, 7: 1.6, 8: 1.6, 10: 1.7, 1: 0.8, 11: 0.7, 12: 0.7}.get(m, 1.0)
    if ctype == "event":
        return {11: 1.6, 12: 1.9, 3: 1.3, 2: 0.5, 8: 0.8}.get(m, 1.0)
    return {2: 0.4, 1: 0.8, 3: 1.2, 9: 1.2}.get(m, 1.0)


def p_weather(city: str, t: datetime) -> tuple[float, str]:
    m = t.month
    if city == "Kunming":
        return (0.42, "rain") if 6 <= m <= 9 else (0.06, "strong_wind")
    if city == "Shenzhen":
        if 7 <= m <= 9:
            return 0.22, ("typhoon" if rng.random() < 0.5 else "rain")
        return (0.14, "rain") if 4 <= m <= 6 else (0.06, "strong_wind")
    return (0.20, "haze") if m in (12, 1, 2) else (0.06, "strong_wind")


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_pj = 0

    def ev(self, c, t, tp, pj, action, device=None, channel=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=pj["id"], action=action, device=device, channel=channel)
        row.update(pj["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, pj, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"shoot_package": "拍摄套餐", "editing_addon": "剪辑加项", "rush_fee": "加急费", "reshoot_fee": "补拍费"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="bank_transfer" if c["b2b"] == "B2B" else pick(["wechat_pay", "alipay"], [0.7, 0.3]),
                   device=None, order_type=otype, 订单类型=zh, project_id=pj["id"])
        for k in ("package", "套餐", "shoot_type", "拍摄类型", "city", "城市"):
            row[k] = pj["common"][k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, pj=None, undated=False, gen=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        sep, stop = ("，", "。") if lang == "zh" else (". ", ".")
        text = sep.join(parts) + stop
        if lang == "en":
            text = text[0].upper() + text[1:]
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "negative" if neg else ("positive" if gen == "pos" else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                   project_id=pj["id"] if pj else None)
        for k in ("city", "城市", "shoot_type", "拍摄类型", "package", "套餐"):
            row[k] = pj["common"][k] if pj else None
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            days.append(d)
            d += D(days=1)
        self.cust = []
        types = list(TYPES)
        for i in range(N_CUST):
            ctype = pick(types, [TYPES[x][2] for x in types])
            w = np.array([(0.6 + 0.8 * (x - START).days / 540) * season(x, ctype) for x in days])
            t = days[int(rng.choice(len(days), p=w / w.sum()))] + D(hours=float(rng.uniform(8, 23)))
            city = pick(list(CITIES), [CITIES[x][1] for x in CITIES])
            if ctype == "travel":
                city = pick(list(CITIES), [0.25, 0.30, 0.45])
            ch = pick(list(CHANNELS), TYPES[ctype][3])
            en_share = 0.18 if city == "Shenzhen" else 0.06
            if ctype == "travel":
                en_share += 0.08
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", first=t, city=city, ctype=ctype, b2b=TYPES[ctype][1],
                                  channel=ch, en_share=en_share, spend=0.0, delivered=[], booked=0,
                                  device=pick(["pc", "ios", "android"], [0.6, 0.2, 0.2] if TYPES[ctype][1] == "B2B"
                                              else [0.15, 0.45, 0.4]),
                                  lang="en" if rng.random() < en_share else "zh"))
        self.cust.sort(key=lambda c: c["first"])
        for i, c in enumerate(self.cust):
            c["customer_id"] = f"C{i + 1:05d}"

    def project(self, c, t0: datetime, n_prev: int):
        ty = TYPES[c["ctype"]]
        self.n_pj += 1
        pkg = pick(list(PACKAGES), ty[4])
        city = c["city"]
        common = {"package": pkg, "套餐": PACKAGES[pkg][0], "shoot_type": c["ctype"], "拍摄类型": ty[0],
                  "city": city, "城市": CITIES[city][0], "client_type": c["b2b"]}
        pj = dict(id=f"PJ{self.n_pj:05d}", common=common)
        dev = c["device"]
        first_ch = c["channel"] if n_prev == 0 else "wechat"
        if n_prev:
            self.ev(c, t0, "tp_repeat", pj, "new_project", dev, "wechat")
        if not self.ev(c, t0, "tp_enquiry", pj, "submit", dev, first_ch):
            return None
        # quote
        pq = ty[5] * (0.65 if (c["channel"] == "xiaohongshu" and n_prev == 0) else 1.0) + (0.05 if n_prev else 0)
        if rng.random() > pq:
            return None
        t = t0 + D(hours=float(rng.lognormal(np.log(14), 0.8)))
        price = PACKAGES[pkg][1] * CITIES[city][2]
        if not self.ev(c, t, "tp_quote", pj, "sent", "pc", "web", quote_amount=round(price)):
            return None
        # quote -> permit check (client says go ahead)
        if rng.random() > (0.72 if c["b2b"] == "B2C" else 0.86) + (0.08 if n_prev else 0):
            if rng.random() < 0.04:
                self.fb(c, t + D(days=2), ["price"], "wechat_ticket", pj=pj)
            return None
        t += D(hours=float(rng.lognormal(np.log(30), 0.6)))
        p_restr = {"Shenzhen": 0.22, "Xi'an": 0.08, "Kunming": 0.05}[city]
        if c["ctype"] == "real_estate" and city == "Shenzhen":
            p_restr = 0.30
        restricted = rng.random() < p_restr
        res = "restricted" if restricted else "approved"
        if not self.ev(c, t, "tp_permit", pj, res, None, "other", permit_result=res, 许可结果=PERMIT_ZH[res],
                       airspace_zone=pick(["controlled", "uncontrolled"], [0.6, 0.4]) if city == "Shenzhen"
                       else "uncontrolled"):
            return None
        if restricted:
            if rng.random() < 0.35:
                self.fb(c, t + D(hours=float(rng.uniform(2, 48))), ["permit"], "wechat_ticket", pj=pj)
            if rng.random() < 0.75:
                return None
            t += D(days=float(rng.uniform(2, 5)))   # moved to another site
        # booking + payment
        if rng.random() > ty[6] + (0.1 if n_prev else 0):
            return None
        t += D(hours=float(rng.lognormal(np.log(40), 0.6)))
        rush = rng.random() < ty[7]
        if not self.ev(c, t, "tp_booking", pj, "paid", dev, "web", rush=rush, amount=round(price)):
            return None
        pkg_order = self.order(c, t, price, "shoot_package", pj)
        c["booked"] += 1
        paid = [pkg_order]
        if rush:
            paid.append(self.order(c, t, round(price * 0.3), "rush_fee", pj))
        for a, p in (("color_grading", 0.3 if pkg != "basic_photo" else 0.1), ("music_licence", 0.25 if c["b2b"] == "B2B" else 0.05)):
            if rng.random() < p:
                paid.append(self.order(c, t, ADDONS[a][1], "editing_addon", pj, addon=a, 加项内容=ADDONS[a][0]))
        lead = {"wedding": (10, 45), "travel": (3, 20), "event": (3, 25), "real_estate": (4, 18)}[c["ctype"]]
        shoot = t + D(days=float(rng.uniform(*lead)))
        shoot = datetime(shoot.year, shoot.month, shoot.day, int(rng.integers(6, 17)))
        # weather postponements
        n_post = 0
        while True:
            p, reason = p_weather(city, shoot)
            if c["ctype"] == "event":
                p *= 0.6            # events fly in light rain
            if rng.random() >= p or n_post >= 3:
                break
            n_post += 1
            t_post = shoot - D(hours=float(rng.uniform(10, 30)))
            self.ev(c, t_post, "tp_postpone", pj, "postponed", None, "phone", weather_reason=reason,
                    改期原因=WEATHER_ZH[reason], original_shoot_date=shoot.strftime("%Y-%m-%d"))
            if n_post >= 2 and rng.random() < 0.3:
                self.cancel(c, pj, t_post + D(hours=float(rng.uniform(1, 30))), paid, "weather")
                if rng.random() < 0.5:
                    self.fb(c, t_post + D(days=1), ["weather"], "wechat_ticket", pj=pj)
                return None
            shoot += D(days=float(rng.integers(1, 8)))
        if n_post and rng.random() < 0.18:
            self.fb(c, shoot - D(hours=5), ["weather"], "wechat_ticket", pj=pj)
        if n_post == 0 and rng.random() < (0.05 if c["b2b"] == "B2C" else 0.02):
            self.cancel(c, pj, t + (shoot - t) * float(rng.uniform(0.2, 0.8)), paid, "client")
            return None
        # flight
        pilots = list(PILOTS[city])
        if city == "Xi'an" and shoot >= NEW_PILOT_FROM:
            pilots.append("P12")
        pilot = pick(pilots, [1.0] * len(PILOTS[city]) + ([0.35] if len(pilots) > len(PILOTS[city]) else []))
        if pkg == "fpv":
            drone = "DJI Avata 2"
        elif pkg == "premium_film":
            drone = "DJI Inspire 3"
        elif city == "Kunming" and shoot < AIR2_RETIRED:
            drone = "DJI Mavic Air 2"
        else:
            drone = "DJI Mavic 3 Pro"
        if not self.ev(c, shoot, "tp_flight", pj, "flown", None, "other", pilot_id=pilot, drone_model=drone,
                       weather_at_shoot=pick(["sunny", "cloudy"], [0.6, 0.4]), flight_minutes=int(rng.integers(25, 140))):
            return None
        # editing
        outsourced = OUTSOURCE[0] <= shoot < OUTSOURCE[1] and rng.random() < 0.55
        team = "outsourced" if outsourced else "in_house"
        t_ed = shoot + D(hours=float(rng.uniform(3, 30)))
        self.ev(c, t_ed, "tp_editing", pj, "started", None, "other", editor_team=team, 剪辑团队=EDITOR_ZH[team])
        med = 12.0 if outsourced else 5.0
        if rush:
            med = 5.0 if outsourced else 2.0
        if pkg == "premium_film":
            med += 2.0
        if pkg == "basic_photo":
            med *= 0.6
        first_draft_days = float(rng.lognormal(np.log(med), 0.35))
        t_d = shoot + D(days=first_draft_days)
        # reshoot for quality
        p_q = 0.04
        if drone == "DJI Mavic Air 2":
            p_q = 0.20
        if pilot == "P07":
            p_q = max(p_q, 0.15)    # flies fast and low: motion blur
        if pilot == "P12":
            p_q = 0.30              # new pilot
        bad_q = rng.random() < p_q
        client_change = (not bad_q) and rng.random() < 0.03
        rounds = 1 + int(rng.poisson(ty[8]))
        r = 0
        for k in range(1, rounds + 1):
            if not self.ev(c, t_d, "tp_draft", pj, "draft_sent", dev, "web", draft_round=k, editor_team=team,
                           剪辑团队=EDITOR_ZH[team]):
                return None
            r = k
            if k == 1 and (bad_q or client_change):
                why = "image_quality" if bad_q else "client_change"
                t_rs = t_d + D(days=float(rng.uniform(2, 8)))
                if not self.ev(c, t_rs, "tp_reshoot", pj, "reshoot", None, "other", reshoot_reason=why,
                               补拍原因=RESHOOT_ZH[why], pilot_id=pilot, drone_model=drone):
                    return None
                if why == "client_change":
                    self.order(c, t_rs, round(price * 0.35), "reshoot_fee", pj)
                if bad_q and rng.random() < 0.4:
                    self.fb(c, t_d + D(days=1), ["image_quality"], "wechat_ticket", pj=pj)
                t_d = t_rs + D(days=float(rng.lognormal(np.log(3), 0.3)))
                continue
            if k > 2:
                self.order(c, t_d, ADDONS["extra_revision"][1], "editing_addon", pj, addon="extra_revision",
                           加项内容=ADDONS["extra_revision"][0])
            if k < rounds:
                t_d += D(days=float(rng.lognormal(np.log(2.5), 0.4)))
        if first_draft_days > 9 and rng.random() < 0.3:
            self.fb(c, shoot + D(days=9.5), ["slow_edit"], "wechat_ticket", pj=pj)
        t_del = t_d + D(hours=float(rng.uniform(6, 48)))
        if not self.ev(c, t_del, "tp_delivery", pj, "delivered", dev, "web", final_format=pick(
                ["4K MP4", "1080p MP4", "RAW+JPG"], [0.4, 0.4, 0.2] if pkg != "basic_photo" else [0, 0, 1])):
            return None
        if rng.random() < 0.12 and pkg != "basic_photo":
            self.order(c, t_del, ADDONS["4k_master"][1], "editing_addon", pj, addon="4k_master",
                       加项内容=ADDONS["4k_master"][0])
        c["delivered"].append(t_del)
        # experience -> rating / feedback
        topics = []
        if first_draft_days > 9 and rng.random() < 0.75:
            topics.append("slow_edit")
        if n_post and rng.random() < 0.45:
            topics.append("weather")
        if bad_q and rng.random() < 0.8:
            topics.append("image_quality")
        if r >= 3 and rng.random() < 0.4:
            topics.append("revision")
        if rng.random() < (0.12 if rush else 0.05):
            topics.append("price")
        bad = bool(topics)
        if not bad or rng.random() < 0.25:
            if rng.random() < (0.35 if pkg == "premium_film" else 0.25):
                topics.append("stunning")
            if rng.random() < 0.2:
                topics.append("pilot")
            if first_draft_days <= 3 and rng.random() < 0.45:
                topics.append("fast")
        mu = 4.6 - 1.4 * ("slow_edit" in topics or first_draft_days > 9) - 1.8 * bad_q - 0.5 * n_post \
            - 0.4 * (r >= 3) - 0.6 * ("revision" in topics) - 0.5 * ("price" in topics) + 0.2 * ("stunning" in topics)
        rating = int(np.clip(round(rng.normal(mu, 0.55)), 1, 5))
        gen = "neg" if rating <= 2 else ("pos" if rating >= 4 else "neu")
        if rng.random() < 0.55:
            t_rev = t_del + D(days=float(rng.uniform(0.5, 7)))
            if self.ev(c, t_rev, "tp_review", pj, "rated", dev, "web", stars=rating):
                self.fb(c, t_rev, topics, "portal_review", rating=rating, pj=pj, gen=gen)
        if c["b2b"] == "B2C" and rng.random() < 0.22:
            self.fb(c, t_del + D(days=float(rng.uniform(1, 20))), topics, "dianping_review",
                    rating=int(np.clip(rating + rng.integers(-1, 1), 1, 5)), pj=pj, gen=gen)
        if c["b2b"] == "B2C" and rng.random() < 0.15:
            self.fb(c, t_del + D(days=float(rng.uniform(1, 30))), topics, "xiaohongshu_note", pj=pj, gen=gen,
                    undated=rng.random() < 0.33)
        if rng.random() < 0.3:
            nps = int(np.clip(round(rng.normal(2.2 * mu - 1.2, 1.3)), 0, 10))
            self.fb(c, t_del + D(days=float(rng.uniform(7, 14))), [t_ for t_ in topics if rng.random() < 0.6],
                    "client_survey", nps=nps, pj=pj, gen="neg" if nps <= 6 else ("pos" if nps >= 9 else "neu"),
                    undated=c["b2b"] == "B2B" and rng.random() < 0.1)
        return t_del

    def cancel(self, c, pj, t, paid, why):
        if not self.ev(c, t, "tp_cancel", pj, "cancel", c["device"], "web", cancel_reason=why,
                       取消原因={"weather": "天气多次改期", "client": "客户自身原因"}[why]):
            return
        t_r = t + D(days=float(rng.uniform(5, 10)) if c["b2b"] == "B2B" else float(rng.uniform(0.2, 2.5)))
        amount = 0.0
        for o in paid:
            if o is not None and o["order_type"] in ("shoot_package", "rush_fee"):
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r) if t_r <= END else None
                amount += o["amount"]
        self.ev(c, t_r, "tp_refund", pj, "refunded", None, "other", refund_amount=round(amount, 2),
                refund_reason=why, 退款原因={"weather": "天气多次改期", "client": "客户自身原因"}[why])

    def run(self):
        self.customers()
        for c in self.cust:
            t, n = c["first"], 0
            while t <= END and n < 8:
                end = self.project(c, t, n)
                n += 1
                if end is None:
                    # lost or cancelled: some come back later
                    if rng.random() > 0.08:
                        break
                    t = t + D(days=float(rng.uniform(30, 200)))
                    continue
                p_again = {"real_estate": 0.62, "event": 0.40, "wedding": 0.04, "travel": 0.15}[c["ctype"]]
                if rng.random() > p_again:
                    break
                gap = {"real_estate": 60, "event": 110, "wedding": 200, "travel": 150}[c["ctype"]]
                t = end + D(days=float(rng.lognormal(np.log(gap), 0.5)))


def write(out: Path, g: Gen):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols=None):
        cols = cols or list(dict.fromkeys(k for r in rows for k in r))
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                               step=k + 1, touchpoint_id=tp, window_days=j[4])
                          for j in JOURNEYS for k, tp in enumerate(j[3])])
    spend = {}
    last = {}
    for o in g.orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
    for e in g.events:
        last[e["customer_id"]] = max(last.get(e["customer_id"], ""), e["ts"])
    rows = []
    for c in g.cust:
        if c["first"] > END:
            continue
        s = spend.get(c["customer_id"], 0.0)
        nd = len(c["delivered"])
        if c["booked"] == 0:
            seg = "prospect"
        elif last.get(c["customer_id"], "") < "2026-01-01":
            seg = "at_risk" if c["b2b"] == "B2B" else "one_time"
        elif nd >= 2:
            seg = "returning"
        else:
            seg = "new"
        tier = "key_account" if s >= 40000 else ("gold" if s >= 12000 else ("silver" if s >= 5000 else "standard"))
        rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg, region=c["city"],
                         城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]],
                         tier=tier, 客户等级={"standard": "普通", "silver": "银牌", "gold": "金牌",
                                                "key_account": "大客户"}[tier],
                         client_type=c["b2b"], customer_type=c["ctype"], 客户类型=TYPES[c["ctype"]][0],
                         preferred_language=c["lang"]))
    dump("customers.csv", rows)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dups = [dict(ev[int(i)]) for i in rng.choice(len(ev), size=18, replace=False)]
    dump("events.csv", ev + dups)
    dump("orders.csv", g.orders)
    dump("feedback.csv", g.feedback)
    dump("_truth/feedback_truth.csv", g.truth)
    print({k: len(v) for k, v in dict(customers=rows, events=ev, orders=g.orders, feedback=g.feedback).items()})


def main() -> int:
    out = Path(sys.argv[1])
    g = Gen()
    g.run()
    write(out, g)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
