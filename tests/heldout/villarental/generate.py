"""栖岛 IsleNest Villas: a holiday villa rental company with private pool villas in Bali, Phuket and Sanya.
Synthetic, written blind.

Guests find a villa on Airbnb, on the company's own site (web / WeChat mini program) or through a travel agent. They
look at the listing, send an enquiry (WhatsApp, WeChat, Airbnb message, web form, agent e-mail), get a quote from the
destination's reservations team, pay a deposit (30 %; pay in full when arriving within 35 days), get a balance
reminder 40 days before arrival and pay the balance 30 days before. Before arrival they fill in the pre-arrival form
and book concierge services (airport transfer, private chef, spa, tours, boat trips, baby gear). On arrival: airport
transfer, check-in, housekeeping every second day, maintenance calls, checkout, damage claims against the security
deposit, the checkout review (own survey or Airbnb review) and, from June 2025, the "Come Back" repeat-guest offer.

Data 2024-04-01 .. 2026-05-31 (extract taken in June 2026, six months before "today" 2026-12-01). Naive times in
head-office time (Asia/Shanghai, UTC+8). Money: orders.amount and every *_usd column in USD; the guest's own
currency in orders.currency / amount_local.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20261209), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import heapq
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261209
D = timedelta
START, END = datetime(2024, 4, 1), datetime(2026, 5, 31, 23, 59, 59)
N_GUESTS = 11000
GATEWAY = (datetime(2025, 7, 14), datetime(2025, 9, 30, 23, 59, 59))     # own-site payment gateway migration
AIRBNB_FEE = datetime(2025, 10, 27)                                      # Airbnb host-only fee: 3 % -> 15.5 %
DIRECT8 = datetime(2025, 12, 1)                                          # "book direct, save 8 %" on the own site
COMEBACK = datetime(2025, 6, 1)                                          # repeat-guest programme launch
BERSIH = (datetime(2026, 2, 1), datetime(2026, 4, 30, 23, 59, 59))       # Bali housekeeping outsourced to Bersih Co
EXP = (datetime(2026, 2, 1), datetime(2026, 4, 30, 23, 59, 59))          # deposit 30 % vs 20 % test, own site
CNY_WEEKS = [(datetime(2025, 1, 22), datetime(2025, 2, 9, 23, 59)), (datetime(2026, 2, 10), datetime(2026, 2, 28, 23, 59))]
SONGKRAN = [(datetime(2024, 4, 11), datetime(2024, 4, 17)), (datetime(2025, 4, 11), datetime(2025, 4, 17)),
            (datetime(2026, 4, 11), datetime(2026, 4, 17))]

# villa_id: name, destination, area, bedrooms
VILLAS = {
    "BAL-01": ("Villa Kayu Manis", "bali", "seminyak", 3), "BAL-02": ("Villa Sawah", "bali", "ubud", 2),
    "BAL-03": ("Villa Teratai", "bali", "canggu", 4), "BAL-04": ("Villa Bukit Sari", "bali", "uluwatu", 5),
    "BAL-05": ("Villa Padi", "bali", "ubud", 3), "BAL-06": ("Villa Ombak", "bali", "canggu", 3),
    "BAL-07": ("Villa Kemuning", "bali", "seminyak", 4), "BAL-08": ("Villa Tebing", "bali", "uluwatu", 6),
    "BAL-09": ("Villa Segara", "bali", "seminyak", 2), "BAL-10": ("Villa Rimba", "bali", "ubud", 4),
    "BAL-11": ("Villa Pantai", "bali", "canggu", 5), "BAL-12": ("Villa Cempaka", "bali", "seminyak", 3),
    "BAL-13": ("Villa Jepun", "bali", "canggu", 2), "BAL-14": ("Villa Lumbung", "bali", "ubud", 3),
    "BAL-15": ("Villa Karang", "bali", "uluwatu", 4), "BAL-16": ("Villa Melati", "bali", "seminyak", 5),
    "BAL-17": ("Villa Awan", "bali", "canggu", 3), "BAL-18": ("Villa Bambu", "bali", "ubud", 2),
    "BAL-19": ("Villa Surya", "bali", "uluwatu", 3), "BAL-20": ("Villa Nusa", "bali", "seminyak", 4),
    "PKT-01": ("Baan Sai Mai", "phuket", "kamala", 3), "PKT-02": ("Baan Rabiang", "phuket", "kata", 4),
    "PKT-03": ("Baan Talay", "phuket", "kata", 5), "PKT-04": ("Baan Chalong", "phuket", "rawai", 3),
    "PKT-05": ("Baan Phuttan", "phuket", "kamala", 6), "PKT-06": ("Baan Lom", "phuket", "surin", 4),
    "PKT-07": ("Baan Kasalong", "phuket", "bang_tao", 5), "PKT-08": ("Baan Mek", "phuket", "rawai", 2),
    "PKT-09": ("Baan Khao", "phuket", "kamala", 5), "PKT-10": ("Baan Nam", "phuket", "kata", 3),
    "PKT-11": ("Baan Dao", "phuket", "surin", 2), "PKT-12": ("Baan Chan", "phuket", "bang_tao", 4),
    "PKT-13": ("Baan Pla", "phuket", "rawai", 3), "PKT-14": ("Baan Fah", "phuket", "kamala", 6),
    "SYA-01": ("海棠云栖 Haitang Cloud", "sanya", "haitang_bay", 4),
    "SYA-02": ("海棠听涛 Haitang Tide", "sanya", "haitang_bay", 5),
    "SYA-03": ("亚龙湾椰风 Yalong Palm", "sanya", "yalong_bay", 3),
    "SYA-04": ("亚龙湾半山 Yalong Hillside", "sanya", "yalong_bay", 6),
    "SYA-05": ("三亚湾落霞 Sanya Bay Sunset", "sanya", "sanya_bay", 3),
    "SYA-06": ("清水湾星河 Qingshui Starlight", "sanya", "qingshui_bay", 4),
    "SYA-07": ("海棠揽月 Haitang Moon", "sanya", "haitang_bay", 5),
    "SYA-08": ("亚龙湾珊瑚 Yalong Coral", "sanya", "yalong_bay", 2),
    "SYA-09": ("清水湾听海 Qingshui Sea", "sanya", "qingshui_bay", 3),
    "SYA-10": ("海棠拾光 Haitang Glow", "sanya", "haitang_bay", 4),
    "SYA-11": ("三亚湾云顶 Sanya Bay Summit", "sanya", "sanya_bay", 5),
}
DEST_ZH = {"bali": "巴厘岛", "phuket": "普吉岛", "sanya": "三亚"}
AREA_ZH = {"seminyak": "水明漾", "ubud": "乌布", "canggu": "长谷", "uluwatu": "乌鲁瓦图", "kamala": "卡马拉",
           "kata": "卡塔", "rawai": "拉威", "surin": "苏林", "bang_tao": "邦涛", "haitang_bay": "海棠湾",
           "yalong_bay": "亚龙湾", "sanya_bay": "三亚湾", "qingshui_bay": "清水湾"}
BASE_RATE = {2: 230, 3: 330, 4: 460, 5: 630, 6: 820}                   # USD / night, shoulder season
DEST_MULT = {"bali": 1.0, "phuket": 1.1, "sanya": 1.2}
SEASON_MULT = {"peak": 1.5, "high": 1.2, "shoulder": 1.0, "low": 0.78}
SEASON_DEMAND = {"peak": 1.0, "high": 0.85, "shoulder": 0.6, "low": 0.38}
CCY_FX = {"USD": 1.0, "CNY": 7.2, "AUD": 1.53, "EUR": 0.92, "GBP": 0.79, "SGD": 1.34}

MARKETS = {  # market: weight, countries, language zh share, destination mix, acquisition mix
    "china": (0.40, {"CN": 1.0}, 0.93, {"sanya": 0.56, "bali": 0.25, "phuket": 0.19},
              {"xiaohongshu": 0.34, "agent": 0.2, "own_site": 0.22, "airbnb": 0.12, "referral": 0.12}),
    "australia": (0.21, {"AU": 0.92, "NZ": 0.08}, 0.0, {"bali": 0.8, "phuket": 0.2},
                  {"airbnb": 0.3, "instagram": 0.25, "google": 0.3, "agent": 0.05, "referral": 0.1}),
    "europe": (0.16, {"GB": 0.3, "DE": 0.25, "FR": 0.2, "NL": 0.15, "SE": 0.1}, 0.0,
               {"phuket": 0.52, "bali": 0.45, "sanya": 0.03},
               {"airbnb": 0.47, "google": 0.2, "agent": 0.14, "instagram": 0.12, "referral": 0.07}),
    "southeast_asia": (0.13, {"SG": 0.6, "MY": 0.4}, 0.22, {"bali": 0.45, "phuket": 0.4, "sanya": 0.15},
                       {"airbnb": 0.38, "google": 0.22, "agent": 0.12, "instagram": 0.17, "referral": 0.11}),
    "north_america": (0.07, {"US": 0.8, "CA": 0.2}, 0.0, {"bali": 0.6, "phuket": 0.37, "sanya": 0.03},
                      {"airbnb": 0.56, "google": 0.2, "instagram": 0.13, "agent": 0.04, "referral": 0.07}),
    "middle_east": (0.03, {"AE": 0.7, "SA": 0.3}, 0.0, {"bali": 0.5, "phuket": 0.5},
                    {"airbnb": 0.45, "agent": 0.3, "google": 0.25}),
}
PARTY = {"couple": (0.3, [2, 3], (3, 7)), "family": (0.35, [3, 4], (5, 10)), "friends": (0.2, [4, 5, 6], (3, 6)),
         "multi_gen": (0.15, [5, 6], (6, 12))}
AGENTS = {  # agent: markets, commission
    "莲花旅行 Lotus Travel": ({"china": 0.7}, 0.15), "逸途国旅 Yitu International": ({"china": 0.3}, 0.14),
    "Kangaroo Escapes": ({"australia": 1.0}, 0.16), "Blue Lagoon DMC": ({"europe": 0.8, "middle_east": 1.0}, 0.18),
    "Jetset Asia": ({"southeast_asia": 1.0, "europe": 0.2, "north_america": 1.0}, 0.15),
}
TEAM_MEDIAN_H = {"sanya": 0.8, "phuket": 2.6, "bali": 6.5}             # enquiry -> quote, median hours
HK_VENDOR = {"bali": "in_house", "phuket": "phuket_clean_pro", "sanya": "in_house"}
HK_SCORE = {"in_house": 90, "phuket_clean_pro": 86, "bersih_co": 70}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social_content", "社媒种草内容", "Social content", "awareness", "social", "digital", "marketing",
     "xiaohongshu|instagram|小红书|种草|笔记|reels|influencer post"),
    ("tp_listing_view", "房源页浏览", "Listing view", "awareness", "web", "digital", "marketing",
     "listing|villa page|property page|房源|房源详情|别墅页面|listing page"),
    ("tp_enquiry", "咨询询价", "Enquiry", "consideration", "other", "digital", "reservations",
     "inquiry|enquiry|availability request|询价|咨询|问档期|问价"),
    ("tp_quote_sent", "报价发送", "Quote sent", "consideration", "email", "digital", "reservations",
     "quote|quotation|offer|报价|发报价|报价单"),
    ("tp_payment_fail", "付款失败", "Payment failed", "purchase", "web", "digital", "finance",
     "card declined|payment error|3ds fail|支付失败|刷卡失败|付不了款"),
    ("tp_deposit_paid", "支付定金", "Deposit paid", "purchase", "web", "digital", "finance",
     "deposit|booking confirmed|down payment|定金|订金|下定|预订成功"),
    ("tp_balance_reminder", "尾款提醒", "Balance reminder", "purchase", "email", "digital", "finance",
     "balance due reminder|payment reminder|尾款通知|催尾款"),
    ("tp_balance_paid", "支付尾款", "Balance paid", "purchase", "web", "digital", "finance",
     "balance payment|final payment|paid in full|尾款|付清|结清"),
    ("tp_cancel", "取消预订", "Booking cancelled", "purchase", "other", "digital", "reservations",
     "cancellation|cancelled booking|退订|取消|撤单"),
    ("tp_prearrival_form", "入住前信息表", "Pre-arrival form", "service", "web", "digital", "concierge",
     "pre-arrival|guest registration|arrival details|入住信息|到店信息|行前表"),
    ("tp_concierge_request", "礼宾服务预订", "Concierge request", "service", "app", "digital", "concierge",
     "concierge|private chef|spa booking|tour booking|礼宾|管家服务|私厨|代订"),
    ("tp_airport_transfer", "接机", "Airport transfer", "service", "other", "physical", "concierge",
     "airport pickup|transfer|driver|接送机|接机|司机"),
    ("tp_checkin", "入住办理", "Check-in", "service", "other", "physical", "villa_ops",
     "check in|arrival|welcome|入住|办理入住|到达"),
    ("tp_housekeeping", "客房保洁", "Housekeeping", "service", "other", "physical", "villa_ops",
     "cleaning|maid service|turndown|保洁|打扫|清洁"),
    ("tp_maintenance", "维修报修", "Maintenance call", "service", "phone", "physical", "villa_ops",
     "repair|maintenance|broken|fix|报修|维修|坏了"),
    ("tp_checkout", "退房", "Checkout", "service", "other", "physical", "villa_ops",
     "check out|departure|离店|退房"),
    ("tp_damage_claim", "损坏索赔", "Damage claim", "service", "email", "digital", "villa_ops",
     "damage charge|security deposit claim|breakage|损坏赔偿|押金扣款|索赔"),
    ("tp_checkout_review", "退房评价", "Checkout review", "loyalty", "email", "digital", "guest_experience",
     "review|post-stay survey|rating|评价|点评|住后问卷"),
    ("tp_repeat_offer", "回头客优惠", "Come Back offer", "loyalty", "email", "digital", "crm",
     "come back offer|returning guest code|rebooking offer|回头客|老客优惠|复购券"),
    ("tp_repeat_booking", "回头客复订", "Repeat booking", "loyalty", "other", "digital", "crm",
     "rebooking|repeat stay|booked again|复订|再次预订|回购"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("view_to_enquiry", "房源浏览到咨询", "Listing view to enquiry", ["tp_listing_view", "tp_enquiry"], 7),
    ("enquiry_to_deposit", "咨询到付定金", "Enquiry to deposit", ["tp_enquiry", "tp_quote_sent", "tp_deposit_paid"], 14),
    ("deposit_to_balance", "定金到尾款", "Deposit to balance", ["tp_deposit_paid", "tp_balance_paid"], 240),
    ("prearrival", "付清到入住", "Balance to check-in",
     ["tp_balance_paid", "tp_prearrival_form", "tp_checkin"], 60),
    ("stay_review", "入住到评价", "Stay to review", ["tp_checkin", "tp_checkout", "tp_checkout_review"], 30),
    ("repeat_booking", "回头客复订", "Repeat booking", ["tp_checkout", "tp_repeat_offer", "tp_repeat_booking"], 240),
]

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "contact_channel", "order_id", "villa_id", "destination", "bedrooms", "currency", "amount_usd",
           "payment_method", "fail_reason", "response_hours", "availability", "check_in", "nights", "guests",
           "service_type", "wait_min", "driver_vendor", "hk_vendor", "inspection_score", "issue_type", "fix_hours",
           "damage_type", "claim_usd", "claim_status", "offer_code", "cancel_reason", "agent_name", "utm_source"]


class Rand:
    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._i = self.g.random(1 << 18), 0

    def u(self) -> float:
        if self._i >= len(self._u):
            self._u, self._i = self.g.random(1 << 18), 0
        v = self._u[self._i]
        self._i += 1
        return float(v)


R = Rand(SEED)
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
guests: list[dict] = []
experiments: list[dict] = []
calendar: dict[str, list] = {v: [] for v in VILLAS}
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def U(a, b):
    return a + (b - a) * R.u()


def chance(p):
    return R.u() < p


def pick(p: dict):
    tot = sum(p.values())
    x = R.u() * tot
    for k, w in p.items():
        x -= w
        if x < 0:
            return k
    return k


def choice(items):
    return items[min(int(R.u() * len(items)), len(items) - 1)]


def expo(mean):
    return -mean * math.log(max(R.u(), 1e-12))


def normal(mu, sd):
    u1, u2 = max(R.u(), 1e-12), R.u()
    return mu + sd * math.sqrt(-2 * math.log(u1)) * math.cos(2 * math.pi * u2)


def lognorm(median, sigma):
    return median * math.exp(normal(0, sigma))


def in_(t, span):
    return span[0] <= t <= span[1]


def day(t: datetime) -> datetime:
    return datetime(t.year, t.month, t.day)


def at(t: datetime, h0, h1) -> datetime:
    return day(t) + D(hours=U(h0, h1))


def season(dest: str, d: datetime) -> str:
    m, dd = d.month, d.day
    if dest == "bali":
        if m in (7, 8) or (m == 12 and dd >= 20) or (m == 1 and dd <= 5):
            return "peak"
        if m in (6, 9, 4, 5):
            return "high"
        if m in (2, 3, 11):
            return "low"
        return "shoulder"
    if dest == "phuket":
        if (m == 12 and dd >= 20) or (m == 1 and dd <= 10) or any(a <= d <= b for a, b in SONGKRAN):
            return "peak"
        if m in (11, 12, 1, 2, 3, 4):
            return "high"
        if m in (5, 10):
            return "shoulder"
        return "low"
    # sanya
    if any(a <= d <= b for a, b in CNY_WEEKS) or (m == 10 and dd <= 7):
        return "peak"
    if m in (11, 12, 1, 2, 3):
        return "high"
    if m in (4, 7, 8, 10):
        return "shoulder"
    return "low"


def fx(ccy: str, t: datetime) -> float:
    k = (t.year - 2024) * 12 + t.month
    return round(CCY_FX[ccy] * (1 + 0.025 * math.sin(k / 3.0 + len(ccy))), 4)


def ev(g, ts, tp, **kw):
    if ts < START or ts > END:
        return None
    row = {"event_id": nid("EV", 7), "customer_id": g["customer_id"], "ts": ts, "touchpoint_id": tp}
    row.update({k: v for k, v in kw.items() if v is not None})
    events.append(row)
    return row


# ---------------------------------------------------------------- feedback text

TEXT = {
    "payment_fail": {
        "zh": ["官网付定金一直付款失败，信用卡试了三次都不行，差点订不上",
               "付款失败好几次，银行说是验证没通过，最后让朋友帮忙付的",
               "小程序里付款失败，页面一直转圈，客服让我换卡再试",
               "付定金的时候付款失败，钱好像扣了又退回来了"],
        "en": ["Payment failed three times on your website when I tried to pay the deposit - my bank says the "
               "3D Secure check never came through.",
               "Your site keeps saying payment failed with my {ccy} card. Nearly gave up and booked elsewhere.",
               "Tried two different cards, payment failed on both. Had to message you on WhatsApp to sort it out.",
               "Payment failed again this morning, and the villa hold expires today. Please help."],
    },
    "slow_reply": {
        "zh": ["问个档期回复太慢了，等了一天多才给报价", "微信上咨询回复太慢，别的平台早就订好了",
               "客服回复太慢，问了三次有没有接机服务才有人回"],
        "en": ["You were very slow to reply - it took almost two days to get a quote for {villa}.",
               "Sent an enquiry on Friday and got a quote on Monday. Far too slow to reply for a booking this size.",
               "Reservations team is slow to reply on WhatsApp, we booked another villa in the meantime."],
    },
    "housekeeping_dirty": {
        "zh": ["保洁打扫不干净，浴室地上还有头发，泳池边的毛巾两天没换",
               "{villa}的房间打扫不干净，床单上有污渍，跟管家说了才重新换",
               "这次保洁明显不如上次，打扫不干净，厨房台面油腻腻的",
               "打扫不干净，垃圾也没倒，阿姨来了十分钟就走了"],
        "en": ["Rooms were not cleaned properly - hair in the shower and the pool towels weren't changed.",
               "Housekeeping was a let-down this time, the kitchen was not cleaned properly and bins weren't emptied.",
               "The villa was not cleaned properly on arrival, sand and dust everywhere.",
               "New cleaning crew? Bedrooms not cleaned properly, sheets had stains. Very different from last year."],
    },
    "transfer_late": {
        "zh": ["凤凰机场接机迟到了快一个小时，带着老人小孩在出口干等",
               "接机迟到，司机电话也打不通，最后自己打车去的{area}",
               "春节来玩，接机迟到四十多分钟，第一印象很差",
               "接机迟到，说是路上堵车，但应该提前出发啊"],
        "en": ["Our driver was late by almost an hour at the airport, with two tired kids.",
               "The airport driver was late and not answering his phone, we ended up taking a taxi.",
               "Transfer driver was late 45 minutes. Not the start we hoped for."],
    },
    "deposit_deduction": {
        "zh": ["退房后押金扣款太离谱，一个杯子和一块地毯污渍扣了{claim}美元",
               "押金扣款没有照片证据，我们入住时那个椅子就是坏的",
               "押金扣款一直不给明细，邮件问了三次都没回复",
               "对押金扣款有异议，泳池灯本来就不亮，不是我们弄坏的"],
        "en": ["The deposit deduction of USD {claim} is outrageous - a scratched table that was already scratched.",
               "We dispute the deposit deduction. No photos, no inventory check at check-in, just a bill by email.",
               "Still no breakdown for the deposit deduction two weeks after checkout.",
               "Unfair deposit deduction for 'furniture damage' - the sofa was like that when we arrived."],
    },
    "ac_broken": {
        "zh": ["主卧空调坏了，报修后等了大半天才有人来", "空调坏了两次，晚上热得睡不着",
               "{villa}的空调坏了，维修师傅来了说要换零件，第二天才修好"],
        "en": ["The air con broke in the master bedroom and took a whole day to fix.",
               "Air con broke twice during our stay at {villa}. In this heat that's a big deal.",
               "Air con broke on night one, technician only came the next afternoon."],
    },
    "rain": {
        "zh": ["雨季来的，几乎一直下雨，泳池都没怎么用上", "一直下雨，出海的行程也取消了，有点可惜"],
        "en": ["It rained every day of our stay, couldn't really use the pool. Should have been warned it's monsoon.",
               "Rained every day, boat trip cancelled twice. Villa fine, weather not."],
    },
    "staff_praise": {
        "zh": ["管家很贴心，提前帮我们准备了婴儿床和儿童餐椅", "管家很贴心，每天都问我们需不需要订餐厅",
               "这次最满意的是管家很贴心，老人生日还准备了蛋糕", "管家很贴心，入住讲解得很清楚"],
        "en": ["Our villa manager was amazing - sorted a birthday cake and a surprise dinner setup.",
               "The villa manager was amazing, always one message away and super helpful with tours.",
               "Special thanks to the villa manager, who went above and beyond for our family."],
    },
    "pool_praise": {
        "zh": ["泳池很美，晚上开着灯特别出片", "泳池很美，孩子们一整天都泡在水里", "无边泳池很美，正对着海"],
        "en": ["The pool was stunning, especially at sunset.", "Pool was stunning and spotless, the kids loved it.",
               "Infinity pool was stunning - worth every cent."],
    },
    "direct_discount": {
        "zh": ["这次用官网直订优惠，比平台便宜不少，以后都直接订", "看到官网直订优惠省了8%，付款也很方便"],
        "en": ["Booked with the direct booking discount this time - cheaper than Airbnb and the same villa.",
               "Loved the direct booking discount, will book direct again."],
    },
    "generic_pos": {
        "zh": ["整体很满意，别墅和照片一致，下次还来", "住得很舒服，位置好，性价比不错", "很棒的一次度假，推荐给朋友了",
               "别墅很新，设施齐全，一家人玩得很开心"],
        "en": ["Lovely stay, the villa was exactly as pictured.", "Great location and a beautiful villa, would return.",
               "Everything went smoothly, highly recommend.", "Fantastic holiday, the whole group loved it."],
    },
    "generic_neu": {
        "zh": ["还可以，就是离海边有点远", "一般吧，和照片有点差距", "中规中矩，早餐选择少了点"],
        "en": ["It was fine, a bit further from the beach than we expected.", "OK stay, nothing special.",
               "Decent villa, though a little dated inside."],
    },
}
SENT = {"payment_fail": "neg", "slow_reply": "neg", "housekeeping_dirty": "neg", "transfer_late": "neg",
        "deposit_deduction": "neg", "ac_broken": "neg", "rain": "neg", "staff_praise": "pos", "pool_praise": "pos",
        "direct_discount": "pos", "generic_pos": "pos", "generic_neu": "neu"}
TOPIC_TP = {"payment_fail": "tp_payment_fail", "slow_reply": "tp_enquiry", "housekeeping_dirty": "tp_housekeeping",
            "transfer_late": "tp_airport_transfer", "deposit_deduction": "tp_damage_claim",
            "ac_broken": "tp_maintenance", "rain": "tp_checkout_review", "staff_praise": "tp_checkin",
            "pool_praise": "tp_checkout_review", "direct_discount": "tp_deposit_paid",
            "generic_pos": "tp_checkout_review", "generic_neu": "tp_checkout_review"}


def rating_for(topic):
    if SENT[topic] == "neg":
        return pick({1: 0.35, 2: 0.4, 3: 0.25}) if topic != "rain" else pick({2: 0.3, 3: 0.5, 4: 0.2})
    if SENT[topic] == "pos":
        return pick({4: 0.3, 5: 0.7})
    return pick({3: 0.6, 4: 0.4})


def nps_for(r):
    base = {1: 1.5, 2: 3.5, 3: 6.0, 4: 8.2, 5: 9.4}[r]
    return int(min(10, max(0, round(normal(base, 1.1)))))


def add_feedback(g, topic, channel, ts, bk=None, rated=False, with_nps=False, no_ts=False, anon=False,
                 platform=None, lang=None, **fmt):
    lang = lang or g["lang"]
    t = choice(TEXT[topic][lang])
    vals = {"villa": VILLAS[bk["villa_id"]][0] if bk else "the villa",
            "area": AREA_ZH.get(VILLAS[bk["villa_id"]][2], "") if bk else "", "ccy": g["currency"], "claim": 150}
    vals.update(fmt)
    text = t.format(**vals)
    r = rating_for(topic) if rated else None
    row = {"feedback_id": nid("FB", 6), "customer_id": None if anon else g["customer_id"],
           "ts": None if no_ts else ts, "text": text, "touchpoint_id": TOPIC_TP[topic], "channel": channel,
           "platform": platform, "rating": r, "nps": nps_for(r) if (r and with_nps) else None, "language": lang,
           "region": g["market"], "destination": bk["destination"] if bk else None,
           "villa_id": bk["villa_id"] if bk else None, "order_id": bk["order_id"] if bk else None}
    if ts is None or ts > END or ts < START:
        return
    feedback.append(row)
    truth.append({"feedback_id": row["feedback_id"], "topic": topic, "sentiment": SENT[topic], "language": lang})


# ---------------------------------------------------------------- guests

def make_guest(i):
    market = pick({m: v[0] for m, v in MARKETS.items()})
    _, countries, zh_share, _, acq = MARKETS[market]
    country = pick(countries)
    lang = "zh" if chance(zh_share) else "en"
    ccy = {"china": "CNY", "australia": "AUD", "southeast_asia": "SGD", "north_america": "USD",
           "middle_east": "USD"}.get(market) or ("GBP" if country == "GB" else "EUR")
    if country == "NZ":
        ccy = "AUD"
    # first-contact date: more planning in Sep-Jan and Mar-May
    while True:
        t = START + D(days=U(0, (END - START).days - 20))
        if chance({1: 0.9, 2: 0.7, 3: 0.85, 4: 0.9, 5: 0.8, 6: 0.65, 7: 0.6, 8: 0.65, 9: 0.8, 10: 0.95, 11: 1.0,
                   12: 0.95}[t.month]):
            break
    g = {"customer_id": f"G{i:06d}", "signup_at": at(t, 7, 23.5), "market": market, "country": country,
         "lang": lang, "currency": ccy, "acquisition_channel": pick(acq), "party_type": pick({k: v[0] for k, v in PARTY.items()}),
         "opt_in": chance(0.8), "stays": 0, "spend": 0.0, "bookings": 0, "first_booking": None, "last_stay": None,
         "bad_stay": False, "variant": None, "device": None}
    g["device"] = pick({"ios": 0.5, "android": 0.25, "pc": 0.25}) if market != "china" else \
        pick({"ios": 0.55, "android": 0.35, "pc": 0.1})
    guests.append(g)
    return g


def booking_channel(g, t, repeat):
    if repeat:
        return pick({"own_site": 0.75, "airbnb": 0.15, "agent": 0.1})
    a = g["acquisition_channel"]
    if a == "agent":
        return "agent"
    if a == "airbnb":
        ch = "airbnb"
    elif a in ("xiaohongshu", "referral"):
        ch = "own_site" if chance(0.85) else "airbnb"
    else:
        ch = "own_site" if chance(0.7) else "airbnb"
    if ch == "airbnb" and t >= DIRECT8 and chance(0.35):
        ch = "own_site"
    return ch


def pick_agent(g):
    opts = {a: v[0].get(g["market"], 0) for a, v in AGENTS.items()}
    return pick({a: w for a, w in opts.items() if w > 0})


def free(villa, ci, co):
    return all(co <= a or ci >= b for a, b, _ in calendar[villa])


def find_villa(dest, beds, ci, co, prefer=None):
    cands = [v for v, x in VILLAS.items() if x[1] == dest and abs(x[3] - beds) <= 1]
    cands.sort(key=lambda v: (abs(VILLAS[v][3] - beds), R.u()))
    if prefer in cands:
        cands.remove(prefer)
        cands.insert(0, prefer)
    for v in cands:
        if free(v, ci, co):
            return v
    return None


# ---------------------------------------------------------------- one trip: look -> enquire -> quote -> pay -> stay

def trip(g, t0, repeat=False, via_offer=False, heap=None):
    dest = pick(MARKETS[g["market"]][3]) if not repeat or chance(0.3) else g.get("last_dest", "bali")
    ch = booking_channel(g, t0, repeat)
    agent = pick_agent(g) if ch == "agent" else None
    dev = g["device"]
    t = t0
    utm = {"xiaohongshu": "xiaohongshu", "instagram": "instagram", "google": "google_ads", "referral": "referral",
           "own_site": "direct", "airbnb": None, "agent": None}[g["acquisition_channel"]] if not repeat else "crm_email"
    if not repeat and g["acquisition_channel"] in ("xiaohongshu", "instagram"):
        ev(g, t - D(hours=U(2, 72)), "tp_social_content", action="view", device=dev, channel="social",
           utm_source=g["acquisition_channel"])
    # listing views (not for agent bookings: the agent does the looking)
    if ch != "agent":
        sess = nid("S", 7)
        nviews = 1 + int(expo(1.6))
        for k in range(nviews):
            tv = t + D(hours=k * U(0.02, 30))
            ev(g, tv, "tp_listing_view", session_id=sess if k < 2 else nid("S", 7), action="view", device=dev,
               channel=ch, destination=dest, utm_source=utm)
        p_enq = {"own_site": 0.40, "airbnb": 0.48}[ch] + (0.35 if repeat else 0.0)
        if not chance(p_enq):
            return
        t = t + D(hours=U(0.3, 150))
    # enquiry
    beds = choice(PARTY[g["party_type"]][1])
    lo, hi = PARTY[g["party_type"]][2]
    nights = int(round(U(lo, hi)))
    med = {"china": 40, "australia": 80, "europe": 100, "southeast_asia": 50, "north_america": 90,
           "middle_east": 60}[g["market"]] * (1.3 if ch == "agent" else 1.0)
    for _ in range(8):
        lead = int(min(300, max(3, lognorm(med, 0.7))))
        ci = day(t + D(days=lead))
        if chance(SEASON_DEMAND[season(dest, ci)]):
            break
    co = ci + D(days=nights)
    cc = {"own_site": "wechat" if g["market"] == "china" else choice(["whatsapp", "web_form", "whatsapp"]),
          "airbnb": "airbnb_message", "agent": "agent_email"}[ch]
    villa = find_villa(dest, beds, ci, co, prefer=g.get("last_villa") if repeat else None)
    guests_n = {"couple": 2, "family": int(U(3, 6)), "friends": int(U(5, 11)), "multi_gen": int(U(6, 12))}[g["party_type"]]
    ev(g, t, "tp_enquiry", action="submit", device=dev if ch != "agent" else None, channel=ch, contact_channel=cc,
       destination=dest, villa_id=villa, bedrooms=beds, check_in=ci.date(), nights=nights, guests=guests_n,
       availability="available" if villa else "fully_booked", agent_name=agent, session_id=None)
    if ch == "own_site" and in_(t, EXP) and g["variant"] is None:
        g["variant"] = "deposit_20" if chance(0.5) else "deposit_30"
        experiments.append({"experiment_id": "deposit_pct_test", "variant": g["variant"],
                            "customer_id": g["customer_id"], "assigned_at": t,
                            "variant_desc": {"deposit_20": "20% deposit at booking",
                                             "deposit_30": "30% deposit at booking (control)"}[g["variant"]]})
    if villa is None or not chance(0.96):
        return
    # quote
    rh = lognorm(TEAM_MEDIAN_H[dest], 1.0)
    if t.weekday() >= 5 and dest != "sanya":
        rh *= 2.2
    if ch == "agent":
        rh *= 0.6
    rh = round(min(110.0, max(0.05, rh)), 2)
    tq = t + D(hours=rh)
    nightly = BASE_RATE[VILLAS[villa][3]] * DEST_MULT[dest] * SEASON_MULT[season(dest, ci)] * U(0.93, 1.07)
    if dest == "sanya" and any(a <= ci <= b for a, b in CNY_WEEKS):
        nightly *= 1.5
    ev(g, tq, "tp_quote_sent", action="send", channel=ch, contact_channel=cc, destination=dest, villa_id=villa,
       bedrooms=VILLAS[villa][3], response_hours=rh, check_in=ci.date(), nights=nights,
       amount_usd=round(nightly * nights, 2), agent_name=agent)
    if rh > 24 and chance(0.25 if ch != "agent" else 0.05):
        add_feedback(g, "slow_reply", "whatsapp" if g["lang"] == "en" else "wechat", tq + D(hours=U(0.5, 30)),
                     bk={"villa_id": villa, "destination": dest, "order_id": None}, villa=VILLAS[villa][0])
    # decide
    p = {"own_site": 0.50, "airbnb": 0.52, "agent": 0.6}[ch]
    p *= 1.12 if rh <= 2 else (1.0 if rh <= 24 else 0.55)
    if repeat:
        p = min(0.92, p + 0.22)
    if ch == "own_site" and tq >= DIRECT8:
        p *= 1.1
    if ch == "own_site" and g["variant"] == "deposit_20" and in_(t, EXP):
        p *= 1.28
    p = min(0.95, p)
    delay = expo(2.3) if chance(0.9) else U(14, 30)
    td = tq + D(days=delay)
    if td > ci - D(days=2):
        return
    if not chance(p):
        return
    # pay the deposit
    if ch == "own_site":
        pf = 0.06
        if in_(td, GATEWAY) and g["currency"] != "CNY":
            pf = 0.88
        tries, ok = 0, False
        while tries < 3:
            tries += 1
            ta = td + D(minutes=tries * U(2, 40))
            if chance(pf):
                ev(g, ta, "tp_payment_fail", action="fail", device=dev, channel=ch, currency=g["currency"],
                   payment_method="wechat_pay" if g["currency"] == "CNY" and chance(0.7) else "card",
                   fail_reason="3ds_timeout" if pf > 0.5 else choice(["insufficient_funds", "card_declined",
                                                                      "3ds_timeout", "bank_rejected"]),
                   destination=dest, villa_id=villa)
                if tries == 1 and chance(0.85 if pf > 0.5 else 0.1):
                    add_feedback(g, "payment_fail", choice(["whatsapp", "email", "ticket"]) if g["lang"] == "en"
                                 else choice(["wechat", "ticket"]), ta + D(hours=U(0.2, 20)),
                                 bk={"villa_id": villa, "destination": dest, "order_id": None})
                if not chance(0.5 if pf > 0.5 else 0.7):
                    break
            else:
                ok = True
                td = ta
                break
        if not ok:
            return
    if not free(villa, ci, co) or td > END:
        return
    book(g, td, ch, agent, dest, villa, ci, nights, guests_n, repeat, via_offer, heap, cc)


def book(g, td, ch, agent, dest, villa, ci, nights, guests_n, repeat, via_offer, heap, cc):
    co = ci + D(days=nights)
    oid = nid("BK", 6)
    beds = VILLAS[villa][3]
    s = season(dest, ci)
    nightly = BASE_RATE[beds] * DEST_MULT[dest] * SEASON_MULT[s] * U(0.93, 1.07)
    if dest == "sanya" and any(a <= ci <= b for a, b in CNY_WEEKS):
        nightly *= 1.5
    nightly = round(nightly, 2)
    accom = round(nightly * nights, 2)
    cleaning = 60 + 20 * beds
    code, disc = None, 0.0
    if repeat and via_offer:
        code, disc = "COMEBACK10", round(accom * 0.10, 2)
    elif ch == "own_site" and td >= DIRECT8:
        code, disc = "DIRECT8", round(accom * 0.08, 2)
    amount = round(accom + cleaning - disc, 2)
    if ch == "airbnb":
        cpct = 0.155 if td >= AIRBNB_FEE else 0.03
    elif ch == "agent":
        cpct = AGENTS[agent][1]
    else:
        cpct = 0.0
    lead = (ci - day(td)).days
    full = lead <= 35
    dpct = 1.0 if full else (0.2 if (ch == "own_site" and g["variant"] == "deposit_20" and in_(td, EXP)) else 0.3)
    dep = round(amount * dpct, 2)
    bal = round(amount - dep, 2)
    ccy = g["currency"] if ch != "agent" else ("CNY" if g["market"] == "china" else "USD")
    rate = fx(ccy, td)
    bk = {"order_id": oid, "customer_id": g["customer_id"], "ts": td, "amount": amount, "status": None,
          "channel": ch, "device": g["device"] if ch != "agent" else None, "villa_id": villa,
          "villa_name": VILLAS[villa][0], "destination": dest, "area": VILLAS[villa][2], "bedrooms": beds,
          "check_in": ci.date(), "check_out": co.date(), "nights": nights, "guests": guests_n, "season": s,
          "nightly_rate_usd": nightly, "accommodation_usd": accom, "cleaning_fee_usd": cleaning,
          "discount_code": code, "discount_usd": disc, "currency": ccy, "fx_rate": rate,
          "amount_local": round(amount * rate, 2), "deposit_pct": dpct, "deposit_usd": dep, "balance_usd": bal,
          "balance_due": (ci - D(days=30)).date() if not full else day(td).date(), "lead_days": lead,
          "agent_name": agent, "commission_pct": cpct, "commission_usd": round(amount * cpct, 2),
          "is_repeat": bool(repeat or g["stays"] > 0), "cancel_reason": None, "refund_usd": 0.0,
          "forfeited_usd": 0.0, "damage_charged_usd": 0.0, "party_type": g["party_type"]}
    orders.append(bk)
    calendar[villa].append((ci, co, oid))
    g["bookings"] += 1
    g["first_booking"] = g["first_booking"] or td
    pm = "wechat_pay" if ccy == "CNY" and ch == "own_site" else {"airbnb": "airbnb_payout", "agent": "bank_transfer",
                                                                  "own_site": "card"}[ch]
    common = dict(channel=ch, order_id=oid, villa_id=villa, destination=dest, bedrooms=beds, agent_name=agent)
    row = ev(g, td, "tp_deposit_paid", action="success", device=g["device"] if ch != "agent" else None,
             currency=ccy, amount_usd=dep, payment_method=pm, check_in=ci.date(), nights=nights, guests=guests_n,
             **common)
    if row and ch == "airbnb" and chance(0.012):
        events.append(dict(row))                                  # Airbnb webhook delivered twice
    if repeat and g["stays"] > 0:
        ev(g, td + D(minutes=U(1, 5)), "tp_repeat_booking", action="success",
           offer_code=code if code == "COMEBACK10" else None, **common)
    if ch == "own_site" and code == "DIRECT8" and chance(0.12):
        add_feedback(g, "direct_discount", choice(["survey", "wechat"] if g["lang"] == "zh" else ["email", "whatsapp"]),
                     td + D(days=U(0.1, 3)), bk=bk)
    # cancellation before the balance / balance
    cancel_ts, reason = None, None
    tb = None
    if chance(0.06):
        cancel_ts = td + D(days=U(1, max(1.5, lead - 31 if not full else lead - 1)))
        reason = pick({"change_of_plans": 0.45, "found_cheaper": 0.15, "illness": 0.15, "flight_cancelled": 0.1,
                       "visa_issue": 0.05, "work": 0.1})
    if full:
        tb = td + D(minutes=U(1, 3))
    elif cancel_ts is None:
        tr = max(td + D(hours=2), at(ci - D(days=40), 9, 10))
        ev(g, tr, "tp_balance_reminder", action="send", currency=ccy, amount_usd=bal, **common)
        p_def = 0.045 + (0.06 if lead > 150 else 0.0) + (0.05 if dpct == 0.2 else 0.0)
        if chance(p_def):
            cancel_ts, reason = at(ci - D(days=27), 9, 11), "balance_not_paid"
        else:
            tb = tr + D(days=min(U(0, 11), max(0.1, (ci - D(days=30) - tr).days)))
    if tb is not None:
        ev(g, tb, "tp_balance_paid", action="success", device=g["device"] if ch != "agent" else None, currency=ccy,
           amount_usd=bal if not full else 0.0, payment_method=pm, **common)
        if cancel_ts is None and chance(0.015):
            cancel_ts = tb + D(days=U(1, max(1.5, (ci - tb).days - 1)))
            reason = pick({"illness": 0.5, "flight_cancelled": 0.3, "change_of_plans": 0.2})
    if cancel_ts is not None:
        # policy: >= 60 days before arrival everything paid is refunded; later, a fully paid stay gets 50 % back
        # and a deposit-only booking loses its deposit (also when the balance is never paid)
        paid_all = tb is not None and tb <= cancel_ts
        ev(g, cancel_ts, "tp_cancel", action="cancel", cancel_reason=reason, **common)
        if cancel_ts <= END:
            bk["cancel_reason"] = reason
            if reason != "balance_not_paid" and cancel_ts <= ci - D(days=60):
                bk["status"], bk["refund_usd"] = "refunded", round(amount if paid_all else dep, 2)
            elif paid_all:
                half = round(amount / 2, 2)
                bk["status"], bk["refund_usd"], bk["forfeited_usd"] = "refunded", half, round(amount - half, 2)
            else:
                bk["status"], bk["forfeited_usd"] = "cancelled", dep
        else:
            bk["status"] = "paid" if (tb is not None and tb <= END) else "deposit_only"
        calendar[villa] = [c for c in calendar[villa] if c[2] != oid]
        return
    bk["status"] = "paid" if tb <= END else "deposit_only"
    stay(g, bk, tb, heap, cc)


def stay(g, bk, tb, heap, cc):
    dest, villa, ch = bk["destination"], bk["villa_id"], bk["channel"]
    ci = datetime.combine(bk["check_in"], datetime.min.time())
    co = datetime.combine(bk["check_out"], datetime.min.time())
    common = dict(channel=ch, order_id=bk["order_id"], villa_id=villa, destination=dest, bedrooms=bk["bedrooms"])
    problems = []
    # pre-arrival form and concierge
    p_form = {"own_site": 0.86, "airbnb": 0.7, "agent": 0.8}[ch]
    tf = max(tb + D(hours=1), at(ci - D(days=U(2, 10)), 8, 23))
    if chance(p_form):
        ev(g, tf, "tp_prearrival_form", action="submit", device=g["device"] if ch != "agent" else None,
           guests=bk["guests"], **common)
    transfer = chance({"sanya": 0.72, "bali": 0.58, "phuket": 0.55}[dest])
    services = []
    if transfer:
        services.append("airport_transfer")
    for s, pr in {"private_chef": {"bali": 0.42, "phuket": 0.2, "sanya": 0.12},
                  "spa_massage": {"bali": 0.3, "phuket": 0.22, "sanya": 0.1},
                  "day_tour": {"bali": 0.22, "phuket": 0.15, "sanya": 0.12},
                  "boat_trip": {"bali": 0.03, "phuket": 0.3, "sanya": 0.1},
                  "grocery_stocking": {"bali": 0.15, "phuket": 0.15, "sanya": 0.2},
                  "baby_gear": {"bali": 0.1, "phuket": 0.1, "sanya": 0.15}}.items():
        p = pr[dest] * (2.2 if s == "baby_gear" and g["party_type"] in ("family", "multi_gen") else 1.0)
        if chance(p):
            services.append(s)
    for s in services:
        ev(g, tf + D(minutes=U(5, 600)), "tp_concierge_request", action="request", service_type=s,
           contact_channel=cc if cc != "airbnb_message" else "whatsapp", **common)
    arr = at(ci, 11, 20)
    if transfer:
        cny26 = dest == "sanya" and in_(arr, CNY_WEEKS[1])
        cny25 = dest == "sanya" and in_(arr, CNY_WEEKS[0])
        wait = max(0.0, normal(46, 16) if cny26 else (normal(16, 8) if cny25 else normal(9, 6)))
        if not cny26 and chance(0.02):
            wait = U(31, 70)                                     # the odd flight-delay mix-up
        wait = round(wait, 1)
        vendor = {"sanya": "haitang_limo", "bali": "bali_transfers", "phuket": "andaman_cars"}[dest]
        if cny26:
            vendor = choice(["haitang_limo", "haitang_limo", "didi_partner"])
        ev(g, arr, "tp_airport_transfer", action="complete", service_type="airport_transfer", wait_min=wait,
           driver_vendor=vendor, **common)
        if wait > 30 and chance(0.8):
            problems.append(("transfer_late", arr + D(hours=U(1, 70))))
        arr += D(hours=U(0.6, 1.5))
    ev(g, arr, "tp_checkin", action="complete", guests=bk["guests"], **common)
    # housekeeping every second day
    vendor = HK_VENDOR[dest]
    if dest == "bali" and in_(ci + D(days=1), BERSIH):
        vendor = "bersih_co"
    scores = []
    for d in range(1, bk["nights"], 2):
        th = at(ci + D(days=d), 9, 15)
        sc = int(min(100, max(30, round(normal(HK_SCORE[vendor], 7)))))
        scores.append(sc)
        ev(g, th, "tp_housekeeping", action="complete", hk_vendor=vendor, inspection_score=sc, **common)
    if scores and min(scores) < 72 and chance(0.6):
        problems.append(("housekeeping_dirty", ci + D(days=U(1, bk["nights"]))))
    # maintenance
    p_m = 0.1 + (0.05 if dest == "phuket" and season(dest, ci) == "low" else 0)
    if villa == "PKT-03":
        p_m = 0.62
    nm = 0
    while chance(p_m) and nm < 3:
        nm += 1
        tm = at(ci + D(days=U(0, bk["nights"] - 0.5)), 7, 23)
        issue = "air_conditioning" if villa == "PKT-03" and chance(0.8) else pick(
            {"air_conditioning": 0.3, "pool": 0.2, "wifi": 0.17, "plumbing": 0.15, "electrical": 0.1, "pest": 0.08})
        fixh = round(lognorm(5 if issue != "air_conditioning" else 9, 0.7), 1)
        ev(g, tm, "tp_maintenance", action="request", issue_type=issue, fix_hours=fixh, **common)
        if issue == "air_conditioning" and fixh > 4 and chance(0.75):
            problems.append(("ac_broken", tm + D(hours=fixh + U(1, 30))))
        p_m *= 0.5
    tco = at(co, 10, 12)
    ev(g, tco, "tp_checkout", action="complete", **common)
    # damage claim against the security deposit
    big_pkt = dest == "phuket" and bk["bedrooms"] >= 5
    p_dmg = 0.045
    if big_pkt:
        p_dmg = 0.26 if g["party_type"] == "friends" or any(a <= ci <= b + D(days=3) for a, b in SONGKRAN) else 0.18
    if chance(p_dmg):
        dtype = pick({"furniture": 0.52, "pool_equipment": 0.16, "breakage": 0.14, "linen_stain": 0.12,
                      "electronics": 0.06}) if big_pkt else pick(
            {"breakage": 0.35, "linen_stain": 0.3, "furniture": 0.15, "electronics": 0.12, "pool_equipment": 0.08})
        claim = round(lognorm(320 if big_pkt else 140, 0.6), 0)
        status = pick({"accepted": 0.45, "disputed": 0.45, "waived": 0.1} if dest == "phuket" else
                      {"accepted": 0.68, "disputed": 0.2, "waived": 0.12})
        tcl = at(co + D(days=U(1, 4)), 9, 18)
        ev(g, tcl, "tp_damage_claim", action="claim", damage_type=dtype, claim_usd=claim, claim_status=status,
           **common)
        if status != "waived" and tcl <= END:
            bk["damage_charged_usd"] = claim
        if status == "disputed" and chance(0.85):
            problems.append(("deposit_deduction", tcl + D(days=U(0.2, 6)), claim))
            g["bad_stay"] = True
    if dest == "phuket" and season(dest, ci) == "low" and chance(0.2):
        problems.append(("rain", tco + D(hours=U(2, 48))))
    g["stays"] += 1 if co <= END else 0
    g["last_stay"] = co
    g["last_dest"], g["last_villa"] = dest, villa
    if co <= END and bk["status"] == "paid":
        g["spend"] += bk["amount"]
    # review: own survey or Airbnb review
    probs = [p for p in problems]
    main_topic = None
    if probs:
        main_topic = probs[0]
    if chance(0.65 if ch == "airbnb" else 0.62 + (0.1 if probs else 0)):
        tr = tco + D(days=expo(1.5) + 0.05)
        ev(g, tr, "tp_checkout_review", action="review", **common)
        if main_topic:
            topic = main_topic[0]
            extra = {"claim": int(main_topic[2])} if topic == "deposit_deduction" else {}
            probs = probs[1:]
        else:
            r = R.u()
            if r < 0.3:
                topic = "staff_praise"
            elif r < 0.48:
                topic = "pool_praise"
            elif r < 0.88:
                topic = "generic_pos"
            else:
                topic = "generic_neu"
            extra = {}
        if ch == "airbnb":
            add_feedback(g, topic, "airbnb_review", tr, bk=bk, rated=True, platform="airbnb",
                         lang=g["lang"] if chance(0.6) else "en", **extra)
        else:
            add_feedback(g, topic, "survey", tr, bk=bk, rated=True, with_nps=chance(0.85), **extra)
    # the other problems reach us by chat, call note or e-mail
    for pr in probs:
        topic, tpb = pr[0], pr[1]
        extra = {"claim": int(pr[2])} if topic == "deposit_deduction" else {}
        if chance(0.7):
            chn = pick({"whatsapp" if g["lang"] == "en" else "wechat": 0.55, "call_note": 0.3, "email": 0.15})
            add_feedback(g, topic, chn, tpb, bk=bk, no_ts=(chn in ("call_note", "email") and chance(0.3)), **extra)
    # social posts
    if chance(0.12 if g["market"] == "china" else 0.06):
        plat = "xiaohongshu" if g["lang"] == "zh" else "instagram"
        topic = problems[0][0] if problems and chance(0.5) else pick({"pool_praise": 0.45, "generic_pos": 0.35,
                                                                        "staff_praise": 0.2})
        extra = {"claim": int(problems[0][2])} if topic == "deposit_deduction" else {}
        add_feedback(g, topic, "social", tco + D(days=U(1, 20)), bk=bk, platform=plat, anon=chance(0.4),
                     no_ts=chance(0.35), **extra)
    if problems:
        g["bad_stay"] = True
    # repeat guests
    if heap is None or co > END:
        return
    toff = at(co + D(days=U(30, 45)), 10, 11)
    offered = toff >= COMEBACK and g["opt_in"] and not g["bad_stay"]
    if offered:
        ev(g, toff, "tp_repeat_offer", action="send", offer_code="COMEBACK10", channel="own_site")
        p = {"australia": 0.62, "china": 0.3, "southeast_asia": 0.26, "europe": 0.16, "north_america": 0.16,
             "middle_east": 0.15}[g["market"]]
        if chance(p) and g["bookings"] < 5:
            heapq.heappush(heap, (toff + D(days=expo(30) + 2), next(SEQ), g["customer_id"], True))
    elif chance(0.07) and g["bookings"] < 5:
        heapq.heappush(heap, (co + D(days=U(60, 420)), next(SEQ), g["customer_id"], False))


def _seq():
    i = 0
    while True:
        i += 1
        yield i


SEQ = _seq()


def finish_guests():
    rows = []
    for g in guests:
        if g["bookings"] == 0:
            seg = "prospect"
        elif g["stays"] >= 3 or g["spend"] >= 15000:
            seg = "vip"
        elif g["stays"] >= 2:
            seg = "returning"
        elif g["bad_stay"] and g["bookings"] == 1:
            seg = "at_risk"
        else:
            seg = "new"
        tier = "gold" if g["spend"] >= 12000 else ("silver" if g["spend"] >= 5000 else "standard")
        rows.append({"customer_id": g["customer_id"], "signup_at": g["signup_at"], "segment": seg,
                     "region": g["market"], "country": g["country"], "acquisition_channel": g["acquisition_channel"],
                     "tier": tier, "preferred_language": g["lang"], "home_currency": g["currency"],
                     "party_type": g["party_type"], "marketing_opt_in": g["opt_in"],
                     "first_booking_at": g["first_booking"],
                     "last_stay_at": g["last_stay"] if g["last_stay"] and g["last_stay"] <= END else None,
                     "lifetime_stays": g["stays"], "lifetime_spend_usd": round(g["spend"], 2)})
    return rows


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    heap = []
    byid = {}
    for i in range(1, N_GUESTS + 1):
        g = make_guest(i)
        byid[g["customer_id"]] = g
        heapq.heappush(heap, (g["signup_at"], next(SEQ), g["customer_id"], False))
    while heap:
        t, _, cid, via_offer = heapq.heappop(heap)
        if t > END:
            continue
        g = byid[cid]
        trip(g, t, repeat=g["bookings"] > 0, via_offer=via_offer, heap=heap)
    # pre-stay complaints about Airbnb/agent guests' slow replies are already in; social posts with no stay
    for g in guests[:: 37]:
        if g["bookings"] == 0 and chance(0.5):
            add_feedback(g, pick({"generic_pos": 0.5, "pool_praise": 0.5}), "social", g["signup_at"] - D(days=U(1, 20)),
                         platform="xiaohongshu" if g["lang"] == "zh" else "instagram", anon=True, no_ts=chance(0.4))
    write(out, finish_guests())


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return repr(round(v, 4))
    return str(v)


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


def write(out: Path, cust_rows):
    write_csv(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                        "owner", "aliases"],
              [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                    name=t[2]) for t in TOUCHPOINTS])
    jrows = []
    for jid, zh, en, steps, w in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append({"journey_id": jid, "journey_name": en, "journey_name_zh": zh, "journey_name_en": en,
                          "step": k, "touchpoint_id": tp, "window_days": w})
    write_csv(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"], jrows)
    write_csv(out / "customers.csv", list(cust_rows[0].keys()), cust_rows)
    evs = sorted(events, key=lambda r: (r["ts"], r["event_id"]))
    write_csv(out / "events.csv", EV_COLS, evs)
    ocols = list(orders[0].keys())
    write_csv(out / "orders.csv", ocols, sorted(orders, key=lambda r: r["ts"]))
    fcols = ["feedback_id", "customer_id", "ts", "text", "touchpoint_id", "channel", "platform", "rating", "nps",
             "language", "region", "destination", "villa_id", "order_id"]
    fb = sorted(feedback, key=lambda r: r["feedback_id"])
    write_csv(out / "feedback.csv", fcols, fb)
    write_csv(out / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "variant_desc"],
              experiments)
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment", "language"], truth)
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out"))
