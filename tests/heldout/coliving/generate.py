"""栖柚青年社区 PomeloNest Co-living: a co-living / long-stay apartment operator for young professionals (青年公寓 /
长租公寓) with eight buildings ("communities", 社区) in Shanghai, Hangzhou, Chengdu and Shenzhen.

A young professional finds a room online (小红书 / 贝壳找房 / 抖音 / a friend who lives with us / their employer's housing
partnership), views listings in the app, books a viewing (in person or by video call), tours the room with a
community manager (管家), applies, goes through a credit check (芝麻信用 score; since 2025-07-01 a score of 650+ can
sign deposit-free, 信用免押), signs the lease (押一付一: one month's deposit + the first month's rent, unless
deposit-free), moves in, pays rent every month (plus a monthly water / power bill), files repair tickets (报修 ->
派单 -> 维修完成 -> 评价), joins community events (社群活动: board-game nights, hotpot, hiking ...), and at the end of
the lease either renews (续租, a new lease at a new rent) or gives notice (退租申请), has the move-out inspection
(退房验房) and gets the deposit back minus deductions (押金结算).
Data 2025-01-01 .. 2026-06-30 (extract taken at the end of June 2026); 520 tenants who moved in during 2024 are in it
from their 2025 rent bills on.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import calendar
import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_LEADS, N_LEGACY = 7600, 520
DEPOSIT_FREE = datetime(2025, 7, 1)                    # 信用免押 launched: score >= 650 signs without a deposit
AIRCON = (datetime(2025, 7, 1), datetime(2025, 9, 1))   # Bantian chillers fail in the heat, parts on back-order
LOCKS = (datetime(2026, 3, 1), datetime(2026, 6, 1))    # Caohejing switched smart-lock vendor: firmware bug
XIASHA_STRICT = datetime(2025, 9, 1)                  # Xiasha's new manager bills a flat 600 deep-clean on move-out
CHUNXI_CLEAN = datetime(2026, 1, 1)                   # Chunxi changed housekeeping vendor: rooms not cleaned
SHEKOU_OPEN = datetime(2025, 10, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_listing_view", "浏览房源", "Listing view", "awareness", "app", "digital", "marketing",
     "看房源|刷房源|房源详情|找房|listing|browse rooms|room page"),
    ("tp_viewing_book", "预约看房", "Viewing booked", "consideration", "app", "digital", "leasing",
     "预约看房|约看房|约带看|book a viewing|viewing appointment|tour booking"),
    ("tp_viewing", "带看", "Viewing", "consideration", "store", "physical", "leasing",
     "带看|看房|实地看房|视频看房|viewing|room tour|showing"),
    ("tp_application", "租房申请", "Rental application", "purchase", "app", "digital", "leasing",
     "申请|提交申请|租房申请|application|apply"),
    ("tp_credit_check", "信用审核", "Credit check", "purchase", "other", "digital", "risk",
     "信用审核|征信|芝麻分|资质审核|credit check|screening|background check"),
    ("tp_lease_sign", "签约付押", "Lease signed", "purchase", "app", "digital", "leasing",
     "签约|签合同|付押金|押一付一|免押签约|lease signing|sign the lease|deposit paid"),
    ("tp_move_in", "入住", "Move-in", "service", "store", "physical", "community",
     "入住|搬进来|交房|拿钥匙|move-in|moving in|check-in"),
    ("tp_rent_pay", "交租", "Rent payment", "service", "app", "digital", "finance",
     "交租|付房租|房租账单|代扣|rent payment|pay rent|rent bill"),
    ("tp_repair_request", "报修", "Repair request", "service", "app", "digital", "maintenance",
     "报修|提报修|坏了|repair request|maintenance ticket|fix request"),
    ("tp_repair_dispatch", "维修派单", "Technician dispatched", "service", "other", "digital", "maintenance",
     "派单|接单|师傅接单|dispatch|technician assigned"),
    ("tp_repair_done", "维修完成", "Repair completed", "service", "store", "physical", "maintenance",
     "修好|维修完成|上门维修|repair done|fixed|repair completed"),
    ("tp_repair_rate", "维修评价", "Repair rating", "loyalty", "app", "digital", "maintenance",
     "维修评价|给师傅打分|repair rating|rate the repair"),
    ("tp_community_event", "社群活动", "Community event", "loyalty", "store", "physical", "community",
     "社群活动|社区活动|桌游夜|火锅局|读书会|community event|social night|meetup"),
    ("tp_renewal_offer", "续租邀约", "Renewal offer", "loyalty", "app", "digital", "leasing",
     "续租邀约|续租提醒|续租报价|renewal offer|renewal notice"),
    ("tp_renewal_sign", "续租签约", "Renewal signed", "loyalty", "app", "digital", "leasing",
     "续租|续约|续签|renewal|renewed|re-sign"),
    ("tp_moveout_notice", "退租申请", "Move-out notice", "loyalty", "app", "digital", "leasing",
     "退租|不租了|搬走|提前退租|move-out notice|give notice|moving out"),
    ("tp_moveout_inspection", "退房验房", "Move-out inspection", "service", "store", "physical", "community",
     "验房|退房检查|交钥匙|move-out inspection|check-out inspection"),
    ("tp_deposit_refund", "押金结算", "Deposit settlement", "service", "app", "digital", "finance",
     "退押金|押金退还|押金结算|扣押金|deposit refund|deposit settlement|deductions"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("leasing", "租房签约", "Leasing", ["tp_listing_view", "tp_viewing_book", "tp_viewing", "tp_application",
                                       "tp_credit_check", "tp_lease_sign", "tp_move_in"], 30),
    ("repair", "报修维修", "Repair", ["tp_repair_request", "tp_repair_dispatch", "tp_repair_done", "tp_repair_rate"], 14),
    ("renewal", "续租", "Renewal", ["tp_renewal_offer", "tp_renewal_sign"], 45),
    ("move_out", "退租退押", "Move-out", ["tp_moveout_notice", "tp_moveout_inspection", "tp_deposit_refund"], 60),
]
BUILDINGS = [  # id, city, zh, en, opened, weight, rent adj
    ("B01", "Shanghai", "张江社区", "Zhangjiang Commons", None, 1.3, 1.05),
    ("B02", "Shanghai", "漕河泾社区", "Caohejing Commons", None, 1.0, 1.0),
    ("B03", "Hangzhou", "西溪社区", "Xixi Commons", None, 1.1, 1.05),
    ("B04", "Hangzhou", "下沙社区", "Xiasha Commons", None, 0.9, 0.9),
    ("B05", "Chengdu", "天府社区", "Tianfu Commons", None, 1.1, 1.0),
    ("B06", "Chengdu", "春熙社区", "Chunxi Commons", None, 0.9, 1.05),
    ("B07", "Shenzhen", "坂田社区", "Bantian Commons", None, 1.2, 0.95),
    ("B08", "Shenzhen", "蛇口社区", "Shekou Commons", SHEKOU_OPEN, 1.0, 1.1),
]
BLD = {b[0]: b for b in BUILDINGS}
CITIES = {"Shanghai": ("上海", 0.33, 1.0), "Hangzhou": ("杭州", 0.22, 0.72), "Chengdu": ("成都", 0.20, 0.55),
          "Shenzhen": ("深圳", 0.25, 0.95)}
CHANNELS = {  # en: zh, weight, p(book | view), credit-score mean
    "xiaohongshu": ("小红书", 0.30, 0.40, 688), "beike": ("贝壳找房", 0.25, 0.56, 692),
    "douyin": ("抖音", 0.20, 0.34, 624), "referral": ("老租客推荐", 0.13, 0.70, 700),
    "corporate": ("企业合作", 0.12, 0.80, 705)}
ROOMS = {  # en: zh, base rent (Shanghai, 12 months), p(apply | viewing) factor
    "shared_room": ("合租单间", 2600, 1.0), "studio": ("独立开间", 4100, 1.0), "loft": ("复式Loft", 4900, 0.55),
    "one_bed": ("一居室", 5800, 0.95)}
TERMS = {1: ("月租", 1.15), 3: ("3个月", 1.08), 6: ("6个月", 1.04), 12: ("12个月", 1.0)}
PAYCH = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_autodebit": "银行卡代扣", "corporate": "企业代付"}
OCCUP = {"internet": ("互联网", 0.32), "finance": ("金融", 0.14), "design_media": ("设计传媒", 0.14),
         "education": ("教育", 0.08), "fresh_grad": ("应届生", 0.20), "other": ("其他", 0.12)}
ENGAGE = {"active": ("活跃", 0.24, 1.3), "occasional": ("偶尔参加", 0.36, 0.35), "inactive": ("不参加", 0.40, 0.03)}
TIERS = {"standard": "普通会员", "silver": "银柚会员", "gold": "金柚会员"}
REPAIR = {  # en: zh, weight
    "aircon": ("空调", 0.13), "plumbing": ("水管漏水", 0.20), "electrical": ("电路", 0.12), "door_lock": ("门锁", 0.10),
    "wifi": ("网络", 0.18), "appliance": ("家电", 0.17), "furniture": ("家具", 0.10)}
ACTIVITIES = {"board_game": ("桌游夜", 0.31), "hotpot": ("火锅局", 0.22), "hiking": ("周末徒步", 0.12),
              "book_club": ("读书会", 0.10), "movie": ("电影夜", 0.18), "yoga": ("瑜伽课", 0.12)}
MOVEOUT = {"job_change": "换工作", "leave_city": "离开城市", "buy_home": "买房", "rent_too_high": "房租太贵",
           "living_issues": "居住体验差", "roommate": "室友问题"}
DEDUCT = {"cleaning": "保洁费", "damage": "物品损坏", "utilities": "欠缴水电", "none": "无扣款"}
OTYPE_ZH = {"deposit": "押金", "rent": "房租", "utilities": "水电费", "early_termination_fee": "违约金",
            "damage_charge": "免押赔偿"}


def pick(items, w):
    w = np.asarray(w, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def add_months(t, k):
    m = t.month - 1 + k
    y, m = t.year + m // 12, m % 12 + 1
    return t.replace(year=y, month=m, day=min(t.day, calendar.monthrange(y, m)[1]))


def season(d):
    m = d.month
    return {1: 0.8, 2: 0.55, 3: 1.05, 4: 1.0, 5: 1.05, 6: 1.5, 7: 1.7, 8: 1.3, 9: 1.15, 10: 0.95, 11: 0.9,
            12: 0.75}[m]


def open_buildings(city, t):
    return [b for b in BUILDINGS if b[1] == city and (b[4] is None or b[4] <= t)]


# ---------- feedback texts: each topic's marker words appear in its own texts only ----------
TXT = {  # topic: (zh texts, en texts)
    "aircon": (["空调不制冷，屋里三十多度根本睡不着", "空调坏了报修好几次，热得受不了", "夏天空调一直滴水还不凉"],
               ["The air conditioning stopped cooling, the room was over 30 degrees",
                "Aircon broke in the middle of a heatwave and it was unbearable",
                "Air conditioning leaking water and not cold at all"]),
    "lock": (["智能门锁突然失灵，被锁在门外一个小时", "门锁老是识别不了指纹，进不了门", "门锁没电也没提醒，半夜进不去"],
             ["The smart lock stopped working and I was locked out for an hour",
              "Door lock keeps failing to read my fingerprint, could not get in",
              "Smart lock battery died with no warning, locked out at midnight"]),
    "slow_repair": (["维修太慢了，等了好几天才修", "报上去以后维修太慢，催了三次", "等了好几天才修好，效率太低"],
                    ["The repair took almost a week, way too slow", "Slow to fix anything, I chased them three times",
                     "The repair took forever and nobody updated me"]),
    "fast_fix": (["师傅修得很快，当天就弄好了", "报修后很快就修好了，师傅也很客气"],
                 ["Technician fixed it quickly, same day", "Got it fixed quickly and the guy was polite"]),
    "deposit": (["退房扣了我600押金，说是深度保洁，太离谱", "押金扣得莫名其妙，也不给明细", "押金退得少了一大半，验房太苛刻"],
                ["They deducted 600 from my deposit for a deep clean, ridiculous",
                 "Deposit deductions with no itemised list", "Got less than half my deposit back, the inspection was harsh"]),
    "noise": (["隔壁太吵了，半夜还在放音乐", "楼里噪音很大，晚上睡不好", "隔音太差，什么声音都听得见，吵"],
              ["Really noisy at night, people playing music until 2am", "Constant noise from the hallway, can't sleep",
               "Walls are thin and it is noisy all the time"]),
    "roommate": (["室友不讲卫生，公共厨房一团糟", "和室友作息完全不一样，很崩溃", "室友经常带朋友回来过夜"],
                 ["My roommate never cleans the shared kitchen", "Roommate keeps bringing friends over every night",
                  "Flatmate and I have totally different schedules, it's a nightmare"]),
    "clean_movein": (["入住的时候房间根本没打扫，地上都是灰", "交房时卫生间不干净，还有上一个租客的垃圾", "房间没打扫就让我入住了"],
                     ["Room was not cleaned when I moved in, dust everywhere",
                      "Bathroom was dirty on move-in day, previous tenant's rubbish still there",
                      "The room had not been cleaned before I moved in"]),
    "photo_mismatch": (["实物和照片差太多了，照片拍得很大", "看房发现和照片不符，层高很压抑", "房源照片美颜过度，实际很小"],
                       ["The room looks nothing like the photos, much smaller",
                        "Photos are misleading, the loft ceiling is really low", "Listing photos were heavily edited"]),
    "credit_reject": (["审核没通过也不告诉原因", "芝麻分差一点审核就被拒了，太死板", "审核结果等了一天还是没过"],
                      ["Failed the credit check and nobody explained why", "Rejected by the credit check over a few points",
                       "The credit check rejected me without any explanation"]),
    "rent_hike": (["续租涨价涨了6%，太狠了", "续租一下子涨了好几百，考虑搬走", "续租要涨租，外面同样的房子更便宜"],
                  ["Rent increase of 6% at renewal is too much", "They want a big rent increase to renew, thinking of leaving",
                   "The renewal price hike is not justified"]),
    "community": (["社群活动办得很好，认识了很多朋友", "每周的桌游夜和火锅局都很有意思，活动很棒", "活动氛围特别好，像一个大家庭"],
                  ["Love the community events, made lots of friends", "The weekly events are the best part of living here",
                   "Great events, board game nights every week"]),
    "manager": (["管家特别负责，有事随叫随到", "我们社区的管家小姐姐人超好", "管家很贴心，入住手续一次搞定"],
                ["Our community manager is super helpful", "The manager sorted out everything on day one",
                 "Friendly manager who always replies within minutes"]),
    "commute": (["离地铁站很近，通勤很方便", "通勤只要15分钟，太省时间了"],
                ["Short commute, metro is 3 minutes away", "The commute to my office is only 15 minutes"]),
}
GEN = {
    "pos": (["整体住得很舒服", "挺满意的，推荐给朋友", "性价比不错"],
            ["Overall very happy living here", "Would recommend to friends", "Good value for money"]),
    "neu": (["还行吧，中规中矩", "一般般，没什么特别的", "还可以"],
            ["It's okay", "Average experience", "Nothing special"]),
    "neg": (["体验很差", "不会再推荐了", "很失望"],
            ["Very disappointed", "Would not recommend", "Bad experience overall"]),
}
NEG_TOPICS = {"aircon", "lock", "slow_repair", "deposit", "noise", "roommate", "clean_movein", "photo_mismatch",
              "credit_reject", "rent_hike"}
POS_TOPICS = {"fast_fix", "community", "manager", "commute"}
TOPIC_TP = [("credit_reject", "tp_credit_check"), ("photo_mismatch", "tp_viewing"), ("deposit", "tp_deposit_refund"),
            ("rent_hike", "tp_renewal_offer"), ("aircon", "tp_repair_done"), ("lock", "tp_repair_done"),
            ("slow_repair", "tp_repair_done"), ("fast_fix", "tp_repair_done"), ("clean_movein", "tp_move_in"),
            ("noise", "tp_move_in"), ("roommate", "tp_move_in"), ("community", "tp_community_event"),
            ("manager", "tp_move_in"), ("commute", "tp_move_in")]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_vw = self.n_ls = self.n_rp = 0
        self.acts = {}                                  # (building, date) -> activity id

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END or t < START:
            return False
        self.n_ev += 1
        dev = c["device"] if tp in ("tp_listing_view", "tp_viewing_book", "tp_application", "tp_lease_sign",
                                    "tp_rent_pay", "tp_repair_request", "tp_repair_rate", "tp_renewal_offer",
                                    "tp_renewal_sign", "tp_moveout_notice") else None
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=dev,
                   channel="app" if dev in ("ios", "android") else ("web" if dev == "pc" else None))
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, lease, status="paid", **kw):
        if t > END or t < START:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="app", device=c["device"], order_type=otype, 订单类型=OTYPE_ZH[otype])
        for k in ("lease_id", "building_id", "社区", "building", "city", "城市", "room_type", "房型",
                  "lease_term_months", "租期", "payment_channel", "支付方式"):
            row[k] = lease.get(k)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, sid=None):
        if t > END or t < START:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = c["lang"]
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), None)
        if tp is None:
            tp = {"viewing_review": "tp_viewing", "repair_review": "tp_repair_rate", "survey": "tp_deposit_refund",
                  "app_review": "tp_move_in"}.get(channel, "tp_move_in")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, ref_id=sid)
        if common:
            for k in ("building_id", "社区", "building", "city", "城市", "room_type", "房型"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customer(self, i, t, legacy=False):
        city = pick(list(CITIES), [v[1] for v in CITIES.values()])
        ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
        occ = pick(list(OCCUP), [v[1] for v in OCCUP.values()])
        if ch == "corporate" and occ == "fresh_grad" and rng.random() < 0.5:
            occ = "internet"
        age = ("18-22" if occ == "fresh_grad" and rng.random() < 0.7 else
               pick(["18-22", "23-26", "27-30", "31-35", "36+"], [0.08, 0.38, 0.32, 0.16, 0.06]))
        en_share = {"Shanghai": 0.14, "Shenzhen": 0.12, "Hangzhou": 0.05, "Chengdu": 0.04}[city]
        eng = pick(list(ENGAGE), [v[1] for v in ENGAGE.values()])
        return dict(customer_id=f"C{9 if legacy else 0}{i + 1:05d}", signup=t, city=city, channel=ch, occ=occ, age=age,
                    device=pick(["ios", "android", "pc"], [0.52, 0.38, 0.10]), engage=eng,
                    lang="en" if rng.random() < en_share else "zh", months=0, status="prospect", legacy=legacy,
                    company=(f"CORP{int(rng.integers(1, 41)):03d}" if ch == "corporate" else None))

    # ---------- the leasing funnel ----------
    def lead(self, c):
        t0 = c["signup"]
        stores = open_buildings(c["city"], t0)
        b = pick(stores, [s[5] for s in stores])
        if c["occ"] == "fresh_grad":
            rt = pick(list(ROOMS), [0.7, 0.22, 0.05, 0.03])
        else:
            rt = pick(list(ROOMS), [0.36, 0.33, 0.17, 0.14])
        ch = CHANNELS[c["channel"]]
        lst = dict(building_id=b[0], 社区=b[2], building=b[3], city=b[1], 城市=CITIES[b[1]][0], room_type=rt,
                   房型=ROOMS[rt][0])
        t = t0
        n_views = 1 + int(rng.poisson(1.6))
        for k in range(n_views):
            self.ev(c, t, "tp_listing_view", None, "view", lst, channel=c["channel"] if k == 0 else (
                "app" if c["device"] != "pc" else "web"))
            t += D(hours=float(rng.exponential(20) + 0.05))
        if rng.random() > ch[2]:
            return
        t_b = t0 + D(hours=float(rng.exponential(50) + 0.5))
        mode = "video" if rng.random() < (0.45 if c["channel"] == "corporate" else 0.18) else "in_person"
        self.n_vw += 1
        vid = f"VW{self.n_vw:06d}"
        vc = dict(lst, viewing_mode=mode, 看房方式="视频看房" if mode == "video" else "实地看房")
        self.ev(c, t_b, "tp_viewing_book", vid, "booked", vc)
        p_show = 0.93 if mode == "video" else (0.66 if c["channel"] == "douyin" else 0.82)
        if rng.random() > p_show:
            return
        t_v = datetime(t_b.year, t_b.month, t_b.day) + D(days=int(rng.integers(1, 5)), hours=float(rng.uniform(10, 20.5)))
        self.ev(c, t_v, "tp_viewing", vid, "attended", vc, channel="video" if mode == "video" else "offline")
        if rt == "loft" and rng.random() < 0.12 or rng.random() < 0.02:
            self.fb(c, t_v + D(hours=float(rng.uniform(1, 30))), ["photo_mismatch"], "viewing_review",
                    rating=float(pick([1, 2, 3], [0.3, 0.5, 0.2])), common=lst, sid=vid)
        elif rng.random() < 0.12:
            good = ["manager"] if (rng.random() < (0.5 if b[0] == "B03" else 0.15)) else []
            stars = float(pick([5, 4, 3], [0.45, 0.4, 0.15])) if not good else 5.0
            self.fb(c, t_v + D(hours=float(rng.uniform(1, 30))), good, "viewing_review", rating=stars, common=lst,
                    gen="pos" if stars >= 4 else "neu", sid=vid)
        p_app = {"xiaohongshu": 0.52, "beike": 0.56, "douyin": 0.55, "referral": 0.72, "corporate": 0.86}[
            c["channel"]] * ROOMS[rt][2]
        if rng.random() > p_app:
            return
        t_a = t_v + D(hours=float(rng.exponential(30) + 0.3))
        self.n_ls += 1
        lid = f"LS{self.n_ls:06d}"
        term = pick(list(TERMS), [0.14, 0.13, 0.25, 0.48] if c["channel"] != "corporate" else [0.02, 0.08, 0.3, 0.6])
        rent = round(ROOMS[rt][1] * CITIES[b[1]][2] * TERMS[term][1] * b[6] * float(rng.uniform(0.94, 1.06)), -1)
        paych = "corporate" if c["channel"] == "corporate" else pick(["wechat_pay", "alipay", "bank_autodebit"],
                                                                      [0.42, 0.36, 0.22])
        lease = dict(lst, lease_id=lid, lease_term_months=term, 租期=TERMS[term][0], monthly_rent=rent,
                     payment_channel=paych, 支付方式=PAYCH[paych])
        common = {k: lease[k] for k in ("building_id", "社区", "building", "city", "城市", "room_type", "房型",
                                        "lease_term_months", "租期")}
        self.ev(c, t_a, "tp_application", lid, "submit", common, monthly_rent=rent)
        t_c = t_a + D(hours=float(rng.uniform(0.2, 26)))
        score = int(np.clip(rng.normal(ch[3] - (18 if c["occ"] == "fresh_grad" else 0), 52), 450, 850))
        passed = score >= 600 or c["channel"] == "corporate"
        waive_ok = t_c >= DEPOSIT_FREE and score >= 650 and c["channel"] != "corporate"
        self.ev(c, t_c, "tp_credit_check", lid, "pass" if passed else "fail", common, credit_score=score,
                deposit_free_eligible=waive_ok)
        if not passed:
            if rng.random() < 0.22:
                self.fb(c, t_c + D(hours=float(rng.uniform(0.5, 24))), ["credit_reject"], "ticket", common=lst, sid=lid)
            return
        waived = waive_ok and rng.random() < 0.88
        if c["channel"] == "corporate":
            p_sign = 0.9
        elif t_c < DEPOSIT_FREE:
            p_sign = 0.62
        else:
            p_sign = 0.86 if waived else 0.63
        if rng.random() > p_sign:
            return
        t_s = t_c + D(hours=float(rng.exponential(40) + 1))
        dep = 0.0 if waived else rent
        if not self.ev(c, t_s, "tp_lease_sign", lid, "signed", common, monthly_rent=rent, deposit_waived=waived,
                       deposit_amount=dep, payment_channel=paych, 支付方式=PAYCH[paych]):
            return
        c["status"] = "signed"
        start = datetime(t_s.year, t_s.month, t_s.day) + D(days=int(rng.integers(2, 18)))
        moved = rng.random() < 0.96
        dep_order = None
        if dep:
            dep_order = self.order(c, t_s + D(minutes=float(rng.uniform(1, 20))), dep, "deposit", lease)
        self.order(c, t_s + D(minutes=float(rng.uniform(1, 20))), rent, "rent", lease, bill_month=start.strftime("%Y-%m"))
        if not moved:                                   # lease cancelled before move-in: deposit and rent refunded
            t_x = t_s + D(days=float(rng.uniform(1, 6)))
            for o in self.orders[-2:]:
                if o["lease_id"] == lid and t_x <= END:
                    o["status"], o["refunded_at"] = "refunded", ts(t_x)
            return
        t_m = start + D(hours=float(rng.uniform(9, 21)))
        self.tenancy(c, lease, t_m, waived=waived, deposit=dep, first_rent_paid=True)

    # ---------- living with us ----------
    def tenancy(self, c, lease, t_m, waived, deposit, first_rent_paid=False, legacy=False):
        b = BLD[lease["building_id"]]
        lid = lease["lease_id"]
        common = {k: lease[k] for k in ("building_id", "社区", "building", "city", "城市", "room_type", "房型",
                                        "lease_term_months", "租期")}
        issue = None
        if not legacy:
            p_dirty = 0.45 if (b[0] == "B06" and t_m >= CHUNXI_CLEAN) else 0.05
            issue = "not_cleaned" if rng.random() < p_dirty else "none"
            self.ev(c, t_m, "tp_move_in", lid, "moved_in", common, movein_issue=issue,
                    入住问题="未打扫" if issue == "not_cleaned" else "无")
            c["status"] = "tenant"
            if rng.random() < (0.5 if issue == "not_cleaned" else 0.22):
                topics = ["clean_movein"] if issue == "not_cleaned" else []
                if rng.random() < 0.15:
                    topics.append("commute")
                if rng.random() < (0.35 if b[0] == "B03" else 0.08):
                    topics.append("manager")
                stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.14, 0.06]))
                if issue == "not_cleaned":
                    stars = float(pick([1, 2, 3], [0.4, 0.45, 0.15]))
                elif topics:
                    stars = max(stars, 4.0)
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_m + D(days=float(rng.uniform(1, 9))), topics, "app_review", rating=stars, common=lease,
                        gen=gen, sid=lid)
                if c["channel"] == "xiaohongshu" and topics and rng.random() < 0.45:
                    self.fb(c, t_m + D(days=float(rng.uniform(2, 20))), topics, "xiaohongshu_note", common=lease,
                            undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, sid=lid)
        c["status"] = "tenant"
        start = datetime(t_m.year, t_m.month, t_m.day)
        self.lease_loop(c, lease, start, waived, deposit, first_rent_paid)

    def lease_loop(self, c, lease, start, waived, deposit, first_rent_paid):
        b = BLD[lease["building_id"]]
        lid = lease["lease_id"]
        common = {k: lease[k] for k in ("building_id", "社区", "building", "city", "城市", "room_type", "房型",
                                        "lease_term_months", "租期")}
        term = lease["lease_term_months"]
        end = add_months(start, term)
        rent = lease["monthly_rent"]
        bad_aircon = False
        k = 0
        while True:
            due = add_months(start, k)
            if due > END:
                if term == 1:
                    return
                break                                   # the renewal offer may still fall inside the extract
            if due >= end and term > 1:
                break
            # ---- rent bill k
            if not (k == 0 and first_rent_paid):
                late = rng.random() < {"corporate": 0.36, "bank_autodebit": 0.025}.get(lease["payment_channel"], 0.07)
                if late:
                    dl = int(rng.integers(6, 22)) if lease["payment_channel"] == "corporate" else int(rng.integers(1, 8))
                    t_p = due + D(days=dl, hours=float(rng.uniform(9, 22)))
                else:
                    dl = 0
                    t_p = due - D(days=float(rng.uniform(0, 3))) + D(hours=float(rng.uniform(8, 20)))
                    if t_p < start:
                        t_p = start + D(hours=10)
                if self.ev(c, t_p, "tp_rent_pay", lid, "paid_late" if late else "paid", common, amount=rent,
                           bill_month=due.strftime("%Y-%m"), due_date=due.strftime("%Y-%m-%d"), days_late=dl,
                           payment_channel=lease["payment_channel"], 支付方式=lease["支付方式"]):
                    self.order(c, t_p, rent, "rent", lease, bill_month=due.strftime("%Y-%m"))
                    if lease["payment_channel"] == "bank_autodebit" and rng.random() < 0.05:   # double debit
                        o = self.order(c, t_p + D(minutes=2), rent, "rent", lease, bill_month=due.strftime("%Y-%m"))
                        if o:
                            t_r = t_p + D(days=float(rng.uniform(2, 9)))
                            if t_r <= END:
                                o["status"], o["refunded_at"] = "refunded", ts(t_r)
                    if k > 0:
                        m = due.month
                        util = {"shared_room": 90, "studio": 160, "loft": 190, "one_bed": 210}[lease["room_type"]]
                        util *= 1.9 if m in (7, 8) else (1.4 if m in (6, 9, 1, 12) else 1.0)
                        self.order(c, t_p + D(minutes=1), util * float(rng.uniform(0.75, 1.3)), "utilities", lease,
                                   bill_month=add_months(due, -1).strftime("%Y-%m"))
            c["months"] += 1
            # ---- repairs this month
            m_end = add_months(start, k + 1)
            for cat, (zh, w) in REPAIR.items():
                p = w * 0.1
                if cat == "aircon" and due.month in (6, 7, 8, 9):
                    p *= 3.0
                    if b[0] == "B07" and AIRCON[0] - D(days=25) <= due < AIRCON[1]:
                        p *= 3.2
                if cat == "door_lock" and b[0] == "B02" and LOCKS[0] - D(days=25) <= due < LOCKS[1]:
                    p *= 15.0
                if cat == "plumbing" and lease["room_type"] == "shared_room":
                    p *= 1.2
                if rng.random() < p:
                    t_r = due + D(days=float(rng.uniform(0, (m_end - due).days)), hours=float(rng.uniform(7, 23)))
                    slow = self.repair(c, lease, common, t_r, cat)
                    if cat == "aircon" and slow:
                        bad_aircon = True
            # ---- community events
            n_act = int(rng.poisson(ENGAGE[c["engage"]][2]))
            for _ in range(n_act):
                t_e = due + D(days=int(rng.integers(0, max(1, (m_end - due).days))))
                t_e = datetime(t_e.year, t_e.month, t_e.day) + D(hours=float(pick([14, 19, 19.5, 20], [1, 2, 2, 1])))
                key = (b[0], t_e.date())
                if key not in self.acts:
                    self.acts[key] = (f"AC{len(self.acts) + 1:05d}", pick(list(ACTIVITIES),
                                                                          [v[1] for v in ACTIVITIES.values()]))
                aid, at = self.acts[key]
                if self.ev(c, t_e, "tp_community_event", None, "attended", common, activity_id=aid, activity_type=at,
                           活动类型=ACTIVITIES[at][0]):
                    if rng.random() < 0.015:
                        self.fb(c, t_e + D(hours=float(rng.uniform(2, 30))), ["community"], "app_review", rating=5.0,
                                common=lease, gen="pos", sid=aid)
            # ---- living complaints (tickets)
            if lease["room_type"] == "shared_room":
                if rng.random() < 0.022:
                    self.fb(c, due + D(days=float(rng.uniform(0, 28))), ["roommate"], "ticket", common=lease, sid=lid)
                if rng.random() < 0.012:
                    self.fb(c, due + D(days=float(rng.uniform(0, 28))), ["noise"], "ticket", common=lease, sid=lid)
            elif rng.random() < (0.012 if b[0] == "B06" else 0.004):
                self.fb(c, due + D(days=float(rng.uniform(0, 28))), ["noise"], "ticket", common=lease, sid=lid)
            # ---- monthly leases roll on until notice; early terminations of fixed leases
            if term == 1:
                if rng.random() < 0.17:
                    self.move_out(c, lease, common, m_end - D(days=int(rng.integers(3, 25))), m_end, waived, deposit,
                                  reason=pick(["job_change", "leave_city", "rent_too_high", "living_issues"],
                                              [0.4, 0.3, 0.15, 0.15]))
                    return
            elif k >= 2 and rng.random() < 0.011:
                t_n = due + D(days=float(rng.uniform(0, 20)))
                self.move_out(c, lease, common, t_n, t_n + D(days=30), waived, deposit, early=True,
                              reason=pick(["job_change", "leave_city", "buy_home", "living_issues", "roommate"],
                                          [0.45, 0.2, 0.1, 0.15, 0.1]))
                return
            k += 1
        # ---- end of a fixed lease: renewal offer 45 days before the end
        t_o = end - D(days=45) + D(hours=float(rng.uniform(9, 18)))
        if t_o > END:
            return
        hike = 0.06 if (b[1] == "Shanghai" and end >= datetime(2026, 1, 15)) else float(pick([0.0, 0.02, 0.03],
                                                                                             [0.3, 0.4, 0.3]))
        self.ev(c, t_o, "tp_renewal_offer", lid, "offered", common, monthly_rent=rent,
                offered_rent=round(rent * (1 + hike), -1), rent_change_pct=round(hike * 100, 1))
        p = 0.5 + {"active": 0.25, "occasional": 0.05, "inactive": -0.17}[c["engage"]]
        p += 0.1 if lease["payment_channel"] == "corporate" else 0.0
        p -= 0.06 if lease["room_type"] == "shared_room" else 0.0
        p -= 0.22 if hike >= 0.05 else 0.0
        p -= 0.15 if bad_aircon else 0.0
        if hike >= 0.05 and rng.random() < 0.14:
            self.fb(c, t_o + D(days=float(rng.uniform(0.5, 6))), ["rent_hike"], "ticket", common=lease, sid=lid)
        if rng.random() < p:
            t_r = t_o + D(days=float(rng.uniform(1, 30)))
            self.n_ls += 1
            nid = f"LS{self.n_ls:06d}"
            nterm = term if rng.random() < 0.75 else pick([6, 12], [0.4, 0.6])
            nrent = round(rent * (1 + hike), -1)
            if not self.ev(c, t_r, "tp_renewal_sign", lid, "renewed", common, new_lease_id=nid, monthly_rent=nrent,
                           rent_change_pct=round(hike * 100, 1), new_term_months=nterm):
                return
            nl = dict(lease, lease_id=nid, lease_term_months=nterm, 租期=TERMS[nterm][0], monthly_rent=nrent)
            self.lease_loop(c, nl, end, waived, deposit, first_rent_paid=False)
        else:
            t_n = t_o + D(days=float(rng.uniform(2, 30)))
            reason = "rent_too_high" if hike >= 0.05 and rng.random() < 0.6 else pick(
                ["job_change", "leave_city", "buy_home", "rent_too_high", "living_issues", "roommate"],
                [0.36, 0.2, 0.1, 0.12, 0.12 + 0.1 * bad_aircon, 0.1 if lease["room_type"] == "shared_room" else 0.02])
            self.move_out(c, lease, common, t_n, end, waived, deposit, reason=reason)

    def repair(self, c, lease, common, t_r, cat):
        b = BLD[lease["building_id"]]
        self.n_rp += 1
        rid = f"RP{self.n_rp:06d}"
        rc = dict(common, repair_category=cat, 报修类型=REPAIR[cat][0])
        if not self.ev(c, t_r, "tp_repair_request", rid, "submit", rc):
            return False
        t_d = t_r + D(hours=float(rng.exponential(3.5) + 0.15))
        team = f"{b[0]}-T{int(rng.integers(1, 3))}"
        self.ev(c, t_d, "tp_repair_dispatch", rid, "assigned", rc, technician_team=team)
        med = 0.9
        if cat == "aircon":
            med = 1.3
            if b[0] == "B07" and AIRCON[0] <= t_r < AIRCON[1]:
                med = 4.6
        if cat == "door_lock":
            med = 0.3
        days = float(rng.lognormal(np.log(med), 0.5))
        t_f = t_d + D(days=days)
        self.ev(c, t_f, "tp_repair_done", rid, "fixed", rc, technician_team=team)
        slow = days > 3
        topics = []
        if cat == "aircon" and (slow or rng.random() < 0.3):
            topics.append("aircon")
        if cat == "door_lock" and b[0] == "B02" and LOCKS[0] <= t_r < LOCKS[1]:
            topics.append("lock")
        elif cat == "door_lock" and rng.random() < 0.15:
            topics.append("lock")
        if slow and rng.random() < 0.7:
            topics.append("slow_repair")
        if topics and rng.random() < (0.35 if "aircon" in topics or "lock" in topics else 0.1):
            self.fb(c, t_r + D(hours=float(rng.uniform(2, 40))), topics, "ticket", common=lease, sid=rid)
        if topics and c["channel"] == "xiaohongshu" and rng.random() < 0.3:
            self.fb(c, t_r + D(days=float(rng.uniform(1, 6))), topics, "xiaohongshu_note", common=lease,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, sid=rid)
        if rng.random() < 0.55:
            t_s = t_f + D(hours=float(rng.uniform(1, 60)))
            stars = 5.0 if days < 1 else (4.0 if days < 2 else (3.0 if days < 3 else 2.0))
            stars = float(np.clip(stars + pick([-1, 0, 0, 0, 1], [1, 2, 2, 2, 1]) * (1 if rng.random() < 0.5 else 0),
                                  1, 5))
            if topics:
                stars = min(stars, 2.0)
            if self.ev(c, t_s, "tp_repair_rate", rid, "rated", rc, stars=stars):   # each rating is also a review row
                good = ["fast_fix"] if (not topics and days < 1 and rng.random() < 0.35) else []
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_s, topics + good, "repair_review", rating=stars, common=lease, gen=gen, sid=rid)
        return slow

    def move_out(self, c, lease, common, t_n, t_end, waived, deposit, reason, early=False):
        b = BLD[lease["building_id"]]
        lid = lease["lease_id"]
        if not self.ev(c, t_n, "tp_moveout_notice", lid, "notice", common, moveout_reason=reason,
                       退租原因=MOVEOUT[reason], early_termination=early):
            return
        if early:
            self.order(c, t_n + D(hours=1), round(lease["monthly_rent"] * 0.5, 2), "early_termination_fee", lease)
        t_i = datetime(t_end.year, t_end.month, t_end.day) + D(hours=float(rng.uniform(9, 18)))
        strict = b[0] == "B04" and t_i >= XIASHA_STRICT
        if strict:
            ded_r = pick(["cleaning", "damage", "utilities"], [0.75, 0.18, 0.07]) if rng.random() < 0.88 else "none"
        else:
            ded_r = pick(["cleaning", "damage", "utilities"], [0.35, 0.4, 0.25]) if rng.random() < 0.42 else "none"
        amt = {"none": 0.0, "cleaning": 600.0 if strict else 150.0,
               "damage": float(rng.integers(200, 1500)), "utilities": float(rng.integers(40, 300))}[ded_r]
        if strict and ded_r != "cleaning" and ded_r != "none":
            amt += 600.0
        if not self.ev(c, t_i, "tp_moveout_inspection", lid, "inspected", common, deduction_reason=ded_r,
                       扣款原因=DEDUCT[ded_r], deduction_amount=amt):
            return
        c["status"] = "former"
        t_d = t_i + D(days=float(rng.uniform(3, 12) if not strict else rng.uniform(6, 20)))
        refund = max(0.0, deposit - amt) if deposit else 0.0
        if not self.ev(c, t_d, "tp_deposit_refund", lid, "settled", common, deposit_amount=deposit,
                       deduction_amount=amt, refund_amount=refund, deposit_waived=waived, deduction_reason=ded_r,
                       扣款原因=DEDUCT[ded_r]):
            return
        if waived and amt > 0:
            self.order(c, t_d, amt, "damage_charge", lease)
        topics = []
        if amt > 0 and rng.random() < (0.6 if strict else 0.12):
            topics.append("deposit")
        if reason == "rent_too_high" and rng.random() < 0.25:
            topics.append("rent_hike")
        if c["engage"] == "active" and rng.random() < 0.3:
            topics.append("community")
        if rng.random() < 0.55:
            neg = bool(set(topics) & NEG_TOPICS)
            nps = int(np.clip(round(rng.normal(5.0 if neg else (8.8 if "community" in topics else 7.8), 1.6)), 0, 10))
            self.fb(c, t_d + D(hours=float(rng.uniform(1, 48))), topics, "survey", nps=nps, common=lease,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), undated=rng.random() < 0.2, sid=lid)
        if c["channel"] == "xiaohongshu" and topics and rng.random() < 0.5:
            self.fb(c, t_d + D(days=float(rng.uniform(1, 10))), topics, "xiaohongshu_note", common=lease,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, sid=lid)

    # ---------- run ----------
    def run(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            days.append((d, (0.7 + 0.6 * (d - START).days / 540) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_LEADS, p=w / w.sum()))
        self.cust = []
        for i in range(N_LEGACY):                     # moved in during 2024, no leasing events in the extract
            t_m = datetime(2024, 1, 1) + D(days=int(rng.integers(0, 366)), hours=float(rng.uniform(9, 20)))
            c = self.customer(i, t_m - D(days=float(rng.uniform(8, 40))), legacy=True)
            self.cust.append(c)
        for i, k in enumerate(idx):
            self.cust.append(self.customer(i, days[k][0] + D(hours=float(rng.uniform(8, 23.5)))))
        for c in self.cust:
            if c["legacy"]:
                t_m = c["signup"] + D(days=20)
                stores = [b for b in BUILDINGS if b[1] == c["city"] and b[4] is None]
                b = pick(stores, [s[5] for s in stores])
                rt = pick(list(ROOMS), [0.42, 0.32, 0.14, 0.12])
                term = pick([6, 12], [0.3, 0.7])
                rent = round(ROOMS[rt][1] * CITIES[b[1]][2] * TERMS[term][1] * b[6] * float(rng.uniform(0.92, 1.02)), -1)
                paych = "corporate" if c["channel"] == "corporate" else pick(["wechat_pay", "alipay", "bank_autodebit"],
                                                                              [0.42, 0.36, 0.22])
                lease = dict(building_id=b[0], 社区=b[2], building=b[3], city=b[1], 城市=CITIES[b[1]][0], room_type=rt,
                             房型=ROOMS[rt][0], lease_id=f"LS9{c['customer_id'][2:]}",
                             lease_term_months=term, 租期=TERMS[term][0], monthly_rent=rent, payment_channel=paych,
                             支付方式=PAYCH[paych])
                start = datetime(t_m.year, t_m.month, t_m.day)
                # fast-forward whole leases that ended (and were renewed) before 2025
                while add_months(start, term) <= START + D(days=45):
                    start = add_months(start, term)
                    lease["monthly_rent"] = round(lease["monthly_rent"] * 1.02, -1)
                c["status"] = "tenant"
                self.legacy_loop(c, lease, start)
            else:
                self.lead(c)

    def legacy_loop(self, c, lease, start):
        # bills before the extract are not in it; ev()/order() drop anything before START
        self.lease_loop(c, lease, start, waived=False, deposit=lease["monthly_rent"], first_rent_paid=True)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            seg = {"prospect": "prospect", "signed": "prospect", "tenant": "tenant", "former": "former_tenant"}[
                c["status"]]
            tier = "gold" if c["months"] >= 12 else ("silver" if c["months"] >= 6 else "standard")
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg,
                             region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             occupation=c["occ"], 职业=OCCUP[c["occ"]][0], age_band=c["age"],
                             community_engagement=c["engage"], 社群活跃度=ENGAGE[c["engage"]][0],
                             corporate_account=c["company"], phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "building_id", "社区", "building", "city", "城市", "room_type", "房型", "lease_term_months", "租期",
           "viewing_mode", "看房方式", "monthly_rent", "credit_score", "deposit_free_eligible", "deposit_waived",
           "deposit_amount", "payment_channel", "支付方式", "movein_issue", "入住问题", "amount", "bill_month",
           "due_date", "days_late", "repair_category", "报修类型", "technician_team", "stars", "activity_id", "activity_type",
           "活动类型", "offered_rent", "rent_change_pct", "new_lease_id", "new_term_months", "moveout_reason", "退租原因",
           "early_termination", "deduction_reason", "扣款原因", "deduction_amount", "refund_amount"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "lease_id", "building_id", "社区", "building", "city", "城市", "room_type", "房型", "lease_term_months",
            "租期", "payment_channel", "支付方式", "bill_month", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "ref_id", "building_id", "社区", "building", "city", "城市", "room_type", "房型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "occupation", "职业", "age_band", "community_engagement", "社群活跃度", "corporate_account",
             "phone_os", "preferred_language"]


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
    dup = rng.choice(len(ev), size=24, replace=False)            # the app tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, viewings {g.n_vw}, leases {g.n_ls}, repairs {g.n_rp}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
