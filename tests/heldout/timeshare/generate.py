"""Azure Cove Vacation Club (蔚蓝湾度假会): a resort group's timeshare / points-club sales and ownership journey
(synthetic, written blind).

Five resorts (Orlando, Maui, Gatlinburg, Gold Coast, Phuket) sell points memberships mostly to North American, British
and Australian households, plus Chinese-speaking buyers (mainland tour groups brought by travel agencies, Hong Kong and
Singapore families). Prospects come in as web leads (search, social-media contests, travel-deal sites, owner
referrals: a discounted "preview stay" is booked by the call centre) or are invited at the resort lobby desk while on
holiday (in-house guests and Chinese travel-agency groups). They sit a sales presentation (the "90-minute tour"), get a
first offer from the sales rep and often a second, lower "manager's offer", and sign a contract (Silver / Gold /
Platinum points package, cash or financed). They may cancel within the 7-day rescission window. Owners get a welcome
(QA) call, activate the owner portal, book stays with their points and check in. Maintenance fees are billed every
December for the next year; owners pay them (autopay, card, ACH, wire). Owners call owner services, and some ask to get
out (deed-back or resale listing), which is accepted, listed or declined.

Data 2024-07-01 .. 2026-06-30 (CRM extract taken in July 2026). Naive times, each in the local time of the resort
or call centre where it happened. Money in USD.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (DATA.md CSVs) and OUTDIR/_truth/feedback_truth.csv
(topic and sentiment the generator gave each comment; not a DATA.md table). Deterministic (seed 20260711), numpy +
stdlib, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260711
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
CONTEST = (datetime(2025, 10, 1), datetime(2025, 11, 1))        # Orlando "Closers' Cup" sales contest
STAYLINK = (datetime(2026, 2, 2), datetime(2026, 3, 1))         # reservation system cut-over, bookings failing
FEE_RATE = {2025: 0.19, 2026: 0.207}                            # USD per point per year (+9 % for 2026)

TOUCHPOINTS = [  # id, name (en), zh, stage, channel, kind, owner, aliases
    ("tp_web_lead", "Web lead", "网络线索", "awareness", "web", "digital", "marketing",
     "lead|web lead|inquiry|enquiry|lead form|preview package request|线索|留资|网上咨询|表单"),
    ("tp_lobby_invite", "Lobby invitation", "大堂邀约", "awareness", "store", "physical", "marketing",
     "lobby desk|in-house invite|OPC|activities desk|invitation|大堂|邀约|现场邀请|前台邀约"),
    ("tp_tour_booked", "Tour booked", "预约参观", "consideration", "phone", "digital", "call_centre",
     "tour booking|appointment|booked tour|preview stay booked|预约|约访|预约说明会"),
    ("tp_tour", "Sales presentation", "销售说明会", "consideration", "store", "physical", "sales",
     "tour|presentation|sales tour|90-minute presentation|sales pitch|owner update|说明会|参观|讲解|销售讲座|看房"),
    ("tp_offer", "Offer presented", "报价", "consideration", "store", "physical", "sales",
     "offer|price sheet|manager's offer|T.O.|drop offer|quote|报价|出价|优惠方案"),
    ("tp_contract", "Contract signed", "签约", "purchase", "store", "physical", "sales",
     "contract|purchase|sale|closing|signed|deal|签约|成交|签合同|购买会籍"),
    ("tp_rescission", "Rescission", "合同撤销", "purchase", "email", "digital", "contracts_admin",
     "rescission|cancellation|cooling-off|cooling off cancellation|7-day cancel|撤销|冷静期退订|退约|反悔"),
    ("tp_welcome_call", "Welcome call", "欢迎回访电话", "service", "phone", "digital", "owner_services",
     "welcome call|QA call|quality assurance call|verification call|回访|欢迎电话|质检回访"),
    ("tp_portal_activation", "Owner portal activation", "会员门户激活", "service", "web", "digital",
     "digital", "portal|owner portal|account activation|member login|app activation|门户|激活账户|会员账号|业主App"),
    ("tp_booking", "Stay booking", "预订住宿", "service", "web", "digital", "reservations",
     "booking|reservation|book a stay|points booking|订房|预订|订住宿|约房"),
    ("tp_checkin", "Stay check-in", "入住", "service", "store", "physical", "resort_operations",
     "check-in|stay|arrival|owner stay|vacation|入住|度假|住店"),
    ("tp_mf_bill", "Maintenance fee bill", "管理费账单", "service", "email", "digital", "finance",
     "maintenance fee|MF bill|annual dues|fee statement|assessment|管理费|物业费|年费账单|维护费"),
    ("tp_mf_payment", "Maintenance fee payment", "管理费缴纳", "service", "web", "digital", "finance",
     "fee payment|dues paid|autopay|MF payment|缴费|交管理费|付年费"),
    ("tp_owner_call", "Owner services call", "业主服务来电", "service", "phone", "digital", "owner_services",
     "owner services|call centre|call center|owner support|hotline|客服|业主热线|来电"),
    ("tp_exit_request", "Exit / resale request", "退出转售申请", "loyalty", "web", "digital", "owner_relations",
     "exit|resale|deed back|get out|surrender|cancel membership|退出|转售|退会|解约|卖掉会籍"),
    ("tp_exit_closed", "Exit request outcome", "退出申请结果", "loyalty", "email", "digital", "owner_relations",
     "exit outcome|deed-back accepted|resale listed|exit declined|退出结果|退会办结|转售挂牌"),
]
JOURNEYS = [  # id, en, zh, steps, window days
    ("web_sales", "Web lead to sale", "网络线索成交",
     ["tp_web_lead", "tp_tour_booked", "tp_tour", "tp_offer", "tp_contract"], 90),
    ("lobby_sales", "Lobby invitation to sale", "大堂邀约成交", ["tp_lobby_invite", "tp_tour", "tp_offer", "tp_contract"], 7),
    ("onboarding", "New owner onboarding", "新业主入门",
     ["tp_contract", "tp_welcome_call", "tp_portal_activation", "tp_booking"], 180),
    ("fee_collection", "Maintenance fee collection", "管理费收缴", ["tp_mf_bill", "tp_mf_payment"], 60),
    ("exit", "Exit request handling", "退出申请处理", ["tp_exit_request", "tp_exit_closed"], 120),
]
RESORTS = {  # id: en name, zh name, country, fee multiplier, lobby contacts a month, peak months
    "orlando": ("Palm Cove Orlando", "奥兰多棕榈湾", "US", 1.0, 92, (3, 4, 7, 12)),
    "maui": ("Kaanapali Sands Maui", "毛伊岛卡纳帕利金沙", "US", 1.28, 52, (1, 2, 3, 7, 12)),
    "gatlinburg": ("Smoky Ridge Gatlinburg", "大烟山岭", "US", 0.84, 48, (6, 7, 10)),
    "goldcoast": ("Surfers Reef Gold Coast", "黄金海岸冲浪礁", "AU", 1.06, 58, (1, 7, 9, 12)),
    "phuket": ("Coral Bay Phuket", "普吉岛珊瑚湾", "TH", 0.8, 44, (1, 2, 3, 11, 12)),
}
REPS = {  # resort: [(rep, weight, close multiplier, rescission prob, tour minutes, pressure prob, speaks zh)]
    "orlando": [("Brad Kowalski", 0.4, 1.2, 0.24, 168, 0.42, False), ("Jenna Morales", 0.32, 1.0, 0.09, 118, 0.16, False),
                ("Tyler Reed", 0.28, 0.95, 0.1, 121, 0.18, False)],
    "maui": [("Leilani Kahale", 0.55, 1.0, 0.08, 104, 0.08, False), ("Marcus Bell", 0.45, 0.95, 0.09, 110, 0.1, False)],
    "gatlinburg": [("Dale Whitaker", 0.5, 0.95, 0.09, 112, 0.1, False),
                   ("Amber Collins", 0.5, 0.9, 0.08, 106, 0.08, False)],
    "goldcoast": [("Liam O'Connor", 0.6, 1.0, 0.1, 110, 0.1, False), ("Kevin Zhang", 0.4, 1.0, 0.08, 108, 0.09, True)],
    "phuket": [("Nattapong Srisuk", 0.5, 0.95, 0.09, 102, 0.08, False),
               ("Vivian Chen", 0.5, 1.0, 0.08, 105, 0.08, True)],
}
MARKETS = {  # id: zh, preferred-language zh probability
    "us": ("美国", 0.0), "canada": ("加拿大", 0.0), "uk": ("英国", 0.0), "australia": ("澳大利亚", 0.0),
    "new_zealand": ("新西兰", 0.0), "china": ("中国大陆", 1.0), "hong_kong": ("中国香港", 0.55), "singapore": ("新加坡", 0.4),
}
CHANNELS = {  # id: zh, p(book tour), p(show), close prob at tour
    "web_search": ("搜索引擎", 0.46, 0.64, 0.16), "social_ads": ("社交媒体广告", 0.31, 0.4, 0.055),
    "travel_deal_partner": ("旅游特价网站", 0.55, 0.7, 0.11), "owner_referral": ("业主推荐", 0.6, 0.82, 0.29),
    "lobby_invite": ("大堂邀约", None, None, 0.13), "cn_travel_agency": ("国内旅行社", None, None, 0.105),
}
WEB_SOURCES = {"web_search": 0.38, "social_ads": 0.3, "travel_deal_partner": 0.2, "owner_referral": 0.12}
CAMPAIGNS = {"web_search": ["google_brand", "google_generic", "bing_generic"],
             "social_ads": ["fb_win_a_trip", "ig_summer_giveaway", "tiktok_getaway"],
             "travel_deal_partner": ["groupon_preview", "travelzoo_preview", "costco_travel"],
             "owner_referral": ["refer_a_friend"]}
PACKAGES = {  # id: zh, points, list price
    "silver": ("银卡套餐", 6000, 19900), "gold": ("金卡套餐", 10000, 31900), "platinum": ("白金套餐", 16000, 47900),
}
TIER_ZH = {"silver": "银卡会员", "gold": "金卡会员", "platinum": "白金会员"}
RESCIND = {"changed_mind": "改变主意", "financial_concerns": "经济顾虑", "felt_pressured": "感觉被施压",
           "spouse_disagreed": "配偶不同意", "found_resale_cheaper": "二手更便宜"}
BOOK_ERR = {"no_availability": "无可订房间", "system_error": "系统错误", "insufficient_points": "积分不足"}
CALL_CAT = {  # id: zh, base weight
    "booking_help": ("订房协助", 0.27), "fee_question": ("管理费咨询", 0.17), "points_banking": ("积分结转", 0.14),
    "portal_login": ("门户登录", 0.1), "reservation_change": ("改签取消", 0.16), "exit_inquiry": ("退出咨询", 0.1),
    "sales_complaint": ("销售投诉", 0.06),
}
EXIT_REASON = {"fees_too_high": "管理费太高", "rarely_use": "很少使用", "financial_hardship": "经济困难",
               "misled_at_sale": "购买时被误导", "health_age": "年龄健康原因", "inherited": "继承不想要"}
EXIT_OUT = {"deed_back_accepted": "接受回购退出", "resale_listed": "挂牌转售", "declined": "申请被拒"}
PAY_METHOD = {"autopay": "自动扣款", "card": "信用卡", "ach": "银行转账", "wire": "国际电汇"}

# ---------- feedback texts: every topic has its own marker words (zh / en); generic texts carry none ----------
TOPIC_MARKERS = {
    "pressure": ["推销", "pressure"], "fees": ["管理费", "maintenance fee"], "booking": ["订房", "booking"],
    "exit": ["退出", "get out of"], "refund": ["退款", "refund"], "chinese": ["中文", "mandarin"],
    "housekeeping": ["卫生", "housekeeping"], "praise_stay": ["很喜欢", "loved"], "praise_rep": ["耐心", "helpful"],
}
POSITIVE = {"praise_stay", "praise_rep", "generic_pos"}
TEXT = {
    ("pressure", "zh"): [
        "说好90分钟的说明会拖了四个小时，销售一直强行推销，不签不让走", "经理轮番上阵推销，说这个价格只有今天有效",
        "{rep}推销太激进了，老人都累得不行了还在逼我们签", "本来只想拿免费的早餐券，结果被推销了一整个上午",
        "推销手段太恶心，一直说我们不买就是对家人不负责", "签约是因为被推销得受不了，第二天就后悔了"],
    ("pressure", "en"): [
        "The 90-minute presentation turned into four hours of pressure, they would not let us leave",
        "High pressure sales, the manager kept coming back with a new today-only price",
        "{rep} put so much pressure on us that my wife was in tears", "Way too much pressure for a free breakfast voucher",
        "We only signed because of the pressure, regretted it the next morning",
        "Relentless pressure from the sales team, three different people worked on us",
        "Pressure tactics at {resort}: they said the price would be gone if we walked out"],
    ("fees", "zh"): [
        "今年管理费又涨了9%，都快比直接住酒店还贵了", "管理费每年都在涨，当初销售说不会涨的", "毛伊岛的管理费加了特别摊派，太离谱了",
        "管理费账单看不懂，多了好几项杂费", "退休了收入少，每年的管理费是个负担"],
    ("fees", "en"): [
        "Our maintenance fee went up 9% again this year, it now costs more than a hotel",
        "The sales rep told us the maintenance fee would stay flat, it has gone up every year",
        "Special assessment on top of the Maui maintenance fee is outrageous",
        "Why is the maintenance fee bill full of extra line items?",
        "On a pension the yearly maintenance fee is just too much", "Maintenance fee up again with no explanation"],
    ("booking", "zh"): [
        "新系统订房一直报错，积分扣了房却没订上", "旺季根本订房订不到，积分白买了", "在线订房页面一直转圈，打电话又排队一小时",
        "订房系统换了以后我的积分余额都显示不对", "想订春节的普吉岛，提前十个月订房都说满了"],
    ("booking", "en"): [
        "The new booking system keeps throwing errors, points were taken but no reservation",
        "Booking anything in Maui in winter is impossible, everything is gone",
        "Online booking just spins, then an hour on hold with the call centre",
        "Since the booking system changed my points balance is wrong",
        "Tried booking 11 months out for spring break and it was already full",
        "The app crashed three times in the middle of booking"],
    ("exit", "zh"): [
        "想退出会员，申请了三个月一直没有回音", "孩子不想继承，我们只想退出，为什么这么难", "申请退出被拒了，说还有贷款没还完",
        "有没有正规的退出渠道？不想再交钱了", "退出流程太复杂，要公证还要各种材料"],
    ("exit", "en"): [
        "We have been trying to get out of this contract for months with no answer",
        "How do we get out of the membership? Our kids do not want it", "Our request to get out of the contract was "
        "declined because of the loan", "There has to be a legitimate way to get out of this",
        "Paid an exit company 3,000 dollars and we still can't get out of it"],
    ("refund", "zh"): [
        "冷静期内就取消了，定金退款到现在还没到账", "撤销了合同，退款拖了一个多月", "七天内交了取消信，退款还被扣了手续费"],
    ("refund", "en"): [
        "Cancelled within the 7 days and we are still waiting on the refund of our deposit",
        "Rescinded on day two, the refund took six weeks", "Where is my refund? We sent the rescission letter on time"],
    ("chinese", "zh"): [
        "欢迎回访电话全程英文，父母完全听不懂，没有中文服务", "合同没有中文版本，很多条款签的时候根本没看懂",
        "业主门户没有中文界面，不会用", "打客服电话说没有中文坐席，要等回电", "希望能有中文的会员手册"],
    ("chinese", "en"): [
        "My parents needed a Mandarin speaker on the welcome call and nobody was available",
        "Please offer the contract summary in Mandarin for Chinese buyers",
        "No Mandarin support at owner services, we had to use a translation app"],
    ("housekeeping", "zh"): [
        "房间卫生很差，卫生间有头发", "住了七晚只打扫了一次，卫生不行", "床单有污渍，卫生需要加强"],
    ("housekeeping", "en"): [
        "Housekeeping only came once during a seven-night stay", "Dirty bathroom on arrival, housekeeping was slow to "
        "fix it", "Housekeeping left used towels in the unit"],
    ("praise_stay", "zh"): [
        "孩子们很喜欢泳池，海景房太美了", "很喜欢这次的度假，房间宽敞有厨房", "{resort_zh}环境很好，全家都很喜欢"],
    ("praise_stay", "en"): [
        "We loved the ocean view unit and the pools", "Kids loved the lazy river, already planning next year",
        "Loved our week at {resort}, the villa was spotless", "Loved having a full kitchen, great for a family"],
    ("praise_rep", "zh"): [
        "销售顾问{rep}很耐心，讲解得很清楚", "讲解的顾问很耐心，没有逼我们", "客服小姐姐很耐心地帮我们改了日期"],
    ("praise_rep", "en"): [
        "{rep} was really helpful and honest about the fees", "Our rep was helpful and let us take the paperwork home",
        "Owner services was very helpful changing our dates"],
    ("generic_pos", "zh"): [
        "整体不错", "入住很顺利", "服务挺好的，谢谢", "早餐不错", "下次还会再来"],
    ("generic_pos", "en"): [
        "Great stay overall", "Check-in was smooth", "Friendly staff, thank you", "Good value for our family",
        "Will be back next year", "Everything went fine"],
    ("generic_neu", "zh"): [
        "还行吧", "泳池人有点多", "停车不太方便", "离市区有点远", "一般般，没什么特别的"],
    ("generic_neu", "en"): [
        "It was ok", "Pool was crowded in the afternoon", "Parking is a bit tight", "A bit far from town",
        "Average, nothing special", "Wifi could be faster"],
    ("generic_neg", "zh"): [
        "空调很吵，一晚没睡好", "前台排队太久", "电梯坏了两天"],
    ("generic_neg", "en"): [
        "The AC was loud all night", "Long wait at the front desk", "Elevator was out for two days",
        "Resort fee on top of everything else"],
}


def pick(opts, w=None):
    if isinstance(opts, dict):
        keys = list(opts)
        w = [opts[k] for k in keys] if w is None else w
        opts = keys
    w = [1.0] * len(opts) if w is None else [float(x) for x in w]
    r, acc = rng.random() * sum(w), 0.0
    for o, x in zip(opts, w):
        acc += x
        if r < acc:
            return o
    return opts[-1]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def inside(t):
    return START <= t <= END


def at_hour(t, lo, hi):
    return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(lo, hi)))


def month_starts():
    m = START
    while m <= END:
        nm = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
        yield m, nm
        m = nm


def in_month(m, nm, lo=8.0, hi=21.0):
    return at_hour(m + D(days=int(rng.integers(0, (nm - m).days))), lo, hi)


class Gen:
    def __init__(self):
        self.custs, self.events, self.orders, self.fb, self.truth = [], [], [], [], []
        self.owners = []
        self.n = {"c": 0, "tour": 0, "ct": 0, "res": 0, "case": 0, "exit": 0, "inv": 0, "pay": 0}

    def nid(self, k):
        self.n[k] += 1
        return self.n[k]

    # ---------- writers
    def ev(self, c, t, tp, action, sid=None, device=None, channel=None, **kw):
        if not inside(t):
            return False
        row = dict(customer_id=c["customer_id"], ts=t, touchpoint_id=tp, session_id=sid, action=action,
                   device=device, channel=channel)
        row.update(kw)
        self.events.append(row)
        return True

    def feedback(self, c, t, topic, channel, tp=None, rating=None, nps=None, lang=None, resort=None, rep=None,
                 extra=None):
        if t is not None and not inside(t):
            return
        lang = lang or (c["lang"] if c else "en")
        opts = TEXT[(topic, lang)]
        text = opts[int(rng.integers(len(opts)))]
        resort = resort or (c.get("home_resort") if c else None)
        rep = rep or (c.get("rep") if c else None) or "the rep"
        text = text.format(rep=rep.split()[0] if rep != "the rep" else ("销售" if lang == "zh" else "the rep"),
                           resort=RESORTS[resort or "orlando"][0].split()[-1],
                           resort_zh=RESORTS[resort or "orlando"][1])
        sentiment = "positive" if topic in POSITIVE else ("neutral" if topic == "generic_neu" else "negative")
        row = dict(feedback_id=None, ts=t, customer_id=c["customer_id"] if c else None, touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, text=text, language=lang,
                   resort=RESORTS[resort][0] if resort else None, 度假村=RESORTS[resort][1] if resort else None)
        if extra:
            row.update(extra)
        self.fb.append(row)
        self.truth.append(dict(topic=None if topic.startswith("generic") else topic, sentiment=sentiment))

    # ---------- people
    def customer(self, t, market, channel, resort):
        i = self.nid("c")
        lang = "zh" if rng.random() < MARKETS[market][1] else "en"
        c = dict(customer_id=f"H{i:06d}", signup_at=t, market=market, channel=channel, lang=lang, home_resort=resort,
                 package=None, owner_since=None, rep=None, exited_at=None, rescinded=False, exiting=False,
                 pressured=False, legacy=False, contract_no=None)
        self.custs.append(c)
        return c

    # ---------- sales
    def web_leads(self):
        k = 0
        season = {1: 1.3, 2: 1.1, 3: 1.05, 4: 0.95, 5: 0.95, 6: 1.0, 7: 1.0, 8: 0.95, 9: 0.85, 10: 0.9, 11: 0.85,
                  12: 0.8}
        for m, nm in month_starts():
            lam = 520 * season[m.month] * (1 + 0.01 * k)
            k += 1
            for _ in range(int(rng.poisson(lam))):
                t = in_month(m, nm, 6, 24)
                src = pick(WEB_SOURCES)
                market = pick({"us": 0.55, "canada": 0.12, "uk": 0.1, "australia": 0.12, "new_zealand": 0.03,
                               "china": 0.03, "hong_kong": 0.03, "singapore": 0.02})
                if market in ("us", "canada"):
                    resort = pick({"orlando": 0.5, "maui": 0.25, "gatlinburg": 0.25})
                elif market == "uk":
                    resort = pick({"orlando": 0.6, "maui": 0.2, "phuket": 0.2})
                elif market in ("australia", "new_zealand"):
                    resort = pick({"goldcoast": 0.65, "phuket": 0.25, "maui": 0.1})
                else:
                    resort = pick({"phuket": 0.5, "goldcoast": 0.4, "maui": 0.1})
                c = self.customer(t, market, src, resort)
                dev = pick({"pc": 0.35, "ios": 0.38, "android": 0.27}) if src == "social_ads" else \
                    pick({"pc": 0.55, "ios": 0.28, "android": 0.17})
                camp = CAMPAIGNS[src][int(rng.integers(len(CAMPAIGNS[src])))]
                pkg = f"{RESORTS[resort][0].split()[-1]} 3-night preview"
                self.ev(c, t, "tp_web_lead", "submitted", device=dev, channel="web", lead_source=src,
                        线索来源=CHANNELS[src][0], campaign=camp, preview_package=pkg, resort=RESORTS[resort][0],
                        度假村=RESORTS[resort][1])
                _, p_book, p_show, _ = CHANNELS[src]
                if rng.random() >= p_book:
                    continue
                tb = at_hour(t + D(days=float(rng.exponential(4) + 0.2)), 8, 20)
                tour_day = tb + D(days=float(rng.uniform(8, 85)))
                sid = f"T{self.nid('tour'):06d}"
                self.ev(c, tb, "tp_tour_booked", "booked", sid=sid, channel="phone", resort=RESORTS[resort][0],
                        度假村=RESORTS[resort][1], tour_date=tour_day.strftime("%Y-%m-%d"), lead_source=src)
                if rng.random() < p_show:
                    self.tour(c, at_hour(tour_day, 8.5, 14), resort, src, sid)

    def lobby(self):
        for m, nm in month_starts():
            for r, (en, zh, country, _, n, peaks) in RESORTS.items():
                lam = 1.4 * n * (1.3 if m.month in peaks else 1.0)
                for _ in range(int(rng.poisson(lam))):
                    t = in_month(m, nm, 8, 18)
                    market = {"orlando": {"us": 0.7, "canada": 0.1, "uk": 0.15, "australia": 0.05},
                              "maui": {"us": 0.75, "canada": 0.12, "australia": 0.08, "new_zealand": 0.05},
                              "gatlinburg": {"us": 0.95, "canada": 0.05},
                              "goldcoast": {"australia": 0.68, "new_zealand": 0.1, "china": 0.06, "hong_kong": 0.05,
                                            "singapore": 0.06, "uk": 0.05},
                              "phuket": {"australia": 0.3, "uk": 0.15, "china": 0.2, "hong_kong": 0.1,
                                         "singapore": 0.15, "us": 0.1}}[r]
                    self.invite(t, pick(market), "lobby_invite", r, 0.35, 0.8)
            # Chinese travel-agency groups (Spring Festival and Golden Week peaks)
            for r, base in (("phuket", 44), ("goldcoast", 21)):
                lam = base * {2: 1.9, 1: 1.3, 10: 1.7}.get(m.month, 1.0)
                for _ in range(int(rng.poisson(lam))):
                    self.invite(in_month(m, nm, 8, 18), "china", "cn_travel_agency", r, 0.55, 0.9)

    def invite(self, t, market, channel, resort, p_accept, p_tour):
        c = self.customer(t, market, channel, resort)
        ok = rng.random() < p_accept
        guest = "agency_group" if channel == "cn_travel_agency" else pick({"renter": 0.55, "exchange_guest": 0.3,
                                                                            "hotel_guest": 0.15})
        inc = pick({"$100 resort credit": 0.4, "free breakfast voucher": 0.25, "discounted show tickets": 0.2,
                    "spa credit": 0.15}) if channel == "lobby_invite" else "free island tour"
        self.ev(c, t, "tp_lobby_invite", "accepted" if ok else "declined", channel="store", invite_source=channel,
                guest_type=guest, incentive=inc, resort=RESORTS[resort][0], 度假村=RESORTS[resort][1])
        if ok and rng.random() < p_tour:
            sid = f"T{self.nid('tour'):06d}"
            self.tour(c, at_hour(t + D(days=int(rng.integers(1, 4))), 8.5, 14), resort, channel, sid)

    def tour(self, c, t, resort, src, sid):
        reps = REPS[resort]
        if c["lang"] == "zh" and any(x[6] for x in reps):
            rep = [x for x in reps if x[6]][0] if rng.random() < 0.85 else pick(reps, [x[1] for x in reps])
        else:
            rep = pick(reps, [x[1] for x in reps])
        name, _, close_m, p_resc, minutes, p_press, _ = rep
        contest = resort == "orlando" and CONTEST[0] <= t < CONTEST[1]
        dur = int(np.clip(rng.normal(minutes + (35 if contest else 0), 28), 60, 330))
        if not self.ev(c, t, "tp_tour", "attended", sid=sid, channel="store", resort=RESORTS[resort][0],
                       度假村=RESORTS[resort][1], sales_rep=name, duration_min=dur, lead_source=src):
            return
        pp = p_press * (1.25 if contest else 1.0) * (1.25 if src == "social_ads" else 1.0)
        felt = rng.random() < pp
        if felt:
            c["pressured"] = True
        p_close = CHANNELS[src][3] * close_m * (1.12 if resort == "orlando" else 1.0) * (1.55 if contest else 1.0)
        closes = rng.random() < p_close
        pkg = pick({"silver": 0.25, "gold": 0.4, "platinum": 0.35}) if src == "cn_travel_agency" else \
            pick({"silver": 0.42, "gold": 0.41, "platinum": 0.17})
        t_off = t + D(minutes=dur * 0.6)
        lst = PACKAGES[pkg][2]
        disc1 = float(rng.choice([0.0, 0.03, 0.05, 0.08]))
        if rng.random() < 0.03 and not closes:
            t_end = t + D(minutes=dur)
        else:
            self.ev(c, t_off, "tp_offer", "presented", sid=sid, channel="store", resort=RESORTS[resort][0],
                    度假村=RESORTS[resort][1], sales_rep=name, offer_round=1, package=pkg, 会员套餐=PACKAGES[pkg][0],
                    list_price=lst, offer_price=round(lst * (1 - disc1), -2), discount_pct=disc1)
            t_end = t_off
            second = closes and rng.random() < 0.6 or (not closes and rng.random() < 0.5)
            disc = disc1
            if second:
                disc = float(np.round(rng.uniform(0.12, 0.26), 2))
                t_end = t_off + D(minutes=float(rng.uniform(15, 45)))
                self.ev(c, t_end, "tp_offer", "presented", sid=sid, channel="store", resort=RESORTS[resort][0],
                        度假村=RESORTS[resort][1], sales_rep="Sales manager (T.O.)", offer_round=2, package=pkg,
                        会员套餐=PACKAGES[pkg][0], list_price=lst, offer_price=round(lst * (1 - disc), -2),
                        discount_pct=disc)
            if closes:
                self.contract(c, t_end + D(minutes=float(rng.uniform(10, 30))), resort, src, sid, name, pkg, disc,
                              p_resc, contest)
        # post-presentation survey
        if rng.random() < 0.26:
            tf = at_hour(t + D(days=int(rng.integers(1, 4))), 9, 22)
            if felt and rng.random() < 0.85:
                topic, rating = "pressure", int(pick([1, 2], [0.65, 0.35]))
            elif rng.random() < (0.3 if closes else 0.12):
                topic, rating = "praise_rep", int(pick([4, 5], [0.3, 0.7]))
            else:
                topic = pick({"generic_pos": 0.45, "generic_neu": 0.4, "generic_neg": 0.15})
                rating = {"generic_pos": int(pick([4, 5])), "generic_neu": 3, "generic_neg": int(pick([2, 3]))}[topic]
            self.feedback(c, tf, topic, "tour_survey", "tp_tour", rating=rating, resort=resort, rep=name,
                          extra=dict(sales_rep=name))

    def contract(self, c, t, resort, src, sid, rep, pkg, disc, p_resc, contest):
        ctn = f"AC{t.year % 100:02d}-{self.nid('ct'):05d}"
        price = round(PACKAGES[pkg][2] * (1 - disc), -2)
        financed = rng.random() < (0.3 if src == "cn_travel_agency" else 0.62)
        down = round(price * (float(rng.choice([0.1, 0.15, 0.2])) if financed else 1.0), -1)
        apr = float(rng.choice([14.9, 15.9, 16.9, 17.9])) if financed else None
        self.ev(c, t, "tp_contract", "signed", sid=sid, channel="store", resort=RESORTS[resort][0],
                度假村=RESORTS[resort][1], sales_rep=rep, contract_no=ctn, package=pkg, 会员套餐=PACKAGES[pkg][0],
                points=PACKAGES[pkg][1], list_price=PACKAGES[pkg][2], price=price, discount_pct=disc,
                financed="yes" if financed else "no", down_payment=down, apr=apr, lead_source=src)
        c.update(contract_no=ctn, rep=rep, home_resort=resort)
        pr = (0.42 if contest else p_resc) + (0.05 if src == "social_ads" else 0.0)
        status = "paid"
        tr = at_hour(t + D(days=int(rng.integers(1, 8))), 8, 18)
        if rng.random() < pr and inside(tr):
            reason = "felt_pressured" if (contest and rng.random() < 0.6) or (rep == "Brad Kowalski" and
                                                                              rng.random() < 0.5) else \
                pick({"changed_mind": 0.35, "financial_concerns": 0.25, "felt_pressured": 0.12,
                      "spouse_disagreed": 0.15, "found_resale_cheaper": 0.13})
            self.ev(c, tr, "tp_rescission", "rescinded", sid=sid, channel="email", resort=RESORTS[resort][0],
                    度假村=RESORTS[resort][1], sales_rep=rep, contract_no=ctn, days_after_signing=(tr.date() - t.date()).days,
                    rescission_reason=reason, 撤销原因=RESCIND[reason])
            c["rescinded"] = True
            status = "refunded"
            if rng.random() < 0.45:
                topic = "pressure" if reason == "felt_pressured" and rng.random() < 0.7 else \
                    pick({"refund": 0.6, "generic_neu": 0.4})
                self.feedback(c, tr + D(hours=float(rng.uniform(0.1, 30))), topic, "email", "tp_rescission",
                              resort=resort, rep=rep, extra=dict(contract_no=ctn))
        elif financed and rng.random() < 0.03:
            status = "cancelled"       # the loan was not approved: contract voided
        self.orders.append(dict(order_id=ctn, customer_id=c["customer_id"], ts=t, amount=price, status=status,
                                channel="store", order_type="contract", 订单类型="会籍合同", package=pkg,
                                会员套餐=PACKAGES[pkg][0], points=PACKAGES[pkg][1], list_price=PACKAGES[pkg][2],
                                resort=RESORTS[resort][0], 度假村=RESORTS[resort][1], sales_rep=rep,
                                financed="yes" if financed else "no", down_payment=down, fee_year=None,
                                payment_method=None, invoice_no=None))
        if status != "paid":
            return
        c.update(package=pkg, owner_since=t)
        self.owners.append(c)
        # onboarding: welcome (QA) call, portal activation, first booking is part of the owner life
        tw = at_hour(t + D(days=float(rng.uniform(9, 17))), 9, 19)
        if rng.random() < 0.93 and self.ev(c, tw, "tp_welcome_call", "completed", channel="phone",
                                            call_language=c["lang"], sales_rep=rep,
                                            qa_flag="misrepresentation" if (c["pressured"] or rng.random() < 0.06)
                                            else "none"):
            c["welcomed"] = tw
            if rng.random() < 0.42:
                if c["lang"] == "zh" and rng.random() < 0.55:
                    topic = "chinese"
                elif c["pressured"] and rng.random() < 0.5:
                    topic = "pressure"
                else:
                    topic = pick({"praise_rep": 0.3, "generic_pos": 0.35, "generic_neu": 0.35})
                self.feedback(c, tw + D(minutes=20), topic, "qa_call_note", "tp_welcome_call", resort=resort,
                              rep=rep, extra=dict(contract_no=ctn))
            p_act = 0.55 if c["lang"] == "zh" else 0.86
            if rng.random() < p_act:
                ta = at_hour(tw + D(days=float(rng.exponential(9) + 0.2)), 7, 23)
                dev = pick({"pc": 0.4, "ios": 0.38, "android": 0.22})
                if self.ev(c, ta, "tp_portal_activation", "activated", device=dev,
                           channel="web" if dev == "pc" else "app"):
                    c["activated"] = ta

    # ---------- owners
    def legacy_owners(self):
        for _ in range(2600):
            since = datetime(2009, 1, 1) + D(days=float(rng.uniform(0, 5600)))
            market = pick({"us": 0.58, "canada": 0.1, "uk": 0.1, "australia": 0.12, "new_zealand": 0.02,
                           "china": 0.03, "hong_kong": 0.03, "singapore": 0.02})
            if market in ("australia", "new_zealand"):
                resort = pick({"goldcoast": 0.7, "phuket": 0.2, "maui": 0.1})
            elif market in ("china", "hong_kong", "singapore"):
                resort = pick({"phuket": 0.5, "goldcoast": 0.5})
            else:
                resort = pick({"orlando": 0.45, "maui": 0.25, "gatlinburg": 0.25, "phuket": 0.05})
            ch = pick({"lobby_invite": 0.45, "web_search": 0.2, "owner_referral": 0.15, "travel_deal_partner": 0.12,
                       "social_ads": 0.03, "cn_travel_agency": 0.05 if market == "china" else 0.0})
            c = self.customer(since, market, ch, resort)
            c.update(package=pick({"silver": 0.4, "gold": 0.43, "platinum": 0.17}), owner_since=since, legacy=True,
                     welcomed=since, activated=since if rng.random() < 0.7 else None,
                     rep=None, contract_no=f"AC{since.year % 100:02d}-L{self.n['c']:05d}")
            self.owners.append(c)

    def owner_life(self, c):
        since = c["owner_since"]
        pts = PACKAGES[c["package"]][1]
        online = c.get("activated") is not None
        exit_hazard = 0.0032 * (3.0 if c["pressured"] or (c["rep"] == "Brad Kowalski") else 1.0)
        fee_hit = False
        for m, nm in month_starts():
            if nm <= since + D(days=10):
                continue
            if c["exited_at"] is not None and m >= c["exited_at"]:
                break
            lo = max(m, since + D(days=10))
            # maintenance fee bill for next year (first week of December)
            if m.month == 12 and since < datetime(m.year, 11, 15):
                fee_hit = self.fee_bill(c, m, pts) or fee_hit
            # bookings
            if rng.random() < 1.15 / 12 * (1.6 if not c["legacy"] and since > m - D(days=200) else 1.0):
                self.booking(c, max(lo, in_month(m, nm, 6, 23)), online)
            # owner services calls
            lam = 0.085
            if m.month in (12, 1):
                lam += 0.06
            if (m.year, m.month) == (2026, 2):
                lam += 0.12
            for _ in range(int(rng.poisson(lam))):
                self.owner_call(c, max(lo, in_month(m, nm, 8, 20)), m)
            # exit requests
            if not c["exiting"] and c["exited_at"] is None:
                hz = exit_hazard
                if fee_hit and (m.year, m.month) in ((2026, 1), (2026, 2), (2026, 3)):
                    hz *= 3.2 * (1.6 if c["home_resort"] == "maui" else 1.0)
                if rng.random() < hz:
                    self.exit_request(c, max(lo, in_month(m, nm, 7, 23)), m, fee_hit)

    def fee_bill(self, c, m, pts):
        year = m.year + 1
        resort = c["home_resort"]
        rate = FEE_RATE[year] * RESORTS[resort][3] * (1.12 if (year == 2026 and resort == "maui") else 1.0)
        amt = round(pts * rate, 2)
        tb = at_hour(m + D(days=int(rng.integers(1, 5))), 6, 8)
        inv = f"MF{year}-{self.nid('inv'):06d}"
        if not self.ev(c, tb, "tp_mf_bill", "billed", sid=inv, channel="email", fee_year=year, bill_amount=amt,
                       points=pts, resort=RESORTS[resort][0], 度假村=RESORTS[resort][1], invoice_no=inv,
                       due_date=f"{year}-01-31"):
            return False
        abroad = c["market"] in ("china", "hong_kong", "singapore", "uk")
        method = pick({"autopay": 0.45, "card": 0.3, "ach": 0.15, "wire": 0.1}) if not abroad else \
            pick({"autopay": 0.25, "card": 0.35, "wire": 0.4})
        p_on = 0.87 if year == 2025 else (0.64 if resort == "maui" else 0.75)
        if method == "autopay":
            p_on = min(0.97, p_on + 0.1)
        r = rng.random()
        if r < p_on:
            if method == "autopay":
                tp = datetime(year, 1, 2, 3, 0) + D(minutes=float(rng.uniform(0, 240)))
            else:
                tp = at_hour(tb + D(days=float(rng.uniform(2, 58))), 7, 23)
        elif r < p_on + (1 - p_on) * 0.55:
            tp = at_hour(tb + D(days=float(rng.uniform(62, 200))), 7, 23)
        else:
            tp = None           # still unpaid at the extract
        fee_hit = year == 2026
        if rng.random() < (0.09 if year == 2026 else 0.025) * (1.8 if resort == "maui" else 1.0):
            self.feedback(c, tb + D(days=float(rng.uniform(1, 40))), "fees", pick({"email": 0.6, "call_note": 0.4}),
                          "tp_mf_bill", resort=resort, extra=dict(invoice_no=inv))
        if tp is not None and inside(tp):
            pid = f"PAY-{self.nid('pay'):06d}"
            self.ev(c, tp, "tp_mf_payment", "paid", sid=inv, channel="web" if method in ("card", "ach") else "other",
                    fee_year=year, payment_method=method, 缴费方式=PAY_METHOD[method], invoice_no=inv,
                    days_after_bill=(tp.date() - tb.date()).days)
            self.orders.append(dict(order_id=pid, customer_id=c["customer_id"], ts=tp, amount=amt, status="paid",
                                    channel="web" if method in ("card", "ach") else "other",
                                    order_type="maintenance_fee", 订单类型="管理费", package=c["package"],
                                    会员套餐=PACKAGES[c["package"]][0], points=pts, resort=RESORTS[resort][0],
                                    度假村=RESORTS[resort][1], fee_year=year, payment_method=method,
                                    invoice_no=inv))
            # January 2026: autopay double-charged a few owners, refunded days later
            if method == "autopay" and year == 2026 and rng.random() < 0.03:
                self.orders.append(dict(order_id=f"PAY-{self.nid('pay'):06d}", customer_id=c["customer_id"],
                                        ts=tp + D(minutes=3), amount=amt, status="refunded", channel="other",
                                        order_type="maintenance_fee", 订单类型="管理费", package=c["package"],
                                        会员套餐=PACKAGES[c["package"]][0], points=pts, resort=RESORTS[resort][0],
                                        度假村=RESORTS[resort][1], fee_year=year, payment_method=method,
                                        invoice_no=inv))
        return fee_hit

    def booking(self, c, t, online):
        sid = f"R{self.nid('res'):07d}"
        resort = c["home_resort"] if rng.random() < 0.6 else pick(list(RESORTS))
        dev = pick({"pc": 0.5, "ios": 0.32, "android": 0.18}) if online and rng.random() < 0.8 else None
        ch = "phone" if dev is None else ("web" if dev == "pc" else "app")
        checkin = datetime(t.year, t.month, t.day) + D(days=int(rng.integers(20, 260)))
        nights = int(pick([3, 4, 5, 7], [0.2, 0.25, 0.2, 0.35]))
        pts = int(nights * {"maui": 2100, "orlando": 1400, "gatlinburg": 1100, "goldcoast": 1500, "phuket": 1000}[resort])
        migr = STAYLINK[0] <= t < STAYLINK[1]
        for k in range(3):
            p_sys = (0.42 if dev else 0.12) if migr else 0.02
            p_na = 0.17 if resort == "maui" and checkin.month in (12, 1, 2, 3) else 0.07
            r = rng.random()
            if r < p_sys + p_na + 0.015:
                err = "system_error" if r < p_sys else ("no_availability" if r < p_sys + p_na else
                                                        "insufficient_points")
                self.ev(c, t, "tp_booking", "failed", sid=sid, device=dev, channel=ch, resort=RESORTS[resort][0],
                        度假村=RESORTS[resort][1], checkin_date=checkin.strftime("%Y-%m-%d"), nights=nights,
                        points_used=pts, booking_error=err, 订房失败原因=BOOK_ERR[err], attempt_no=k + 1)
                if (err == "system_error" and rng.random() < 0.18) or (err == "no_availability" and rng.random() < 0.05):
                    self.feedback(c, t + D(hours=float(rng.uniform(0.2, 48))), "booking",
                                  pick({"call_note": 0.5, "email": 0.5}), "tp_booking", resort=resort)
                if rng.random() > 0.72:
                    return
                t = t + D(hours=float(rng.exponential(20) + 0.3))
                continue
            self.ev(c, t, "tp_booking", "confirmed", sid=sid, device=dev, channel=ch, resort=RESORTS[resort][0],
                    度假村=RESORTS[resort][1], checkin_date=checkin.strftime("%Y-%m-%d"), nights=nights,
                    points_used=pts, attempt_no=k + 1)
            if rng.random() < 0.06:
                return           # cancelled later
            tc = checkin + D(hours=float(rng.uniform(15, 21)))
            if self.ev(c, tc, "tp_checkin", "checked_in", sid=sid, channel="store", resort=RESORTS[resort][0],
                       度假村=RESORTS[resort][1], nights=nights, unit_type=pick({"1BR": 0.35, "2BR": 0.45,
                                                                                "3BR villa": 0.2})):
                if rng.random() < 0.3:
                    topic = pick({"housekeeping": 0.07 if resort != "phuket" else 0.16, "praise_stay": 0.33,
                                  "generic_pos": 0.3, "generic_neu": 0.2, "generic_neg": 0.1})
                    rating = {"housekeeping": int(pick([1, 2, 3], [0.3, 0.5, 0.2])), "praise_stay": 5,
                              "generic_pos": int(pick([4, 5], [0.4, 0.6])), "generic_neu": int(pick([3, 4])),
                              "generic_neg": int(pick([2, 3]))}[topic]
                    self.feedback(c, tc + D(days=nights, hours=float(rng.uniform(2, 60))), topic, "stay_review",
                                  "tp_checkin", rating=rating, resort=resort, extra=dict(reservation_no=sid))
            return

    def owner_call(self, c, t, m):
        w = {k: v[1] for k, v in CALL_CAT.items()}
        if m.month in (12, 1):
            w["fee_question"] *= 2.5
        if (m.year, m.month) == (2026, 2):
            w["booking_help"] *= 3.5
        if not c["legacy"] and c["owner_since"] > t - D(days=120):
            w["sales_complaint"] *= 3.0
        cat = pick(w)
        case = f"CS{self.nid('case'):06d}"
        self.ev(c, t, "tp_owner_call", "opened", sid=case, channel="phone", call_category=cat,
                来电类别=CALL_CAT[cat][0], call_language=c["lang"], handle_minutes=int(rng.integers(4, 40)))
        if rng.random() < 0.25:
            tp, topic = {"booking_help": ("tp_booking", pick({"booking": 0.5, "praise_rep": 0.2, "generic_neu": 0.3})),
                         "fee_question": ("tp_mf_bill", pick({"fees": 0.6, "generic_neu": 0.4})),
                         "exit_inquiry": ("tp_exit_request", pick({"exit": 0.8, "generic_neu": 0.2})),
                         "sales_complaint": ("tp_tour", pick({"pressure": 0.85, "generic_neg": 0.15})),
                         "portal_login": ("tp_portal_activation", pick({"generic_neg": 0.5, "generic_neu": 0.5})),
                         }.get(cat, ("tp_owner_call", pick({"praise_rep": 0.35, "generic_pos": 0.35,
                                                            "generic_neu": 0.3})))
            if c["lang"] == "zh" and rng.random() < 0.25:
                topic = "chinese"
                tp = "tp_owner_call"
            self.feedback(c, t + D(minutes=int(rng.integers(5, 45))), topic, "call_note", tp,
                          extra=dict(case_no=case))

    def exit_request(self, c, t, m, fee_hit):
        w = {"fees_too_high": 0.22, "rarely_use": 0.25, "financial_hardship": 0.17, "misled_at_sale": 0.08,
             "health_age": 0.18, "inherited": 0.1}
        if fee_hit and m.year == 2026:
            w["fees_too_high"] *= 3.5
        if c["pressured"] or c["rep"] == "Brad Kowalski":
            w["misled_at_sale"] *= 6
        reason = pick(w)
        route = pick({"deed_back": 0.6, "resale_listing": 0.4})
        sid = f"EX{self.nid('exit'):05d}"
        dev = pick({"pc": 0.7, "ios": 0.2, "android": 0.1})
        if not self.ev(c, t, "tp_exit_request", "submitted", sid=sid, device=dev, channel="web", exit_reason=reason,
                       退出原因=EXIT_REASON[reason], exit_route=route, resort=RESORTS[c["home_resort"]][0],
                       度假村=RESORTS[c["home_resort"]][1]):
            return
        c["exiting"] = True
        if rng.random() < 0.45:
            topic = "fees" if reason == "fees_too_high" and rng.random() < 0.5 else \
                ("pressure" if reason == "misled_at_sale" and rng.random() < 0.5 else "exit")
            self.feedback(c, t + D(hours=float(rng.uniform(0.5, 72))), topic, pick({"email": 0.7, "bbb": 0.3})
                          if c["lang"] == "en" else "email", "tp_exit_request", extra=dict(exit_no=sid))
        financed_recent = not c["legacy"]
        to = at_hour(t + D(days=float(rng.uniform(18, 110))), 9, 18)
        out = "declined" if (financed_recent and rng.random() < 0.6) or rng.random() < 0.2 else \
            ("deed_back_accepted" if route == "deed_back" else "resale_listed")
        why = None
        if out == "declined":
            why = "loan_outstanding" if financed_recent else pick({"fees_in_arrears": 0.6, "title_issue": 0.4})
        if self.ev(c, to, "tp_exit_closed", out, sid=sid, channel="email", exit_outcome=out,
                   退出结果=EXIT_OUT[out], decline_reason=why, days_to_decision=(to.date() - t.date()).days):
            if out == "deed_back_accepted":
                c["exited_at"] = to
            elif out == "declined":
                c["exiting"] = False
                if rng.random() < 0.3:
                    self.feedback(c, to + D(days=float(rng.uniform(1, 20))), "exit",
                                  "bbb" if c["lang"] == "en" else "email", "tp_exit_closed", extra=dict(exit_no=sid))

    # ---------- surveys, apps, social
    def nps_waves(self):
        for wave, t0 in (("2025-04", datetime(2025, 4, 7)), ("2026-04", datetime(2026, 4, 6))):
            for c in self.owners:
                if c["owner_since"] > t0 - D(days=60) or (c["exited_at"] and c["exited_at"] < t0):
                    continue
                if rng.random() > 0.17:
                    continue
                t = at_hour(t0 + D(days=int(rng.integers(0, 14))), 7, 23)
                low = wave == "2026-04"
                r = rng.random()
                if r < (0.2 if low else 0.07):
                    topic, nps, tp = "fees", int(rng.integers(0, 5)), "tp_mf_bill"
                elif r < (0.3 if low else 0.15):
                    topic, nps, tp = "booking", int(rng.integers(1, 6)), "tp_booking"
                elif r < (0.36 if low else 0.2):
                    topic, nps, tp = "exit", int(rng.integers(0, 3)), "tp_exit_request"
                elif r < (0.52 if low else 0.42):
                    topic, nps, tp = "praise_stay", int(rng.integers(8, 11)), None
                else:
                    topic = pick({"generic_pos": 0.5, "generic_neu": 0.4, "generic_neg": 0.1})
                    nps = {"generic_pos": int(rng.integers(8, 11)), "generic_neu": int(rng.integers(5, 9)),
                           "generic_neg": int(rng.integers(2, 7))}[topic]
                    tp = None
                self.feedback(c, t, topic, "owner_survey", tp, nps=nps, extra=dict(survey_wave=wave))

    def app_reviews(self):
        for m, nm in month_starts():
            migr = (m.year, m.month) == (2026, 2)
            for _ in range(int(rng.poisson(70 if migr else 16))):
                t = in_month(m, nm, 6, 24)
                dev = pick({"ios": 0.6, "android": 0.4})
                lang = "zh" if rng.random() < 0.08 else "en"
                if rng.random() < (0.8 if migr else 0.18):
                    topic, rating, tp = "booking", int(pick([1, 2], [0.7, 0.3])), "tp_booking"
                else:
                    topic = pick({"generic_pos": 0.55, "generic_neu": 0.3, "generic_neg": 0.15})
                    rating = {"generic_pos": int(pick([4, 5])), "generic_neu": 3, "generic_neg": int(pick([1, 2]))}[topic]
                    tp = "tp_portal_activation"
                self.feedback(None, None if rng.random() < 0.12 else t, topic, "app_review", tp, rating=rating,
                              lang=lang, resort=None, extra=dict(device=dev, store="App Store" if dev == "ios" else
                                                                 "Google Play"))

    def social(self):
        for m, nm in month_starts():
            for _ in range(int(rng.poisson(24))):
                t = in_month(m, nm, 6, 24)
                zh = rng.random() < 0.2
                platform = pick({"小红书": 0.6, "微信": 0.4}) if zh else pick({"TripAdvisor": 0.45, "Facebook": 0.3,
                                                                          "Reddit": 0.25})
                resort = pick({"orlando": 0.34, "maui": 0.2, "gatlinburg": 0.14, "goldcoast": 0.16, "phuket": 0.16})
                if zh:
                    resort = pick({"phuket": 0.55, "goldcoast": 0.45})
                topic = pick({"pressure": 0.3 if resort == "orlando" else 0.14, "praise_stay": 0.28,
                              "exit": 0.1, "fees": 0.08, "housekeeping": 0.06, "generic_pos": 0.14,
                              "generic_neu": 0.1})
                tp = {"pressure": "tp_tour", "exit": "tp_exit_request", "fees": "tp_mf_bill",
                      "housekeeping": "tp_checkin", "praise_stay": "tp_checkin"}.get(topic)
                if tp and rng.random() < 0.4:
                    tp = None
                rating = None
                if platform == "TripAdvisor":
                    rating = {"pressure": 1, "exit": 1, "fees": 2, "housekeeping": 2, "praise_stay": 5,
                              "generic_pos": 4, "generic_neu": 3}[topic]
                self.feedback(None, None if rng.random() < 0.4 else t, topic, "social", tp, rating=rating,
                              lang="zh" if zh else "en", resort=resort, extra=dict(platform=platform))

    # ---------- run
    def run(self):
        self.legacy_owners()
        self.web_leads()
        self.lobby()
        for c in list(self.owners):
            self.owner_life(c)
        self.nps_waves()
        self.app_reviews()
        self.social()

    def customer_rows(self):
        rows = []
        for c in self.custs:
            if c["exited_at"] is not None:
                seg = "exited"
            elif c["owner_since"] is not None:
                seg = "exiting" if c["exiting"] else "owner"
            elif c["rescinded"]:
                seg = "rescinded"
            else:
                seg = "prospect"
            tier = c["package"]
            rows.append(dict(customer_id=c["customer_id"], signup_at=fmt(c["signup_at"]), segment=seg,
                             region=c["market"], 客源地=MARKETS[c["market"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIER_ZH[tier] if tier else None,
                             preferred_language=c["lang"],
                             home_resort=RESORTS[c["home_resort"]][0], 度假村=RESORTS[c["home_resort"]][1],
                             points=PACKAGES[tier][1] if tier else None,
                             owner_since=fmt(c["owner_since"]) if c["owner_since"] else None,
                             contract_no=c["contract_no"] if c["owner_since"] else None,
                             exited_at=fmt(c["exited_at"]) if c["exited_at"] else None))
        return rows


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else (fmt(r[k]) if isinstance(r.get(k), datetime) else r[k]))
                        for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=a, name=b, name_zh=zh, name_en=b, stage=s, channel=ch, kind=k,
                                         owner=o, aliases=al) for a, b, zh, s, ch, k, o, al in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=en, journey_name_zh=zh, journey_name_en=en, step=k + 1,
                                      touchpoint_id=tp, window_days=w)
                                 for j, en, zh, steps, w in JOURNEYS for k, tp in enumerate(steps)])
    write(out / "customers.csv", g.customer_rows())
    ev = sorted(g.events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for k, r in enumerate(ev, 1):
        r["event_id"] = f"EV{k:07d}"
    # a few rows re-sent by the CRM sync (exact duplicates)
    dup = set(int(x) for x in rng.choice(len(ev), 30, replace=False))
    rows = []
    for k, r in enumerate(ev):
        rows.append(r)
        if k in dup:
            rows.append(dict(r))
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    for r in ev:
        for key in r:
            if key not in cols:
                cols.append(key)
    write(out / "events.csv", rows, cols)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["ts"]))
    keyed = []
    for r, tr in zip(g.fb, g.truth):
        k = r["ts"] if r["ts"] is not None else START + D(days=float(rng.uniform(0, (END - START).days)))
        keyed.append((k, r, tr))
    keyed.sort(key=lambda x: x[0])
    fb_rows, truth = [], []
    for n, (_, r, tr) in enumerate(keyed, 1):
        r["feedback_id"] = f"FB{n:05d}"
        low = r["text"].lower()
        for topic, marks in TOPIC_MARKERS.items():
            hit = any(mk.lower() in low for mk in marks)
            assert hit == (tr["topic"] == topic), (r["text"], tr, topic)
        fb_rows.append(r)
        truth.append(dict(feedback_id=r["feedback_id"], topic=tr["topic"], sentiment=tr["sentiment"]))
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language"]
    for r in fb_rows:
        for key in r:
            if key not in fcols:
                fcols.append(key)
    write(out / "feedback.csv", fb_rows, fcols)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(g.custs)}, events {len(rows)}, orders {len(g.orders)}, feedback {len(fb_rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
