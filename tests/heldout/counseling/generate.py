"""心语 MindHarbor: an online psychological counseling platform (video / voice / text sessions, app + mini program + web).
People see an ad or visit, take a free mental-health self-test (心理测评), book a free 15-minute intake call (免费初访),
have it, are matched with a counselor, book and attend a first paid session (or no-show), buy a package of 4 or 8
sessions (EAP customers get 6 sessions covered by their employer), continue their sessions, complete the package and
maybe renew. 2024-09-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md, plus the generator's
truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ (not a DATA.md table; gold.py only).
Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
START = datetime(2024, 9, 1)
END = datetime(2026, 7, 31, 22, 0, 0)
D = timedelta
N_BASE = 7200
N_XHS = 330                                                      # extra Xiaohongshu leads of the free self-test week
XHS_WEEK = (datetime(2025, 3, 3), datetime(2025, 3, 9, 22, 0))   # 小红书 KOL "免费心理测评" campaign
EVENING_SHORT = datetime(2025, 6, 1)     # three evening counselors left: evening slots get scarce
LAG = (datetime(2025, 11, 10), datetime(2026, 2, 28, 23, 59))   # Android app 5.2.0 new call SDK: video / voice lag
PRICE_UP = datetime(2026, 4, 1)          # self-paid prices +20 %
NEW_SUPERVISOR = datetime(2026, 6, 1)    # C24 joins (small-group trap)

LEVEL_EN = {"督导级咨询师": "supervisor", "高级咨询师": "senior", "中级咨询师": "intermediate",
            "初级咨询师": "junior"}
PRICE = {"督导级咨询师": 899, "高级咨询师": 599, "中级咨询师": 449, "初级咨询师": 299}
COUNSELORS = [  # id, level zh, years, weight, quality bonus, joined
    ("C01", "督导级咨询师", 18, 0.8, 0.0, START), ("C02", "督导级咨询师", 15, 0.9, 0.35, START),
    ("C03", "督导级咨询师", 12, 0.8, 0.0, START),
    ("C04", "高级咨询师", 11, 1.0, 0.0, START), ("C05", "高级咨询师", 9, 1.0, 0.0, START),
    ("C06", "高级咨询师", 8, 1.0, 0.0, START), ("C07", "高级咨询师", 10, 1.0, 0.0, START),
    ("C08", "高级咨询师", 7, 1.0, 0.0, START), ("C09", "高级咨询师", 12, 0.9, 0.0, START),
    ("C10", "中级咨询师", 6, 1.2, 0.0, START), ("C11", "中级咨询师", 5, 1.2, 0.0, START),
    ("C12", "中级咨询师", 4, 1.2, 0.0, START), ("C13", "中级咨询师", 7, 1.2, 0.0, START),
    ("C14", "中级咨询师", 3, 1.2, 0.0, START), ("C15", "中级咨询师", 5, 1.2, 0.0, START),
    ("C16", "中级咨询师", 6, 1.1, 0.0, START), ("C17", "中级咨询师", 4, 1.1, 0.0, START),
    ("C18", "初级咨询师", 2, 1.3, 0.0, START), ("C19", "初级咨询师", 1, 1.3, 0.0, START),
    ("C20", "初级咨询师", 3, 1.3, 0.0, START), ("C21", "初级咨询师", 2, 1.3, 0.0, START),
    ("C22", "初级咨询师", 1, 1.3, 0.0, START), ("C23", "初级咨询师", 2, 1.2, 0.0, START),
    ("C24", "督导级咨询师", 14, 0.9, 0.6, NEW_SUPERVISOR),
]
P_PACKAGE = {"督导级咨询师": 0.72, "高级咨询师": 0.54, "中级咨询师": 0.46, "初级咨询师": 0.35}
P_BADFIT = {"督导级咨询师": 0.04, "高级咨询师": 0.06, "中级咨询师": 0.10, "初级咨询师": 0.30}
P_GREAT = {"督导级咨询师": 0.62, "高级咨询师": 0.52, "中级咨询师": 0.42, "初级咨询师": 0.32}

CONCERNS = ["焦虑", "抑郁", "情感关系", "职业发展", "亲子教育"]
CONCERN_EN = {"焦虑": "anxiety", "抑郁": "depression", "情感关系": "relationships", "职业发展": "career",
              "亲子教育": "parenting"}
CONCERN_W = [0.34, 0.20, 0.20, 0.14, 0.12]
CONCERN_PKG = {"焦虑": 1.0, "抑郁": 1.15, "情感关系": 1.0, "职业发展": 1.0, "亲子教育": 0.55}
P_EIGHT = {"焦虑": 0.46, "抑郁": 0.72, "情感关系": 0.40, "职业发展": 0.24, "亲子教育": 0.20}
CITIES = [  # zh, en, region, weight, english share
    ("上海", "Shanghai", "华东", 0.27, 0.12), ("北京", "Beijing", "华北", 0.22, 0.08),
    ("深圳", "Shenzhen", "华南", 0.16, 0.08), ("杭州", "Hangzhou", "华东", 0.13, 0.03),
    ("成都", "Chengdu", "西南", 0.12, 0.02), ("武汉", "Wuhan", "华中", 0.10, 0.02),
]
SOURCES = ["baidu", "douyin", "xiaohongshu", "wechat", "referral", "eap_portal"]
SOURCE_ZH = {"baidu": "百度搜索", "douyin": "抖音", "xiaohongshu": "小红书", "wechat": "微信公众号",
             "referral": "朋友推荐", "eap_portal": "企业EAP平台"}
SOURCE_W = [0.16, 0.20, 0.15, 0.17, 0.10, 0.22]
AD_SOURCES = {"baidu", "douyin", "xiaohongshu"}
EAP_COMPANIES = ["星辰科技", "蓝湾银行", "远航物流", "启明教育", "云帆互娱"]
AGES = ["18-24", "25-34", "35-44", "45+"]
AGE_W = [0.22, 0.43, 0.24, 0.11]
MODES = ["video", "voice", "text"]
MODE_ZH = {"video": "视频", "voice": "语音", "text": "文字"}
SLOT_ZH = {"daytime": "白天", "evening": "晚间", "weekend": "周末"}
ORDER_ZH = {"single_session": "单次咨询", "package_4": "4次疗程包", "package_8": "8次疗程包",
            "eap_session": "EAP单次咨询", "eap_package": "EAP疗程包", "renewal_4": "续购4次疗程包",
            "renewal_8": "续购8次疗程包"}
MONTH_W = {1: 0.9, 2: 0.8, 3: 1.05, 4: 1.0, 5: 1.0, 6: 0.95, 7: 0.95, 8: 0.95, 9: 1.05, 10: 1.0, 11: 1.05, 12: 1.0}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "增长部",
     "广告|投放|点广告|信息流|ad|ads|ad click|paid ad"),
    ("tp_visit", "访问官网/App", "Site / app visit", "awareness", "app", "digital", "增长部",
     "访问|进站|打开App|浏览|visit|site visit|landing|app open"),
    ("tp_selftest", "心理测评", "Mental-health self-test", "consideration", "app", "digital", "产品部",
     "测评|自测|心理测试|量表|PHQ|GAD|self-test|self test|assessment|screening|quiz"),
    ("tp_intake_booked", "预约免费初访", "Free intake call booked", "consideration", "app", "digital", "客服中心",
     "预约初访|约初访|免费初访预约|intake booking|book intake|booked intake"),
    ("tp_intake_done", "完成初访", "Intake call done", "consideration", "phone", "digital", "初访评估组",
     "初访|初次评估|评估电话|intake|intake call|assessment call|consultation call"),
    ("tp_matched", "匹配咨询师", "Matched with a counselor", "consideration", "app", "digital", "匹配组",
     "匹配|分配咨询师|派单|配对|match|matching|matched|counselor assigned"),
    ("tp_first_booked", "预约首次咨询", "First session booked", "purchase", "app", "digital", "客服中心",
     "预约首次|约首次咨询|首单|下单预约|first booking|book first session|first session booked"),
    ("tp_first_session", "首次咨询", "First session attended", "purchase", "app", "digital", "咨询服务部",
     "首次咨询|第一次咨询|首咨|体验咨询|first session|first appointment|trial session"),
    ("tp_package", "购买疗程包", "Package purchased", "purchase", "app", "digital", "咨询服务部",
     "疗程包|买疗程|套餐|打包购买|package|bundle|course|session pack"),
    ("tp_session", "疗程内咨询", "Package session", "service", "app", "digital", "咨询服务部",
     "咨询|后续咨询|疗程咨询|复诊|session|counseling session|follow-up session|therapy session"),
    ("tp_package_done", "完成疗程", "Package completed", "loyalty", "app", "digital", "咨询服务部",
     "疗程完成|结课|完成疗程|package completed|completion|finished package"),
    ("tp_renewal", "续购", "Renewal", "loyalty", "app", "digital", "咨询服务部",
     "续费|续购|再买|复购|renewal|renew|repurchase|re-buy"),
    ("tp_support", "客服工单", "Support ticket", "service", "phone", "digital", "客服中心",
     "客服|投诉|工单|退款申请|support|ticket|complaint|refund request"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("selftest_to_intake", "测评到初访", "Self-test to intake", 14,
     ["tp_selftest", "tp_intake_booked", "tp_intake_done"]),
    ("intake_to_first_session", "初访到首次咨询", "Intake to first session", 30,
     ["tp_intake_done", "tp_matched", "tp_first_booked", "tp_first_session"]),
    ("first_session_to_package", "首次咨询到买疗程", "First session to package", 21,
     ["tp_first_session", "tp_package"]),
    ("package_renewal", "疗程完成与续购", "Package completion and renewal", 180,
     ["tp_package", "tp_package_done", "tp_renewal"]),
]

TOPICS = {  # topic: sentiment, zh templates, en templates (markers per topic are checked in gold.py)
    "not_fit": ("neg", [
        "咨询师不太适合我，聊了两次感觉没有共鸣",
        "感觉咨询师没听懂我的问题，一直在讲大道理",
        "和这位咨询师不合拍，说话有点说教，想换人",
        "咨询师不合适，换咨询师的流程也很麻烦",
        "老师人不坏，但是不适合我这种情况",
    ], [
        "The counselor was not a good fit for me.",
        "Didn't click with my therapist, felt lectured instead of listened to.",
        "Not the right match - she kept giving advice I didn't ask for.",
    ]),
    "evening_slots": ("neg", [
        "晚上的时段根本约不到，只能请假来做咨询",
        "下班后想约个晚上8点的，结果排到两周以后了",
        "晚间时段全满，白天又要上班，太难约了",
        "想约晚上的咨询太难了，能不能多开点晚上的时间",
        "只有工作日白天有空位，晚上一个都没有",
    ], [
        "Impossible to book an evening slot, everything after 7pm is full.",
        "Evening sessions are booked out for two weeks, I can't do daytime.",
        "Please add more evening availability, I work until 6.",
    ]),
    "video_lag": ("neg", [
        "视频一直卡顿，咨询师的声音断断续续的",
        "视频咨询中途掉线了三次，情绪都被打断了",
        "安卓手机上视频特别卡，画面定住好几次",
        "更新之后视频很卡，只能改成语音",
        "卡顿太严重了，五十分钟有一半时间在重连",
    ], [
        "The video kept freezing during my session.",
        "Terrible lag on the video call, it dropped twice.",
        "Since the app update the video lags so much I switched to voice.",
    ]),
    "price_high": ("neg", [
        "一次咨询要{price}元，太贵了，实在负担不起",
        "疗程包价格太高了，学生党根本承受不了",
        "涨价之后更贵了，在考虑要不要换平台",
        "效果还行但是太贵了，续不起",
        "价格太贵，希望能有分期或者便宜一点的选择",
    ], [
        "Too expensive for me, {price} yuan per session adds up fast.",
        "The package price is too high for a student.",
        "Prices went up again, I can't afford to continue.",
    ]),
    "privacy": ("neg", [
        "担心公司会知道我在做心理咨询，数据真的保密吗",
        "不太放心隐私，怕咨询记录被HR看到",
        "初访问得很细，对隐私有点顾虑",
        "通过公司EAP来的，很怕隐私泄露，不敢说太多",
    ], [
        "Worried my employer will find out I'm in therapy.",
        "Not sure my data stays private - who can see my notes?",
        "Privacy concerns: does HR get a report about me?",
    ]),
    "matching_slow": ("neg", [
        "初访完等了好几天才给我匹配咨询师",
        "匹配太慢了，初访之后一直没消息",
    ], [
        "It took ages to get matched with a counselor after the intake call.",
    ]),
    "counselor_great": ("pos", [
        "咨询师非常专业，也很温暖，第一次觉得被理解了",
        "{lvl}很耐心，每次咨询都很有收获",
        "遇到了很好的咨询师，真心推荐",
        "老师很专业，问题分析得很透彻",
    ], [
        "My counselor is wonderful - warm and professional.",
        "Felt truly heard. Great counselor.",
        "Very professional and kind, exactly what I needed.",
    ]),
    "helped": ("pos", [
        "做了几次之后焦虑好多了，睡眠也改善了",
        "感觉状态比之前好了很多，谢谢老师",
        "情绪稳定了不少，学会了一些调节的方法",
    ], [
        "I feel much better than when I started.",
        "The sessions really helped me cope with stress.",
    ]),
    "easy_booking": ("pos", [
        "App预约流程很方便，初访的老师也很亲切",
        "测评和预约都很顺畅，体验不错",
    ], [
        "Booking was easy and the app is smooth.",
    ]),
    "neutral": ("neu", [
        "还行，再观察一下效果",
        "第一次咨询感觉一般，打算再试两次",
        "整体可以，没有特别的感受",
        "流程清楚，暂时没什么意见",
    ], [
        "It was ok, will see how it goes.",
        "Fine so far, nothing special.",
    ]),
    "reschedule": ("neu", [
        "临时有事改约了一次，客服处理得挺快",
        "需要改时间，在App里自己就能改，还可以",
    ], [
        "Had to reschedule once, support handled it quickly.",
    ]),
}


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.n_ord = 0
        self.cmap = {c[0]: c for c in COUNSELORS}

    # ---------- helpers
    def r(self):
        return float(self.rng.random())

    def ri(self, lo, hi):
        return int(self.rng.integers(lo, hi + 1))

    def choice(self, items, w=None):
        if w is not None:
            w = np.asarray(w, dtype=float)
            w = w / w.sum()
        return items[int(self.rng.choice(len(items), p=w))]

    def secs(self, lo_h, hi_h):
        return D(seconds=int(self.rng.integers(int(lo_h * 3600), int(hi_h * 3600))))

    def slot_time(self, day: datetime, slot: str) -> datetime:
        base = datetime(day.year, day.month, day.day)
        if slot == "evening":
            return base + D(hours=self.choice([19, 20, 21]))
        if slot == "weekend":
            while base.weekday() < 5:
                base += D(days=1)
            return base + D(hours=self.choice([10, 11, 14, 15, 16]))
        while base.weekday() >= 5:
            base += D(days=1)
        return base + D(hours=self.choice([9, 10, 11, 14, 15, 16, 17]))

    def awake(self, ts: datetime) -> datetime:
        if ts.hour < 7:
            return datetime(ts.year, ts.month, ts.day) + self.secs(7.5, 23.5)
        return ts

    def app_version(self, dev, ts):
        if dev == "pc":
            return "web"
        if ts < LAG[0]:
            return "5.1.3" if ts >= datetime(2025, 6, 1) else "5.0.8"
        if ts <= LAG[1]:
            return "5.2.0"
        return "5.2.1" if ts < datetime(2026, 5, 15) else "5.3.0"

    def lagging(self, dev, mode, ts):
        return dev == "android" and mode in ("video", "voice") and LAG[0] <= ts <= LAG[1]

    def event(self, c, ts, tp, action, channel="app", device=None, **extra):
        if ts > END:
            return None
        dev = device if device is not None else c["primary_device"]
        row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action, device=dev,
                   channel=channel, app_version=self.app_version(dev, ts) if dev else "")
        row.update(extra)
        self.events.append(row)
        return row

    def counselor_cols(self, cid):
        k = self.cmap[cid]
        return dict(counselor_id=cid, counselor_level=k[1], counselor_level_en=LEVEL_EN[k[1]],
                    counselor_years=k[2])

    def order(self, c, ts, amount, order_type, status="paid", sessions=1, cid="", **extra):
        if ts > END:
            return None
        self.n_ord += 1
        eap = c["payer_type_en"] == "company_eap" and order_type.startswith("eap")
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                   status=status, channel="eap" if eap else c["_order_channel"], device=c["primary_device"],
                   order_type=order_type, order_type_zh=ORDER_ZH[order_type], sessions_included=sessions,
                   payer_type="企业EAP" if eap else "自费", payer_type_en="company_eap" if eap else "self_paid",
                   eap_company=c["eap_company"] if eap else "",
                   payment_method="eap_billing" if eap else self.choice(["wechat_pay", "alipay", "bank_card"],
                                                                        [0.55, 0.36, 0.09]),
                   counselor_id=cid, counselor_level=self.cmap[cid][1] if cid else "",
                   counselor_level_en=LEVEL_EN[self.cmap[cid][1]] if cid else "")
        row.update(extra)
        self.orders.append(row)
        if status == "paid":
            c["_spend"] += amount
        return row

    def price(self, cid, ts):
        p = PRICE[self.cmap[cid][1]]
        return round(p * 1.2) if ts >= PRICE_UP else p

    def fb(self, ts, topic, lang, channel, tp, c=None, rating=None, nps=None, cid="", mode="", device="", **kw):
        if ts is not None and ts > END:
            return None
        sent, zh, en = TOPICS[topic]
        tpl = self.choice(en if lang == "en" else zh)
        kw.setdefault("price", 599)
        kw.setdefault("lvl", "老师")
        text = tpl.format(**kw)
        lvl = self.cmap[cid][1] if cid else ""
        self.feedback.append(dict(
            text=text, ts=ts, customer_id=c["customer_id"] if c else "", touchpoint_id=tp, channel=channel,
            rating=rating, nps=nps, counselor_id=cid, counselor_level=lvl,
            counselor_level_en=LEVEL_EN[lvl] if lvl else "", session_mode=mode,
            session_mode_zh=MODE_ZH[mode] if mode else "", device=device, language=lang,
            _topic=topic, _sent=sent))
        return True

    def rating_for(self, topic, bonus=0.0):
        s = TOPICS[topic][0]
        if s == "pos":
            return int(self.choice([4, 5], [max(0.02, 0.3 - bonus), 0.7 + bonus]))
        if s == "neu":
            return int(self.choice([3, 4], [0.6 - bonus / 2, 0.4 + bonus / 2]))
        return int(self.choice([1, 2, 3], [0.4, 0.42, 0.18]))

    def nps_for(self, rating):
        lo, hi = {5: (9, 10), 4: (7, 9), 3: (5, 7), 2: (1, 5), 1: (0, 3)}[rating]
        return self.ri(lo, hi)

    def pick(self, weights: dict):
        return self.choice(list(weights), list(weights.values()))

    # ---------- customers
    def signup_time(self, xhs):
        if xhs:
            lo, hi = XHS_WEEK
            t = lo + D(seconds=int(self.r() * (hi - lo).total_seconds()))
        else:
            while True:
                t = START + D(seconds=int(self.r() * (END - START).total_seconds()))
                growth = 0.8 + 0.4 * (t - START).days / (END - START).days
                if self.r() < MONTH_W[t.month] * growth / 1.3:
                    break
        return datetime(t.year, t.month, t.day) + self.secs(8, 23.5)

    def new_customer(self, xhs=False):
        t0 = self.signup_time(xhs)
        src = "xiaohongshu" if xhs else self.choice(SOURCES, SOURCE_W)
        eap = src == "eap_portal" or (src == "wechat" and self.r() < 0.15)
        city = self.choice(CITIES, [c[3] for c in CITIES])
        age = self.choice(AGES, [0.42, 0.40, 0.14, 0.04] if xhs else AGE_W)
        if eap and age == "18-24":
            age = "25-34"
        cw = list(CONCERN_W)
        if eap:
            cw = [0.34, 0.14, 0.14, 0.28, 0.10]
        if age == "35-44":
            cw = [w * (2.2 if k == 4 else 1) for k, w in enumerate(cw)]
        concern = self.choice(CONCERNS, cw)
        lang = "en" if self.r() < city[4] else "zh"
        dev = self.choice(["ios", "android", "pc"], [0.42, 0.45, 0.13] if not eap else [0.38, 0.40, 0.22])
        if concern == "职业发展" or eap:
            slot = self.choice(["daytime", "evening", "weekend"], [0.30, 0.55, 0.15])
        else:
            slot = self.choice(["daytime", "evening", "weekend"], [0.55, 0.28, 0.17])
        mode = self.choice(MODES, [0.65, 0.23, 0.12])
        return dict(customer_id="", signup_at=t0, segment="lead", region=city[2], acquisition_channel=src,
                    channel_zh=SOURCE_ZH[src], tier="standard", city=city[0], city_en=city[1], age_band=age,
                    gender=self.choice(["female", "male"], [0.68, 0.32]), concern_type=concern,
                    concern_type_en=CONCERN_EN[concern], payer_type="企业EAP" if eap else "自费",
                    payer_type_en="company_eap" if eap else "self_paid",
                    eap_company=self.choice(EAP_COMPANIES) if eap else "", preferred_slot=slot,
                    preferred_mode=mode, primary_device=dev, language=lang,
                    _order_channel="web" if dev == "pc" else self.choice(["app", "mini_program"], [0.7, 0.3]),
                    _xhs=xhs, _spend=0.0)

    def pick_counselor(self, c, t):
        ks = [k for k in COUNSELORS if k[5] <= t]
        w = []
        for k in ks:
            x = k[3]
            if c["payer_type_en"] == "company_eap" and k[1] == "督导级咨询师":
                x *= 0.3
            if k[0] == "C24":              # a new counselor gets extra matches to fill her calendar
                x *= 3.0
            w.append(x)
        return self.choice(ks, w)[0]

    # ---------- one customer's journey
    def run(self, c):
        src, lang, dev = c["acquisition_channel"], c["language"], c["primary_device"]
        eap = c["payer_type_en"] == "company_eap"
        t = c["signup_at"]
        camp = "XHS_FREE_TEST_0303" if c["_xhs"] else ""
        if src in AD_SOURCES:
            self.event(c, t, "tp_ad_click", "click", channel="ads", campaign_id=camp)
            t += self.secs(0.01, 0.2)
        ch = "web" if dev == "pc" else ("mini_program" if src in ("wechat", "referral") else "app")
        self.event(c, t, "tp_visit", "view", channel=ch, campaign_id=camp)
        # self-test
        p_test = 0.97 if c["_xhs"] else (0.78 if eap else 0.70)
        if self.r() >= p_test:
            return
        t += self.secs(0.05, 30 if self.r() < 0.8 else 24 * 5)
        score = int(np.clip(self.rng.normal(11 if c["concern_type_en"] in ("anxiety", "depression") else 8, 4),
                            0, 27))
        if c["_xhs"]:
            score = int(np.clip(self.rng.normal(7, 4), 0, 27))
        self.event(c, t, "tp_selftest", "submit", channel=ch, campaign_id=camp,
                   selftest_type="GAD-7" if c["concern_type_en"] == "anxiety" else "PHQ-9", selftest_score=score)
        # intake booking
        p_book = 0.12 if c["_xhs"] else (0.74 if eap else 0.56)
        if self.r() >= p_book:
            return
        t = self.awake(t + D(hours=float(self.rng.gamma(1.5, 40))))
        self.event(c, t, "tp_intake_booked", "submit", channel=ch)
        c["segment"] = "lead"
        # intake done
        if self.r() >= (0.80 if not eap else 0.84):
            return
        t = self.slot_time(t + D(days=self.ri(1, 4)), "daytime" if self.r() < 0.6 else "evening")
        self.event(c, t, "tp_intake_done", "success", channel="phone", device="")
        c["segment"] = "intake"
        if eap and self.r() < 0.18:
            self.fb(t + D(minutes=20), "privacy", lang, "call_note", "tp_intake_done", c)
            if self.r() < 0.45:            # privacy worries: many EAP people stop here
                return
        elif not eap and self.r() < 0.03:
            self.fb(t + D(minutes=20), "privacy", lang, "call_note", "tp_intake_done", c)
        if self.r() < 0.22:
            topic = self.pick({"easy_booking": 0.35, "neutral": 0.4, "matching_slow": 0.12,
                               "privacy": 0.13 if eap else 0.03})
            r = self.rating_for(topic)
            self.fb(t + self.secs(1, 30), topic, lang, "survey", "tp_intake_done", c, rating=r)
        # matched
        if self.r() >= 0.92:
            return
        t = self.awake(t + self.secs(4, 24 * 3))
        cid = self.pick_counselor(c, t)
        cc = self.counselor_cols(cid)
        self.event(c, t, "tp_matched", "success", **cc)
        # first booking
        slot = c["preferred_slot"]
        evening_short = slot == "evening" and t >= EVENING_SHORT
        if self.r() >= (0.66 if evening_short else 0.84):
            return
        mode = c["preferred_mode"]
        tb = self.awake(t + self.secs(0.5, 24 * 2.5))
        attended = None
        for attempt in range(2):
            if slot == "evening":
                wait = self.ri(6, 20) if tb >= EVENING_SHORT else self.ri(2, 6)
            elif slot == "weekend":
                wait = self.ri(3, 8)
            else:
                wait = self.ri(1, 5)
            appt = self.slot_time(tb + D(days=wait), slot)
            p_ns = 0.20 if eap else 0.07
            p_cancel = 0.05
            u = self.r()
            status = "no_show" if u < p_ns else ("cancelled" if u < p_ns + p_cancel else "attended")
            if appt > END:
                status = "scheduled"
            ev = self.event(c, tb, "tp_first_booked", "submit", appointment_at=appt, session_status=status,
                            slot_type=slot, slot_type_zh=SLOT_ZH[slot], session_mode=mode,
                            session_mode_zh=MODE_ZH[mode], **cc)
            if ev is None:
                return
            if eap:
                self.order(c, tb, 0, "eap_session", cid=cid)
            else:
                self.order(c, tb, self.price(cid, tb), "single_session",
                           status="refunded" if status == "cancelled" else "paid", cid=cid,
                           refunded_at=tb + D(days=1) if status == "cancelled" else None,
                           refund_reason="提前取消" if status == "cancelled" else "")
            if slot == "evening" and wait >= 8 and self.r() < 0.38:
                topic_ch = self.choice(["ticket", "survey"])
                self.fb(tb + self.secs(0.2, 20), "evening_slots", lang, topic_ch, "tp_first_booked", c,
                        rating=self.rating_for("evening_slots") if topic_ch == "survey" else None)
            if status == "attended":
                attended = appt
                break
            if status == "scheduled" or self.r() >= 0.45:
                return
            tb = self.awake(appt + self.secs(2, 24 * 4))
        if attended is None:
            return
        t = attended
        if self.event(c, t, "tp_first_session", "success", session_no=1, slot_type=slot,
                      slot_type_zh=SLOT_ZH[slot], session_mode=mode, session_mode_zh=MODE_ZH[mode], **cc) is None:
            return
        c["segment"] = "trial"
        k = self.cmap[cid]
        bad_fit = self.r() < max(0.01, P_BADFIT[k[1]] - k[4] * 0.1)
        lag = self.lagging(dev, mode, t)
        raised = (not eap) and t >= PRICE_UP
        if lag and self.r() < 0.45:
            self.event(c, t + self.secs(0.9, 3), "tp_support", "submit", channel="phone", device="",
                       ticket_type="call_quality")
            self.fb(t + self.secs(0.9, 3), "video_lag", lang, "ticket", "tp_first_session", c, cid=cid,
                    mode=mode, device=dev)
        # first-session survey
        if self.r() < 0.55:
            if lag and self.r() < 0.6:
                topic = "video_lag"
            elif bad_fit and self.r() < 0.75:
                topic = "not_fit"
            else:
                g = min(0.9, P_GREAT[k[1]] + k[4])
                topic = self.pick({"counselor_great": g, "helped": 0.08, "neutral": max(0.05, 0.75 - g),
                                   "price_high": (0.12 if raised else 0.05) if not eap else 0.0,
                                   "reschedule": 0.03})
            r = self.rating_for(topic, bonus=k[4])
            self.fb(t + self.secs(0.9, 30), topic, lang, "survey", "tp_first_session", c, rating=r,
                    nps=self.nps_for(r) if self.r() < 0.5 else None, cid=cid, mode=mode, device=dev,
                    lvl="老师", price=self.price(cid, t))
        # package
        p = P_PACKAGE[k[1]] * CONCERN_PKG[c["concern_type"]] + k[4] * 0.3
        if eap:
            p *= 1.3
        if raised:
            p *= 0.72
        if lag:
            p *= 0.4
        if bad_fit:
            p *= 0.55
        if self.r() >= min(0.92, p):
            if not eap and self.r() < (0.38 if raised else 0.22):
                topic = "price_high" if self.r() < (0.7 if raised else 0.45) else ("not_fit" if bad_fit else "neutral")
                r = self.rating_for(topic)
                self.fb(t + D(days=self.ri(2, 10)), topic, lang, "survey", "tp_package", c, rating=r, cid=cid,
                        price=self.price(cid, t))
            if not eap and self.r() < 0.16:          # a few single sessions instead of a package
                ts = t
                for n in range(self.ri(1, 2)):
                    ts = self.slot_time(ts + D(days=self.ri(7, 16)), slot)
                    self.order(c, ts - D(days=2), self.price(cid, ts - D(days=2)), "single_session", cid=cid)
                    self.event(c, ts, "tp_session", "success", session_no=n + 2, slot_type=slot,
                               slot_type_zh=SLOT_ZH[slot], session_mode=mode, session_mode_zh=MODE_ZH[mode], **cc)
            return
        tp_ = self.awake(t + D(hours=float(self.rng.gamma(1.4, 60))))
        if eap:
            size, otype, amount = 6, "eap_package", 0
        else:
            size = 8 if self.r() < P_EIGHT[c["concern_type"]] else 4
            otype = f"package_{size}"
            amount = round(self.price(cid, tp_) * size * (0.9 if size == 8 else 0.95))
        ev = self.event(c, tp_, "tp_package", "success", package_size=size, **cc)
        if ev is None:
            return
        c["segment"] = "in_package"
        o = self.order(c, tp_, amount, otype, sessions=size, cid=cid)
        # sessions
        ts = tp_
        done = 0
        for n in range(size):
            step = self.ri(6, 9) if not (slot == "evening" and ts >= EVENING_SHORT) else self.ri(7, 14)
            ts = self.slot_time(ts + D(days=step), slot)
            if ts > END:
                break
            m = mode if self.r() < 0.9 else self.choice(MODES)
            self.event(c, ts, "tp_session", "success", session_no=n + 2, package_size=size, slot_type=slot,
                       slot_type_zh=SLOT_ZH[slot], session_mode=m, session_mode_zh=MODE_ZH[m], **cc)
            done += 1
            lag_s = self.lagging(dev, m, ts)
            if lag_s and self.r() < 0.45:    # call-quality ticket
                self.event(c, ts + self.secs(0.9, 3), "tp_support", "submit", channel="phone", device="",
                           ticket_type="call_quality")
                self.fb(ts + self.secs(0.9, 3), "video_lag", lang, "ticket", "tp_session", c, cid=cid, mode=m,
                        device=dev)
            if self.r() < (0.3 if lag_s else 0.12):
                if lag_s and self.r() < 0.55:
                    topic = "video_lag"
                elif bad_fit and self.r() < 0.6:
                    topic = "not_fit"
                else:
                    g = min(0.9, P_GREAT[k[1]] + k[4])
                    topic = self.pick({"counselor_great": g, "helped": 0.25, "neutral": 0.2,
                                       "reschedule": 0.05,
                                       "evening_slots": 0.12 if slot == "evening" and ts >= EVENING_SHORT else 0.0})
                r = self.rating_for(topic, bonus=k[4])
                self.fb(ts + self.secs(0.9, 24), topic, lang, "survey", "tp_session", c, rating=r, cid=cid,
                        mode=m, device=dev)
            if bad_fit and n <= 1 and self.r() < 0.6:
                if o is not None and not eap:
                    o["status"] = "refunded"
                    o["refunded_at"] = ts + D(days=2)
                    o["refund_reason"] = "咨询师不合适"
                    c["_spend"] -= o["amount"]
                    self.event(c, ts + D(days=1), "tp_support", "submit", channel="phone", device="",
                               ticket_type="refund")
                return
            quit_p = 0.05 + (0.10 if lag_s else 0.0)
            if self.r() < quit_p:
                if self.r() < 0.3:
                    self.event(c, ts + D(days=1), "tp_support", "submit", channel="phone", device="",
                               ticket_type="pause")
                return
        if done < size:
            return
        td = ts + self.secs(1, 30)
        if self.event(c, td, "tp_package_done", "success", package_size=size, **cc) is None:
            return
        c["segment"] = "completed"
        if self.r() < 0.55:
            topic = self.pick({"helped": 0.55, "counselor_great": 0.3, "neutral": 0.1,
                               "price_high": 0.05 if not eap else 0.0})
            r = self.rating_for(topic, bonus=k[4])
            self.fb(td + self.secs(1, 48), topic, lang, "survey", "tp_package_done", c, rating=r,
                    nps=self.nps_for(r), cid=cid, price=self.price(cid, td))
        if self.r() < (0.20 if eap else 0.40):
            tr = td + D(days=self.ri(2, 45))
            size = 8 if self.r() < 0.35 else 4
            amount = round(self.price(cid, tr) * size * (0.9 if size == 8 else 0.95))
            if self.event(c, tr, "tp_renewal", "success", package_size=size, **cc) is None:
                return
            self.order(c, tr, amount, f"renewal_{size}", sessions=size, cid=cid)
            c["segment"] = "renewed"
        elif eap and self.r() < 0.3:
            self.fb(td + D(days=self.ri(3, 20)), "price_high", lang, "call_note", "tp_renewal", c, cid=cid,
                    price=self.price(cid, td))

    def public_reviews(self):
        """App-store reviews and Xiaohongshu posts: no customer id; some without date."""
        for i in range(520):
            t = START + D(seconds=int(self.r() * (END - START).total_seconds()))
            dev = self.choice(["ios", "android"], [0.5, 0.5])
            social = self.r() < 0.3
            w = {"counselor_great": 2.0, "helped": 1.2, "neutral": 1.0, "price_high": 1.4, "privacy": 0.6,
                 "evening_slots": 0.4 if t < EVENING_SHORT else 1.0, "video_lag": 0.3, "easy_booking": 0.8,
                 "not_fit": 0.5}
            if t >= PRICE_UP:
                w["price_high"] = 3.0
            if dev == "android" and LAG[0] <= t <= LAG[1] and not social:
                w["video_lag"] = 9.0
            topic = self.pick(w)
            tp = {"video_lag": "tp_session", "evening_slots": "tp_first_booked", "price_high": "tp_package",
                  "privacy": "tp_intake_done", "easy_booking": "tp_intake_booked", "not_fit": "tp_session"
                  }.get(topic, "")
            lang = "en" if self.r() < 0.08 else "zh"
            ts = None if self.r() < 0.18 else t
            self.fb(ts, topic, lang, "social" if social else "app_review", tp, None,
                    rating=None if social else self.rating_for(topic), device="" if social else dev)

    # ---------- all
    def build(self):
        plan = [False] * N_BASE + [True] * N_XHS
        cs = [self.new_customer(x) for x in plan]
        cs.sort(key=lambda c: c["signup_at"])
        for i, c in enumerate(cs, 1):
            c["customer_id"] = f"U{i:05d}"
            self.run(c)
            c["tier"] = ("eap" if c["payer_type_en"] == "company_eap" and c["_spend"] < 1000 else
                         "gold" if c["_spend"] >= 6000 else "silver" if c["_spend"] >= 2000 else "standard")
            self.customers.append(c)
        self.public_reviews()
        self.events.sort(key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
        for i, e in enumerate(self.events, 1):
            e["event_id"] = f"E{i:06d}"
            if e["device"]:
                e["session_id"] = f"S{i:06d}"
        order_ = sorted(range(len(self.feedback)), key=lambda i: (
            self.feedback[i]["ts"] or (START + D(days=i % 690)), i))
        fbs = [self.feedback[i] for i in order_]
        for i, f in enumerate(fbs, 1):
            f["feedback_id"] = f"FB{i:05d}"
            self.truth.append(dict(feedback_id=f["feedback_id"], topic=f["_topic"], sentiment=f["_sent"]))
        self.feedback = fbs


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}" if v != int(v) else str(int(v))
    return str(v)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.build()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write(out / "customers.csv", g.customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "channel_zh", "tier", "city",
           "city_en", "age_band", "gender", "concern_type", "concern_type_en", "payer_type", "payer_type_en",
           "eap_company", "preferred_slot", "preferred_mode", "primary_device", "language"])
    write(out / "events.csv", g.events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
           "app_version", "counselor_id", "counselor_level", "counselor_level_en", "counselor_years",
           "session_mode", "session_mode_zh", "slot_type", "slot_type_zh", "appointment_at", "session_status",
           "session_no", "package_size", "selftest_type", "selftest_score", "campaign_id", "ticket_type"])
    write(out / "orders.csv", sorted(g.orders, key=lambda o: (o["ts"], o["order_id"])),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "sessions_included", "payer_type", "payer_type_en", "eap_company", "payment_method", "counselor_id",
           "counselor_level", "counselor_level_en", "refunded_at", "refund_reason"])
    write(out / "feedback.csv", g.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "counselor_id",
           "counselor_level", "counselor_level_en", "session_mode", "session_mode_zh", "device", "language"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment"])
    print(f"{len(g.customers)} customers, {len(g.events)} events, {len(g.orders)} orders, "
          f"{len(g.feedback)} feedback -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
