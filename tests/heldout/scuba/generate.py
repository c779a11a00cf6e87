"""海蓝潜水 AzureReef Divers: a dive-centre chain in Sanya, Phuket and Cebu (synthetic).

Four centres: 三亚蜈支洲岛 Sanya Wuzhizhou (CNY), 普吉查龙湾 Phuket Chalong (THB), 宿务麦克坦 Cebu Mactan and
宿务墨宝 Cebu Moalboal (PHP). Guests find us on 小红书 / 抖音 / 携程 / Klook / Google, at the hotel desk or walk in;
they book a try dive (体验潜水, PADI Discover Scuba), the Open Water course (OW, PADI or SSI), the Advanced course (AOW)
or fun-dive boat trips (欢乐潜), fill in the medical questionnaire (健康问卷; "yes" answers need a doctor's sign-off),
rent gear, buy gear in the shop, get weather-cancelled (天气取消), ask for refunds and write reviews.
Data 2025-01-01 .. 2026-06-30 (extract taken July 2026); naive timestamps are local time of the centre.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(the generator's topic per comment; not a DATA.md table). Seed 20261207, numpy + stdlib, ~3 s.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
FORM_BUG = (datetime(2026, 3, 2), datetime(2026, 3, 29, 23, 59, 59))   # e-form v3 broken on Android
CEBU_PSP = datetime(2026, 2, 1)        # Cebu refunds move to a new payment provider: slow bank transfers
BIG_BOAT = datetime(2025, 11, 1)       # Phuket puts the big boat "Andaman Queen" into service

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "咨询", "Enquiry", "awareness", "social", "digital", "sales",
     "咨询|问价|私信|客服咨询|enquiry|inquiry|DM|chat|whatsapp message"),
    ("tp_course_page", "考证课程页", "Course page view", "consideration", "mini_program", "digital", "marketing",
     "课程页|OW课程介绍|考证详情|course page|course details|OW course info"),
    ("tp_booking", "OW课程报名", "Open Water course booked", "purchase", "mini_program", "digital", "sales",
     "报名|OW报名|考证下单|开放水域报名|course booking|OW booking|signed up for open water"),
    ("tp_dsd_booking", "体验潜水预订", "Try dive booked", "purchase", "mini_program", "digital", "sales",
     "体验潜预订|体验潜水下单|DSD预订|try dive booking|discover scuba booking|DSD booking"),
    ("tp_aow_booking", "进阶课程报名", "Advanced course booked", "purchase", "mini_program", "digital", "sales",
     "AOW报名|进阶报名|进阶开放水域|advanced booking|AOW booking|advanced open water sign-up"),
    ("tp_trip_page", "出海行程页", "Boat trip page view", "consideration", "mini_program", "digital", "marketing",
     "行程页|船潜行程|出海排班|trip page|boat schedule|dive trip listing"),
    ("tp_trip_booking", "欢乐潜预订", "Fun dive booked", "purchase", "mini_program", "digital", "sales",
     "船潜预订|欢乐潜下单|订船位|fun dive booking|boat trip booking|boat dive reservation"),
    ("tp_medical_form", "健康问卷", "Medical questionnaire", "purchase", "mini_program", "digital", "operations",
     "体检问卷|健康声明|医疗问卷|免责声明|medical form|medical statement|health questionnaire|waiver"),
    ("tp_doctor_clearance", "医生签字放行", "Doctor's clearance", "service", "other", "physical", "operations",
     "医生签字|体检证明|医生许可|doctor sign-off|physician clearance|medical clearance"),
    ("tp_elearning", "理论网课", "eLearning theory", "service", "web", "digital", "training",
     "网课|理论课|在线理论|eLearning|theory online|PADI eLearning|SSI digital"),
    ("tp_pool", "平静水域训练", "Confined water (pool) session", "service", "store", "physical", "training",
     "泳池课|泳池训练|平静水域|pool|confined water|pool session"),
    ("tp_ow_dives", "开放水域训练潜", "Open water training dives", "service", "store", "physical", "training",
     "海里训练|开放水域潜水|训练潜|open water dives|training dives|checkout dives"),
    ("tp_cert", "OW证书签发", "Open Water certified", "loyalty", "store", "physical", "training",
     "拿证|考证成功|发证|OW证|certification|certified|c-card|open water cert"),
    ("tp_aow_dives", "进阶训练潜", "Advanced adventure dives", "service", "store", "physical", "training",
     "进阶潜水|深潜|夜潜训练|adventure dives|deep dive|AOW dives"),
    ("tp_aow_cert", "进阶证书签发", "Advanced certified", "loyalty", "store", "physical", "training",
     "AOW证|进阶证|进阶拿证|advanced cert|AOW certified"),
    ("tp_dsd_dive", "体验潜水下水", "Try dive done", "service", "store", "physical", "training",
     "体验潜|体验下水|DSD|try dive|discover scuba|intro dive"),
    ("tp_checkin", "码头签到登船", "Boat check-in", "service", "store", "physical", "operations",
     "登船|签到|码头集合|check-in|boarding|pier check-in"),
    ("tp_fun_dive", "欢乐潜下水", "Fun dive done", "service", "store", "physical", "operations",
     "船潜|出海潜水|欢乐潜|fun dive|boat dive|dive trip"),
    ("tp_weather_cancel", "天气取消出海", "Weather cancellation", "service", "other", "digital", "operations",
     "天气取消|台风取消|风浪取消|停航|weather cancellation|trip cancelled|rough sea|storm cancellation"),
    ("tp_rental", "装备租赁", "Equipment rental", "service", "store", "physical", "equipment",
     "租装备|租赁|租BCD|租潜水电脑|rental|gear hire|equipment hire"),
    ("tp_gear_browse", "装备商城浏览", "Gear shop browse", "consideration", "mini_program", "digital", "retail",
     "商城|装备商城|逛装备|gear shop|dive shop|online shop"),
    ("tp_gear_cart", "加入购物车", "Gear added to cart", "consideration", "mini_program", "digital", "retail",
     "购物车|加购|add to cart|cart"),
    ("tp_gear_checkout", "装备下单", "Gear checkout", "purchase", "mini_program", "digital", "retail",
     "装备下单|买装备|结账|gear purchase|checkout|bought gear"),
    ("tp_gear_pickup", "装备取货", "Gear pickup / delivery", "purchase", "store", "physical", "retail",
     "取货|自提|收货|pickup|delivered|collected"),
    ("tp_refund_request", "退款申请", "Refund request", "service", "mini_program", "digital", "customer_service",
     "申请退款|退款申请|退订|refund request|ask for refund|claim refund"),
    ("tp_refund_approved", "退款审核通过", "Refund approved", "service", "other", "digital", "finance",
     "退款审核|审核通过|refund approved|refund accepted"),
    ("tp_refund_paid", "退款到账", "Refund paid out", "service", "other", "digital", "finance",
     "退款到账|钱退回来|refund paid|refund received|money back"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("ow_course", "OW开放水域考证", "Open Water certification", 45,
     ["tp_course_page", "tp_booking", "tp_medical_form", "tp_elearning", "tp_pool", "tp_ow_dives", "tp_cert"]),
    ("try_dive", "体验潜水转考证", "Try dive to course", 60,
     ["tp_dsd_booking", "tp_medical_form", "tp_dsd_dive", "tp_booking"]),
    ("advanced", "进阶AOW考证", "Advanced course", 30,
     ["tp_aow_booking", "tp_medical_form", "tp_aow_dives", "tp_aow_cert"]),
    ("fun_dive", "欢乐潜出海", "Fun dive boat trip", 14,
     ["tp_trip_page", "tp_trip_booking", "tp_medical_form", "tp_checkin", "tp_fun_dive"]),
    ("gear_shop", "装备商城购买", "Gear shop purchase", 14,
     ["tp_gear_browse", "tp_gear_cart", "tp_gear_checkout", "tp_gear_pickup"]),
    ("weather_refund", "天气取消退款", "Weather cancellation refund", 30,
     ["tp_weather_cancel", "tp_refund_request", "tp_refund_approved", "tp_refund_paid"]),
]
CENTRES = {  # id: zh, en, city, city_zh, currency, weight
    "sanya": ("三亚蜈支洲岛中心", "Sanya Wuzhizhou", "sanya", "三亚", "CNY", .40),
    "phuket": ("普吉查龙湾中心", "Phuket Chalong", "phuket", "普吉", "THB", .30),
    "cebu_mactan": ("宿务麦克坦中心", "Cebu Mactan", "cebu", "宿务", "PHP", .18),
    "cebu_moalboal": ("宿务墨宝中心", "Cebu Moalboal", "cebu", "宿务", "PHP", .12),
}
CENTRE_IDS = list(CENTRES)
PRICES = {  # local currency: ow, aow, dsd, fun dive (2 tanks, per diver), rental per day
    "sanya": dict(ow=3980, aow=3280, dsd=780, fun=1080, rental=200),
    "phuket": dict(ow=14500, aow=12500, dsd=3800, fun=4500, rental=800),
    "cebu_mactan": dict(ow=21000, aow=17500, dsd=4800, fun=3500, rental=900),
    "cebu_moalboal": dict(ow=19500, aow=16500, dsd=4200, fun=2800, rental=700),
}
INSTRUCTORS = {
    "sanya": ["阿杰", "林浩", "王蕾", "陈思远"],
    "phuket": ["Somchai", "Nong", "Liam", "赵敏"],
    "cebu_mactan": ["Paolo", "Jessa", "Mark"],
    "cebu_moalboal": ["Rey", "Angelica", "李娜"],
}
ZH_SPEAKING = {"阿杰", "林浩", "王蕾", "陈思远", "赵敏", "李娜"}
SITES = {
    "sanya": ["蜈支洲岛北湾", "蜈支洲岛观日岩", "西岛", "分界洲岛"],
    "phuket": ["Racha Yai", "Racha Noi", "Shark Point", "King Cruiser Wreck", "Koh Doc Mai"],
    "cebu_mactan": ["Hilutungan", "Nalusuan", "Olango", "Kontiki House Reef"],
    "cebu_moalboal": ["Panagsama Sardine Run", "Pescador Island", "Turtle Bay", "White Beach"],
}
REGIONS = {  # region: zh, text language, market weights per centre group (sanya, phuket, cebu)
    "cn_mainland": ("中国大陆", "zh", (.90, .45, .38)),
    "hk_macau_tw": ("港澳台", "zh", (.05, .05, .05)),
    "korea": ("韩国", "en", (.01, .08, .22)),
    "japan": ("日本", "en", (.01, .03, .08)),
    "europe": ("欧洲", "en", (.01, .20, .10)),
    "north_america": ("北美", "en", (.01, .07, .07)),
    "australia_nz": ("澳新", "en", (.005, .08, .03)),
    "southeast_asia": ("东南亚", "en", (.005, .04, .07)),
}
ACQ_ZH = ["xiaohongshu", "douyin", "ctrip", "klook", "referral", "walk_in", "hotel_desk"]
ACQ_ZH_P = [.24, .18, .15, .13, .13, .09, .08]
ACQ_EN = ["google", "klook", "walk_in", "referral", "hotel_desk", "instagram"]
ACQ_EN_P = [.28, .24, .14, .14, .12, .08]
GEAR = [  # item, zh, brand, price CNY
    ("mask", "面镜", "Tusa", 380), ("fins", "脚蹼", "Mares", 620), ("wetsuit", "湿衣", "Scubapro", 1480),
    ("dive_computer", "潜水电脑表", "Shearwater", 3280), ("dive_computer", "潜水电脑表", "Mares", 2380),
    ("regulator", "呼吸调节器", "Apeks", 5200), ("bcd", "BCD浮力背心", "Aqualung", 4600), ("torch", "潜水手电", "Bigblue", 760),
]
GEAR_P = np.array([.20, .14, .10, .13, .12, .05, .06, .12])
FX0 = {"CNY": 1.0, "THB": 4.95, "PHP": 7.95}   # local units per CNY, Jan 2025


def fx(cur, t):
    if cur == "CNY":
        return 1.0
    m = (t.year - 2025) * 12 + t.month - 1
    drift = {"THB": -0.005, "PHP": 0.002}[cur]
    return round(FX0[cur] * (1 + drift * m) * (1 + 0.004 * np.sin(m)), 4)


def pick(xs, p=None):
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return xs[int(rng.choice(len(xs), p=p))]


def at(day: datetime, h0=8, h1=20):
    return day.replace(hour=0, minute=0, second=0, microsecond=0) + D(hours=float(rng.uniform(h0, h1)))


def iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------------- feedback texts
# topic: (zh texts, en texts, touchpoint, rating range)
TXT = {
    "refund_slow": ([
        "天气取消后申请了退款，两周多了退款还没到账，客服只会说在处理",
        "退款太慢了！！船没出成，钱到现在还没回来",
        "比索退款拖了快三个礼拜，银行转账一直显示处理中",
        "退款还没到账，催了三次了，宿务这边能不能给个准话",
        "取消是天气原因可以理解，但退款拖了二十多天真的不能接受",
    ], [
        "Trip was weather-cancelled, fine, but my refund still not received after 3 weeks.",
        "The refund is taking forever. Submitted the request ages ago, nothing in my account.",
        "Still waiting for my refund from the Cebu shop, nobody answers on WhatsApp.",
        "Refund still not in my bank. Very disappointing after the cancellation.",
    ], "tp_refund_paid", (1, 2)),
    "weather_cancel": ([
        "前一天晚上才通知临时取消出海，行程全打乱了",
        "天气原因取消可以理解，但能不能早点通知，我们都到码头了",
        "连着两天因为风浪天气原因取消，假期就这么几天",
        "临时取消也没给改期方案，只说可以退款",
    ], [
        "They cancelled last minute, we were already at the pier at 7am.",
        "Boat trip cancelled due to weather two days in a row, would have liked earlier notice.",
        "Understand safety first, but the trip got cancelled last minute with no rebooking offered.",
    ], "tp_weather_cancel", (2, 3)),
    "form_bug": ([
        "健康问卷提交不了，安卓手机点提交就闪退",
        "小程序里的健康问卷打不开，一直白屏，订单最后被取消了",
        "问卷一直提交失败，换了网络也不行，客服让我到码头再填纸质的",
        "健康问卷提交不了导致订单取消，太坑了",
    ], [
        "The medical form won't submit on my Android phone, the page just crashes.",
        "Medical questionnaire keeps crashing at the last page, booking got cancelled.",
        "Couldn't submit the medical form online, had to fill in paper at the dock.",
    ], "tp_medical_form", (1, 2)),
    "overcrowded": ([
        "船上人太多了，三四十个人挤在一条船上",
        "一个导潜带太多人，水下根本跟不上",
        "换了大船以后人挤人，下水排队等了好久",
        "船上人太多，装备区都没地方放",
    ], [
        "The boat was overcrowded, around 35 divers on board.",
        "Too many divers per guide, felt like a conveyor belt.",
        "Way too crowded on the big boat, queues to get in the water.",
    ], "tp_fun_dive", (1, 3)),
    "no_chinese": ([
        "没有中文教练，全程英文讲解，很多要点没听懂",
        "教练人很好但不会说中文，理论部分听不懂英文",
        "报名时说有中文服务，结果没有中文教练",
        "听不懂英文讲解，中性浮力那部分完全是懵的",
    ], [], "tp_ow_dives", (2, 3)),
    "elearning": ([
        "理论网课太长了，出发前根本没时间做完",
        "网课太难，英文术语好多，做了一半就放弃了",
        "没时间做网课，到了岛上才发现不做完不能下水",
    ], [
        "The eLearning took way too long, I couldn't finish it before the trip.",
        "Theory videos were too long and nobody told me at booking.",
    ], "tp_elearning", (2, 3)),
    "rental_gear": ([
        "租的呼吸调节器一直漏水，下水很紧张",
        "租的面镜漏水，整个潜水都在排水",
        "租赁装备很旧，BCD的充气阀漏水",
    ], [
        "The rental regulator was leaking the whole dive.",
        "Rental gear was worn out, my mask leaked constantly.",
    ], "tp_rental", (1, 3)),
    "seasick": ([
        "出海路上浪很大晕船吐了，建议提醒大家提前吃药",
        "晕船太难受了，第二潜没下",
    ], [
        "Got seasick on the way out, crew were kind though.",
        "Rough crossing, half the boat was seasick.",
    ], "tp_fun_dive", (2, 4)),
    "price": ([
        "价格偏高，同样的船潜别家便宜不少",
        "考证费用太贵了，再加上租装备更贵",
    ], [
        "A bit overpriced compared to other shops on the island.",
        "Too expensive for what you get, equipment rental on top.",
    ], "tp_booking", (2, 3)),
    "instructor": ([
        "教练很耐心，耳压平衡教了好多遍",
        "教练超级专业，讲解细致，第一次考证很安心",
        "教练很耐心，一直在旁边照顾，推荐",
    ], [
        "Our instructor was very patient with my equalising problems.",
        "Great instructor, calm and clear, I felt safe the whole time.",
    ], "tp_cert", (4, 5)),
    "marine_life": ([
        "看到了沙丁鱼风暴！太震撼了",
        "第一次看到海龟，还有好多软珊瑚，值了",
        "水下能见度很好，遇到两只海龟",
    ], [
        "The sardine run was unreal, millions of fish.",
        "Saw turtles on both dives, amazing visibility.",
    ], "tp_fun_dive", (4, 5)),
    "general_pos": ([
        "整体体验不错，下次还来",
        "服务周到，船上有水果和热水",
        "安排很顺利，码头集合准时",
        "第一次体验潜水，很开心",
    ], [
        "Smooth operation, friendly crew, will be back.",
        "Good dive centre, well organised.",
        "Nice day out, good briefing.",
    ], None, (4, 5)),
    "general_neu": ([
        "一般吧，中规中矩",
        "还行，就是集合时间有点早",
        "中午的餐食一般",
    ], [
        "It was ok, nothing special.",
        "Decent, lunch on the boat could be better.",
    ], None, (3, 4)),
}


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0

    # ---------------------------------------------------------------- writers
    def ev(self, c, ts, tp, sess, action, centre, **kw):
        if ts > END or ts < START:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=iso(ts), touchpoint_id=tp,
                   session_id=sess, action=action, device=kw.pop("device", ""), channel=kw.pop("channel", ""),
                   centre=centre, 潜水中心=CENTRES[centre][0], city=CENTRES[centre][2], 城市=CENTRES[centre][3],
                   app_version=kw.pop("app_version", ""), sync_batch=f"S{ts:%y%m%d}{int(rng.integers(1, 5))}")
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, ts, local_amount, status, otype, otype_zh, sess, centre, **kw):
        if ts > END or ts < START:
            return None
        self.n_ord += 1
        cur = CENTRES[centre][4]
        rate = fx(cur, ts)
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=iso(ts),
                   amount=round(local_amount / rate, 2), status=status, channel=kw.pop("channel", ""),
                   device=kw.pop("device", ""), order_type=otype, 订单类型=otype_zh, booking_id=sess, centre=centre,
                   潜水中心=CENTRES[centre][0], city=CENTRES[centre][2], currency=cur, amount_local=round(local_amount, 2),
                   fx_rate=rate, payment_method=kw.pop("payment_method", ""), refund_reason="", refunded_at="",
                   invoice_no=f"AR{ts:%y}-{self.n_ord + 40000}")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, ts, topic, channel, centre, rating=None, nps=None, tp=None, sess="", **kw):
        if ts is not None and (ts > END or ts < START):
            return
        zh, en, ttp, (r0, r1) = TXT[topic]
        lang = c["_lang"]
        if lang == "en" and not en:
            return
        if lang == "zh" and not zh:
            return
        text = pick(en if lang == "en" else zh)
        if lang == "zh" and rng.random() < 0.15:
            text += pick(["。", "！", "，希望改进", "。谢谢"])
        if channel in ("post_dive_survey", "course_survey", "dianping", "tripadvisor") and rating is None:
            rating = int(rng.integers(r0, r1 + 1))
        drop = {"wechat": .3, "whatsapp": .25, "dianping": .12, "tripadvisor": .1}.get(channel, 0)
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts="" if (ts is None or rng.random() < drop) else iso(ts),
                   customer_id=c["customer_id"], touchpoint_id=tp or ttp or "", channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
                   centre=centre, 潜水中心=CENTRES[centre][0], city=CENTRES[centre][2], booking_id=sess)
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics=topic, lang=lang))

    def review(self, c, ts, topic, centre, tp=None, sess="", **kw):
        """a public review on 大众点评 (zh) or TripAdvisor (en)."""
        ch = "dianping" if c["_lang"] == "zh" else "tripadvisor"
        self.fb(c, ts, topic, ch, centre, tp=tp, sess=sess, **kw)

    # ---------------------------------------------------------------- customers
    def customer(self, i):
        centre = pick(CENTRE_IDS, p=[CENTRES[k][5] for k in CENTRE_IDS])
        grp = {"sanya": 0, "phuket": 1}.get(centre, 2)
        regs = list(REGIONS)
        region = pick(regs, p=[REGIONS[r][2][grp] for r in regs])
        lang = REGIONS[region][1]
        acq = pick(ACQ_ZH, p=ACQ_ZH_P) if lang == "zh" else pick(ACQ_EN, p=ACQ_EN_P)
        base = rng.random() < 0.22
        if base:
            signup = at(datetime(2021, 3, 1) + D(days=float(rng.uniform(0, 1360))))
        else:
            # Chinese peaks: Spring Festival (Jan/Feb), May Day, summer, Golden Week; foreigners: Nov-Apr high season
            mw = (np.array([1.6, 1.8, 1.0, 1.0, 1.3, .9, 1.3, 1.4, .8, 1.3, .9, 1.2] * 2)[:18] if lang == "zh" else
                  np.array([1.6, 1.5, 1.4, 1.3, .8, .6, .7, .7, .6, .8, 1.2, 1.5] * 2)[:18])
            m = int(rng.choice(18, p=mw / mw.sum()))
            signup = at(datetime(2025 + m // 12, m % 12 + 1, 1) + D(days=int(rng.integers(0, 28))))
        lvl = pick(["none", "ow", "aow", "rescue", "divemaster"], p=[.52, .28, .13, .05, .02])
        tier = pick(["standard", "silver", "gold"], p=[.78, .16, .06] if not base else [.55, .3, .15])
        seg = ("vip" if tier == "gold" else ("at_risk" if rng.random() < .3 else "returning")) if base else "new"
        c = dict(customer_id=f"C{i:05d}", signup_at=iso(signup), segment=seg, region=region,
                 acquisition_channel=acq, tier=tier, 客源地=REGIONS[region][0], home_centre=centre,
                 常去中心=CENTRES[centre][0],
                 preferred_language={"korea": "ko", "japan": "ja"}.get(region, lang),
                 cert_agency=("" if lvl == "none" else pick(["PADI", "SSI", "NAUI"], p=[.62, .33, .05])),
                 cert_level_at_signup=lvl,
                 logged_dives={"none": 0, "ow": int(rng.integers(4, 25)), "aow": int(rng.integers(12, 60)),
                               "rescue": int(rng.integers(40, 150)), "divemaster": int(rng.integers(60, 400))}[lvl],
                 gender=pick(["F", "M"], p=[.48, .52]), birth_year=int(rng.integers(1968, 2006)),
                 wechat_bound=(lang == "zh" and rng.random() < .85),
                 marketing_opt_in=bool(rng.random() < .55), crm_source=pick(["booking_v2", "legacy_excel", "ota_sync"],
                                                                            p=[.7, .18, .12]))
        c["_signup"], c["_centre"], c["_lang"], c["_lvl"] = signup, centre, lang, lvl
        c["_dev"] = pick(["ios", "android", "pc"], p=[.44, .50, .06] if lang == "zh" else [.45, .35, .20])
        c["_ch"] = ("mini_program" if lang == "zh" else "web") if acq not in ("klook", "ctrip") else acq
        self.customers.append(c)
        return c

    def dev(self, c):
        return c["_dev"] if rng.random() < .9 else pick(["ios", "android", "pc"])

    def new_sess(self):
        self.n_sess += 1
        return f"BK{self.n_sess:06d}"

    # ---------------------------------------------------------------- medical questionnaire
    def medical(self, c, t_book, sess, centre, dev, ch, referral_p=.07):
        """returns (time cleared, None) or (None, reason)."""
        t = t_book + D(hours=float(rng.uniform(.2, 40)))
        walk_in = ch == "store"
        if not walk_in and rng.random() < .03:
            return None, "form_failed"     # never sent the form; booking auto-cancelled after 48 h
        if (not walk_in and dev == "android" and FORM_BUG[0] <= t <= FORM_BUG[1]):
            if rng.random() < .55:   # gave up: booking auto-cancelled after 48 h without a form
                if rng.random() < .3:
                    ch_fb = "wechat" if c["_lang"] == "zh" else "whatsapp"
                    self.fb(c, t + D(hours=float(rng.uniform(1, 30))), "form_bug", ch_fb, centre, sess=sess)
                return None, "form_failed"
            if rng.random() < .2:
                self.fb(c, t + D(hours=float(rng.uniform(1, 30))), "form_bug", "complaint_ticket", centre, sess=sess)
            t += D(hours=float(rng.uniform(20, 60)))  # filled in on paper at the dock / from another phone
            dev, ch = "", "store"
        flagged = rng.random() < referral_p
        self.ev(c, t, "tp_medical_form", sess, "submit", centre, device=dev if not walk_in else "",
                channel=ch if ch in ("mini_program", "web", "store") else "web",
                app_version=("3.0.1" if t >= datetime(2026, 3, 30) else "3.0.0" if t >= FORM_BUG[0] else "2.8.4"),
                medical_result="referred" if flagged else "fit", form_version="v3" if t >= FORM_BUG[0] else "v2")
        if not flagged:
            return t, None
        if rng.random() < .7:
            t2 = t + D(days=float(rng.uniform(1, 9)))
            self.ev(c, t2, "tp_doctor_clearance", sess, "success", centre, channel="other")
            return t2, None
        return None, "medical"

    def refund(self, c, t, sess, centre, order, reason, amount_local):
        """refund request -> approved -> paid, for a cancelled booking; Cebu slow after CEBU_PSP."""
        t1 = t + D(hours=float(rng.uniform(1, 40)))
        ch = c["_ch"] if c["_ch"] != "store" else "mini_program"
        if not self.ev(c, t1, "tp_refund_request", sess, "submit", centre, channel=ch, device=self.dev(c),
                       refund_reason=reason, refund_amount_local=amount_local):
            return
        if reason == "personal" and rng.random() < .15:   # inside the 48-hour rule: no refund
            self.ev(c, t1 + D(hours=float(rng.uniform(2, 30))), "tp_refund_approved", sess, "fail", centre,
                    channel="other", refund_reason=reason, reject_reason="within_48h")
            return
        t2 = t1 + D(hours=float(rng.uniform(3, 60)))
        self.ev(c, t2, "tp_refund_approved", sess, "success", centre, channel="other", refund_reason=reason)
        slow = CENTRES[centre][2] == "cebu" and t2 >= CEBU_PSP
        backlog = (t2.year - 2026) * 12 + t2.month - 2   # the provider's backlog grows month by month
        days = float(rng.gamma(6, 2.0 + .5 * backlog)) + 3 if slow else float(rng.uniform(1, 6))
        t3 = t2 + D(days=days)
        paid = self.ev(c, t3, "tp_refund_paid", sess, "success", centre, channel="other",
                       payout_method=("bank_transfer" if slow else pick(["original_payment", "bank_transfer"],
                                                                          p=[.8, .2])),
                       refund_amount_local=amount_local, refund_days=round((t3 - t1).total_seconds() / 86400, 1))
        if order is not None:
            order["status"] = "refunded"
            order["refund_reason"] = reason
            order["refunded_at"] = iso(t3) if paid else ""
        # complaints about slow refunds
        if paid or t3 > END:
            wait = (min(t3, END) - t1).days
            if wait >= 10 and rng.random() < .6:
                tc = t1 + D(days=float(rng.uniform(10, max(10.5, wait))))
                ch_fb = pick(["complaint_ticket", "wechat" if c["_lang"] == "zh" else "whatsapp"])
                self.fb(c, tc, "refund_slow", ch_fb, centre, sess=sess)
                if rng.random() < .3:
                    self.review(c, tc + D(days=float(rng.uniform(0, 5))), "refund_slow", centre, sess=sess)

    # ---------------------------------------------------------------- courses
    def course(self, c, t0, centre, via_dsd=False):
        """OW course: course page -> booking -> medical -> eLearning -> pool -> open water dives -> cert."""
        sess = self.new_sess()
        dev, ch = self.dev(c), c["_ch"]
        if ch in ("klook", "ctrip"):
            view_ch = ch
        else:
            view_ch = ch if ch != "store" else "web"
        self.ev(c, t0, "tp_course_page", sess, "view", centre, device=dev, channel=view_ch,
                course="open_water", agency=pick(["PADI", "SSI"], p=[.7, .3]))
        if rng.random() > (.80 if via_dsd else .62):
            return None
        tb = t0 + D(hours=float(rng.uniform(.1, 24 * (1 if via_dsd else 8))))
        agency = pick(["PADI", "SSI"], p=[.7, .3])
        price = PRICES[centre]["ow"]
        if self.ev(c, tb, "tp_booking", sess, "submit", centre, device=dev, channel=view_ch, course="open_water",
                   agency=agency, price_local=price):
            order = self.order(c, tb, price, "paid", "ow_course", "OW考证课程", sess, centre, channel=view_ch,
                               device=dev, payment_method=self.paym(c, centre), agency=agency)
        else:
            return None
        tm, why = self.medical(c, tb, sess, centre, dev, view_ch)
        if why == "form_failed":
            if order:
                order["status"] = "cancelled"
            return None
        if why == "medical":
            self.refund(c, tb + D(days=float(rng.uniform(3, 10))), sess, centre, order, "medical", price)
            return None
        klook = c["acquisition_channel"] == "klook"
        if rng.random() > (.42 if klook else .93):
            if rng.random() < .3:
                self.fb(c, tm + D(days=float(rng.uniform(3, 15))), "elearning",
                        "wechat" if c["_lang"] == "zh" else "whatsapp", centre, sess=sess)
            return None
        te = tm + D(days=float(rng.uniform(1, 10)))
        self.ev(c, te, "tp_elearning", sess, "success", centre, device=dev if dev != "android" or rng.random() < .5
                else "pc", channel="web", agency=agency, study_hours=round(float(rng.uniform(6, 14)), 1))
        instr = pick(INSTRUCTORS[centre])
        tp = at(te + D(days=float(rng.uniform(1, 12))), 8, 10)
        if rng.random() > .95:
            return None
        self.ev(c, tp, "tp_pool", sess, "success", centre, channel="store", instructor=instr, agency=agency)
        td = at(tp + D(days=1), 7, 9)
        if rng.random() > .96:
            return None
        site = pick(SITES[centre])
        self.ev(c, td, "tp_ow_dives", sess, "success", centre, channel="store", instructor=instr, dive_site=site,
                dives=4)
        if rng.random() > .97:
            return None
        tc = td + D(hours=float(rng.uniform(6, 30)))
        self.ev(c, tc, "tp_cert", sess, "success", centre, channel="store", instructor=instr, agency=agency,
                cert_level="ow", cert_no=f"{agency[:1]}{int(rng.integers(10 ** 7, 10 ** 8))}")
        self.course_feedback(c, tc, centre, instr, sess, "tp_cert")
        return tc

    def course_feedback(self, c, t, centre, instr, sess, tp):
        r = rng.random()
        if r > .5:
            return
        if c["_lang"] == "zh" and instr not in ZH_SPEAKING and rng.random() < .45:
            topic, ttp = "no_chinese", "tp_ow_dives"
        else:
            p_instr = {"阿杰": .75, "Jessa": .5}.get(instr, .15)
            u = rng.random()
            if u < p_instr:
                topic, ttp = "instructor", tp
            elif u < p_instr + .08:
                topic, ttp = "price", "tp_booking"
            elif u < p_instr + .14:
                topic, ttp = "general_neu", tp
            else:
                topic, ttp = "general_pos", tp
        tf = t + D(hours=float(rng.uniform(2, 72)))
        if rng.random() < .75:
            self.fb(c, tf, topic, "course_survey", centre, tp=ttp, sess=sess, instructor=instr)
        else:
            self.review(c, tf, topic, centre, tp=ttp, sess=sess, instructor=instr)

    def paym(self, c, centre):
        if c["_ch"] in ("klook", "ctrip"):
            return "ota_prepaid"
        if c["_lang"] == "zh":
            return pick(["wechat_pay", "alipay", "card"], p=[.6, .32, .08])
        return pick(["card", "cash", {"phuket": "promptpay"}.get(centre, "gcash")], p=[.6, .25, .15])

    def try_dive(self, c, t0, centre):
        sess = self.new_sess()
        dev, ch = self.dev(c), c["_ch"]
        price = PRICES[centre]["dsd"]
        if not self.ev(c, t0, "tp_dsd_booking", sess, "submit", centre, device=dev, channel=ch, price_local=price):
            return
        order = self.order(c, t0, price, "paid", "try_dive", "体验潜水", sess, centre, channel=ch, device=dev,
                           payment_method=self.paym(c, centre))
        tm, why = self.medical(c, t0, sess, centre, dev, ch, referral_p=.05)
        if why == "form_failed":
            order["status"] = "cancelled"
            return
        if why == "medical":
            self.refund(c, t0 + D(days=float(rng.uniform(1, 4))), sess, centre, order, "medical", price)
            return
        if rng.random() > .94:
            return
        instr = pick(INSTRUCTORS[centre])
        td = at(tm + D(days=float(rng.uniform(.5, 6))), 9, 15)
        self.ev(c, td, "tp_dsd_dive", sess, "success", centre, channel="store", instructor=instr,
                dive_site=pick(SITES[centre]))
        if rng.random() < .25:
            topic = pick(["instructor", "general_pos", "marine_life", "general_neu", "price"],
                         p=[.25 if instr != "阿杰" else .8, .35, .15, .12, .08])
            self.fb(c, td + D(hours=float(rng.uniform(2, 48))), topic, "post_dive_survey", centre, tp="tp_dsd_dive",
                    sess=sess, instructor=instr)
        # upgrade to the OW course (higher with a Chinese-speaking instructor for zh guests)
        p_up = .24 if (c["_lang"] == "en" or instr in ZH_SPEAKING) else .12
        if rng.random() < p_up:
            tc = td + D(hours=float(rng.uniform(2, 24 * 30)))
            return self.course(c, tc, centre, via_dsd=True)

    def advanced(self, c, t0, centre):
        sess = self.new_sess()
        dev, ch = self.dev(c), c["_ch"]
        price = PRICES[centre]["aow"]
        if not self.ev(c, t0, "tp_aow_booking", sess, "submit", centre, device=dev, channel=ch, course="advanced",
                       price_local=price):
            return
        order = self.order(c, t0, price, "paid", "aow_course", "AOW进阶课程", sess, centre, channel=ch, device=dev,
                           payment_method=self.paym(c, centre))
        tm, why = self.medical(c, t0, sess, centre, dev, ch, referral_p=.05)
        if why == "form_failed":
            order["status"] = "cancelled"
            return
        if why == "medical":
            self.refund(c, t0 + D(days=float(rng.uniform(3, 8))), sess, centre, order, "medical", price)
            return
        if rng.random() > .9:
            return
        instr = pick(INSTRUCTORS[centre])
        td = at(tm + D(days=float(rng.uniform(1, 14))), 7, 9)
        self.ev(c, td, "tp_aow_dives", sess, "success", centre, channel="store", instructor=instr, dives=5,
                dive_site=pick(SITES[centre]))
        if rng.random() > .96:
            return
        tc = td + D(days=1, hours=float(rng.uniform(0, 10)))
        self.ev(c, tc, "tp_aow_cert", sess, "success", centre, channel="store", instructor=instr, cert_level="aow")
        if rng.random() < .35:
            self.course_feedback(c, tc, centre, instr, sess, "tp_aow_cert")

    # ---------------------------------------------------------------- fun dives
    def weather_p(self, centre, t):
        m = t.month
        if centre == "phuket":
            return .38 if 6 <= m <= 9 else (.25 if m in (5, 10) else .04)
        if centre == "sanya":
            return .12 if 7 <= m <= 10 else (.08 if m in (12, 1, 2) else .04)
        if centre == "cebu_mactan":
            return .08 if 7 <= m <= 9 else (.09 if m in (12, 1, 2, 3) else .04)
        return .05

    def fun_dive(self, c, t0, centre):
        sess = self.new_sess()
        dev, ch = self.dev(c), c["_ch"]
        if ch == "klook" and rng.random() < .5:
            ch = "web" if c["_lang"] == "en" else "mini_program"
        self.ev(c, t0, "tp_trip_page", sess, "view", centre, device=dev, channel=ch)
        if rng.random() > .58:
            return
        tb = t0 + D(hours=float(rng.uniform(.1, 72)))
        pax = int(pick([1, 2, 3], p=[.62, .32, .06]))
        price = PRICES[centre]["fun"] * pax
        trip_day = at(tb + D(days=float(rng.uniform(1, 8))), 0, 0)
        if not self.ev(c, tb, "tp_trip_booking", sess, "submit", centre, device=dev, channel=ch, pax=pax,
                       trip_date=trip_day.strftime("%Y-%m-%d"), price_local=price):
            return
        order = self.order(c, tb, price, "paid", "fun_dive", "欢乐潜船票", sess, centre, channel=ch, device=dev,
                           payment_method=self.paym(c, centre), pax=pax)
        tm, why = self.medical(c, tb, sess, centre, dev, ch, referral_p=.03)
        if why == "form_failed":
            if order:
                order["status"] = "cancelled"
            return
        if why == "medical":
            self.refund(c, tb + D(days=float(rng.uniform(1, 4))), sess, centre, order, "medical", price)
            return
        trip_day = max(trip_day, at(tm + D(days=1), 0, 0))
        if rng.random() < .07:   # the guest cancels (plans changed)
            self.refund(c, tm + D(hours=float(rng.uniform(1, 48))), sess, centre, order, "personal", price)
            return
        # weather
        if rng.random() < self.weather_p(centre, trip_day):
            tw = trip_day + D(hours=float(rng.uniform(-14, 7)))
            self.ev(c, tw, "tp_weather_cancel", sess, "cancel", centre, channel="other",
                    weather_reason=pick(["strong_wind", "high_waves", "storm_warning", "port_closed"],
                                        p=[.35, .35, .2, .1]),
                    notice_hours=round(float((trip_day + D(hours=7.5) - tw).total_seconds() / 3600), 1))
            if rng.random() < .15:
                self.fb(c, tw + D(hours=float(rng.uniform(1, 30))), "weather_cancel",
                        pick(["complaint_ticket", "wechat" if c["_lang"] == "zh" else "whatsapp"]), centre, sess=sess)
            if rng.random() < .5:
                self.refund(c, tw, sess, centre, order, "weather", price)
                return
            trip_day = at(trip_day + D(days=float(rng.integers(1, 5))), 0, 0)
        if rng.random() > .985:
            return   # no-show
        tci = trip_day + D(hours=float(rng.uniform(6.5, 8)))
        big = centre == "phuket" and tci >= BIG_BOAT and rng.random() < .7
        boat = ("Andaman Queen" if big else {"phuket": "Chalong Star", "sanya": "蓝鲸号",
                                             "cebu_mactan": "Bangka Ocean", "cebu_moalboal": "Bangka Sardina"}[centre])
        on_board = int(rng.integers(28, 42)) if big else int(rng.integers(8, 19))
        guide = pick(INSTRUCTORS[centre])
        self.ev(c, tci, "tp_checkin", sess, "success", centre, channel="store", boat=boat, divers_on_boat=on_board,
                pax=pax)
        if rng.random() > .985:
            return
        site = pick(SITES[centre])
        tf = tci + D(hours=float(rng.uniform(3, 6)))
        self.ev(c, tf, "tp_fun_dive", sess, "success", centre, channel="store", boat=boat, divers_on_boat=on_board,
                dive_site=site, guide=guide, dives=2, divers_per_guide=(int(rng.integers(6, 9)) if big else
                                                                          int(rng.integers(3, 5))))
        rented = rng.random() < (.35 if c["_lvl"] in ("aow", "rescue", "divemaster") else .6)
        if rented:
            item = pick(["full_set", "bcd_regulator", "wetsuit_only", "dive_computer"], p=[.55, .2, .15, .1])
            rp = PRICES[centre]["rental"] * (1 if item in ("full_set", "bcd_regulator") else .5) * pax
            self.ev(c, tci + D(minutes=float(rng.uniform(5, 30))), "tp_rental", sess, "success", centre,
                    channel="store", rental_item=item, price_local=rp)
            self.order(c, tci + D(minutes=float(rng.uniform(5, 30))), rp, "paid", "rental", "装备租赁", sess, centre,
                       channel="store", payment_method=self.paym(c, centre), rental_item=item)
        self.dive_feedback(c, tf, centre, site, guide, big, rented, sess)

    def dive_feedback(self, c, t, centre, site, guide, big, rented, sess):
        if rng.random() > .42:
            return
        w = {"overcrowded": .55 if big else .01, "seasick": .05,
             "rental_gear": (.22 if centre == "sanya" else .03) if rented else 0,
             "marine_life": .35 if centre == "cebu_moalboal" else .12, "price": .06 if centre == "sanya" else .02,
             "general_pos": .35, "general_neu": .15}
        topic = pick(list(w), p=list(w.values()))
        tf = t + D(hours=float(rng.uniform(2, 60)))
        if rng.random() < .7:
            self.fb(c, tf, topic, "post_dive_survey", centre, tp=TXT[topic][2] or "tp_fun_dive", sess=sess, guide=guide,
                    dive_site=site)
        else:
            self.review(c, tf, topic, centre, tp=TXT[topic][2] or "tp_fun_dive", sess=sess, guide=guide,
                        dive_site=site)

    # ---------------------------------------------------------------- gear shop
    def gear(self, c, t0, centre):
        sess = self.new_sess()
        dev = self.dev(c)
        ch = "mini_program" if c["_lang"] == "zh" else pick(["web", "store"], p=[.5, .5])
        k = int(rng.choice(len(GEAR), p=GEAR_P / GEAR_P.sum()))
        item, item_zh, brand, price = GEAR[k]
        kw = dict(gear_item=item, 装备品类=item_zh, brand=brand)
        self.ev(c, t0, "tp_gear_browse", sess, "view", centre, device=dev if ch != "store" else "", channel=ch, **kw)
        if rng.random() > .42:
            return
        t1 = t0 + D(minutes=float(rng.uniform(1, 600)))
        self.ev(c, t1, "tp_gear_cart", sess, "click", centre, device=dev if ch != "store" else "", channel=ch, **kw)
        if rng.random() > (.5 if price > 3000 else .66):
            return
        t2 = t1 + D(hours=float(rng.uniform(.05, 96)))
        cur = CENTRES[centre][4]
        local = price * (1 if ch == "mini_program" else fx(cur, t2))
        ocentre = centre if ch != "mini_program" else "sanya"   # the mini-program shop ships from Sanya, in CNY
        if ch == "mini_program":
            local = price
        self.ev(c, t2, "tp_gear_checkout", sess, "submit", ocentre, device=dev if ch != "store" else "", channel=ch,
                price_local=round(local, 2), **kw)
        o = self.order(c, t2, local, "paid", "gear", "装备购买", sess, ocentre, channel=ch,
                       device=dev if ch != "store" else "", payment_method=self.paym(c, ocentre), gear_item=item,
                       brand=brand)
        if rng.random() > .96:
            return
        t3 = t2 + (D(minutes=float(rng.uniform(2, 30))) if ch == "store" else D(days=float(rng.uniform(2, 6))))
        self.ev(c, t3, "tp_gear_pickup", sess, "success", ocentre, channel=ch, **kw)
        if o is not None and rng.random() < .04:
            o["status"] = "returned"

    # ---------------------------------------------------------------- NPS
    def nps(self, c, t, centre):
        if rng.random() > .22:
            return
        promoter = rng.random()
        score = int(rng.integers(9, 11)) if promoter < .48 else (int(rng.integers(7, 9)) if promoter < .78 else
                                                                 int(rng.integers(2, 7)))
        topic = "general_pos" if score >= 9 else ("general_neu" if score >= 7 else pick(["price", "general_neu"]))
        self.fb(c, t + D(days=float(rng.uniform(3, 20))), topic, "nps_survey", centre, nps=score, tp="")

    # ---------------------------------------------------------------- plan per customer
    def run(self, n=5000):
        for i in range(1, n + 1):
            c = self.customer(i)
            self.plan(c)

    def enquiry(self, c, t, centre):
        if rng.random() < .7:
            ch = {"zh": "mini_program"}.get(c["_lang"], "whatsapp")
            if c["acquisition_channel"] == "walk_in":
                ch = "store"
            self.ev(c, t - D(hours=float(rng.uniform(.5, 72))), "tp_enquiry", "", "message", centre, channel=ch,
                    device=self.dev(c) if ch != "store" else "", topic=pick(["price", "schedule", "course", "gear"]))

    def plan(self, c):
        centre = c["_centre"]
        t = c["_signup"] if c["_signup"] >= START else at(START + D(days=float(rng.uniform(0, 540))))
        if c["acquisition_channel"] == "walk_in":
            c["_ch"] = "store" if rng.random() < .6 else c["_ch"]
        lvl = c["_lvl"]
        self.enquiry(c, t, centre)
        certified = lvl != "none"
        last = t
        if not certified:
            r = rng.random()
            if r < .45:
                tc = self.try_dive(c, t, centre)
            elif r < .82:
                tc = self.course(c, t, centre)
            else:
                tc = None
                self.ev(c, t, "tp_course_page", self.new_sess(), "view", centre, device=self.dev(c),
                        channel=c["_ch"] if c["_ch"] != "store" else "web", course="open_water")
            if tc is not None:
                certified, last = True, tc
                self.nps(c, tc, centre)
                if rng.random() < .45:
                    self.fun_dive(c, tc + D(days=float(rng.uniform(.5, 3))), centre)
        if certified:
            n_trips = int(rng.poisson(2.0 if c["segment"] in ("returning", "vip") else 1.4)) + (1 if lvl != "none" else 0)
            tt = last
            for k in range(n_trips):
                tt = tt + D(days=float(rng.exponential(90) if k or last > t else rng.uniform(0, 6)))
                if tt > END:
                    break
                where = centre if rng.random() < .8 else pick(CENTRE_IDS)
                self.fun_dive(c, at(tt), where)
            if lvl in ("ow",) and rng.random() < .22 or (lvl == "none" and last > t and rng.random() < .1):
                ta = at(last + D(days=float(rng.uniform(5, 200))))
                self.advanced(c, ta, centre)
            if rng.random() < .5:
                self.nps(c, at(t + D(days=float(rng.uniform(10, 300)))), centre)
        if rng.random() < (.38 if certified else .1):
            tg = at(t + D(days=float(rng.uniform(0, 400))))
            if tg < END:
                self.gear(c, tg, centre)
                if rng.random() < .25:
                    self.gear(c, at(tg + D(days=float(rng.uniform(10, 200)))), centre)


def write(path: Path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r if not k.startswith("_")))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    dup = [dict(g.events[int(j)]) for j in rng.choice(len(g.events), 24, replace=False)]
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", g.customers)
    write(out / "events.csv", g.events + dup)
    g.orders.sort(key=lambda r: r["order_id"])
    write(out / "orders.csv", g.orders)
    g.feedback.sort(key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", g.feedback)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers)} events {len(g.events)}+{len(dup)} orders {len(g.orders)} "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main()
