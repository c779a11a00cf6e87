"""睫语 LashVerse: an eyelash-extension and brow studio chain with a WeChat booking mini-program. Synthetic, written
blind.

Ten studios in five cities (上海 Shanghai x3, 杭州 Hangzhou x2, 成都 Chengdu x2, 深圳 Shenzhen x2, 南京 Nanjing x1, the
Nanjing studio opened 2025-05-10). Guests find us on Xiaohongshu (a DM to our customer-service account), on the
Meituan-Dianping store page or a Douyin video (both sell a new-guest group-buy voucher: Meituan 99, Douyin 89, good for
one natural set), through a friend's referral link, by searching the mini-program, or they walk in.

In the mini-program they browse the style gallery and book a slot (from 2025-06-01 a 50 deposit is due within 30
minutes, voucher holders excepted; a booking cancelled 24 h or more ahead gets the deposit back, later or a no-show
forfeits it). At the studio they check in, wait, and a lash artist (初级 junior / 高级 senior / 首席 master) does a full
set of lash extensions in one of six styles (natural 自然款, manga 漫画款, doll 芭比款, cat-eye 猫眼款, 3D volume 浓密款,
wispy 仙子毛款) or a lash lift / brow service. Three days later the artist follows up on WeChat (aftercare). Lash
extensions need a refill (补睫) every 2-4 weeks, booked in the mini-program. Guests can top up a prepaid card (silver
1000 +100, gold 2000 +300, diamond 5000 +1000; Double 11 2025: gold +500); card balance pays services. Guests who react
to the glue report an allergy to customer service; some get a refund. Complaints become tickets.

Money: orders are the money actually received (cash-in), in CNY: group-buy vouchers, deposits, services and refills
paid at the counter (price minus the deposit and the voucher), and card top-ups. A service paid from the prepaid card
writes no order (the event keeps price and pay_method). Refunds set the order's status to refunded.

A/B test refill_reminder_2025: guests whose first lash set was 2025-10-01 .. 2026-01-31 got either nothing (control)
or a mini-program push on day 18 (day18_push). From 2026-03-01 every lash guest gets the day-18 push.

Data 2024-10-01 .. 2026-07-31 (extract taken in August 2026, months before 2026-12-01). Naive local times (UTC+8).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and OUTDIR/_truth/
(feedback_truth.csv: topic and sentiment of each comment; artists.csv). Deterministic (seed 20260818), numpy.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260818
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 9000
DEPOSIT_FROM = datetime(2025, 6, 1)
DEPOSIT = 50
BUG = (datetime(2026, 3, 9), datetime(2026, 4, 3, 23, 59, 59))            # iOS booking page bug
GLUE_X2 = (datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59, 59))      # QuickBond X2 glue trial
GLUE_X2_STORES = {"S04", "S05", "S10"}
MANGA_FROM = datetime(2025, 7, 1)                                          # viral XHS manga-lash notes
D11 = (datetime(2025, 11, 1), datetime(2025, 11, 11, 23, 59, 59))          # Double 11 top-up promo
EXP = (datetime(2025, 10, 1), datetime(2026, 1, 31, 23, 59, 59))
PUSH_ALL = datetime(2026, 3, 1)
NANSHAN_SHORT = datetime(2026, 1, 1)                                       # two S08 artists left 2025-12-31
BAD_ARTIST = "A31"

STORES = {  # id: zh, en, region, opened, artists (levels)
    "S01": ("上海静安店", "Shanghai Jing'an", "shanghai", START, "MSSJ"),
    "S02": ("上海徐汇店", "Shanghai Xuhui", "shanghai", START, "MSJJ"),
    "S03": ("上海五角场店", "Shanghai Wujiaochang", "shanghai", START, "SSJ"),
    "S04": ("杭州湖滨店", "Hangzhou Hubin", "hangzhou", START, "MSSJ"),
    "S05": ("杭州滨江店", "Hangzhou Binjiang", "hangzhou", START, "SSJ"),
    "S06": ("成都春熙路店", "Chengdu Chunxi Road", "chengdu", START, "MSJJ"),
    "S07": ("成都高新店", "Chengdu Hi-Tech Zone", "chengdu", START, "SSJ"),
    "S08": ("深圳南山店", "Shenzhen Nanshan", "shenzhen", START, "MSSJ"),
    "S09": ("深圳福田店", "Shenzhen Futian", "shenzhen", START, "MSJ"),
    "S10": ("南京新街口店", "Nanjing Xinjiekou", "nanjing", datetime(2025, 5, 10), "SSJ"),
}
REGION_W = {"shanghai": 0.33, "hangzhou": 0.2, "chengdu": 0.17, "shenzhen": 0.2, "nanjing": 0.1}
CITY_ZH = {"shanghai": "上海", "hangzhou": "杭州", "chengdu": "成都", "shenzhen": "深圳", "nanjing": "南京"}
CITY_MULT = {"shanghai": 1.1, "shenzhen": 1.05, "hangzhou": 1.0, "chengdu": 0.95, "nanjing": 1.0}
NAMES = ["Coco", "Mia", "Yoyo", "Lily", "Nana", "Echo", "Kiki", "Luna", "Cici", "Amy", "Judy", "Tina", "Sasa", "Momo",
         "Ruby", "Zoe", "Ivy", "Bella", "Candy", "Daisy", "Fiona", "Grace", "Hana", "Iris", "Jojo", "Kelly", "Lulu",
         "Mandy", "Nina", "Olive", "Vivi", "Penny", "Rita", "Sunny", "Tiffany"]
LEVEL = {"M": "master", "S": "senior", "J": "junior"}
LEVEL_MULT = {"junior": 1.0, "senior": 1.2, "master": 1.5}
LEFT = {"A28": datetime(2025, 12, 31), "A29": datetime(2025, 12, 31)}  # S08 artists who left

LASH = {  # style: zh, en, full-set base price, refill base price, minutes
    "natural": ("自然款", "natural", 298, 168, 100),
    "manga": ("漫画款", "manga", 368, 198, 120),
    "doll": ("芭比款", "doll-eye", 338, 188, 110),
    "cateye": ("猫眼款", "cat-eye", 358, 198, 110),
    "volume": ("3D浓密款", "3D volume", 428, 238, 140),
    "wispy": ("仙子毛款", "wispy", 398, 218, 130),
}
OTHER = {  # service_type: zh, en, price, minutes
    "lash_lift": ("角蛋白翘睫", "lash lift", 268, 60),
    "brow_lamination": ("野生眉", "brow lamination", 298, 50),
    "brow_shaping": ("修眉染眉", "brow shaping & tint", 128, 30),
}
CHANNELS = {"xiaohongshu": 0.34, "meituan": 0.27, "douyin": 0.1, "referral": 0.14, "wechat_search": 0.08,
            "walk_in": 0.07}
SEGMENTS = {"office_worker": 0.48, "student": 0.24, "new_mom": 0.1, "bride": 0.08, "freelancer": 0.1}
CARDS = {"silver": (1000, 100), "gold": (2000, 300), "diamond": (5000, 1000)}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_xhs_dm", "小红书私信咨询", "Xiaohongshu DM enquiry", "awareness", "social", "digital", "新媒体运营",
     "小红书|XHS|RED|小红书咨询|种草私信|Xiaohongshu"),
    ("tp_dianping_page", "美团点评门店页", "Meituan-Dianping store page", "awareness", "other", "digital", "平台运营",
     "美团|大众点评|点评|Meituan|Dianping"),
    ("tp_douyin_video", "抖音视频/直播", "Douyin video & live", "awareness", "social", "digital", "新媒体运营",
     "抖音|Douyin|TikTok|直播间"),
    ("tp_referral_link", "老带新分享链接", "Friend referral link", "awareness", "mini_program", "digital", "会员运营",
     "老带新|转介绍|推荐链接|referral"),
    ("tp_groupbuy_voucher", "团购体验券购买", "Group-buy voucher purchase", "purchase", "other", "digital", "平台运营",
     "团购券|体验券|新客券|团购|voucher|group-buy deal"),
    ("tp_mp_open", "小程序首页", "Mini-program home", "consideration", "mini_program", "digital", "产品技术",
     "小程序|mini program|mini-program|首页"),
    ("tp_style_browse", "款式作品浏览", "Style gallery", "consideration", "mini_program", "digital", "产品技术",
     "款式|作品集|看款|style gallery|lookbook"),
    ("tp_booking_submit", "提交预约", "Booking", "purchase", "mini_program", "digital", "产品技术",
     "预约|下单预约|约位|book|booking|appointment"),
    ("tp_deposit_paid", "支付定金", "Deposit payment", "purchase", "mini_program", "digital", "产品技术",
     "定金|订金|预付|deposit"),
    ("tp_booking_cancel", "取消预约", "Booking cancellation", "purchase", "mini_program", "digital", "门店运营",
     "取消|退约|cancel|cancellation"),
    ("tp_checkin", "到店签到", "Store check-in", "service", "store", "physical", "门店运营",
     "到店|签到|到访|check-in|arrival|store visit"),
    ("tp_no_show", "爽约未到店", "No-show", "service", "store", "physical", "门店运营",
     "爽约|放鸽子|未到店|no-show|no show"),
    ("tp_lash_service", "嫁接睫毛(新做)", "Lash extension full set", "service", "store", "physical", "美睫技术部",
     "嫁接|种睫毛|美睫|做睫毛|接睫毛|全套|full set|lash extensions|lash set"),
    ("tp_lift_brow_service", "翘睫/美眉服务", "Lash lift & brow service", "service", "store", "physical", "美睫技术部",
     "翘睫|角蛋白|美眉|野生眉|修眉|lash lift|brows|brow service"),
    ("tp_aftercare", "售后回访", "Aftercare follow-up", "service", "other", "digital", "客服中心",
     "回访|售后|aftercare|follow-up"),
    ("tp_allergy_report", "过敏/不适反馈", "Allergy report", "service", "other", "digital", "客服中心",
     "过敏|红肿|不适|allergy|allergic reaction|reaction"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "other", "digital", "客服中心",
     "投诉|工单|客诉|complaint|ticket"),
    ("tp_refund", "退款", "Refund", "service", "mini_program", "digital", "财务",
     "退款|退钱|refund|money back"),
    ("tp_refill_reminder", "补睫提醒推送", "Refill reminder push", "loyalty", "mini_program", "digital", "会员运营",
     "补睫提醒|提醒推送|refill reminder|reminder"),
    ("tp_refill_booking", "补睫预约", "Refill booking", "loyalty", "mini_program", "digital", "产品技术",
     "约补睫|补睫预约|refill booking|infill booking"),
    ("tp_refill_visit", "补睫到店", "Refill visit", "loyalty", "store", "physical", "美睫技术部",
     "补睫|补睫毛|refill|infill|fill"),
    ("tp_card_topup", "储值卡充值", "Prepaid card top-up", "loyalty", "store", "physical", "会员运营",
     "储值卡|充值|办卡|会员卡|prepaid card|top-up|top up|membership card"),
]
JOURNEYS = [
    ("xhs_to_visit", "小红书咨询到店", "Xiaohongshu DM to visit",
     ["tp_xhs_dm", "tp_mp_open", "tp_booking_submit", "tp_checkin"], 14),
    ("voucher_redeem", "团购券核销", "Group-buy voucher redemption",
     ["tp_groupbuy_voucher", "tp_booking_submit", "tp_checkin"], 30),
    ("book_to_visit", "预约到店", "Booking to visit", ["tp_booking_submit", "tp_checkin"], 14),
    ("deposit_to_visit", "付定金到店", "Deposit to visit", ["tp_deposit_paid", "tp_checkin"], 14),
    ("first_refill", "首次补睫", "First refill", ["tp_lash_service", "tp_refill_visit"], 35),
    ("card_after_visit", "到店后办卡", "Card after visit", ["tp_lash_service", "tp_card_topup"], 30),
    ("allergy_refund", "过敏到退款", "Allergy to refund", ["tp_allergy_report", "tp_refund"], 14),
]

# ---------------------------------------------------------------- feedback texts
# topic: (sentiment, zh texts, en texts); markers below are unique to their topic (checked at start)
TEXTS = {
    "allergy": ("neg", [
        "做完第二天眼睛红肿，应该是胶水过敏，已经去卸掉了",
        "接完睫毛眼皮一直痒，过敏了，要求退款",
        "眼睛过敏流泪两天，店里说免费卸掉但体验很差",
        "以前在别家做从来没事，这次做完就过敏，眼皮肿得像核桃",
        "补完睫毛晚上开始刺痛发红，医生说是接触性过敏",
    ], [
        "My eyes got swollen the next day, clearly an allergic reaction to the glue.",
        "Had an allergy flare-up after the lash set, eyelids itchy for three days.",
        "Red, watery eyes right after the appointment. I'm allergic to whatever glue they used this time.",
        "Never had a problem before but this set gave me an allergic reaction, had to get them removed.",
    ]),
    "retention": ("neg", [
        "才十天睫毛就掉得快剩一半了",
        "这次嫁接的掉得快，补睫的时候基本没剩几根",
        "{artist}老师做的睫毛掉得快，洗个脸就掉一把",
        "睫毛掉得快，一周就稀稀拉拉的，不值这个价",
    ], [
        "Lashes falling out after a week, half gone before my refill.",
        "My set from {artist} kept falling out in clumps, not great retention.",
        "Ten days in and the extensions are falling out everywhere.",
    ]),
    "wait": ("neg", [
        "约了两点，等太久了，快四十分钟才开始做",
        "明明预约了还要等太久，前台说美睫师人手不够",
        "到店等太久，后面的安排全被打乱了",
        "每次来都等太久，约了跟没约一样",
    ], [
        "Waited 40 minutes past my booking time, they said they were short-staffed.",
        "I waited almost an hour even though I had an appointment.",
        "Had to wait ages at the front desk. Waited so long I nearly left.",
    ]),
    "booking_bug": ("neg", [
        "小程序预约不了，点提交一直转圈",
        "苹果手机预约不了，付款页面卡死，换了安卓才约上",
        "连续三天都预约不了，客服只让我等更新",
        "想约周末的位子，小程序就是预约不了，最后放弃了",
    ], [
        "Couldn't book on the mini program, the submit button just spins on my iPhone.",
        "Tried five times and couldn't book, the page freezes at payment.",
        "The app says error every time, I can't book at all from my phone.",
    ]),
    "card_refund": ("neg", [
        "搬家了想退卡，店长一直拖着不给办",
        "申请退卡被告知只能消费不能退，太坑了",
        "退卡流程太麻烦，来回跑了三次还没退下来",
    ], [
        "I moved cities and asked for my card balance back, they keep stalling.",
        "They refuse to return my card balance, say it can only be used for services.",
    ]),
    "pushy": ("neg", [
        "每次来都被推销办卡，体验很烦",
        "做睫毛的时候全程被推销充值，根本没法休息",
        "人还躺着就开始推销储值卡，不办还给脸色",
        "美睫师一直推销升级款式和充值，有点反感",
    ], [
        "Staff were really pushy about the prepaid card the whole time.",
        "Nice lashes but the hard sell on top-ups was so pushy I won't come back.",
        "Too pushy, three people tried to sell me a card while I had my eyes closed.",
    ]),
    "price": ("neg", [
        "效果还行但是太贵了",
        "补睫也太贵了，都快赶上新做一次了",
        "首席老师的价格太贵，感觉和高级差不多",
    ], [
        "Decent result but overpriced for what it is.",
        "Refills are overpriced compared with other studios nearby.",
    ]),
    "deposit": ("neg", [
        "临时加班没去成，定金就不退了，有点不近人情",
        "付定金的流程太麻烦，还只有三十分钟",
        "当天取消定金直接扣掉，规则也没提前说清楚",
    ], [
        "Lost my deposit because I cancelled the same day, feels harsh.",
        "The 30-minute window to pay the deposit is too short, my booking got cancelled.",
    ]),
    "praise_natural": ("pos", [
        "{style_zh}效果很自然，同事都没看出来是接的",
        "第一次做就很满意，很自然又显精神",
        "睫毛做得很自然，素颜也好看",
    ], [
        "The set looks so natural, nobody at work noticed they're extensions.",
        "Love it, looks so natural even without makeup.",
    ]),
    "praise_gentle": ("pos", [
        "{artist}老师手法轻，全程都快睡着了",
        "美睫师手法轻又细心，一点都不扎眼睛",
        "手法轻，速度也快，下次还找她",
    ], [
        "{artist} was super gentle, I fell asleep halfway through.",
        "Very gentle and careful, my eyes didn't sting at all.",
    ]),
    "general": ("mix", [
        "环境干净，位置也好找",
        "还可以，下次想试试别的款式",
        "前台小姐姐很热情，停车有点不方便",
        "做完拍照挺好看的，就是时间有点长",
        "整体满意，价格中规中矩",
        "店里有点小，但是很温馨",
    ], [
        "Clean studio and easy to find.",
        "It was fine, might try another style next time.",
        "Friendly front desk, parking is a bit tricky though.",
        "Good overall, the session took a while.",
        "Cozy little studio, reasonable prices.",
    ]),
}
MARKERS = {  # zh regex on text, en regex on lower(text); the same rules as gold.py
    "allergy": ("过敏", r"allerg"),
    "retention": ("掉得快", r"falling out"),
    "wait": ("等太久", r"\bwaited\b"),
    "booking_bug": ("预约不了", r"(can't|couldn't) book"),
    "card_refund": ("退卡", r"card balance"),
    "pushy": ("推销", r"pushy"),
    "price": ("太贵", r"overpriced"),
    "deposit": ("定金", r"deposit"),
    "praise_natural": ("很自然", r"so natural"),
    "praise_gentle": ("手法轻", r"gentle"),
}
TOPIC_TP = {"allergy": "tp_lash_service", "retention": "tp_refill_visit", "wait": "tp_checkin",
            "booking_bug": "tp_booking_submit", "card_refund": "tp_card_topup", "pushy": "tp_card_topup",
            "price": "tp_lash_service", "deposit": "tp_deposit_paid"}


def check_markers():
    for topic, (_, zh, en) in TEXTS.items():
        for lang, texts in (("zh", zh), ("en", en)):
            for t in texts:
                for style in LASH.values():
                    s = t.replace("{artist}", "Vivi").replace("{style_zh}", style[0])
                    hits = [k for k, (mz, me) in MARKERS.items() if re.search(mz, s) or re.search(me, s.lower())]
                    assert hits == ([topic] if topic in MARKERS else []), (topic, s, hits)


# ---------------------------------------------------------------- random helpers

class Rand:
    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._i = self.g.random(1 << 18), 0
        self._n, self._j = self.g.standard_normal(1 << 16), 0

    def u(self) -> float:
        if self._i >= len(self._u):
            self._u, self._i = self.g.random(1 << 18), 0
        self._i += 1
        return float(self._u[self._i - 1])

    def n(self) -> float:
        if self._j >= len(self._n):
            self._n, self._j = self.g.standard_normal(1 << 16), 0
        self._j += 1
        return float(self._n[self._j - 1])


R = Rand(SEED)
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
experiments: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def U(a, b):
    return a + (b - a) * R.u()


def pick(d: dict):
    x, acc = R.u() * sum(d.values()), 0.0
    for k, w in d.items():
        acc += w
        if x < acc:
            return k
    return k


def choice(seq):
    return seq[int(R.u() * len(seq))]


def lognorm(median, sigma):
    return median * math.exp(sigma * R.n())


def at_hour(d: datetime, h: float) -> datetime:
    return d.replace(hour=0, minute=0, second=0, microsecond=0) + D(seconds=int(h * 3600))


def slot_time(day: datetime) -> datetime:
    """a booking slot on the half hour, 10:00-20:00, evenings and weekends busier"""
    h = pick({10: 0.6, 11: 0.8, 12: 0.7, 13: 0.9, 14: 1.0, 15: 1.0, 16: 1.0, 17: 0.9, 18: 1.1, 19: 1.3, 20: 0.9})
    return at_hour(day, h + (0.5 if R.u() < 0.5 else 0.0))


# ---------------------------------------------------------------- artists

ARTISTS: dict[str, dict] = {}


def build_artists():
    k = 0
    for sid, (_, _, region, opened, levels) in STORES.items():
        for lv in levels:
            k += 1
            aid = f"A{k:02d}"
            ARTISTS[aid] = dict(artist=aid, artist_name=NAMES[k - 1], store_id=sid, level=LEVEL[lv],
                                hired=opened, left=LEFT.get(aid))


def artists_at(sid, t):
    return [a for a in ARTISTS.values() if a["store_id"] == sid and a["hired"] <= t
            and (a["left"] is None or t <= a["left"])]


def pick_artist(c, sid, t):
    prev = c.get("artist")
    avail = artists_at(sid, t)
    if prev and any(a["artist"] == prev for a in avail) and R.u() < 0.75:
        return ARTISTS[prev]
    return avail[pick({i: (0.6 if a["level"] == "master" else 1.0) for i, a in enumerate(avail)})]


def price_of(base, artist, region):
    return int(round(base * LEVEL_MULT[artist["level"]] * CITY_MULT[region] / 10.0) * 10 - 2)


# ---------------------------------------------------------------- writers

def ev(c, ts, tp, **cols):
    row = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
               store_id=c["store_id"], region=c["region"])
    row.update(cols)
    if ts <= END:  # the extract ends at END: later rows are not in it
        events.append(row)
    return row


def mp(c, ts, tp, **cols):
    """a mini-program event: device and session"""
    return ev(c, ts, tp, channel="mini_program", device=c["device"], session_id=c["session"], **cols)


def order(c, ts, otype, amount, status="paid", **cols):
    row = dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=ts, order_type=otype, amount=round(amount, 2),
               status=status, store_id=c["store_id"], region=c["region"], **cols)
    if ts <= END:
        orders.append(row)
    return row


def fb(c, ts, topic, channel, tp=None, rating=None, nps=None, lang=None, artist=None, style=None, **cols):
    sent, zh, en = TEXTS[topic]
    lang = lang or (c["preferred_language"] if c else "zh")
    text = choice(zh if lang == "zh" else en)
    text = text.replace("{artist}", ARTISTS[artist]["artist_name"] if artist else "Coco")
    text = text.replace("{style_zh}", LASH[style][0] if style in LASH else "这次的款")
    if sent == "mix":
        sent = "pos" if R.u() < 0.55 else "neu"
    if rating is True:
        rating = rating_from(sent)
        nps = nps_from(rating) if nps is True else None
    fid = nid("F", 5)
    row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None, touchpoint_id=tp,
               channel=channel, rating=rating, nps=nps, language=lang, artist=artist,
               store_id=c["store_id"] if c else cols.pop("store_id", None),
               region=c["region"] if c else cols.pop("region", None), **cols)
    if ts is not None and ts > END:
        return row
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic,
                      sentiment={"pos": "positive", "neg": "negative", "neu": "neutral"}[sent]))
    return row


def rating_from(sent):
    if sent == "neg":
        return pick({1: 0.3, 2: 0.45, 3: 0.25})
    if sent == "neu":
        return pick({3: 0.55, 4: 0.45})
    return pick({4: 0.3, 5: 0.7})


def nps_from(rating):
    base = {1: 2, 2: 4, 3: 6.5, 4: 8.2, 5: 9.4}[rating]
    return int(min(10, max(0, round(base + 1.1 * R.n()))))


def ticket(c, ts, topic, **cols):
    tid = nid("TK", 5)
    ev(c, ts, "tp_complaint", action="submit", channel="other", ticket_id=tid, complaint_topic=topic,
       about_touchpoint=TOPIC_TP[topic])
    return fb(c, ts + D(minutes=2), topic, "wechat_cs", tp=TOPIC_TP[topic], ticket_id=tid, **cols)


# ---------------------------------------------------------------- customers

def day_weights():
    days, w = [], []
    d = START
    while d <= datetime(2026, 7, 25):
        m = d.month
        season = {1: 1.3, 2: 0.8, 3: 0.95, 4: 1.0, 5: 1.05, 6: 1.0, 7: 1.15, 8: 1.15, 9: 1.0, 10: 0.95, 11: 1.05,
                  12: 1.2}[m]
        trend = 1 + 0.45 * (d - START).days / (END - START).days
        wk = 1.15 if d.weekday() >= 5 else 1.0
        days.append(d)
        w.append(season * trend * wk)
        d += D(days=1)
    w = np.array(w)
    return days, w / w.sum()


def new_customer(t0):
    region = pick({r: w for r, w in REGION_W.items() if r != "nanjing" or t0 >= STORES["S10"][3]})
    stores = [s for s, v in STORES.items() if v[2] == region]
    sid = choice(stores)
    ch = pick(CHANNELS)
    if ch == "douyin" and t0 >= datetime(2026, 1, 1):
        pass
    elif ch == "douyin" and R.u() < 0.4:
        ch = "meituan"
    seg = pick(SEGMENTS)
    en_p = {"shanghai": 0.3, "shenzhen": 0.26}.get(region, 0.08)
    return dict(signup_at=t0, region=region, store_id=sid, city_zh=CITY_ZH[region], acquisition_channel=ch,
                segment=seg, preferred_language="en" if R.u() < en_p else "zh",
                device="ios" if R.u() < 0.58 else "android", gender="F" if R.u() < 0.96 else "M",
                birth_year=int({"student": 2004, "office_worker": 1995, "new_mom": 1992, "bride": 1996,
                                "freelancer": 1994}[seg] + round(2.5 * R.n())),
                sensitive_eyes=R.u() < 0.12, wears_contacts=R.u() < 0.3, balance=0.0, tier="none",
                visits=0, first_visit_at=None, last_visit=None, allergy=False, artist=None, session=None,
                style=None, has_card=False, lash_guest=False)


def new_session(c):
    c["session"] = nid("SS", 6)


# ---------------------------------------------------------------- booking and visits

def book(c, t, kind, style=None, voucher=None):
    """a mini-program booking; returns the visit time (check-in) or None"""
    if t > END:
        return None
    new_session(c)
    tp = "tp_booking_submit" if kind == "first" else "tp_refill_booking"
    lead = (U(7, 45) if c["segment"] == "bride" and kind == "first" else
            (min(12.0, -2.5 * math.log(1 - R.u())) if kind == "first" else U(0, 5)))
    slot = slot_time(t + D(days=lead))
    if slot < t + D(hours=2):
        slot = slot_time(t + D(days=1))
    tries = 0
    while True:
        tries += 1
        p_fail = 0.38 if (c["device"] == "ios" and BUG[0] <= t <= BUG[1]) else 0.03
        fail = R.u() < p_fail
        bid = nid("B", 6)
        mp(c, t, tp, action="fail" if fail else "success", booking_id=bid,
           error_code=("PAY_SDK_TIMEOUT" if p_fail > 0.1 else "NETWORK") if fail else None,
           slot_start=None if fail else slot, lead_days=round((slot - t).total_seconds() / 86400, 1),
           style=style, service_type="refill" if kind == "refill" else c.get("plan_type"))
        if not fail:
            break
        if tries >= 3 or R.u() > 0.45:
            if p_fail > 0.1 and R.u() < 0.45:
                ticket(c, t + D(minutes=U(5, 90)), "booking_bug")
            return None
        t += D(minutes=U(1, 20))
    c["_bug_hit"] = tries > 1 and p_fail > 0.1
    # deposit
    dep = None
    if t >= DEPOSIT_FROM and voucher is None:
        if R.u() < 0.93:
            dt = t + D(minutes=U(0.5, 25))
            mp(c, dt, "tp_deposit_paid", action="success", booking_id=bid, amount=DEPOSIT)
            dep = order(c, dt, "deposit", DEPOSIT, channel="mini_program", device=c["device"], booking_id=bid,
                        pay_method="wechat_pay")
        else:
            mp(c, t + D(minutes=30), "tp_booking_cancel", action="auto", booking_id=bid, cancel_by="system",
               cancel_reason="deposit_timeout", hours_before=round((slot - t).total_seconds() / 3600, 1))
            if R.u() < 0.15:
                fb(c, t + D(hours=U(1, 30)), "deposit", "wechat_cs", tp="tp_deposit_paid")
            return None
    # cancellation / no-show
    p_cancel = 0.09 + (0.05 if c["segment"] == "student" else 0)
    if R.u() < p_cancel:
        ct = t + (slot - t) * R.u()
        hb = (slot - ct).total_seconds() / 3600
        mp(c, ct, "tp_booking_cancel", action="success", booking_id=bid, cancel_by="customer",
           cancel_reason=pick({"schedule": 0.6, "found_other_studio": 0.15, "sick": 0.15, "price": 0.1}),
           hours_before=round(hb, 1))
        if dep is not None:
            if hb >= 24:
                dep["status"] = "refunded"
                dep["deposit_outcome"] = "refunded"
                mp(c, ct + D(minutes=1), "tp_refund", action="success", booking_id=bid, refund_amount=DEPOSIT,
                   refund_reason="deposit_cancel", refund_to="original")
            else:
                dep["deposit_outcome"] = "forfeited"
                if R.u() < 0.2:
                    fb(c, ct + D(hours=U(0.2, 6)), "deposit", "wechat_cs", tp="tp_deposit_paid")
        return None
    if dep is not None:
        p_ns = 0.045
    elif voucher is not None:
        p_ns = 0.09
    else:
        p_ns = 0.2 + 0.008 * min(lead, 12)
    if kind == "refill":
        p_ns *= 0.5
    if c["segment"] == "bride":
        p_ns *= 0.3
    if R.u() < p_ns:
        ev(c, slot + D(minutes=30), "tp_no_show", action="marked", booking_id=bid, channel="store")
        if dep is not None:
            dep["deposit_outcome"] = "forfeited"
            if R.u() < 0.12:
                fb(c, slot + D(hours=U(3, 40)), "deposit", "wechat_cs", tp="tp_deposit_paid")
        return None
    if dep is not None:
        dep["deposit_outcome"] = "applied"
    c["_bid"], c["_dep"] = bid, dep
    return slot + D(minutes=round(U(-10, 12)))


def wait_minutes(c, t):
    if c["store_id"] == "S08" and t >= NANSHAN_SHORT:
        return round(lognorm(30, 0.45))
    return round(lognorm(6, 0.6) * (1.4 if t.weekday() >= 5 else 1.0))


def first_style(c, t):
    w = {"natural": 0.34, "doll": 0.16, "cateye": 0.16, "volume": 0.14, "wispy": 0.12, "manga": 0.08}
    seg = c["segment"]
    if seg == "student":
        w["manga"] *= 2.0
        w["doll"] *= 1.5
        w["volume"] *= 0.6
    elif seg == "bride":
        w["volume"] *= 3
        w["wispy"] *= 2
        w["manga"] *= 0.3
    elif seg in ("office_worker", "new_mom"):
        w["natural"] *= 1.4
    if c["acquisition_channel"] == "xiaohongshu" and t >= MANGA_FROM:
        w["manga"] *= 7
    if c["acquisition_channel"] in ("meituan", "douyin"):
        w["natural"] *= 1.8
    return pick(w)


def plan_service(c):
    if c["segment"] == "bride":
        p = {"lash_ext": 0.9, "lash_lift": 0.05, "brow_lamination": 0.05}
    else:
        p = {"lash_ext": 0.79, "lash_lift": 0.11, "brow_lamination": 0.06, "brow_shaping": 0.04}
    c["plan_type"] = pick(p)


def pay(c, t, otype, price, deduct, **cols):
    """settle a service at the counter: card balance first, else WeChat / Alipay; returns (pay_method, order)"""
    due = max(0, price - deduct)
    if due == 0:
        return ("voucher" if deduct > DEPOSIT else "deposit_only"), None
    if c["balance"] >= due:
        c["balance"] -= due
        return "stored_card", None
    pm = pick({"wechat_pay": 0.68, "alipay": 0.28, "cash": 0.04})
    return pm, order(c, t, otype, due, channel="store", pay_method=pm, **cols)


def visit(c, t, kind, style=None, voucher=None, walk_in=False):
    """check-in, service, aftercare; returns the service event"""
    if t > END:
        return None
    bid = None if walk_in else c.get("_bid")
    ev(c, t, "tp_checkin", action="arrive", channel="store", booking_id=bid, walk_in=walk_in)
    a = pick_artist(c, c["store_id"], t)
    c["artist"] = a["artist"]
    wait = wait_minutes(c, t)
    glue = None
    stype = "refill" if kind == "refill" else c.get("plan_type", "lash_ext")
    if stype in ("lash_ext", "refill"):
        if kind != "refill":
            style = style or first_style(c, t)
        base = LASH[style][2] if kind != "refill" else LASH[style][3]
        minutes = LASH[style][4] if kind != "refill" else 70
        glue = "QuickBond X2" if (c["store_id"] in GLUE_X2_STORES and GLUE_X2[0] <= t <= GLUE_X2[1]) else "SoftBond"
    else:
        base, minutes = OTHER[stype][2], OTHER[stype][3]
        style = None
    if a["artist"] == BAD_ARTIST and stype in ("lash_ext", "refill"):
        minutes *= 0.68
    minutes = round(max(20, minutes * (1 + 0.12 * R.n())))
    price = price_of(base, a, c["region"])
    end = t + D(minutes=wait + minutes)
    if end > END:
        return None
    deduct = (DEPOSIT if c.get("_dep") is not None else 0)
    if voucher is not None:
        deduct += price_of(LASH["natural"][2], a, c["region"]) if stype == "lash_ext" else price
    otype = "refill" if kind == "refill" else "service"
    pm, o = pay(c, end, otype, price, deduct, style=style, service_type=stype, artist=a["artist"], booking_id=bid)
    tp = {"lash_ext": "tp_lash_service", "refill": "tp_refill_visit"}.get(stype, "tp_lift_brow_service")
    cols = dict(action="complete", channel="store", booking_id=bid, artist=a["artist"], artist_name=a["artist_name"],
                artist_level=a["level"], service_type=stype, style=style, price=price, pay_method=pm,
                wait_min=wait, duration_min=minutes, glue=glue, visit_no=c["visits"] + 1)
    if kind == "refill":
        gap = (t - c["last_visit"]).days
        ret = (38 if c.get("last_artist") == BAD_ARTIST else 63) + 9 * R.n() - 0.4 * max(0, gap - 21)
        cols.update(retention_pct=int(min(95, max(10, round(ret)))), days_since_last=gap)
    if voucher is not None:
        cols.update(voucher_platform=voucher)
    e = ev(c, end, tp, **cols)
    c["visits"] += 1
    c["first_visit_at"] = c["first_visit_at"] or t
    c["last_visit"] = t
    c["last_artist"] = a["artist"]
    e["_order"], e["_dep_order"] = o, c.get("_dep")
    c["_bid"], c["_dep"] = None, None
    return e


def after_visit(c, e):
    """survey, allergy, top-up; returns False when the guest is lost"""
    t = e["ts"]
    stype = e["service_type"]
    sid = c["store_id"]
    lost = False
    # allergy
    if stype in ("lash_ext", "refill"):
        p = 0.1 if e["glue"] == "QuickBond X2" else 0.011
        p *= 2.2 if c["sensitive_eyes"] else 1.0
        if R.u() < p:
            c["allergy"] = True
            lost = R.u() < 0.85
            rt = t + D(hours=U(12, 70))
            if rt <= END:
                ev(c, rt, "tp_allergy_report", action="submit", channel="other",
                   symptom=pick({"redness": 0.45, "swelling": 0.25, "itching": 0.2, "tearing": 0.1}),
                   severity=pick({"mild": 0.55, "moderate": 0.35, "severe": 0.1}), glue=e["glue"],
                   related_service=e["event_id"], artist=e["artist"])
                if R.u() < 0.8:
                    fb(c, rt + D(minutes=U(1, 30)), "allergy", "wechat_cs", tp=e["touchpoint_id"],
                       artist=e["artist"])
                p_ref = 0.7 if e["glue"] == "QuickBond X2" else 0.45
                if R.u() < p_ref:
                    ft = rt + D(days=U(0.2, 9))
                    if ft <= END:
                        o, amt, to = e["_order"], 0.0, "original"
                        if o is not None:
                            o["status"] = "refunded"
                            amt += o["amount"]
                        elif e["pay_method"] == "stored_card":
                            amt, to = e["price"] - (DEPOSIT if e["_dep_order"] else 0), "stored_card"
                            c["balance"] += amt
                        if e["_dep_order"] is not None:
                            e["_dep_order"]["status"] = "refunded"
                            amt += DEPOSIT
                        if e["pay_method"] == "voucher" or e.get("voucher_platform"):
                            vo = c.get("_voucher_order")
                            if vo is not None and vo["status"] == "paid":
                                vo["status"] = "refunded"
                                amt += vo["amount"]
                        mp(c, ft, "tp_refund", action="success", refund_amount=amt, refund_reason="allergy",
                           refund_to=to, related_service=e["event_id"])
                elif R.u() < 0.3:
                    ticket(c, rt + D(days=U(1, 5)), "allergy", artist=e["artist"])
    # aftercare and surveys
    if stype == "lash_ext" and t + D(days=3) <= END:
        ev(c, at_hour(t + D(days=3), U(10, 20)), "tp_aftercare", action="replied" if R.u() < 0.62 else "no_reply",
           channel="other", artist=e["artist"])
    if not c["allergy"] or not lost:
        topic = None
        if e["wait_min"] >= 25 and R.u() < 0.45:
            topic = "wait"
        elif e.get("retention_pct") is not None and e["retention_pct"] < 45 and R.u() < 0.4:
            topic = "retention"
        elif c.get("_bug_hit") and R.u() < 0.35:
            topic = "booking_bug"
        elif sid == "S04" and not c["has_card"] and R.u() < 0.14:
            topic = "pushy"
        p_survey = 0.36 if stype != "refill" else 0.16
        if topic or R.u() < p_survey:
            if topic is None:
                topic = pick({"praise_natural": 0.3 if stype == "lash_ext" else 0.05, "praise_gentle": 0.3,
                              "general": 0.33, "price": 0.05, "pushy": 0.01})
            st = t + D(minutes=U(20, 600))
            if st <= END:
                fb(c, st, topic, "mp_survey", tp=e["touchpoint_id"], rating=True,
                   nps=True if R.u() < 0.35 else None, artist=e["artist"], style=e.get("style"))
        if c["acquisition_channel"] in ("meituan", "douyin") and c["visits"] == 1 and R.u() < 0.3:
            st = t + D(hours=U(2, 72))
            tpc = topic if topic in ("wait", "pushy") else pick({"praise_natural": 0.3, "general": 0.45, "price": 0.12,
                                                                  "praise_gentle": 0.13})
            if st <= END:
                fb(c, st, tpc, "dianping", tp=e["touchpoint_id"], rating=True, artist=e["artist"],
                   style=e.get("style"), platform="meituan" if c["acquisition_channel"] == "meituan" else "douyin")
        if topic in ("wait", "retention") and R.u() < 0.18:
            ticket(c, t + D(hours=U(1, 48)), topic, artist=e["artist"])
    return not lost


def offer_card(c, t, e, first=True):
    if c["has_card"] or c["allergy"] or t > END:
        return
    ch = c["acquisition_channel"]
    p = {"meituan": 0.07, "douyin": 0.06, "referral": 0.22}.get(ch, 0.17)
    if c["segment"] == "bride":
        p *= 0.5
    if c["store_id"] == "S04":
        p = p * 2.6 + 0.04
    if not first:
        p *= 0.35
    if R.u() < p:
        tier = pick({"silver": 0.55, "gold": 0.33, "diamond": 0.12})
        topup(c, t + D(minutes=U(3, 25)), tier, "store", "none")


def topup(c, t, tier, channel, promo):
    amt, bonus = CARDS[tier]
    if promo == "double11_2025" and tier == "gold":
        bonus = 500
    cols = dict(amount=amt, bonus_amount=bonus, card_tier=tier, promo=promo)
    if channel == "store":
        ev(c, t, "tp_card_topup", action="success", channel="store", **cols)
    else:
        new_session(c)
        mp(c, t, "tp_card_topup", action="success", **cols)
    order(c, t, "card_topup", amt, channel=channel, device=c["device"] if channel == "mini_program" else None,
          pay_method=pick({"wechat_pay": 0.7, "alipay": 0.3}), card_tier=tier, bonus_amount=bonus, promo=promo)
    c["balance"] += amt + bonus
    c["has_card"] = True
    rank = {"none": 0, "silver": 1, "gold": 2, "diamond": 3}
    if rank[tier] > rank[c["tier"]]:
        c["tier"] = tier


def refill_loop(c, e):
    """refills after a full set"""
    t = e["ts"]
    style = e["style"]
    ch = c["acquisition_channel"]
    p = {"xiaohongshu": 0.55, "referral": 0.66, "wechat_search": 0.46, "walk_in": 0.45, "meituan": 0.27,
         "douyin": 0.24}[ch]
    voucher_guest = ch in ("meituan", "douyin")
    if c["segment"] == "student":
        p -= 0.05
    variant = None
    if EXP[0] <= t <= EXP[1] and c["visits"] == 1:
        variant = "day18_push" if R.u() < 0.5 else "control"
        experiments.append(dict(experiment_id="refill_reminder_2025", variant=variant, customer_id=c["customer_id"],
                                assigned_at=t, store_id=c["store_id"]))
    pushed = variant == "day18_push" or t >= PUSH_ALL
    if c["has_card"]:
        p = max(p, 0.8)
    if pushed:
        p = min(0.95, p + (0.03 if voucher_guest else 0.16))
    if c["allergy"]:
        p *= 0.15
    first = True
    while True:
        if pushed and t + D(days=18) <= END:
            rt = at_hour(t + D(days=18), 11.5)
            new_session(c)
            mp(c, rt, "tp_refill_reminder", action="delivered", variant=variant)
        if R.u() >= p:
            break
        if c.get("last_artist") == BAD_ARTIST:
            gap = 13.5 + 2.5 * R.n()
        elif pushed and first:  # the day-18 push brings them in on time
            gap = 20 + 3 * R.n()
        else:
            gap = 21 + 5 * R.n()
        if not first and R.u() < 0.12:
            gap += U(14, 30)
        bt = t + D(days=max(7, gap - U(0.5, 5)))
        bt = at_hour(bt, U(8, 23))
        vt = book(c, bt, "refill", style=style)
        if vt is None:
            if bt > END:
                break
            if R.u() < 0.5:
                t = bt
                continue
            break
        e2 = visit(c, vt, "refill", style=style)
        if e2 is None:
            break
        if not after_visit(c, e2):
            break
        offer_card(c, e2["ts"], e2, first=False)
        t = e2["ts"]
        first = False
        p = 0.9 if c["has_card"] else 0.72
        if c.get("last_artist") == BAD_ARTIST:
            p -= 0.18
        if pushed or t >= PUSH_ALL:
            pushed = True
    c["_last_lash"] = t


def first_visit(c, vt, voucher=None, walk_in=False):
    if vt is None:
        return
    if walk_in:
        plan_service(c)
    e = visit(c, vt, "first", style=None, voucher=voucher, walk_in=walk_in)
    if e is None:
        return
    if not after_visit(c, e):
        return
    offer_card(c, e["ts"], e)
    if e["service_type"] == "lash_ext":
        c["lash_guest"] = True
        refill_loop(c, e)
        # some come back for a new full set months later
        t = c.get("_last_lash", e["ts"])
        if not c["allergy"] and R.u() < 0.22:
            bt = at_hour(t + D(days=U(40, 120)), U(9, 23))
            vt2 = book(c, bt, "first")
            if vt2 is not None:
                c["plan_type"] = "lash_ext"
                e2 = visit(c, vt2, "again")
                if e2 is not None and after_visit(c, e2):
                    refill_loop(c, e2)
    else:
        if R.u() < 0.35:
            bt = at_hour(e["ts"] + D(days=U(30, 70)), U(9, 23))
            vt2 = book(c, bt, "first")
            if vt2 is not None:
                e2 = visit(c, vt2, "again")
                if e2 is not None:
                    after_visit(c, e2)


def journey(c):
    t = c["signup_at"]
    ch = c["acquisition_channel"]
    plan_service(c)
    new_session(c)
    if ch == "walk_in":
        first_visit(c, t, walk_in=True)
        return
    if ch == "xiaohongshu":
        ev(c, t, "tp_xhs_dm", action="message", channel="social", note_topic=pick(
            {"manga_lashes": 0.35 if t >= MANGA_FROM else 0.05, "natural_look": 0.3, "bridal": 0.1, "brows": 0.15,
             "price_list": 0.2}))
        if R.u() > 0.78:
            return
        t += D(minutes=U(3, 600))
    elif ch in ("meituan", "douyin"):
        tp = "tp_dianping_page" if ch == "meituan" else "tp_douyin_video"
        ev(c, t, tp, action="view", channel="other" if ch == "meituan" else "social")
        if R.u() > (0.62 if ch == "meituan" else 0.5):
            return
        vt_ = t + D(minutes=U(1, 240))
        price = 99 if ch == "meituan" else 89
        ev(c, vt_, "tp_groupbuy_voucher", action="purchase", channel="other", voucher_platform=ch, amount=price)
        vo = order(c, vt_, "groupbuy_voucher", price, channel=ch, pay_method=ch, voucher_platform=ch)
        c["_voucher_order"] = vo
        c["plan_type"] = "lash_ext" if R.u() < 0.9 else "lash_lift"
        if R.u() < 0.76:
            bt = vt_ + D(days=min(29, -6 * math.log(1 - R.u())))
            bt = at_hour(bt, U(8, 23))
            mp(c, bt - D(minutes=U(1, 10)), "tp_mp_open", action="view")
            vt = book(c, bt, "first", voucher=ch)
            if vt is not None:
                vo["voucher_status"] = "redeemed"
                first_visit(c, vt, voucher=ch)
                return
        vo["status"] = "refunded"
        vo["voucher_status"] = "expired_auto_refund"
        return
    elif ch == "referral":
        ev(c, t, "tp_referral_link", action="open", channel="mini_program", device=c["device"],
           session_id=c["session"])
        if R.u() > 0.85:
            return
    mp(c, t, "tp_mp_open", action="view")
    if R.u() < 0.86:
        for _ in range(1 + int(3 * R.u())):
            t += D(minutes=U(0.3, 4))
            mp(c, t, "tp_style_browse", action="view", gallery=pick({"lash": 0.75, "brow": 0.15, "bridal": 0.1}))
    p_book = {"xiaohongshu": 0.64, "referral": 0.72, "wechat_search": 0.5}[ch]
    if R.u() > p_book:
        return
    bt = t + D(minutes=U(1, 60)) if R.u() < 0.6 else at_hour(t + D(days=U(1, 5)), U(8, 23))
    first_visit(c, book(c, bt, "first"))


def double11(customers):
    for c in customers:
        if c["has_card"] or c["allergy"] or c["last_visit"] is None:
            continue
        if not (D11[0] - D(days=120) <= c["last_visit"] <= D11[1]):
            continue
        if R.u() < 0.11:
            t = at_hour(D11[0] + D(days=int(U(0, 11))), U(9, 23.5))
            topup(c, t, pick({"silver": 0.3, "gold": 0.55, "diamond": 0.15}), "mini_program", "double11_2025")


def card_refund_complaints(customers):
    for c in customers:
        if c["has_card"] and c["balance"] > 300 and c["last_visit"] is not None and \
                c["last_visit"] < END - D(days=90) and R.u() < 0.2:
            t = c["last_visit"] + D(days=U(60, 200))
            if t <= END:
                ticket(c, t, "card_refund")


def call_notes(customers):
    """store managers' notes after a phone / WeChat follow-up, some undated"""
    pool = [c for c in customers if c["visits"] > 0]
    for _ in range(420):
        c = choice(pool)
        t = c["last_visit"] + D(days=U(1, 10))
        topic = pick({"general": 0.45, "praise_gentle": 0.15, "praise_natural": 0.15, "price": 0.1, "retention": 0.05,
                      "wait": 0.05, "pushy": 0.05})
        if topic == "retention" and c.get("last_artist") != BAD_ARTIST:
            topic = "general"
        if topic == "wait" and c["store_id"] != "S08":
            topic = "general"
        fb(c, None if R.u() < 0.12 else min(t, END), topic, "call_note", tp="tp_aftercare",
           artist=c.get("last_artist"))


