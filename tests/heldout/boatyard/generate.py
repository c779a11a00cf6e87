"""锚湾船坞 AnchorBay Boatyards: winter boat storage and haul-out yards in Dalian, Qingdao, Toronto, Annapolis and
Stockholm. Synthetic, written blind.

Boat owners ask for a winter storage quote (web, app, WeChat mini-program in China, phone, boat shows), get a quote
for a storage plan (outdoor cradle, indoor shed, heated shed; priced per foot of length), sign a storage contract and
book a haul-out slot. On the slot day the travel lift hauls the boat (or the day is lost to weather and re-slotted),
the bottom is pressure washed and any hull damage is logged (pre-existing, or caused by the yard: sling scrapes,
cradle dents, keel strikes). Over the winter owners open work orders (winterising, shrink-wrap, gelcoat, osmosis,
antifouling, propeller / shaft), the yard completes them (late when short of technicians), invoices them (invoice
queries when the bill differs from the estimate), and in spring the boats are launched from a booked launch slot.
In May every storage customer gets the annual contract renewal notice (early-bird test in May 2026).

Data 2024-08-01 .. 2026-06-30 (extract 2026-07-03, five months before "today" 2026-12-01). Naive local times.
Money: `amount` in USD (group reporting currency) beside `currency` and `amount_local` (fixed rates CNY 0.14,
CAD 0.73, SEK 0.095).

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
START, END = datetime(2024, 8, 1), datetime(2026, 6, 30, 23, 59, 59)
SEASONS = {"2024/25": 2024, "2025/26": 2025}

YARDS = {
    "DL": dict(zh="大连", yard_zh="大连星海湾船坞", en="Dalian", yard_en="Dalian Xinghai Bay Yard", cur="CNY", fx=0.14,
               region="cn_liaoning", china=True, w=0.21, haul=((10, 8), (11, 12)), launch=((4, 10), (5, 20)),
               lifts=["DL-TL50", "DL-TL35"]),
    "QD": dict(zh="青岛", yard_zh="青岛浮山湾船坞", en="Qingdao", yard_en="Qingdao Fushan Bay Yard", cur="CNY", fx=0.14,
               region="cn_shandong", china=True, w=0.19, haul=((10, 20), (11, 25)), launch=((4, 1), (5, 15)),
               lifts=["QD-TL40", "QD-TL40B"]),
    "TOR": dict(zh="多伦多", yard_zh="多伦多汉伯湾船坞", en="Toronto", yard_en="Toronto Humber Bay Yard", cur="CAD",
                fx=0.73, region="ca_ontario", china=False, w=0.22, haul=((10, 1), (11, 5)), launch=((4, 20), (5, 31)),
                lifts=["TOR-TL60", "TOR-TL35"]),
    "ANP": dict(zh="安纳波利斯", yard_zh="安纳波利斯后溪船坞", en="Annapolis", yard_en="Annapolis Back Creek Yard",
                cur="USD", fx=1.0, region="us_maryland", china=False, w=0.20, haul=((10, 25), (12, 1)),
                launch=((3, 25), (5, 10)), lifts=["ANP-TL70", "ANP-TL35"]),
    "STO": dict(zh="斯德哥尔摩", yard_zh="斯德哥尔摩盐湖船坞", en="Stockholm", yard_en="Stockholm Saltsjöbaden Yard",
                cur="SEK", fx=0.095, region="se_stockholm", china=False, w=0.18, haul=((9, 25), (10, 25)),
                launch=((4, 25), (5, 31)), lifts=["STO-TL45", "STO-TL30"]),
}
PLANS = {  # USD per foot per season, zh
    "outdoor_cradle": (46.0, "露天支架"), "indoor_shed": (78.0, "室内库"), "heated_shed": (112.0, "室内恒温库"),
}
DL_HIKE = 1.24                      # Dalian 2025/26 storage price rise (indoor and heated sheds)
QD_NEW_LIFT = "QD-TL75"             # Qingdao's new 75 t travel lift, autumn 2025: sling scrapes
STO_STORM = (datetime(2025, 10, 1), datetime(2025, 10, 16))  # Stockholm autumn gales: haul-out days lost
TOR_SHORT = (datetime(2025, 11, 1), datetime(2026, 5, 31))   # Toronto: two technicians left, backlog
ANP_FEE = datetime(2026, 3, 1)      # Annapolis new billing system adds an environmental / yard fee line
AB_START = datetime(2026, 5, 4)     # early-bird renewal test, notices of May 2026
BOAT = {"sail_mono": "单体帆船", "sail_cat": "双体帆船", "power_cruiser": "动力艇", "sportfish": "钓鱼艇",
        "trawler": "拖网式游艇"}
ACQ = {"boat_show": "游艇展", "referral": "船友推荐", "search": "搜索引擎", "marina_partner": "码头合作",
       "social": "社交媒体"}
WORK = {  # type: zh, promised days, base estimate USD per foot (or flat), season window (month, day) .. (month, day)
    "winterize": ("发动机防冻保养", 2, 9.0, ((10, 5), (12, 10))),
    "shrinkwrap": ("包膜", 1, 14.0, ((10, 5), (12, 10))),
    "gelcoat": ("胶衣修补", 7, 22.0, ((12, 1), (3, 10))),
    "osmosis": ("起泡(渗透)处理", 20, 95.0, ((11, 20), (2, 20))),
    "antifouling": ("船底防污漆", 5, 28.0, ((2, 20), (4, 10))),
    "prop_shaft": ("螺旋桨/轴系", 6, 18.0, ((1, 15), (4, 5))),
}
DAMAGE = {"sling_scrape": "吊带刮伤", "cradle_dent": "支架压痕", "keel_strike": "龙骨磕碰", "blisters": "船底起泡",
          "gelcoat_crack": "胶衣开裂"}
YARD_CAUSED = ("sling_scrape", "cradle_dent", "keel_strike")
QUERY = {"unexpected_fee": "不明收费", "labour_hours": "工时偏多", "parts_price": "配件价格", "duplicate_line": "重复计费"}
CALL = {"schedule": "档期安排", "job_status": "工单进度", "billing": "账单问题", "damage": "损伤处理", "other": "其他"}
LAUNCH_DELAY = {"none": "无", "weather": "天气原因", "yard_backlog": "船坞积压", "owner_request": "船主改期"}
ORDER_ZH = {"storage_fee": "冬储费", "haulout_fee": "上岸冲洗费", "work_order": "维修工单费", "launch_fee": "下水费",
            "damage_credit": "损伤赔付", "invoice_credit": "账单减免"}
AGENTS = {"DL": ["王磊", "刘婷", "张凯"], "QD": ["陈晨", "李娜", "孙浩"], "TOR": ["Megan", "Dylan", "Priya"],
          "ANP": ["Tyler", "Grace", "Marcus"], "STO": ["Elin", "Johan", "Sara"]}
TECHS = {y: [f"{y}-T{i:02d}" for i in range(1, 7)] for y in YARDS}

# ------------------------------------------------------------------ feedback texts (markers: README)
TEXT = {
    "weather": {
        "zh": ["上岸那天说天气不好改期，又等了一周才吊上来", "天气原因推迟下水我能理解，但没人提前通知",
               "因为天气改了两次档期，船在水里多泡了十天", "今年下水又赶上天气变差，排期一拖再拖"],
        "en": ["Haul-out got bumped twice because of the weather, boat sat in the water another week",
               "I get that weather happens but nobody told me the lift day was cancelled",
               "Weather delay again, third time this autumn. Please text owners earlier",
               "Launch pushed back for weather, fine, but the new slot was a week later"],
    },
    "scratch": {
        "zh": ["吊船后船身两侧多了好几道划痕，明显是吊带位置不对", "冲洗完发现船底有划痕，之前没有的，要求船坞负责",
               "新吊机吊我的船，留下一长条划痕，补胶衣还要等", "船体划痕到现在没人处理，理赔也拖着"],
        "en": ["There are long scratch marks on both sides where the slings went, that was not there before",
               "Found a deep scratch in the gelcoat after haul-out. Your lift crew did this",
               "Sling scratch down the topsides, want it fixed properly not just polished",
               "Second scratch on the hull this season, the new lift operators need training"],
    },
    "invoice": {
        "zh": ["账单比报价高了三成，多出来的费用没人解释", "收到账单才发现多收了一笔环保费，事先没说",
               "账单上工时明显偏多，跟前台说了也没回音", "账单重复收了包膜费，麻烦尽快核对"],
        "en": ["The invoice came in way over the estimate with a fee nobody mentioned",
               "New invoice has an environmental fee line I never agreed to",
               "Invoice shows 14 labour hours for a two hour job, please explain",
               "Got charged twice for shrink wrap on the invoice, still waiting on a credit"],
    },
    "slow": {
        "zh": ["工单排了三周还没动，进度太慢了", "防污漆说五天做完，拖了半个月，效率太慢",
               "师傅太少，干活太慢，下水都耽误了", "问进度每次都说快了，实际太慢"],
        "en": ["Bottom paint was promised in five days and took three weeks, so slow",
               "Yard is painfully slow this year, my work order has not been touched",
               "Slow slow slow. Launch missed because the shaft job was not done",
               "Crew seems short staffed, everything is slow and nobody gives a date"],
    },
    "price": {
        "zh": ["室内恒温库今年涨价太多，太贵了，考虑换别家", "报价太贵了，比隔壁码头高不少",
               "按英尺算下来太贵，露天支架都快赶上去年室内的价了"],
        "en": ["Storage quote is pricey compared with the yard across the harbour",
               "Heated shed is getting pricey, might leave it outdoors this year",
               "Pricey for what you get, the cradle spots are not even covered"],
    },
    "noreply": {
        "zh": ["打前台电话总是没人回，留言也不回", "发了三次微信问工单进度，没人回"],
        "en": ["Called the office four times, no reply, voicemail full",
               "Emailed about my launch date a week ago and still no reply"],
    },
    "pro": {
        "zh": ["吊船师傅很专业，船一点磕碰都没有", "冲洗和防污漆做得很专业，船底干干净净", "整个冬储流程很专业，省心"],
        "en": ["Lift crew were very professional, boat came out without a mark",
               "Professional job on the bottom paint, smooth as glass",
               "Really professional yard, launch went exactly as booked"],
    },
    "friendly": {
        "zh": ["前台小姐姐很热情，改档期很痛快", "师傅们都很热情，还帮我检查了舵"],
        "en": ["Office staff are friendly and always call back", "Friendly crew, they even helped me step the mast"],
    },
    "neutral": {
        "zh": ["船已经上岸了，等开春再看", "今年选的是室内库，先看看效果", "下水流程和去年差不多", "冬储合同已经签好"],
        "en": ["Boat is on the hard for the winter, will see in spring", "Launch went as usual",
               "Went with the indoor shed this year, we will see", "Contract signed, haul-out booked for October"],
    },
}
NEG = {"weather", "scratch", "invoice", "slow", "price", "noreply"}
POS = {"pro", "friendly"}


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], []
        self.customers = {}
        self.n_ev = self.n_ord = self.n_fb = 0

    # -------------------------------------------------------------- helpers
    def r(self):
        return float(self.rng.random())

    def pick(self, seq, p=None):
        return seq[int(self.rng.choice(len(seq), p=p))]

    def at(self, day: datetime, h0=8, h1=18):
        return day.replace(hour=0, minute=0, second=0) + D(hours=int(self.rng.integers(h0, h1)),
                                                           minutes=int(self.rng.integers(0, 60)),
                                                           seconds=int(self.rng.integers(0, 60)))

    def day_in(self, year, a, b):
        d0 = datetime(year + (a[0] < 8), a[0], a[1])
        d1 = datetime(year + (b[0] < 8), b[0], b[1])
        return d0 + D(days=int(self.rng.integers(0, (d1 - d0).days + 1)))

    def ev(self, cust, ts, tp, season, action=None, channel="yard", device=None, session=None, **extra):
        if ts > END or ts < START:
            return None
        c = self.customers[cust]
        y = YARDS[c["yard_id"]]
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cust, ts=ts, touchpoint_id=tp, session_id=session,
                   action=action, device=device, channel=channel, yard_id=c["yard_id"], yard_en=y["en"],
                   船坞=y["zh"], season=season, boat_type=c["boat_type"], length_ft=c["length_ft"])
        row.update(extra)
        self.events.append(row)
        return row

    def order(self, cust, ts, otype, usd, status="paid", season=None, **extra):
        if ts > END:
            return
        c = self.customers[cust]
        y = YARDS[c["yard_id"]]
        self.n_ord += 1
        pm = self.pick(["wechat_pay", "alipay", "bank_transfer"], [0.5, 0.3, 0.2]) if y["china"] else \
            self.pick(["card", "ach", "cheque", "bank_transfer"], [0.55, 0.2, 0.1, 0.15])
        self.orders.append(dict(order_id=f"O{self.n_ord:06d}", customer_id=cust, ts=ts, amount=round(usd, 2),
                                status=status, channel="yard" if otype != "storage_fee" else "web",
                                currency=y["cur"], amount_local=round(usd / y["fx"], 2), order_type=otype,
                                订单类型=ORDER_ZH[otype], yard_id=c["yard_id"], yard_en=y["en"], 船坞=y["zh"],
                                season=season, plan=c.get("plan"), payment_method=pm, **extra))

    def fb(self, cust, ts, topic, channel, tp=None, rating=None, nps=None, lang=None, yard=None, **extra):
        if ts is not None and (ts > END or ts < START):
            return
        if cust is not None:
            yard = self.customers[cust]["yard_id"]
        y = YARDS[yard]
        if lang is None:
            lang = "zh" if y["china"] else "en"
        text = self.pick(TEXT[topic][lang])
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=cust, touchpoint_id=tp,
                                  channel=channel, rating=rating, nps=nps, yard_id=yard, yard_en=y["en"],
                                  船坞=y["zh"], **extra))
        sent = "negative" if topic in NEG else "positive" if topic in POS else "neutral"
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    # -------------------------------------------------------------- customers
    def new_customer(self, yard, signup):
        cid = f"C{len(self.customers) + 1:05d}"
        bt = self.pick(list(BOAT), [0.38, 0.07, 0.3, 0.12, 0.13])
        length = int(np.clip(self.rng.normal(34, 8), 20, 62))
        acq = self.pick(list(ACQ), [0.22, 0.28, 0.2, 0.18, 0.12])
        self.customers[cid] = dict(customer_id=cid, signup_at=signup, yard_id=yard, boat_type=bt, length_ft=length,
                                   acquisition_channel=acq, seasons=0, plan=None, legacy=False)
        return cid

    def choose_plan(self, c):
        big = c["length_ft"] >= 40
        p = [0.5, 0.3, 0.2] if not big else [0.62, 0.26, 0.12]
        if YARDS[c["yard_id"]]["china"]:
            p = [0.35, 0.35, 0.30]
        return self.pick(list(PLANS), p)

    def storage_price(self, c, plan, season):
        base = PLANS[plan][0] * c["length_ft"] * (1.0 if season == "2024/25" else 1.04)
        if c["yard_id"] == "DL" and season == "2025/26" and plan != "outdoor_cradle":
            base *= DL_HIKE
        return round(base * float(self.rng.uniform(0.97, 1.03)), 2)

    # -------------------------------------------------------------- season
    def prospects(self, season, n):
        year = SEASONS[season]
        signed = []
        for _ in range(n):
            yard = self.pick(list(YARDS), [y["w"] for y in YARDS.values()])
            d = datetime(year, 8, 1) + D(days=int(self.rng.integers(0, 76)))
            ts = self.at(d, 7, 23)
            cid = self.new_customer(yard, ts)
            c = self.customers[cid]
            y = YARDS[yard]
            ch = self.pick(["mini_program", "web", "phone", "boat_show"], [0.45, 0.25, 0.2, 0.1]) if y["china"] else \
                self.pick(["web", "app", "phone", "boat_show"], [0.45, 0.2, 0.2, 0.15])
            dev = {"mini_program": self.pick(["ios", "android"]), "app": self.pick(["ios", "android"], [0.6, 0.4]),
                   "web": self.pick(["pc", "ios", "android"], [0.5, 0.3, 0.2])}.get(ch)
            sess = f"Q{cid[1:]}{year % 100}"
            plan = self.choose_plan(c)
            self.ev(cid, ts, "tp_quote_req", season, "submit", ch, dev, sess, plan=plan, 套餐=PLANS[plan][1])
            if self.r() < 0.08:
                continue                       # never got a quote (out of capacity / spam)
            qts = self.at(ts + D(days=int(self.rng.integers(0, 4))), 9, 18)
            price = self.storage_price(c, plan, season)
            self.ev(cid, qts, "tp_quote_sent", season, "sent", "email", None, sess, plan=plan, 套餐=PLANS[plan][1],
                    quote_amount_usd=price, quote_amount_local=round(price / y["fx"], 2), currency=y["cur"])
            p = 0.55 if ch != "boat_show" else 0.66
            if yard == "DL" and season == "2025/26":
                p = 0.26 if plan != "outdoor_cradle" else 0.48
            if self.r() < p:
                sts = self.at(qts + D(days=int(self.rng.integers(1, 22))), 9, 21)
                c["plan"] = plan
                self.ev(cid, sts, "tp_contract", season, "signed", self.pick(["web", "app", "yard"], [0.5, 0.2, 0.3]),
                        None, sess, plan=plan, 套餐=PLANS[plan][1], contract_id=f"SC-{yard}-{cid[1:]}-{year % 100}")
                self.order(cid, sts + D(minutes=3), "storage_fee", price, season=season, is_renewal=False)
                signed.append((cid, sts))
            else:
                ptc = 0.22 if (yard == "DL" and season == "2025/26") else 0.04
                if self.r() < ptc:
                    self.fb(cid, self.at(qts + D(days=int(self.rng.integers(1, 10)))), "price",
                            self.pick(["wechat", "call_note"]) if y["china"] else self.pick(["email", "call_note"]),
                            tp="tp_quote_sent", rating=self.pick([1, 2, 2, 3]))
        return signed

    def season_ops(self, season, members):
        """members: list of (customer_id, ready_ts) storage customers of this season."""
        year = SEASONS[season]
        for cid, ready in members:
            c = self.customers[cid]
            yard = c["yard_id"]
            y = YARDS[yard]
            c["seasons"] += 1
            st = dict(damage_yard=False, late_work=False, disputed=False, weather=False, launch_delay="none")
            sess = f"H{cid[1:]}{year % 100}"
            # haul-out booking and slot
            slot = self.day_in(year, *y["haul"])
            if yard == "STO" and season == "2025/26" and self.r() < 0.45:
                slot = STO_STORM[0] + D(days=int(self.rng.integers(0, 15)))
            bts = max(ready + D(hours=2), slot - D(days=int(self.rng.integers(7, 45))))
            bts = self.at(bts, 7, 22)
            if bts >= slot:
                slot = bts + D(days=3)
            bch = self.pick(["mini_program", "phone", "web"], [0.6, 0.25, 0.15]) if y["china"] else \
                self.pick(["app", "web", "phone"], [0.45, 0.3, 0.25])
            self.ev(cid, bts, "tp_haul_book", season, "booked", bch, None, sess, slot_date=slot.date().isoformat())
            if self.r() < 0.03:
                self.ev(cid, self.at(slot, 7, 9), "tp_haulout", season, "no_show", slot_date=slot.date().isoformat())
                continue
            pw = 0.04
            if yard == "STO" and STO_STORM[0] <= slot < STO_STORM[1]:
                pw = 0.62
            lift = self.pick(y["lifts"], [0.7, 0.3])
            if yard == "QD" and season == "2025/26":
                lift = self.pick([QD_NEW_LIFT, "QD-TL40"], [0.8, 0.2])
            day = slot
            while self.r() < pw:
                st["weather"] = True
                self.ev(cid, self.at(day, 6, 8), "tp_haulout", season, "weather_delay", lift_id=lift,
                        slot_date=day.date().isoformat(), delay_reason="weather", 延误原因="天气原因")
                day = day + D(days=int(self.rng.integers(2, 9)))
                pw *= 0.45
            hts = self.at(day, 7, 16)
            self.ev(cid, hts, "tp_haulout", season, "hauled", lift_id=lift, slot_date=slot.date().isoformat(),
                    delay_days=(day - slot).days)
            self.order(cid, hts + D(hours=5), "haulout_fee", c["length_ft"] * 13.0 * float(self.rng.uniform(0.98, 1.02)),
                       season=season)
            if st["weather"] and self.r() < 0.33:
                self.fb(cid, self.at(hts + D(days=int(self.rng.integers(0, 6)))), "weather",
                        self.pick(["email", "call_note", "wechat"] if y["china"] else ["email", "call_note", "app"]),
                        tp="tp_haulout", rating=self.pick([2, 2, 3]))
            if self.r() < 0.96:
                wts = hts + D(hours=int(self.rng.integers(1, 30)))
                cond = self.pick(["clean", "light_growth", "heavy_growth", "barnacles"], [0.2, 0.45, 0.25, 0.1])
                self.ev(cid, wts, "tp_wash", season, "washed", hull_condition=cond, lift_id=lift)
            else:
                wts = hts + D(hours=2)
            # hull damage found at the wash
            p_yard = 0.14 if lift == QD_NEW_LIFT else 0.015
            p_pre = 0.05 if c["length_ft"] < 40 else 0.07
            dmg = None
            if self.r() < p_yard:
                dmg = self.pick(list(YARD_CAUSED), [0.86, 0.08, 0.06] if lift == QD_NEW_LIFT else [0.4, 0.35, 0.25])
            elif self.r() < p_pre:
                dmg = self.pick(["blisters", "gelcoat_crack"], [0.55, 0.45])
            if dmg:
                caused = "yard" if dmg in YARD_CAUSED else "pre_existing"
                est = round(float(self.rng.uniform(350, 2600)) * (1.0 if caused == "yard" else 1.4), 2)
                self.ev(cid, wts + D(minutes=int(self.rng.integers(20, 240))), "tp_hull_damage", season, "logged",
                        damage_type=dmg, 损伤类型=DAMAGE[dmg], caused_by=caused, lift_id=lift, repair_est_usd=est)
                if caused == "yard":
                    st["damage_yard"] = True
                    self.order(cid, wts + D(days=int(self.rng.integers(10, 45))), "damage_credit", est,
                               status="refunded", season=season)
                    if self.r() < 0.6:
                        self.fb(cid, self.at(wts + D(days=int(self.rng.integers(0, 8)))), "scratch",
                                self.pick(["wechat", "call_note", "email"] if y["china"] else ["email", "call_note"]),
                                tp="tp_hull_damage", rating=self.pick([1, 1, 2]))
            # work orders
            n_wo = self.pick([0, 1, 2, 3], [0.26, 0.4, 0.24, 0.10])
            types = list(self.rng.choice(list(WORK), size=n_wo, replace=False,
                                         p=[0.24, 0.2, 0.12, 0.06, 0.28, 0.10])) if n_wo else []
            if dmg in ("blisters",) and "osmosis" not in types and self.r() < 0.5:
                types.append("osmosis")
            for k, wt in enumerate(types):
                zh, prom, per_ft, win = WORK[wt]
                ots = self.at(max(self.day_in(year, *win), hts + D(days=1)), 8, 19)
                wid = f"WO-{yard}-{cid[1:]}-{year % 100}{k}"
                tech = self.pick(TECHS[yard])
                est = round(per_ft * c["length_ft"] * float(self.rng.uniform(0.85, 1.25)), 2)
                och = self.pick(["mini_program", "yard", "phone"]) if y["china"] else self.pick(["app", "yard", "email"])
                self.ev(cid, ots, "tp_work_order", season, "opened", och, None, wid, work_order_id=wid, work_type=wt,
                        工单类型=zh, estimate_usd=est, promised_days=prom, technician=tech)
                if self.r() < 0.04:
                    self.ev(cid, ots + D(days=int(self.rng.integers(1, 5))), "tp_work_order", season, "cancelled",
                            och, None, wid, work_order_id=wid, work_type=wt, 工单类型=zh)
                    continue
                short = yard == "TOR" and TOR_SHORT[0] <= ots <= TOR_SHORT[1]
                if short:
                    late = int(self.rng.integers(3, 26)) if self.r() < 0.78 else 0
                else:
                    late = int(self.rng.integers(1, 5)) if self.r() < 0.16 else 0
                dts = self.at(ots + D(days=prom + late), 9, 18)
                if late >= 3:
                    st["late_work"] = True
                self.ev(cid, dts, "tp_work_done", season, "completed", "yard", None, wid, work_order_id=wid,
                        work_type=wt, 工单类型=zh, days_late=late, technician=tech)
                if late >= 5 and self.r() < (0.45 if short else 0.25):
                    self.fb(cid, self.at(dts - D(days=int(self.rng.integers(0, 4)))), "slow",
                            self.pick(["email", "call_note", "app"]), tp="tp_work_done", rating=self.pick([1, 2, 2]))
                # invoice
                its = self.at(dts + D(days=int(self.rng.integers(1, 5))), 9, 17)
                over = float(np.clip(self.rng.normal(0.03, 0.05), -0.05, 0.2))
                fee = 0.0
                if yard == "ANP" and its >= ANP_FEE:
                    fee = round(est * float(self.rng.uniform(0.16, 0.28)), 2)
                amt = round(est * (1 + over) + fee, 2)
                ino = f"INV-{yard}-{self.n_ev:07d}"
                self.ev(cid, its, "tp_invoice", season, "issued", "email", None, wid, invoice_no=ino,
                        work_order_id=wid, work_type=wt, 工单类型=zh, estimate_usd=est, invoice_amount_usd=amt,
                        invoice_amount_local=round(amt / y["fx"], 2), currency=y["cur"], fee_line_usd=fee,
                        overrun_pct=round(amt / est - 1, 4))
                pq = 0.40 if fee > 0 else (0.12 if over > 0.12 else 0.04)
                credit = 0.0
                if self.r() < pq:
                    st["disputed"] = True
                    reason = "unexpected_fee" if fee > 0 and self.r() < 0.85 else \
                        self.pick(["labour_hours", "parts_price", "duplicate_line", "unexpected_fee"], [0.4, 0.3, 0.2, 0.1])
                    qts = its + D(days=int(self.rng.integers(1, 9)), hours=int(self.rng.integers(0, 9)))
                    outcome = self.pick(["credit_issued", "upheld"], [0.55, 0.45])
                    self.ev(cid, qts, "tp_invoice_query", season, outcome, self.pick(["email", "phone"]), None, wid,
                            invoice_no=ino, query_reason=reason, 异议原因=QUERY[reason])
                    if outcome == "credit_issued":
                        credit = round((fee if fee else amt * 0.1) * float(self.rng.uniform(0.5, 1.0)), 2)
                        self.order(cid, qts + D(days=int(self.rng.integers(2, 10))), "invoice_credit", credit,
                                   status="refunded", season=season, invoice_no=ino, work_type=wt)
                    if self.r() < 0.5:
                        self.fb(cid, self.at(qts + D(days=int(self.rng.integers(0, 3)))), "invoice",
                                self.pick(["email", "call_note", "wechat"] if y["china"] else ["email", "call_note"]),
                                tp="tp_invoice_query", rating=self.pick([1, 2, 2]))
                pay = its + D(days=int(self.rng.integers(2, 30)), hours=int(self.rng.integers(0, 12)))
                self.order(cid, pay, "work_order", amt, status="paid" if self.r() > 0.015 else "cancelled",
                           season=season, invoice_no=ino, work_type=wt)
            # yard office calls
            for _ in range(self.pick([0, 1, 2, 3], [0.45, 0.33, 0.15, 0.07])):
                cts = self.at(self.day_in(year, (10, 1), (5, 31)), 8, 18)
                reason = self.pick(list(CALL), [0.3, 0.25, 0.2, 0.05, 0.2])
                miss = 0.34 if (yard == "TOR" and TOR_SHORT[0] <= cts <= TOR_SHORT[1]) else 0.07
                act = "missed" if self.r() < miss else "answered"
                self.ev(cid, cts, "tp_yard_office", season, act, "phone", None, None, contact_reason=reason,
                        来电原因=CALL[reason], agent=None if act == "missed" else self.pick(AGENTS[yard]))
                if act == "missed" and self.r() < 0.2:
                    self.fb(cid, self.at(cts + D(days=1)), "noreply", self.pick(["email", "app"]) if not y["china"]
                            else "wechat", tp="tp_yard_office", rating=self.pick([1, 2]))
            # spring launch
            lb = self.at(self.day_in(year, (2, 10), (3, 25)), 7, 22)
            lslot = self.day_in(year, *y["launch"])
            lsess = f"L{cid[1:]}{year % 100}"
            self.ev(cid, lb, "tp_launch_book", season, "booked", bch, None, lsess, slot_date=lslot.date().isoformat())
            reason, delay = "none", 0
            if yard == "TOR" and season == "2025/26" and self.r() < 0.42:
                reason, delay = "yard_backlog", int(self.rng.integers(4, 18))
            elif self.r() < 0.07:
                reason, delay = "weather", int(self.rng.integers(1, 6))
            elif self.r() < 0.04:
                reason, delay = "yard_backlog", int(self.rng.integers(2, 8))
            elif self.r() < 0.03:
                reason, delay = "owner_request", int(self.rng.integers(3, 14))
            lts = self.at(lslot + D(days=delay), 7, 16)
            st["launch_delay"] = reason
            if self.r() < 0.985:
                self.ev(cid, lts, "tp_launch", season, "launched", lift_id=self.pick(y["lifts"]),
                        slot_date=lslot.date().isoformat(), delay_days=delay, delay_reason=reason,
                        延误原因=LAUNCH_DELAY[reason])
                self.order(cid, lts + D(hours=3), "launch_fee", c["length_ft"] * 8.5, season=season)
                # post-launch survey
                if self.r() < 0.42:
                    if reason == "yard_backlog":
                        topic, rating = "slow", self.pick([1, 2, 2, 3])
                    elif reason == "weather":
                        topic, rating = "weather", self.pick([2, 3, 3])
                    elif st["damage_yard"]:
                        topic, rating = "scratch", self.pick([1, 2, 2])
                    elif st["disputed"]:
                        topic, rating = "invoice", self.pick([2, 2, 3])
                    else:
                        topic = self.pick(["pro", "friendly", "neutral"], [0.45, 0.2, 0.35])
                        rating = self.pick([4, 5, 5]) if topic != "neutral" else self.pick([3, 4, 4])
                    self.fb(cid, lts + D(days=int(self.rng.integers(1, 6)), hours=int(self.rng.integers(1, 12))),
                            topic, "launch_survey", tp="tp_launch", rating=rating)
            c["state_" + season] = st
        return

    def renewals(self, season, members):
        """May renewal notice for next season's storage; returns [(cid, renewal ts)]."""
        year = SEASONS[season] + 1
        out = []
        for cid, _ in members:
            c = self.customers[cid]
            st = c.get("state_" + season)
            if st is None:
                continue
            nts = self.at(datetime(year, 5, 1) + D(days=int(self.rng.integers(0, 10))), 8, 11)
            ch = "wechat" if YARDS[c["yard_id"]]["china"] else "email"
            self.ev(cid, nts, "tp_renew_notice", season, "sent", ch, None, None, notice_channel=ch,
                    plan=c["plan"], 套餐=PLANS[c["plan"]][1])
            p = 0.8
            if st["damage_yard"]:
                p *= 0.55
            if st["late_work"]:
                p *= 0.85
            if st["disputed"]:
                p *= 0.9
            variant = None
            if nts >= AB_START:
                variant = self.pick(["early_bird", "control"])
                self.exps.append(dict(experiment_id="early_bird_2026", variant=variant, customer_id=cid,
                                      assigned_at=nts))
                if variant == "early_bird":
                    p = min(0.95, p * 1.08)
            if self.r() < p:
                if variant == "early_bird":
                    lag = int(self.rng.integers(1, 22)) if self.r() < 0.85 else int(self.rng.integers(22, 45))
                else:
                    lag = int(self.rng.integers(1, 45))
                rts = self.at(nts + D(days=lag), 8, 22)
                nxt = f"{year}/{(year + 1) % 100:02d}"
                self.ev(cid, rts, "tp_renewal", season, "renewed", self.pick(["web", "app", "wechat", "phone"]),
                        None, None, plan=c["plan"], 套餐=PLANS[c["plan"]][1], next_season=nxt,
                        contract_id=f"SC-{c['yard_id']}-{cid[1:]}-{year % 100}", early_bird=variant == "early_bird")
                price = self.storage_price(c, c["plan"], nxt if nxt in SEASONS else "2025/26")
                if variant == "early_bird":
                    price = round(price * 0.95, 2)
                self.order(cid, rts + D(minutes=2), "storage_fee", price, season=nxt, is_renewal=True)
                out.append((cid, rts))
        return out

    def nps_wave(self, season, members):
        year = SEASONS[season] + 1
        for cid, _ in members:
            c = self.customers[cid]
            st = c.get("state_" + season)
            if st is None or self.r() > 0.28:
                continue
            base = 8.2
            if st["damage_yard"]:
                base -= 4.5
            if st["late_work"]:
                base -= 2.5 if c["yard_id"] == "TOR" else 1.0
            if st["disputed"]:
                base -= 2.0
            if st["weather"]:
                base -= 0.8
            nps = int(np.clip(round(self.rng.normal(base, 1.6)), 0, 10))
            ts = self.at(datetime(year, 6, 8) + D(days=int(self.rng.integers(0, 14))), 8, 23)
            if nps >= 9:
                topic = self.pick(["pro", "friendly"])
            elif nps >= 7:
                topic = "neutral"
            elif st["damage_yard"]:
                topic = "scratch"
            elif st["late_work"]:
                topic = "slow"
            elif st["disputed"]:
                topic = "invoice"
            elif st["weather"]:
                topic = "weather"
            else:
                topic = self.pick(["price", "neutral"])
            self.fb(cid, ts, topic, "nps_survey", nps=nps, survey_wave=f"{year}-06")

    def public_reviews(self):
        """Google / Dianping reviews and late-keyed call notes: no customer, some without ts."""
        for _ in range(340):
            yard = self.pick(list(YARDS), [y["w"] for y in YARDS.values()])
            y = YARDS[yard]
            ts = datetime(2024, 9, 1) + D(days=int(self.rng.integers(0, 660)), hours=int(self.rng.integers(7, 23)))
            w = {"pro": 0.3, "friendly": 0.15, "neutral": 0.15, "price": 0.12, "weather": 0.06, "invoice": 0.06,
                 "slow": 0.08, "scratch": 0.04, "noreply": 0.04}
            if yard == "TOR" and TOR_SHORT[0] <= ts <= TOR_SHORT[1]:
                w.update(slow=0.35, noreply=0.15, pro=0.1)
            if yard == "QD" and datetime(2025, 10, 20) <= ts <= datetime(2026, 3, 31):
                w.update(scratch=0.3, pro=0.15)
            ks = list(w)
            pr = np.array([w[k] for k in ks])
            topic = self.pick(ks, pr / pr.sum())
            rating = {"pro": 5, "friendly": 5, "neutral": 4}.get(topic) or self.pick([1, 2, 2, 3])
            channel = "dianping" if y["china"] else "google_review"
            self.fb(None, None if self.r() < 0.3 else ts, topic, channel, yard=yard, rating=rating)
        for _ in range(120):   # call notes keyed in later without a time
            cid = self.pick(list(self.customers))
            c = self.customers[cid]
            if c["seasons"] == 0:
                continue
            topic = self.pick(["invoice", "slow", "scratch", "weather", "neutral", "noreply"],
                              [0.22, 0.2, 0.14, 0.1, 0.26, 0.08])
            self.fb(cid, None, topic, "call_note", tp="tp_yard_office", agent=self.pick(AGENTS[c["yard_id"]]))

    # -------------------------------------------------------------- run
    def run(self):
        legacy = []
        for _ in range(1450):
            yard = self.pick(list(YARDS), [y["w"] for y in YARDS.values()])
            signup = datetime(2016, 1, 1) + D(days=int(self.rng.integers(0, 3100)))
            cid = self.new_customer(yard, self.at(signup, 8, 20))
            c = self.customers[cid]
            c["plan"] = self.choose_plan(c)
            c["legacy"] = True
            pay = self.at(datetime(2024, 8, 1) + D(days=int(self.rng.integers(0, 25))), 6, 8)
            self.order(cid, pay, "storage_fee", self.storage_price(c, c["plan"], "2024/25"), season="2024/25",
                       is_renewal=True)
            legacy.append((cid, pay))
        new24 = self.prospects("2024/25", 1250)
        m24 = legacy + new24
        self.season_ops("2024/25", m24)
        ren25 = self.renewals("2024/25", m24)
        self.nps_wave("2024/25", m24)
        new25 = self.prospects("2025/26", 1350)
        m25 = ren25 + new25
        self.season_ops("2025/26", m25)
        self.renewals("2025/26", m25)
        self.nps_wave("2025/26", m25)
        self.public_reviews()
        # a few cancelled storage contracts (owner sold the boat)
        for o in self.orders:
            if o["order_type"] == "storage_fee" and o["season"] == "2025/26" and self.r() < 0.02:
                o["status"] = "cancelled"


