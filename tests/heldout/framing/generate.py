"""裱艺 FrameArt: four picture-framing and art-mounting shops (装裱店) in Suzhou (平江路 flagship with the main workshop,
园区金鸡湖), Nanjing (夫子庙) and Hangzhou (南山路, opened 2025-05-01), plus a WeChat mini program for mail-in work
(寄裱). A customer finds us (Xiaohongshu / Dianping / walking past / a friend / a partner gallery), consults (in the
shop or in the mini program), brings in or mails in the artwork, picks a frame moulding, mat board (卡纸) and glazing,
gets a quote, pays a 50 % deposit (定金), the job goes to the workshop (装框 / 中式装裱 / 立体框), passes QC (质检; a failed
check goes back to the bench), the customer is told it is ready, picks it up in the shop or has it delivered (送货上门)
paying the balance (尾款), rates the job, sometimes files a re-frame claim (返工 / 理赔: damaged artwork, wrong colour
frame, warped scroll, dust under the glass) and comes back with another piece.
Events 2025-01-01 .. 2026-06-30 (the extract was taken at the end of June 2026).

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
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 6500
PLUM_RAIN = (datetime(2025, 6, 10), datetime(2025, 7, 21))       # 梅雨季: paste dries slowly, scrolls warp
WALNUT_BATCH = (datetime(2025, 8, 20), datetime(2025, 11, 10))     # bad batch of walnut moulding (reddish)
QUICKRUN = datetime(2025, 11, 1)                                 # Hangzhou switches deliveries to 快跑同城
NANJING_SHORT = (datetime(2025, 11, 1), datetime(2026, 2, 1))    # Nanjing: a senior framer left
GLASS_SCRIPT = datetime(2026, 3, 1)                              # staff start offering anti-glare glass

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现裱艺", "Discover FrameArt", "awareness", "social", "digital", "marketing",
     "发现|看到|刷到小红书|点评搜到|路过|朋友介绍|画廊推荐|discover|found us|first touch"),
    ("tp_consult", "咨询看样", "Consultation", "consideration", "store", "physical", "store_ops",
     "咨询|看样|问价|到店咨询|线上咨询|consult|consultation|enquiry|inquiry"),
    ("tp_dropoff", "送画收件", "Artwork drop-off", "consideration", "store", "physical", "store_ops",
     "送画|寄画|收件|寄裱|到店送画|drop-off|drop off|mail-in|bring in|intake"),
    ("tp_select", "选框选卡纸", "Frame & mat selection", "consideration", "store", "physical", "store_ops",
     "选框|挑框|选卡纸|选线条|配框|frame selection|choose frame|mat selection|moulding"),
    ("tp_quote", "报价", "Quote", "consideration", "store", "digital", "store_ops",
     "报价|询价|价格单|quote|quotation|estimate|price"),
    ("tp_deposit", "付定金下单", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|下单|付定金|订金|deposit|order placed|confirm order"),
    ("tp_cancel", "取消订单", "Order cancelled", "service", "mini_program", "digital", "store_ops",
     "取消|退单|不裱了|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退定金|退钱|refund|money back|refunded"),
    ("tp_workshop", "工坊制作", "Workshop (framing / mounting)", "service", "store", "physical", "workshop",
     "制作|装框|装裱|托裱|工坊|师傅做|workshop|framing|mounting|bench"),
    ("tp_qc", "质检", "Quality check", "service", "store", "physical", "workshop",
     "质检|检查|验货|QC|quality check|inspection"),
    ("tp_ready", "完工通知", "Ready notice", "service", "mini_program", "digital", "store_ops",
     "完工|做好了|取件通知|可以取了|ready|ready for pickup|notification"),
    ("tp_handover", "取件交付", "Pickup / delivery", "service", "store", "physical", "logistics",
     "取件|取画|交付|送货上门|送达|尾款|pickup|pick up|collection|delivery|handover"),
    ("tp_review", "评价", "Review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|好评|差评|review|rating|stars"),
    ("tp_claim", "返工理赔申请", "Re-frame claim", "service", "mini_program", "digital", "customer_service",
     "返工|重裱|理赔|索赔|售后|投诉|re-frame|reframe|claim|complaint|redo"),
    ("tp_claim_done", "返工理赔完成", "Claim resolved", "service", "store", "physical", "customer_service",
     "返工完成|理赔完成|售后处理完|claim resolved|claim closed|redo done"),
    ("tp_reorder", "再次下单", "Repeat order", "loyalty", "mini_program", "digital", "crm",
     "回头客|复购|再来裱|又来|repeat order|came back|returning customer|reorder"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("order", "下单转化", "Order conversion", ["tp_discover", "tp_consult", "tp_quote", "tp_deposit"], 14),
    ("production", "制作交付", "Production & handover",
     ["tp_deposit", "tp_workshop", "tp_qc", "tp_ready", "tp_handover"], 60),
    ("aftercare", "交付评价", "After handover", ["tp_handover", "tp_review"], 14),
    ("claim", "返工理赔", "Re-frame claim", ["tp_claim", "tp_claim_done"], 45),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 14),
    ("reorder", "回头客", "Repeat customer", ["tp_handover", "tp_reorder"], 180),
]
STORES = {  # id: zh, en, city, opened, en share of customers
    "S1": ("苏州平江路店", "Suzhou Pingjiang Rd", "Suzhou", None),
    "S2": ("苏州金鸡湖店", "Suzhou Jinji Lake", "Suzhou", None),
    "S3": ("南京夫子庙店", "Nanjing Fuzimiao", "Nanjing", None),
    "S4": ("杭州南山路店", "Hangzhou Nanshan Rd", "Hangzhou", datetime(2025, 5, 1)),
}
CITY_ZH = {"Suzhou": "苏州", "Nanjing": "南京", "Hangzhou": "杭州", "Shanghai": "上海"}
CHANNELS = {  # en: zh, weight, discover -> consult prob, quote -> deposit multiplier
    "xiaohongshu": ("小红书", 0.30, 0.80, 0.72), "dianping": ("大众点评", 0.24, 0.85, 1.0),
    "walk_in": ("路过进店", 0.24, 0.95, 1.05), "referral": ("朋友介绍", 0.14, 0.90, 1.15),
    "gallery_partner": ("画廊合作", 0.08, 0.92, 1.2)}
CTYPES = {  # en: zh, weight, jobs: (western, scroll, shadow box), return prob, mean gap days
    "individual": ("个人客户", 0.80, (0.62, 0.28, 0.10), 0.22, 90),
    "artist": ("画家/书法家", 0.11, (0.45, 0.55, 0.00), 0.55, 45),
    "gallery": ("画廊", 0.06, (0.80, 0.20, 0.00), 0.75, 30),
    "corporate": ("企业客户", 0.03, (0.70, 0.10, 0.20), 0.45, 60),
}
JOB_TYPES = {"western_frame": ("西式装框", "framing_job"), "scroll_mount": ("中式装裱", "scroll_mounting"),
             "shadow_box": ("立体框", "framing_job")}
ORDER_TYPE_ZH = {"framing_job": "装框订单", "scroll_mounting": "装裱订单", "glass_upgrade": "玻璃升级",
                 "delivery_fee": "送货费"}
ARTWORK = {  # job type -> [(en, zh)]
    "western_frame": [("oil_painting", "油画"), ("print", "版画/海报"), ("photo", "照片"), ("watercolour", "水彩"),
                      ("cross_stitch", "十字绣"), ("certificate", "证书/毕业证")],
    "scroll_mount": [("ink_painting", "国画"), ("calligraphy", "书法"), ("spring_couplet", "春联/福字")],
    "shadow_box": [("jersey", "球衣"), ("medal", "奖牌"), ("keepsake", "纪念品")],
}
MOUNT_STYLES = [("hanging_scroll", "立轴", 900), ("mirror_mount", "镜片", 600), ("handscroll", "手卷", 2200)]
MATERIALS = [("solid_wood", "实木", 1.3), ("aluminium", "铝合金", 1.0), ("ps_moulding", "发泡线条", 0.8)]
COLOURS = [("black", "黑色"), ("walnut", "胡桃色"), ("gold", "金色"), ("white", "白色"), ("natural_oak", "原木色")]
GLASS = {"standard": ("普通玻璃", 0.0), "anti_glare": ("防反光玻璃", 0.25), "museum": ("博物馆级UV玻璃", 0.6)}
SIZES = {"small": ("小幅", 260), "medium": ("中幅", 480), "large": ("大幅", 880)}
PROMISE = {"western_frame": 7, "scroll_mount": 21, "shadow_box": 10}
FRAMERS = {"S1": ["陈师傅", "周师傅", "吴师傅"], "S2": ["陈师傅", "周师傅", "吴师傅"], "S3": ["孙师傅", "郑师傅"],
           "S4": ["钱师傅"]}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡"}
CLAIM_ZH = {"damaged_artwork": "作品损坏", "wrong_colour": "框色不对", "warped": "起皱起拱", "dust": "玻璃内有灰尘"}
QC_DEFECT_ZH = {"colour_mismatch": "框色与样品不符", "warped": "画心起拱", "dust_under_glass": "玻璃内有灰尘",
                "corner_gap": "框角有缝"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "colour_wrong": (["框的颜色和样品不一样，胡桃色做出来发红", "色差太大了，和店里看的样品完全两个颜色", "拿到手发现框有色差，跟选的不是一个色",
                      "做出来的框色差明显，挂墙上很别扭"],
                     ["the frame colour doesn't match the sample at all", "the walnut frame came out a reddish colour",
                      "wrong colour frame, not what I picked in the shop"]),
    "delay": (["说好两周取件，结果拖了快一个月", "工期一拖再拖，催了好几次", "一直拖着不给准话，什么时候能做好",
               "比约定的取件时间拖了十几天"],
              ["it took weeks longer than promised", "the job was delayed again and again",
               "still waiting, they keep pushing the date back"]),
    "damage": (["送到家的时候玻璃碎了，画面被划伤", "快递送来玻璃碎成几块，画也破损了", "收到的时候框角破损，画被划伤了"],
               ["the glass was cracked when it was delivered and the print got scratched",
                "my artwork arrived damaged, the glass cracked in transit"]),
    "warped": (["装裱完画心起皱，挂起来不平", "立轴拿回家没几天就起拱了", "托裱后画面起皱，很失望"],
               ["the scroll came back wrinkled", "the mounting started bubbling after a week",
                "the silk mount is warped and wrinkled"]),
    "dust": (["玻璃里面有灰尘和小黑点", "框里面进了灰尘，看着很难受"],
             ["there is dust trapped under the glass", "dust specks inside the frame"]),
    "price": (["报价太贵了，比网上贵好多", "博物馆玻璃加价太贵，没舍得做", "装裱报价有点太贵"],
              ["the quote was too expensive", "too pricey for a simple frame"]),
    "craft": (["师傅手艺很好，装裱得很平整", "老师傅的手艺没话说，镶得特别精致", "手艺很专业，卡纸配得好看"],
              ["beautiful craftsmanship, the mount is perfectly flat", "excellent craftsmanship, looks like a gallery piece"]),
    "service": (["店员很耐心，帮我挑了半小时框", "小姐姐很耐心地讲解各种线条"],
                ["the staff were very patient helping me choose", "patient and friendly staff"]),
}
GEN = {
    "pos": (["整体很满意，下次还来", "效果很好，朋友都说好看", "很推荐，挂在客厅很有格调"],
            ["very happy overall, will come back", "looks great on our wall", "highly recommend"]),
    "neu": (["还行吧，中规中矩", "一般般，没什么特别的"],
            ["it was ok", "average, nothing special"]),
    "neg": (["体验一般，不太满意", "这次有点失望"],
            ["not a great experience", "a bit disappointed this time"]),
}
TOPIC_TP = [("damage", "tp_handover"), ("colour_wrong", "tp_qc"), ("warped", "tp_workshop"), ("dust", "tp_qc"),
            ("delay", "tp_workshop"), ("price", "tp_quote"), ("craft", "tp_workshop"), ("service", "tp_select")]
NEG_TOPICS = {"colour_wrong", "delay", "damage", "warped", "dust", "price"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 2) <= d < datetime(2025, 1, 25) or datetime(2026, 1, 5) <= d < datetime(2026, 2, 14):
        return 1.9                                  # before Spring Festival: couplets, 福字, gifts
    if d.month == 6:
        return 1.35                                 # graduation certificates and photos
    if d.month == 2:
        return 0.7
    if d.month in (7, 8):
        return 0.9
    return 1.0


def hour_in_shop(day: datetime) -> datetime:
    return datetime(day.year, day.month, day.day) + D(hours=float(rng.uniform(10, 20.5)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0

    def ev(self, c, t, tp, sid, action, job=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if kw.get("channel") == "mini_program" else None)
        if job:
            row.update(job["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, job, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"FO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=job["common"]["intake_channel"], device=c["device"], order_type=otype,
                   订单类型=ORDER_TYPE_ZH[otype], job_id=job["id"])
        for k in ("store_id", "store", "store_en", "store_city", "门店城市", "job_type", "业务类型"):
            row[k] = job["common"][k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, job=None, undated=False, gen=None, no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (bool({"craft", "service"} & set(topics)) or gen == "pos")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, job_id=job["id"] if job else None)
        if job:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市", "job_type", "业务类型"):
                row[k] = job["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)),
                               sentiment="neg" if neg else ("pos" if pos else "neu")))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            days.append((d, (0.6 + 0.8 * (d - START).days / 536) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = hour_in_shop(days[k][0])
            city = pick(["Suzhou", "Nanjing", "Hangzhou", "Shanghai"], [0.44, 0.28, 0.17, 0.11])
            if city == "Hangzhou" and t < STORES["S4"][3]:
                city = pick(["Suzhou", "Nanjing", "Shanghai"], [0.5, 0.3, 0.2])
            if city == "Suzhou":
                home = pick(["S1", "S2"], [0.55, 0.45])
            elif city == "Nanjing":
                home = "S3"
            elif city == "Hangzhou":
                home = "S4"
            else:
                home = pick(["S1", "S2"], [0.6, 0.4])
            ctype = pick(list(CTYPES), [x[1] for x in CTYPES.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            if ctype == "gallery" and rng.random() < 0.5:
                ch = "gallery_partner"
            en_share = 0.30 if (home == "S2" or city == "Shanghai") else 0.06
            self.cust.append(dict(
                customer_id=f"K{i + 1:05d}", discover=t, city=city, home=home, ctype=ctype, channel=ch,
                device=pick(["ios", "android"], [0.5, 0.5]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, jobs=0, handovers=[], first_dep=None))

    # ---------- one job (enquiry -> ... -> handover) ----------
    def job(self, c, t0: datetime, repeat: bool):
        city = c["city"]
        store_id = c["home"]
        mail_in = city == "Shanghai" or rng.random() < 0.12
        jt = pick(list(JOB_TYPES), CTYPES[c["ctype"]][2])
        if season(t0) > 1.8 and jt != "scroll_mount" and rng.random() < 0.35:
            jt = "scroll_mount"                      # couplets / 福字 before the Spring Festival
        art = ARTWORK[jt][int(rng.integers(len(ARTWORK[jt])))]
        if t0.month == 6 and jt == "western_frame" and rng.random() < 0.4:
            art = ("certificate", "证书/毕业证")
        self.n_job += 1
        jid = f"FJ{self.n_job:06d}"
        s = STORES[store_id]
        size = pick(list(SIZES), [0.4, 0.4, 0.2]) if art[0] != "certificate" else "small"
        if jt == "scroll_mount":
            ms = MOUNT_STYLES[int(pick([0, 1, 2], [0.55, 0.35, 0.10]))]
            mat, colour, glass = None, None, None
            base = ms[2] * {"small": 0.8, "medium": 1.0, "large": 1.5}[size]
        else:
            ms = None
            mat = MATERIALS[int(pick([0, 1, 2], [0.45, 0.30, 0.25]))]
            colour = COLOURS[int(pick([0, 1, 2, 3, 4], [0.30, 0.24, 0.14, 0.16, 0.16]))]
            p_anti = 0.36 if t0 >= GLASS_SCRIPT else 0.14
            glass = pick(list(GLASS), [1 - p_anti - 0.08, p_anti, 0.08])
            base = SIZES[size][1] * mat[2] * (1.4 if jt == "shadow_box" else 1.0)
            if c["ctype"] == "corporate":
                base *= float(rng.uniform(4, 9))       # hotel / office batches: many pieces in one job
        if c["ctype"] == "gallery":
            base *= float(rng.uniform(3, 6))
        price = round(base * float(rng.uniform(0.85, 1.2)), -1)
        glass_amt = round(price * GLASS[glass][1], -1) if glass and glass != "standard" else 0.0
        common = dict(store_id=store_id, store=s[0], store_en=s[1], store_city=s[2], 门店城市=CITY_ZH[s[2]],
                      intake="mail_in" if mail_in else "bring_in", 收件方式="寄件" if mail_in else "到店送件",
                      intake_channel="mini_program" if mail_in else "store", job_type=jt, 业务类型=JOB_TYPES[jt][0],
                      artwork_type=art[0], 作品类型=art[1], size_band=size, 尺寸=SIZES[size][0],
                      mount_style=ms[0] if ms else None, 装裱形式=ms[1] if ms else None,
                      frame_material=mat[0] if mat else None, 框料=mat[1] if mat else None,
                      frame_colour=colour[0] if colour else None, 框色=colour[1] if colour else None,
                      glass=glass, 玻璃=GLASS[glass][0] if glass else None)
        job = dict(id=jid, common=common)
        ch_store = "mini_program" if mail_in else "store"
        t = t0
        if repeat:
            self.ev(c, t, "tp_reorder", jid, "reorder", job, channel="mini_program" if rng.random() < 0.6 else "store")
        else:
            cons_p = CHANNELS[c["channel"]][2]
            if rng.random() > cons_p:
                return None
            t = t + D(hours=float(min(300, rng.exponential(40) + 0.3)))
            if not mail_in:
                t = hour_in_shop(t)
            if not self.ev(c, t, "tp_consult", jid, "consult", job, channel=ch_store):
                return None
        if rng.random() > (0.86 if not repeat else 0.97):
            return None
        t += D(hours=float(rng.uniform(0.2, 2))) if not mail_in else D(days=float(rng.uniform(2, 5)))
        self.ev(c, t, "tp_dropoff", jid, "mail_in" if mail_in else "bring_in", job, channel=ch_store,
                courier="SF" if mail_in else None)
        t += D(minutes=float(rng.uniform(10, 60))) if not mail_in else D(hours=float(rng.uniform(4, 30)))
        self.ev(c, t, "tp_select", jid, "select", job, channel=ch_store)
        t += D(minutes=float(rng.uniform(5, 30)))
        total = price + glass_amt
        if not self.ev(c, t, "tp_quote", jid, "quote", job, channel=ch_store, quote_amount=total):
            return None
        p_dep = 0.72 * CHANNELS[c["channel"]][3]
        if glass == "museum":
            p_dep *= 0.6
        if c["ctype"] in ("gallery", "corporate"):
            p_dep = 0.9
        if repeat:
            p_dep = max(p_dep, 0.85)
        if rng.random() > p_dep:
            if rng.random() < 0.06:
                dp = rng.random() < 0.5
                self.fb(c, t + D(hours=float(rng.uniform(1, 30))), ["price"], "dianping_review" if dp else "call_note",
                        rating=float(pick([1, 2, 3], [0.3, 0.5, 0.2])) if dp else None, job=job)
            return None
        t_dep = t + (D(minutes=float(rng.uniform(2, 20))) if rng.random() < 0.8 else D(days=float(rng.uniform(1, 6))))
        deposit = round(total * 0.5, 2)
        if not self.ev(c, t_dep, "tp_deposit", jid, "deposit", job, channel="mini_program", amount=deposit):
            return None
        c["jobs"] += 1
        if c["first_dep"] is None:
            c["first_dep"] = t_dep
        job_order = self.order(c, t_dep, price, JOB_TYPES[jt][1], job, deposit_amount=round(price * 0.5, 2),
                               framer=None)
        glass_order = self.order(c, t_dep, glass_amt, "glass_upgrade", job, glass=glass, 玻璃=GLASS[glass][0]) \
            if glass_amt > 0 else None
        # cancellation before the workshop starts
        if rng.random() < 0.045:
            t_c = t_dep + D(hours=float(rng.uniform(2, 40)))
            self.ev(c, t_c, "tp_cancel", jid, "cancel", job, channel="mini_program")
            t_r = t_c + D(hours=float(rng.lognormal(np.log(20), 0.6)))
            self.refund(c, job, t_r, deposit, [job_order, glass_order], "customer_cancelled")
            return dict(end=t_r, bad=True)
        # workshop
        framer = str(rng.choice(FRAMERS[store_id if not (mail_in and store_id not in ("S1", "S2")) else "S1"]))
        if job_order:
            job_order["framer"] = framer
        queue = float(rng.uniform(0.5, 3)) if jt != "scroll_mount" else float(rng.uniform(2, 6))
        make = {"western_frame": rng.uniform(2, 5), "shadow_box": rng.uniform(3, 7),
                "scroll_mount": rng.uniform(10, 17)}[jt]
        make = float(make)
        t_w = hour_in_shop(t_dep + D(days=queue))
        if jt == "scroll_mount" and PLUM_RAIN[0] <= t_w < PLUM_RAIN[1]:
            make *= 1.7
        if store_id == "S3" and NANJING_SHORT[0] <= t_w < NANJING_SHORT[1]:
            make += float(rng.uniform(5, 11))
        if c["ctype"] == "corporate":
            make += 3
        self.ev(c, t_w, "tp_workshop", jid, "start", job, channel="store", framer=framer)
        t_q = t_w + D(days=make)
        # QC (a failed check goes back to the bench)
        walnut_bad = colour is not None and colour[0] == "walnut" and WALNUT_BATCH[0] <= t_w < WALNUT_BATCH[1]
        plum = jt == "scroll_mount" and PLUM_RAIN[0] <= t_w < PLUM_RAIN[1]
        p_fail, defect = 0.05, str(rng.choice(["dust_under_glass", "corner_gap"])) if jt != "scroll_mount" else "warped"
        if walnut_bad:
            p_fail, defect = 0.5, "colour_mismatch"
        if plum:
            p_fail, defect = 0.35, "warped"
        rounds = 0
        while rng.random() < p_fail and rounds < 2:
            self.ev(c, t_q, "tp_qc", jid, "fail", job, channel="store", qc_result="fail", 质检结果="不合格",
                    defect=defect, 缺陷=QC_DEFECT_ZH[defect], framer=framer)
            t_q += D(days=float(rng.uniform(2, 6)))
            rounds += 1
            p_fail *= 0.3
        self.ev(c, t_q, "tp_qc", jid, "pass", job, channel="store", qc_result="pass", 质检结果="合格", framer=framer)
        t_ready = t_q + D(hours=float(rng.uniform(1, 20)))
        if not self.ev(c, t_ready, "tp_ready", jid, "notified", job, channel="mini_program"):
            return dict(end=t_ready, bad=False, open=True)
        lead = (t_ready - t_dep).days
        delayed = lead > PROMISE[jt] + 3
        # handover
        deliver = mail_in or rng.random() < (0.45 if store_id == "S4" else 0.22)
        if deliver:
            if mail_in or city == "Shanghai":
                vendor, vzh, fee, p_break = "sf_express", "顺丰快递", 45.0, 0.035
            elif store_id == "S4" and t_ready >= QUICKRUN:
                vendor, vzh, fee, p_break = "quickrun", "快跑同城", 30.0, 0.15
            elif store_id == "S4":
                vendor, vzh, fee, p_break = "own_van", "自有车辆", 30.0, 0.01
            else:
                vendor, vzh, fee, p_break = "own_van", "自有车辆", 30.0, 0.01
            t_h = t_ready + D(days=float(rng.uniform(1, 4)))
            method = "delivery"
        else:
            vendor, vzh, fee, p_break = None, None, 0.0, 0.0
            t_h = hour_in_shop(t_ready + D(days=float(rng.exponential(3) + 0.3)))
            method = "pickup"
        ok = self.ev(c, t_h, "tp_handover", jid, "delivered" if deliver else "picked_up", job,
                     channel="other" if deliver else "store", handover_method=method,
                     交付方式="送货上门" if deliver else "到店自取", delivery_vendor=vendor, 配送商=vzh,
                     amount=round(total - deposit, 2))
        if not ok:
            return dict(end=t_h, bad=False, open=True)
        if deliver:
            self.order(c, t_h, fee, "delivery_fee", job, delivery_vendor=vendor, 配送商=vzh)
        c["spend"] += total + fee
        c["handovers"].append(t_h)
        broke = deliver and rng.random() < p_break
        colour_wrong = walnut_bad and rng.random() < 0.45
        warped_later = jt == "scroll_mount" and plum and rng.random() < 0.25
        dust = jt != "scroll_mount" and rng.random() < 0.02
        topics = []
        if broke:
            topics.append("damage")
        if colour_wrong:
            topics.append("colour_wrong")
        if warped_later:
            topics.append("warped")
        if dust:
            topics.append("dust")
        if delayed and rng.random() < 0.6:
            topics.append("delay")
        bad = bool(topics)
        p_craft = 0.55 if store_id == "S1" else 0.15
        if not bad and rng.random() < p_craft:
            topics.append("craft")
        if not bad and rng.random() < 0.12:
            topics.append("service")
        # claim
        claim_reason = None
        if broke:
            claim_reason = "damaged_artwork"
        elif colour_wrong and rng.random() < 0.7:
            claim_reason = "wrong_colour"
        elif warped_later and rng.random() < 0.7:
            claim_reason = "warped"
        elif dust and rng.random() < 0.5:
            claim_reason = "dust"
        if claim_reason:
            t_cl = t_h + D(days=float(rng.uniform(0.1, 5 if claim_reason != "warped" else 20)))
            self.ev(c, t_cl, "tp_claim", jid, "claim", job, channel="mini_program", claim_reason=claim_reason,
                    返工原因=CLAIM_ZH[claim_reason])
            refund_it = claim_reason == "damaged_artwork" and rng.random() < 0.35
            if refund_it:
                t_done = t_cl + D(days=float(rng.uniform(2, 8)))
                self.ev(c, t_done, "tp_claim_done", jid, "refunded", job, channel="store", resolution="refund",
                        处理方式="退款赔付", claim_reason=claim_reason, 返工原因=CLAIM_ZH[claim_reason])
                self.refund(c, job, t_done + D(hours=2), total, [job_order, glass_order], "damaged_artwork")
            else:
                t_done = t_cl + D(days=float(rng.uniform(5, 14) + (6 if store_id == "S3" else 0)))
                self.ev(c, t_done, "tp_claim_done", jid, "reframed", job, channel="store", resolution="reframe",
                        处理方式="免费返工", claim_reason=claim_reason, 返工原因=CLAIM_ZH[claim_reason])
            if rng.random() < 0.8:
                self.fb(c, t_cl + D(hours=1), [k for k in topics if k in NEG_TOPICS], "ticket", job=job)
        # review (in the mini program)
        p_rev = 0.55 if bad else 0.3
        if rng.random() < p_rev:
            stars = float(pick([5, 4, 3], [0.6, 0.32, 0.08]))
            pen = {"damage": 2.8, "colour_wrong": 2.2, "warped": 2.2, "dust": 1.3, "delay": 1.4}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if not bad and ("craft" in topics or "service" in topics):
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_h + D(hours=float(rng.lognormal(np.log(30), 0.9)))
            if self.ev(c, t_r, "tp_review", jid, "review", job, channel="mini_program", stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, topics, "mini_program_review", rating=stars, job=job, gen=gen)
        if c["channel"] in ("dianping", "walk_in") and rng.random() < 0.10:
            stars = float(pick([5, 4, 3], [0.55, 0.33, 0.12]))
            for k in topics:
                stars -= {"damage": 2.5, "colour_wrong": 2.0, "warped": 2.0, "dust": 1.0, "delay": 1.5}.get(k, 0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t_h + D(days=float(rng.uniform(0.5, 6))), topics, "dianping_review", rating=stars, job=job,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.3)
        if c["channel"] == "xiaohongshu" and rng.random() < 0.08:
            self.fb(c, t_h + D(days=float(rng.uniform(1, 10))), topics, "xiaohongshu", job=job,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.5)
        if rng.random() < 0.06:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_h + D(days=3, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, job=job, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if delayed and rng.random() < 0.25:           # customers calling to chase their frame
            self.fb(c, t_dep + D(days=PROMISE[jt] + 2), ["delay"], "call_note", job=job)
        return dict(end=t_h, bad=bad or bool(claim_reason), open=False)

    def refund(self, c, job, t_r, amount, orders, reason):
        self.ev(c, t_r, "tp_refund", job["id"], "refund", job, channel="mini_program", refund_amount=amount,
                refund_reason=reason, 退款原因={"customer_cancelled": "顾客取消", "damaged_artwork": "作品损坏赔付"}[reason])
        if t_r <= END:
            for o in orders:
                if o is not None:
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_r)

    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"] if c["channel"] != "walk_in"
                    else "store")
            res = self.job(c, c["discover"], repeat=False)
            p_ret = CTYPES[c["ctype"]][3]
            n = 0
            while res is not None and not res.get("open") and n < 12:
                p = p_ret * (0.55 if res["bad"] else 1.0)
                if rng.random() > p:
                    break
                t = res["end"] + D(days=float(rng.exponential(CTYPES[c["ctype"]][4]) + 3))
                if t > END:
                    break
                t = hour_in_shop(t)
                res = self.job(c, t, repeat=True)
                n += 1
            if res is None and rng.random() < 0.02:   # an undecided prospect leaves a note on Xiaohongshu
                self.fb(c, c["discover"] + D(days=2), ["price"], "xiaohongshu", undated=rng.random() < 0.4)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "gold" if spend >= 5000 else "silver" if spend >= 1500 else "regular"
            h = c["handovers"]
            if c["first_dep"] is None:
                seg = "prospect"
            elif c["first_dep"] >= datetime(2026, 4, 1):
                seg = "new"
            elif len(h) >= 4:
                seg = "vip"
            elif h and h[-1] < datetime(2025, 12, 1):
                seg = "at_risk"
            elif len(h) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITY_ZH[c["city"]], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0], home_store_id=c["home"],
                             phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "store_id", "store", "store_en", "store_city", "门店城市", "intake", "收件方式", "intake_channel", "job_type",
           "业务类型", "artwork_type", "作品类型", "size_band", "尺寸", "mount_style", "装裱形式", "frame_material", "框料",
           "frame_colour", "框色", "glass", "玻璃", "courier", "quote_amount", "amount", "framer", "qc_result",
           "质检结果", "defect", "缺陷", "handover_method", "交付方式", "delivery_vendor", "配送商", "claim_reason",
           "返工原因", "resolution", "处理方式", "refund_amount", "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "job_id", "store_id", "store", "store_en", "store_city", "门店城市", "job_type", "业务类型",
            "deposit_amount", "framer", "glass", "玻璃", "delivery_vendor", "配送商", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "job_id", "store_id", "store", "store_en", "store_city", "门店城市", "job_type", "业务类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "customer_type", "客户类型", "home_store_id", "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=15, replace=False)            # the POS tablet re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, jobs {g.n_job}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