def social_posts():
    for _ in range(360):
        region = pick(REGION_W)
        sid = choice([s for s, v in STORES.items() if v[2] == region])
        t = datetime(2024, 10, 1) + D(days=U(0, 668))
        lang = "en" if R.u() < {"shanghai": 0.25, "shenzhen": 0.2}.get(region, 0.05) else "zh"
        platform = pick({"xiaohongshu": 0.75, "weibo": 0.25}) if lang == "zh" else pick(
            {"instagram": 0.6, "reddit": 0.4})
        w = {"praise_natural": 0.3, "praise_gentle": 0.1, "general": 0.25, "price": 0.12, "pushy": 0.06,
             "card_refund": 0.05, "wait": 0.04, "allergy": 0.05}
        if sid in GLUE_X2_STORES and GLUE_X2[0] <= t <= GLUE_X2[1] + D(days=30):
            w["allergy"] = 1.2
        if sid == "S04":
            w["pushy"] = 0.4
        if sid == "S08" and t >= NANSHAN_SHORT:
            w["wait"] = 0.5
        if sid != "S04":
            w["pushy"] *= 0.3
        topic = pick(w)
        fb(None, None if R.u() < 0.4 else t, topic, "social", lang=lang, platform=platform, store_id=sid,
           region=region, tp=TOPIC_TP.get(topic))