def segment(c, last_season_member):
    if c["seasons"] == 0:
        return "prospect"
    if c["legacy"] and c["seasons"] >= 2 and c["length_ft"] >= 45:
        return "vip"
    if not last_season_member:
        return "lapsed"
    return "returning" if c["legacy"] or c["seasons"] >= 2 else "new"


def write_csv(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k)
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                elif isinstance(v, bool):
                    v = "true" if v else "false"
                elif v is None:
                    v = ""
                out.append(v)
            w.writerow(out)


def cols_of(rows, first):
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def main(out: Path) -> None:
    g = Gen()
    g.run()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    tps = [
        ("tp_quote_req", "冬储询价", "Winter storage quote request", "consideration", "web", "digital", "sales",
         "问价|要报价|冬储报价|storage quote|quote request|winter quote"),
        ("tp_quote_sent", "报价单发出", "Storage quote sent", "consideration", "email", "digital", "sales",
         "报价单|报价|quote sent|price quote"),
        ("tp_contract", "签冬储合同", "Storage contract signed", "purchase", "web", "digital", "sales",
         "签约|冬储合同|sign-up|storage agreement|signed contract"),
        ("tp_haul_book", "预约上岸档期", "Haul-out slot booking", "purchase", "app", "digital", "yard_ops",
         "订档期|约吊船|上岸预约|haul-out booking|lift slot|booking a haul"),
        ("tp_haulout", "吊船上岸", "Haul-out", "service", "store", "physical", "yard_ops",
         "上排|出水|吊船|lift out|haul out|travel lift"),
        ("tp_wash", "高压冲洗", "Pressure wash", "service", "store", "physical", "yard_ops",
         "冲船底|洗船|power wash|bottom wash|pressure washing"),
        ("tp_hull_damage", "船体损伤登记", "Hull damage report", "service", "store", "physical", "yard_ops",
         "刮伤|磕碰|船损|damage report|hull damage|ding"),
        ("tp_work_order", "维修工单", "Work order opened", "service", "app", "digital", "service_desk",
         "开工单|报修|维修单|work order|repair order|job card"),
        ("tp_work_done", "工单完工", "Work order completed", "service", "store", "physical", "workshop",
         "完工|修好了|job done|work completed"),
        ("tp_invoice", "开具账单", "Invoice issued", "service", "email", "digital", "finance",
         "账单|发票|出账|invoice|bill"),
        ("tp_invoice_query", "账单异议", "Invoice query", "service", "phone", "digital", "finance",
         "账单投诉|对账|多收费|billing dispute|invoice dispute|bill complaint"),
        ("tp_launch_book", "预约下水", "Launch booking", "loyalty", "app", "digital", "yard_ops",
         "订下水|下水预约|launch slot|spring launch booking"),
        ("tp_launch", "春季下水", "Spring launch", "loyalty", "store", "physical", "yard_ops",
         "下水|入水|开春下水|splash|launch|recommissioning"),
        ("tp_renew_notice", "续约通知", "Renewal notice", "loyalty", "email", "digital", "sales",
         "续约提醒|续费通知|renewal reminder|renewal letter"),
        ("tp_renewal", "年度续约", "Annual contract renewal", "loyalty", "web", "digital", "sales",
         "续签|续费|续约|renewed|renewal"),
        ("tp_yard_office", "船坞前台来电", "Yard office call", "service", "phone", "physical", "service_desk",
         "前台|客服电话|打电话|front desk|office call|phone line"),
    ]
    write_csv(out / "touchpoints.csv",
              [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in tps],
              ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    js = [("storage_signup", "冬储签约", "Storage sign-up", ["tp_quote_req", "tp_quote_sent", "tp_contract"], 30),
          ("haulout", "上岸流程", "Haul-out", ["tp_haul_book", "tp_haulout", "tp_wash"], 60),
          ("repair", "维修工单", "Repair order", ["tp_work_order", "tp_work_done", "tp_invoice"], 60),
          ("launch", "春季下水", "Spring launch", ["tp_launch_book", "tp_launch"], 120),
          ("renewal", "年度续约", "Annual renewal", ["tp_renew_notice", "tp_renewal"], 45)]
    write_csv(out / "journeys.csv",
              [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1,
                    touchpoint_id=tp, window_days=w) for j, zh, en, steps, w in js for i, tp in enumerate(steps)],
              ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
               "window_days"])
    last = {cid for cid, in [(e["customer_id"],) for e in g.events if e["touchpoint_id"] == "tp_launch"
                                                         and e["season"] == "2025/26"]}
    cust = []
    for c in g.customers.values():
        y = YARDS[c["yard_id"]]
        tier = "gold" if c["seasons"] >= 2 and c["plan"] == "heated_shed" else \
            "silver" if c["seasons"] >= 1 and c["plan"] in ("indoor_shed", "heated_shed") else "standard"
        cust.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"],
                         segment=segment(c, c["customer_id"] in last), region=y["region"],
                         acquisition_channel=c["acquisition_channel"], 获客渠道=ACQ[c["acquisition_channel"]],
                         tier=tier, yard_id=c["yard_id"], yard_en=y["en"], 船坞=y["zh"], boat_type=c["boat_type"],
                         船型=BOAT[c["boat_type"]], length_ft=c["length_ft"], plan=c["plan"],
                         套餐=PLANS[c["plan"]][1] if c["plan"] else None,
                         language="zh" if y["china"] else ("sv" if c["yard_id"] == "STO" else "en"),
                         seasons_stored=c["seasons"]))
    write_csv(out / "customers.csv", cust, cols_of(cust, ["customer_id", "signup_at", "segment", "region",
                                                           "acquisition_channel", "tier"]))
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    # the Toronto yard-office phone log of 2026-02 was exported twice (same event_id)
    dup = [e for e in ev if e["touchpoint_id"] == "tp_yard_office" and e["yard_id"] == "TOR"
           and datetime(2026, 2, 1) <= e["ts"] < datetime(2026, 3, 1)]
    ev = sorted(ev + dup, key=lambda e: (e["ts"], e["event_id"]))
    write_csv(out / "events.csv", ev, cols_of(ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id",
                                                   "action", "device", "channel"]))
    od = sorted(g.orders, key=lambda o: o["ts"])
    write_csv(out / "orders.csv", od, cols_of(od, ["order_id", "customer_id", "ts", "amount", "status", "channel"]))
    fb = g.feedback
    write_csv(out / "feedback.csv", fb, cols_of(fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                     "channel", "rating", "nps"]))
    write_csv(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    write_csv(out / "experiments.csv", g.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(cust)}, events {len(ev)} ({len(dup)} duplicated), orders {len(od)}, feedback {len(fb)}, "
          f"experiments {len(g.exps)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
