"""拍立趣 SnapBooth: photo-booth rental for weddings and corporate events in five cities (Shanghai, Beijing, Hangzhou,
Shenzhen, Chengdu). A couple, a corporate event organiser or a wedding planner finds us (Xiaohongshu, Douyin, our WeChat
official account, a referral, a wedding fair), sends an inquiry (询价) through the mini program / website, a sales rep
sends a quote (报价), the customer pays a 30 % deposit (定金) to lock the date (档期), our designer sends a first print
template draft (模板初稿), the customer asks for revisions (改稿) and approves it, pays the balance (尾款) a week
before the event, often with add-ons (加购: extra hour, extra prints, props pack, guest book). On the day the setup crew
(搭建组, in-house or outsourced) arrives (sometimes late), finishes the setup, the booth runs (prints on site; the
360 spin booth is video only; printers sometimes jam), the digital gallery (电子相册) is delivered after the event, the
customer is invited to review, and some (corporate accounts, planners) book again. Claims: guests damaging props or
the backdrop are charged a damage fee (损坏赔偿); a late crew may lead to a late-arrival claim (迟到赔付) refunded
in part. Early cancellations (> 30 days before the event) get the deposit back; later ones forfeit it.
History 2025-01-01 .. 2026-08-31 (extract taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback as CSV (DATA.md), plus OUTDIR/_truth/feedback_truth.csv
(topics and sentiment of every comment: the generator's truth, not a DATA.md table). Fixed seed, numpy, a few seconds.
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
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 6200
GALLERY_MIGRATION = (datetime(2025, 7, 1), datetime(2025, 10, 1))     # gallery platform migration: slow deliveries
NEW_PRINTER_FROM = datetime(2026, 3, 1)                              # Shenzhen & Hangzhou switch to HiTi P525L
NEW_PRINTER_CITIES = {"Shenzhen", "Hangzhou"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现拍立趣", "Discover SnapBooth", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|小红书看到|抖音看到|婚博会|discover|found us|first touch"),
    ("tp_inquiry", "提交询价", "Inquiry", "consideration", "mini_program", "digital", "sales",
     "询价|咨询|问档期|留资|inquiry|enquiry|lead|ask for availability"),
    ("tp_quote", "收到报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价|报价单|方案|quote|quotation|proposal|price offer"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|订金|锁档期|下定|签单|deposit|booking confirmed|lock the date"),
    ("tp_cancel", "取消档期", "Booking cancelled", "service", "phone", "digital", "sales",
     "取消|退订|不办了|cancel|cancellation"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退定金|赔付到账|refund|money back"),
    ("tp_design", "模板初稿", "Template draft", "service", "web", "digital", "design",
     "模板|初稿|设计稿|相纸模板|template|first draft|design draft|overlay"),
    ("tp_revision", "模板改稿", "Template revision", "service", "web", "digital", "design",
     "改稿|修改模板|改版|revision|template change|redo the design"),
    ("tp_approve", "模板确认", "Template approved", "service", "web", "digital", "design",
     "定稿|确认模板|模板通过|approve|approval|sign off the design"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "mini_program", "digital", "finance",
     "尾款|结清|加购|balance|final payment|add-ons"),
    ("tp_arrive", "搭建组到场", "Crew arrival", "service", "store", "physical", "field_ops",
     "到场|进场|搭建|迟到|crew arrival|setup crew|arrived|late crew"),
    ("tp_setup_done", "搭建完成", "Setup complete", "service", "store", "physical", "field_ops",
     "搭建完成|调试完成|布置好|setup done|ready to shoot|booth ready"),
    ("tp_shoot", "现场拍摄", "Booth live", "service", "store", "physical", "field_ops",
     "拍摄|现场|出片|打印|拍照|booth live|shooting|prints|on site|event day"),
    ("tp_printer_fault", "打印机故障", "Printer fault", "service", "store", "physical", "field_ops",
     "打印机故障|卡纸|出片慢|色带|printer fault|paper jam|printer jam"),
    ("tp_gallery", "电子相册交付", "Digital gallery delivered", "service", "web", "digital", "post_production",
     "电子相册|相册链接|底片|云相册|gallery|online album|digital copies|photo link"),
    ("tp_claim", "索赔处理", "Claim handling", "service", "phone", "digital", "customer_service",
     "索赔|赔偿|损坏|迟到赔付|claim|damage claim|compensation"),
    ("tp_review", "活动评价", "Event review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|好评|差评|review|rating|stars"),
    ("tp_rebook", "再次下单", "Repeat booking", "loyalty", "mini_program", "digital", "sales",
     "复购|回头客|再次合作|续约|rebook|repeat booking|came back|repeat client"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("sales", "询价成交", "Inquiry to deposit", ["tp_discover", "tp_inquiry", "tp_quote", "tp_deposit"], 30),
    ("design", "模板设计", "Template design", ["tp_deposit", "tp_design", "tp_approve"], 60),
    ("event_day", "活动执行", "Event delivery", ["tp_balance", "tp_arrive", "tp_setup_done", "tp_shoot", "tp_gallery"], 30),
    ("cancel_refund", "取消退定", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("repeat", "复购", "Repeat business", ["tp_gallery", "tp_rebook"], 180),
]
CITIES = {  # en: zh, weight, en share, outdoor share bump
    "Shanghai": ("上海", 0.32, 0.22), "Beijing": ("北京", 0.26, 0.08), "Hangzhou": ("杭州", 0.15, 0.05),
    "Shenzhen": ("深圳", 0.17, 0.10), "Chengdu": ("成都", 0.10, 0.03),
}
CREWS = {  # city -> [(crew_id, type)]
    "Shanghai": [("SH-A", "in_house"), ("SH-B", "in_house"), ("SH-X1", "outsourced")],
    "Beijing": [("BJ-A", "in_house"), ("BJ-X1", "outsourced"), ("BJ-X2", "outsourced")],
    "Hangzhou": [("HZ-A", "in_house"), ("HZ-X1", "outsourced")],
    "Shenzhen": [("SZ-A", "in_house"), ("SZ-X1", "outsourced")],
    "Chengdu": [("CD-A", "in_house"), ("CD-X1", "outsourced")],
}
CREW_ZH = {"in_house": "自有团队", "outsourced": "外包团队"}
REPS = {"Shanghai": ["Vivian Xu", "Leo Zhang"], "Beijing": ["Coco Wang", "Kevin Li"], "Hangzhou": ["Amy Chen"],
        "Shenzhen": ["Jason Lin", "Nina He"], "Chengdu": ["Grace Luo"]}
DESIGNERS = ["Momo", "Aki", "Rain", "Yuki"]
CTYPES = {  # en: zh, weight
    "couple": ("新人", 0.60), "corporate": ("企业客户", 0.31), "planner": ("婚策公司", 0.09)}
CHANNELS = {  # en: zh, weights by (couple, corporate, planner), inquiry prob, deposit prob (after a quote)
    "xiaohongshu": ("小红书", (0.46, 0.16, 0.10), 0.55, 0.22),
    "douyin": ("抖音", (0.26, 0.12, 0.05), 0.46, 0.36),
    "wechat_oa": ("公众号", (0.11, 0.40, 0.35), 0.66, 0.50),
    "referral": ("转介绍", (0.15, 0.32, 0.50), 0.86, 0.68),
    "wedding_fair": ("婚博会", (0.02, 0.0, 0.0), 0.93, 0.80),
}
ETYPES = {"wedding": "婚礼", "annual_party": "年会", "launch": "发布会", "brand_popup": "品牌快闪"}
PACKAGES = {  # en: zh, (wedding price, corporate price) for 4 hours
    "classic": ("经典打印亭", (3800, 4800)), "mirror": ("魔镜", (5800, 6800)), "spin360": ("360旋转视频", (6800, 7800))}
PKG_P = {"couple": (0.42, 0.43, 0.15), "corporate": (0.30, 0.30, 0.40), "planner": (0.40, 0.45, 0.15)}
VENUES = {"hotel": "酒店", "outdoor": "户外草坪", "office": "公司场地", "restaurant": "餐厅"}
ADDONS = {"extra_hour": ("加时", 800), "extra_prints": ("加印", 500), "props_pack": ("道具包", 300),
          "guestbook": ("留言册", 600)}
ORDER_ZH = {"deposit": "定金", "balance": "尾款", "addon": "加购", "damage_fee": "损坏赔偿"}
PAYMENTS = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_transfer": "对公转账"}
CLAIM_ZH = {"damage": "设备损坏", "late_arrival": "迟到赔付"}
REFUND_ZH = {"early_cancel": "提前取消退定金", "late_arrival": "迟到赔付"}

TXT = {  # topic -> (zh phrases, en phrases); gold.py counts topics by the markers in these phrases
    "late": (["搭建的师傅迟到了快一个小时，宾客都到了还没弄好", "团队迟到，开场前手忙脚乱", "约好两点到场，结果迟到了四十分钟",
              "搭建组迟到还不提前说一声"],
             ["the crew arrived late and the booth wasn't ready when guests came in",
              "setup team showed up late, very stressful", "they arrived late, almost an hour behind schedule"]),
    "printer": (["打印机一直卡纸，客人排了好长的队", "现场打印机坏了半小时，出片特别慢", "打印机卡纸好几次，好多客人没拿到照片"],
                ["the printer kept jamming and the queue got really long", "printer broke down for half an hour",
                 "half our guests left without prints because the printer jammed"]),
    "gallery": (["电子相册等了一个多星期才收到", "催了好几次电子相册，一直说在处理", "活动都过去十天了电子相册还没发"],
                ["still waiting for the online gallery a week later", "the digital gallery took forever to arrive"]),
    "revisions": (["模板来回改了好几版才满意", "改稿改了五六次，设计师理解不了我们的需求", "模板改了太多轮，沟通很累"],
                  ["it took too many rounds of revisions to get the design right",
                   "the designer needed five revisions before it matched our theme"]),
    "damage": (["宾客不小心弄坏了道具就被索赔，太较真了", "背景板被风吹倒也要我们赔偿，不合理", "索赔金额太高了"],
               ["we were charged a damage fee for a broken prop", "unfair damage charge for the backdrop that the wind knocked over"]),
    "staff": (["现场小哥特别热情，带着宾客摆姿势", "工作人员很热情，全程帮忙引导", "执行的小姐姐超级热情有耐心"],
              ["the attendant was super friendly and got everyone posing", "friendly staff who kept the energy up"]),
    "template": (["相纸模板设计得很好看，宾客都夸", "模板好看又有我们的logo，很满意", "设计好看，跟活动主题很搭"],
                 ["beautiful template design, matched our colours perfectly", "the template looked amazing on every print"]),
    "price": (["价格偏贵，比预算高不少", "加购项目太贵了", "整体有点贵，性价比一般"],
              ["a bit pricey for four hours", "the add-ons are expensive"]),
}
GEN = {
    "pos": (["整体体验很棒，下次还找你们", "宾客玩得很开心，推荐", "很省心，效果超出预期", "出片效果不错，大家都很喜欢"],
            ["great experience, guests loved it", "highly recommend, worth every penny", "smooth from start to finish"]),
    "neu": (["整体还可以，中规中矩", "效果一般，没有特别惊喜"], ["it was ok overall", "decent, nothing special"]),
    "neg": (["这次体验不太好，有点失望", "不太满意，不会再订了"], ["disappointing experience", "not what we expected"]),
}
TOPIC_TP = [("late", "tp_arrive"), ("printer", "tp_shoot"), ("gallery", "tp_gallery"), ("damage", "tp_claim"),
            ("revisions", "tp_revision"), ("price", "tp_quote"), ("template", "tp_approve"), ("staff", "tp_shoot")]
NEG_TOPICS = {"late", "printer", "gallery", "revisions", "damage", "price"}
PEN = {"late": 2.0, "printer": 1.8, "gallery": 1.4, "revisions": 0.8, "damage": 1.5, "price": 0.5}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def u(a, b):
    return float(rng.uniform(a, b))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program" if bk["pay"] != "bank_transfer" else "offline",
                   device=c["device"] if bk["pay"] != "bank_transfer" else None, order_type=otype,
                   订单类型=ORDER_ZH[otype], booking_id=bk["id"], payment_method=bk["pay"], 支付方式=PAYMENTS[bk["pay"]])
        for k in ("city", "城市", "event_type", "活动类型", "package", "套餐", "event_date"):
            row[k] = bk["common"][k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, bk=None, undated=False, gen=None, no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = c["lang"]
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "negative" if neg else ("positive" if (gen == "pos" or topics) else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("city", "城市", "event_type", "活动类型", "package", "套餐", "event_date"):
                row[k] = bk["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START
        while d <= datetime(2026, 8, 20):
            growth = 0.7 + 0.6 * (d - START).days / 600
            m = {1: 0.8, 2: 0.7, 3: 1.2, 4: 1.2, 5: 1.0, 6: 0.9, 7: 0.9, 8: 1.0, 9: 1.2, 10: 1.3, 11: 1.3,
                 12: 1.0}[d.month]
            days.append((d, growth * m))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=u(8, 23.5))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ctype = pick(list(CTYPES), [v[1] for v in CTYPES.values()])
            ci = list(CTYPES).index(ctype)
            ch = pick(list(CHANNELS), [v[1][ci] for v in CHANNELS.values()])
            if ch == "wedding_fair" and t.month not in (3, 4, 9, 10):
                ch = "xiaohongshu"           # wedding fairs run in spring and autumn
            en = CITIES[city][2] * (1.8 if ctype == "corporate" else 1.0)
            lang = "en" if rng.random() < en else "zh"
            industry = pick(["tech", "finance", "retail", "pharma", "auto"], [0.35, 0.2, 0.2, 0.15, 0.1]) \
                if ctype == "corporate" else None
            dev = "pc" if ctype != "couple" and rng.random() < 0.5 else pick(["ios", "android"], [0.55, 0.45])
            self.cust.append(dict(customer_id=f"CU{i + 1:05d}", discover=t, city=city, ctype=ctype, channel=ch,
                                  lang=lang, industry=industry, device=dev, spend=0.0, bookings=[], events_done=0))

    # ---------- one lead (inquiry onward) ----------
    def lead(self, c, t_inq, repeat=False):
        self.n_bk += 1
        bid = f"BK{self.n_bk:05d}"
        ctype, city = c["ctype"], c["city"]
        etype = "wedding" if ctype == "couple" else (
            pick(["wedding", "launch"], [0.8, 0.2]) if ctype == "planner" else
            pick(["annual_party", "launch", "brand_popup"], [0.45, 0.25, 0.30]))
        pkg = pick(list(PACKAGES), PKG_P[ctype])
        venue = pick(list(VENUES), (0.55, 0.25, 0.0, 0.20) if etype == "wedding" else (0.45, 0.15, 0.40, 0.0))
        guests = int(max(30, rng.normal(180 if etype == "wedding" else 260, 70)))
        rep = str(rng.choice(REPS[city]))
        pay = "bank_transfer" if ctype != "couple" else pick(["wechat_pay", "alipay"], [0.7, 0.3])
        # event date
        t_dep_guess = t_inq + D(days=6)
        if etype == "annual_party":
            cand = datetime(t_dep_guess.year, 12, 5) + D(days=int(rng.integers(0, 52)))
            if t_dep_guess.month == 1 or cand < t_dep_guess + D(days=12):
                cand = t_dep_guess + D(days=int(rng.integers(12, 30)))
            ev_day = cand
        elif etype == "wedding":
            ev_day = t_dep_guess + D(days=int(rng.integers(40, 220)))
            if rng.random() < 0.35:              # pull towards May / October peaks
                for mm in (5, 10):
                    cand = datetime(ev_day.year, mm, int(rng.integers(1, 29)))
                    if t_dep_guess + D(days=30) < cand < t_dep_guess + D(days=260):
                        ev_day = cand
                        break
        else:
            ev_day = t_dep_guess + D(days=int(rng.integers(14, 60)))
        start_h = 17.5 if etype in ("wedding", "annual_party") else 14.0
        ev_start = datetime(ev_day.year, ev_day.month, ev_day.day) + D(hours=start_h + u(-1, 1))
        price = PACKAGES[pkg][1][0 if etype == "wedding" else 1]
        crew_id, crew_type = CREWS[city][int(pick(list(range(len(CREWS[city]))),
                                                  [3 if ct == "in_house" else 2 for _, ct in CREWS[city]]))]
        bk = dict(id=bid, pay=pay, common=dict(
            city=city, 城市=CITIES[city][0], event_type=etype, 活动类型=ETYPES[etype], package=pkg,
            套餐=PACKAGES[pkg][0], venue_type=venue, 场地类型=VENUES[venue], event_date=ev_start.strftime("%Y-%m-%d"),
            guests=guests, sales_rep=rep))
        if not self.ev(c, t_inq, "tp_inquiry", bid, "submit", bk, device=c["device"],
                       channel="mini_program" if c["device"] != "pc" else "web"):
            return None
        if rng.random() > (0.97 if repeat else 0.91):
            return None
        t_q = t_inq + D(hours=float(min(96, rng.exponential(14) + 0.5)))
        quote = price * (1.0 if rng.random() < 0.7 else 1.15)
        self.ev(c, t_q, "tp_quote", bid, "sent", bk, channel="email", quote_amount=round(quote))
        p_dep = CHANNELS[c["channel"]][3] * (1.25 if ctype == "corporate" else 1.0)
        if repeat:
            p_dep = 0.82
        if rng.random() > p_dep:
            return None
        if rng.random() < 0.12:
            t_dep = t_q + D(days=u(31, 50))
        else:
            t_dep = t_q + D(days=float(min(29, rng.exponential(5) + 0.2)))
        if t_dep > ev_start - D(days=10):
            ev_start = t_dep + D(days=int(rng.integers(14, 40)))
            ev_start = datetime(ev_start.year, ev_start.month, ev_start.day) + D(hours=start_h)
            bk["common"]["event_date"] = ev_start.strftime("%Y-%m-%d")
        dep_amt = round(0.3 * price)
        if not self.ev(c, t_dep, "tp_deposit", bid, "paid", bk, device=c["device"] if pay != "bank_transfer" else None,
                       channel="mini_program" if pay != "bank_transfer" else "offline", amount=dep_amt):
            return None
        dep_order = self.order(c, t_dep, dep_amt, "deposit", bk)
        # cancellation decided up front
        t_cancel = None
        if rng.random() < (0.09 if ctype == "couple" else 0.05):
            span = (ev_start - D(days=3) - t_dep).total_seconds()
            t_cancel = t_dep + D(seconds=u(0.05, 1.0) * span)
        # design
        designer = str(rng.choice(DESIGNERS))
        lam = {"couple": 2.3, "corporate": 1.0, "planner": 0.6}[ctype]
        n_rev = int(min(6, rng.poisson(lam)))
        avail = (ev_start - D(days=8) - t_dep).total_seconds() / 86400
        need = 3 + 6 + n_rev * 3.0 + 2
        k = min(1.0, max(0.15, avail / need))
        t = t_dep + D(days=u(3, 9) * k)
        design_steps = [("tp_design", "draft_sent", None)] + [("tp_revision", "revised", i + 1) for i in range(n_rev)] \
            + [("tp_approve", "approved", None)]
        cancelled = False
        for tp, action, no in design_steps:
            if t_cancel and t >= t_cancel:
                cancelled = True
                break
            kw = dict(designer=designer, channel="web")
            if no:
                kw["revision_no"] = no
            self.ev(c, t, tp, bid, action, bk, **kw)
            t += D(days=u(1, 5) * k)
        if t_cancel and not cancelled and t_cancel < ev_start - D(days=7):
            cancelled = True
        if cancelled:
            self.ev(c, t_cancel, "tp_cancel", bid, "cancel", bk, channel="phone")
            if ev_start - t_cancel > D(days=30):
                t_r = t_cancel + D(days=float(rng.exponential(3) + 0.5))
                if self.ev(c, t_r, "tp_refund", bid, "refund", bk, channel=pay, refund_amount=dep_amt,
                           refund_reason="early_cancel", 退款原因=REFUND_ZH["early_cancel"]) and dep_order:
                    dep_order["status"] = "refunded"
                    dep_order["refunded_at"] = ts(t_r)
            return dict(done=False)
        # balance + add-ons
        t_bal = max(t, ev_start - D(days=u(5, 9)))
        bal = price - dep_amt
        if not self.ev(c, t_bal, "tp_balance", bid, "paid", bk, device=c["device"] if pay != "bank_transfer" else None,
                       channel="mini_program" if pay != "bank_transfer" else "offline", amount=bal):
            return dict(done=False)
        self.order(c, t_bal, bal, "balance", bk)
        c["spend"] += dep_amt + bal
        addon_orders = []
        p_add = 0.45 if etype == "wedding" else 0.30
        for a, (zh, amt) in ADDONS.items():
            if a == "extra_prints" and pkg == "spin360":
                continue
            if rng.random() < p_add * {"extra_hour": 0.6, "extra_prints": 0.5, "props_pack": 0.5, "guestbook": 0.35}[a]:
                o = self.order(c, t_bal + D(minutes=u(1, 30)), amt, "addon", bk, addon=a, 加购项目=zh)
                if o:
                    addon_orders.append(o)
                    c["spend"] += amt
        # event day
        in_season = ev_start.month in (12, 1)
        p_late = 0.06 if crew_type == "in_house" else 0.13
        if city == "Beijing" and in_season:
            p_late = 0.26 if crew_type == "in_house" else 0.45
        elif in_season:
            p_late *= 1.3
        late = rng.random() < p_late
        late_min = round(15 + float(rng.exponential(22))) if late else round(u(-35, 12))
        t_sched = ev_start - D(hours=2)
        t_arr = t_sched + D(minutes=late_min)
        status = "late" if late_min >= 15 else "on_time"
        crew = dict(crew_id=crew_id, crew_type=crew_type, 团队类型=CREW_ZH[crew_type])
        if not self.ev(c, t_arr, "tp_arrive", bid, "arrived", bk, channel="store", scheduled_arrival=ts(t_sched),
                       late_minutes=late_min, arrival_status=status, 到场状态="迟到" if status == "late" else "准时", **crew):
            return dict(done=False)
        self.ev(c, t_arr + D(minutes=u(30, 50) if late else u(45, 90)), "tp_setup_done", bid, "ready", bk,
                channel="store", **crew)
        hours = 4 + (1 if any(o["addon"] == "extra_hour" for o in addon_orders) else 0)
        printer = None
        if pkg != "spin360":
            printer = "DNP DS620" if pkg == "classic" else "Mitsubishi CP-D80"
            if city in NEW_PRINTER_CITIES and ev_start >= NEW_PRINTER_FROM:
                printer = "HiTi P525L"
        prints = int(guests * u(0.9, 1.7)) if printer else 0
        self.ev(c, ev_start, "tp_shoot", bid, "booth_live", bk, channel="store", printer_model=printer, prints=prints,
                hours=hours, **crew)
        faults = 0
        if printer:
            p_fault = 0.40 if printer == "HiTi P525L" else 0.05
            if rng.random() < p_fault:
                faults = 1 + int(rng.geometric(0.5)) - 1
                for _ in range(faults):
                    self.ev(c, ev_start + D(minutes=u(10, 60 * hours - 10)), "tp_printer_fault", bid, "fault", bk,
                            channel="store", printer_model=printer,
                            error_code=pick(["PAPER_JAM", "RIBBON_ERROR", "OVERHEAT"], [0.7, 0.2, 0.1]), **crew)
                for o in addon_orders:
                    if o["addon"] == "extra_prints" and rng.random() < 0.6:
                        o["status"] = "refunded"
                        o["refunded_at"] = ts(ev_start + D(days=u(1, 4)))
        ev_end = ev_start + D(hours=hours)
        c["events_done"] += 1
        # gallery
        med = 6.0 if GALLERY_MIGRATION[0] <= ev_start < GALLERY_MIGRATION[1] else 0.9
        gal_days = float(rng.lognormal(np.log(med), 0.5))
        t_gal = ev_end + D(days=gal_days)
        self.ev(c, t_gal, "tp_gallery", bid, "delivered", bk, channel="web",
                gallery_photos=int(prints * u(1.0, 1.3)) if prints else int(guests * u(0.5, 0.9)))
        # claims
        damage = rng.random() < (0.13 if venue == "outdoor" else 0.03)
        if damage:
            amt = float(rng.choice([300, 500, 800, 1200]))
            t_c = ev_end + D(days=u(0.5, 2))
            self.ev(c, t_c, "tp_claim", bid, "claim_opened", bk, channel="phone", claim_type="damage",
                    索赔类型=CLAIM_ZH["damage"], claim_amount=amt)
            self.order(c, t_c + D(days=u(1, 5)), amt, "damage_fee", bk)
        late_claim = late and rng.random() < 0.55
        if late_claim:
            comp = round(bal * (0.2 if late_min >= 45 else 0.1))
            t_c = ev_end + D(days=u(0.3, 2))
            self.ev(c, t_c, "tp_claim", bid, "claim_opened", bk, channel="phone", claim_type="late_arrival",
                    索赔类型=CLAIM_ZH["late_arrival"], claim_amount=comp)
            self.ev(c, t_c + D(days=u(2, 10)), "tp_refund", bid, "refund", bk, channel=pay, refund_amount=comp,
                    refund_reason="late_arrival", 退款原因=REFUND_ZH["late_arrival"])
        # feedback
        topics = []
        if late and rng.random() < 0.75:
            topics.append("late")
        if faults and rng.random() < 0.75:
            topics.append("printer")
        if gal_days > 4 and rng.random() < 0.7:
            topics.append("gallery")
        if n_rev >= 4 and rng.random() < 0.6:
            topics.append("revisions")
        if damage and rng.random() < 0.6:
            topics.append("damage")
        if rng.random() < 0.05:
            topics.append("price")
        bad = bool(set(topics) & NEG_TOPICS)
        if not late and rng.random() < (0.35 if crew_type == "in_house" else 0.15):
            topics.append("staff")
        if n_rev <= 2 and rng.random() < 0.3:
            topics.append("template")
        p_rate = 0.55 if bad else 0.35
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3], [0.58, 0.32, 0.10])) + (0.6 if pkg == "spin360" else 0.0)
            for k in topics:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            t_rv = t_gal + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            self.ev(c, t_rv, "tp_review", bid, "rated", bk, channel="mini_program", stars=stars)
            self.fb(c, t_rv, topics, "mini_program_review", rating=stars, bk=bk,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if ctype == "couple" and c["lang"] == "zh" and rng.random() < 0.12:
            stars = float(pick([5, 4, 3], [0.55, 0.33, 0.12]))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, ev_end + D(days=u(1, 10)), topics, "dianping_review", rating=stars, bk=bk,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.3)
        if c["lang"] == "en" and rng.random() < 0.22:
            stars = float(pick([5, 4, 3], [0.6, 0.3, 0.1]))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, ev_end + D(days=u(1, 7)), topics, "google_review", rating=stars, bk=bk,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if rng.random() < 0.25:
            nps = int(np.clip(round(rng.normal(8.6 - 2.8 * bad, 1.5)), 0, 10))
            self.fb(c, ev_end + D(days=u(2, 5)), topics if rng.random() < 0.6 else [], "post_event_survey", nps=nps,
                    bk=bk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        tk = [k for k in topics if k in ("late", "printer", "gallery", "damage")]
        if tk and rng.random() < 0.45:
            self.fb(c, ev_end + D(days=u(0.2, 6)), tk, "wechat_ticket", bk=bk)
        if ctype == "couple" and rng.random() < 0.06:
            self.fb(c, ev_end + D(days=u(1, 20)), topics, "xiaohongshu_note", bk=bk, undated=rng.random() < 0.5,
                    no_customer=rng.random() < 0.3)
        return dict(done=True, end=t_gal, bad=bad)

    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", device=c["device"], channel=c["channel"])
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            t = c["discover"] + D(hours=float(min(400, rng.exponential(30) + 0.1)))
            if rng.random() < 0.05:
                t = c["discover"] + D(days=u(31, 60))
            res = self.lead(c, t)
            p_rep = {"couple": 0.03, "corporate": 0.42, "planner": 0.70}[c["ctype"]]
            gap = {"couple": 200, "corporate": 100, "planner": 45}[c["ctype"]]
            while res and res.get("done") and rng.random() < p_rep * (0.6 if res["bad"] else 1.0):
                t = res["end"] + D(days=float(rng.exponential(gap) + 5))
                if t > END:
                    break
                bid_next = f"BK{self.n_bk + 1:05d}"
                self.ev(c, t, "tp_rebook", bid_next, "rebook", device=c["device"], channel="mini_program")
                res = self.lead(c, t + D(minutes=u(1, 20)), repeat=True)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            if spend == 0:
                seg = "prospect"
            elif c["events_done"] >= 3:
                seg = "key_account"
            elif c["events_done"] >= 2:
                seg = "returning"
            else:
                seg = "one_off"
            tier = "gold" if spend >= 15000 else ("silver" if spend >= 6000 else "standard")
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员等级={"gold": "金牌客户", "silver": "银牌客户", "standard": "普通客户"}[tier],
                             customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0], industry=c["industry"],
                             行业={"tech": "科技互联网", "finance": "金融", "retail": "零售快消", "pharma": "医药",
                                 "auto": "汽车"}.get(c["industry"]), preferred_language=c["lang"],
                             first_device=c["device"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city", "城市",
           "event_type", "活动类型", "package", "套餐", "venue_type", "场地类型", "event_date", "guests", "sales_rep",
           "quote_amount", "amount", "designer", "revision_no", "crew_id", "crew_type", "团队类型", "scheduled_arrival",
           "late_minutes", "arrival_status", "到场状态", "printer_model", "prints", "hours", "error_code",
           "gallery_photos", "claim_type", "索赔类型", "claim_amount", "refund_amount", "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "payment_method", "支付方式", "city", "城市", "event_type", "活动类型", "package", "套餐",
            "event_date", "addon", "加购项目", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "city", "城市", "event_type", "活动类型", "package", "套餐", "event_date"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员等级",
             "customer_type", "客户类型", "industry", "行业", "preferred_language", "first_device"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, steps, win in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=15, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, leads {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