# ---------------------------------------------------------------- output

def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e12:
        return str(int(v))
    return v


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main(out: Path):
    check_markers()
    build_artists()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    days, w = day_weights()
    idx = np.sort(R.g.choice(len(days), size=N_CUST, p=w))
    customers = []
    for i, k in enumerate(idx):
        t0 = at_hour(days[k], U(8, 23.5))
        c = new_customer(t0)
        c["customer_id"] = f"LV{i + 1:05d}"
        customers.append(c)
    for c in customers:
        journey(c)
    double11(customers)
    card_refund_complaints(customers)
    call_notes(customers)
    social_posts()

    # customers table: state at the end of the data
    crow = []
    for c in customers:
        lv = c["last_visit"]
        lifecycle = "prospect" if lv is None else ("active" if lv >= datetime(2026, 6, 1) else "lapsed")
        crow.append(dict(c, lifecycle=lifecycle, card_balance=round(c["balance"], 2),
                         home_store=c["store_id"], home_store_name=STORES[c["store_id"]][0],
                         visits_total=c["visits"], first_visit_at=c["first_visit_at"]))
    write(out / "customers.csv", crow,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "home_store",
           "home_store_name", "city_zh", "gender", "birth_year", "preferred_language", "sensitive_eyes",
           "wears_contacts", "lifecycle", "first_visit_at", "visits_total", "card_balance"])
    for e in events:
        e["store_name"] = STORES[e["store_id"]][0]
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    assert all(e["ts"] <= END for e in events), "event after END"
    # the POS synced some check-ins twice (same event_id)
    dup = [e for e in events if e["touchpoint_id"] == "tp_checkin"]
    dups = [dup[int(R.u() * len(dup))] for _ in range(36)]
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id",
             "store_id", "store_name", "region", "booking_id", "slot_start", "lead_days", "error_code", "service_type",
             "style", "artist", "artist_name", "artist_level", "price", "pay_method", "wait_min", "duration_min",
             "glue", "visit_no", "retention_pct", "days_since_last", "walk_in", "voucher_platform", "amount",
             "bonus_amount", "card_tier", "promo", "cancel_by", "cancel_reason", "hours_before", "symptom",
             "severity", "related_service", "refund_amount", "refund_reason", "refund_to", "ticket_id",
             "complaint_topic", "about_touchpoint", "note_topic", "gallery", "variant"]
    write(out / "events.csv", events + dups, ecols)
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    assert all(o["ts"] <= END for o in orders)
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "order_type", "channel", "device", "pay_method",
           "store_id", "region", "booking_id", "service_type", "style", "artist", "deposit_outcome",
           "voucher_platform", "voucher_status", "card_tier", "bonus_amount", "promo"])
    assert all(f["ts"] is None or f["ts"] <= END for f in feedback)
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "store_id", "region", "artist", "platform", "ticket_id"])
    write(out / "experiments.csv", experiments,
          ["experiment_id", "variant", "customer_id", "assigned_at", "store_id"])
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c_, stage=d, channel=e_, kind=f, owner=g, aliases=h)
           for a, b, c_, d, e_, f, g, h in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows,
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    write(out / "_truth" / "artists.csv", list(ARTISTS.values()),
          ["artist", "artist_name", "store_id", "level", "hired", "left"])
    print(f"customers {len(crow)}, events {len(events) + len(dups)} ({len(dups)} duplicates), orders {len(orders)}, "
          f"feedback {len(feedback)}, experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
