"""陶艺 ClayHouse: a chain of 5 pottery studios (上海 2, 北京 1, 杭州 1, 成都 1) selling one-off workshops (拉坯 wheel,
手捏 hand-building, 彩绘 painting), course packs (4 / 8 classes) and open-studio memberships (月卡 / 年卡).

Journey: a visitor finds us (小红书 Xiaohongshu note, 大众点评 Dianping, a 美团团购 Meituan deal, a corporate team event,
or a friend's referral) -> books a workshop slot (mini-program, Dianping, Meituan, corporate sales) -> pays -> attends
(some cancel, some reschedule, some never show up) -> makes a piece -> the piece is glazed and fired (some crack in the
kiln) -> gets the "ready" notice -> picks it up in the studio or has it shipped (from 2025-09-01; some never collect) ->
rates the class -> maybe buys a course pack or membership -> maybe brings a friend.
Data covers 2025-01-01 .. 2026-07-31 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261203
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 22, 0)
LAST_DISCOVER = datetime(2026, 7, 20)
N = 4500
D = timedelta

STUDIOS = {  # id: zh, en, city_en, city_zh, weight
    "S1": ("上海安福路店", "Shanghai Anfu Road", "Shanghai", "上海", 1.25),
    "S2": ("上海大学路店", "Shanghai Daxue Road", "Shanghai", "上海", 1.0),
    "S3": ("北京798店", "Beijing 798", "Beijing", "北京", 1.2),
    "S4": ("杭州良渚店", "Hangzhou Liangzhu", "Hangzhou", "杭州", 0.9),
    "S5": ("成都玉林店", "Chengdu Yulin", "Chengdu", "成都", 1.0),
}
# teacher id: zh, en, studio, level, base rating, P(comment praises patience), start date
TEACHERS = {
    "T01": ("王一然", "Wang Yiran", "S1", "senior", 4.40, 0.20, None),
    "T02": ("赵青", "Zhao Qing", "S1", "junior", 4.25, 0.14, None),
    "T03": ("孙乐", "Sun Le", "S1", "junior", 4.15, 0.12, None),
    "T04": ("周舟", "Zhou Zhou", "S2", "senior", 4.35, 0.18, None),
    "T05": ("吴桐", "Wu Tong", "S2", "junior", 4.20, 0.13, None),
    "T06": ("郑雅", "Zheng Ya", "S2", "junior", 4.30, 0.15, None),
    "T16": ("林小满", "Lin Xiaoman", "S2", "junior", 5.00, 0.10, datetime(2026, 5, 1)),
    "T07": ("冯远", "Feng Yuan", "S3", "senior", 4.30, 0.16, None),
    "T08": ("何夕", "He Xi", "S3", "junior", 4.35, 0.15, None),
    "T09": ("许诺", "Xu Nuo", "S3", "junior", 4.15, 0.12, None),
    "T10": ("沈岚", "Shen Lan", "S4", "senior", 4.35, 0.17, None),
    "T11": ("韩松", "Han Song", "S4", "junior", 4.20, 0.13, None),
    "T12": ("曹宁", "Cao Ning", "S4", "junior", 4.25, 0.14, None),
    "T13": ("陈默", "Chen Mo", "S5", "senior", 4.80, 0.50, None),
    "T14": ("杨帆", "Yang Fan", "S5", "junior", 4.25, 0.14, None),
    "T15": ("蒋柔", "Jiang Rou", "S5", "junior", 4.15, 0.12, None),
}
LEVEL_ZH = {"senior": "资深老师", "junior": "普通老师"}

VISITOR = {  # en: zh, weight, P(pack within 30 days of the first class)
    "couple": ("情侣", 0.30, 0.09),
    "friends": ("朋友结伴", 0.25, 0.08),
    "solo": ("独自体验", 0.30, 0.26),
    "corporate": ("企业团建", 0.15, 0.025),
}
SOURCES = {  # en: zh, P(book), pack multiplier, first booking channel
    "xiaohongshu": ("小红书", 0.62, 1.1, "mini_program"),
    "dianping": ("大众点评", 0.76, 1.0, "dianping"),
    "meituan_deal": ("美团团购", 0.92, 0.35, "meituan"),
    "corporate": ("企业团建", 0.97, 1.0, "corporate"),
    "referral": ("朋友推荐", 0.88, 1.3, "mini_program"),
}
SRC_W = {"couple": {"xiaohongshu": 0.50, "dianping": 0.25, "meituan_deal": 0.25},
         "friends": {"xiaohongshu": 0.35, "dianping": 0.30, "meituan_deal": 0.35},
         "solo": {"xiaohongshu": 0.45, "dianping": 0.35, "meituan_deal": 0.20}}
AGE = {"couple": {"18-24": 0.35, "25-34": 0.50, "35-44": 0.10, "45-54": 0.04, "55+": 0.01},
       "friends": {"18-24": 0.40, "25-34": 0.35, "35-44": 0.13, "45-54": 0.08, "55+": 0.04},
       "solo": {"18-24": 0.18, "25-34": 0.40, "35-44": 0.26, "45-54": 0.11, "55+": 0.05},
       "corporate": {"18-24": 0.12, "25-34": 0.58, "35-44": 0.25, "45-54": 0.05}}
AGE_PACK = {"18-24": 0.55, "25-34": 1.0, "35-44": 1.45, "45-54": 1.1, "55+": 3.2}
WORKSHOPS = {"wheel": ("拉坯", 268), "hand_building": ("手捏", 198), "painting": ("彩绘", 158)}
WHEEL_PRICE_UP = datetime(2026, 3, 1)      # wheel class 268 -> 328
WHEEL_NEW = 328
CORP_PRICE = 238
PACKS = {  # en: zh, order_type, order_type_zh, price, credits (classes / visits), P(referral within 90 days)
    "pack4": ("4次课包", "course_pack", "课包", 998, 4, 0.16),
    "pack8": ("8次课包", "course_pack", "课包", 1788, 8, 0.24),
    "monthly": ("月卡会员", "membership", "会员卡", 699, 3, 0.34),
    "annual": ("年卡会员", "membership", "会员卡", 5880, 12, 0.48),
}
PACK_W = {"pack4": 0.46, "pack8": 0.24, "monthly": 0.20, "annual": 0.10}
LEVEL_RANK = {"none": 0, "pack4": 1, "pack8": 1, "monthly": 2, "annual": 3}
MEMBER_LEVEL = {0: ("none", "非会员"), 1: ("pack", "课包学员"), 2: ("monthly", "月卡会员"), 3: ("annual", "年卡会员")}
GLAZES = {"white": ("白釉", 0.38, 0), "celadon": ("青釉", 0.30, 0), "tenmoku": ("天目釉", 0.20, 0),
          "crystal": ("结晶釉", 0.12, 80)}
PAYS = {"wechat_pay": ("微信支付", 0.62), "alipay": ("支付宝", 0.30), "bank_card": ("银行卡", 0.08)}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_card": "银行卡", "meituan_voucher": "美团券",
          "corporate_invoice": "企业对公", "pack_credit": "课包抵扣", "membership": "会员权益"}
COMPANIES = ["星河科技", "蓝湾咨询", "云栖网络", "北辰设计", "橙果传媒", "万象物流", "青禾教育"]

KILN_FAULT = (datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59))     # Liangzhu kiln controller fault: cracks
KILN_BACKLOG = (datetime(2025, 10, 1), datetime(2026, 1, 31, 23, 59))   # Beijing 798: one kiln down, slow firing
SHIPPING_START = datetime(2025, 9, 1)                                   # pieces can be shipped (¥25)
PAY_BUG = (datetime(2026, 5, 1), datetime(2026, 6, 15, 23, 59))        # Android mini-program payment fails
CLOSED = [(datetime(2025, 1, 28), datetime(2025, 2, 4, 23, 59)), (datetime(2026, 2, 15), datetime(2026, 2, 22, 23, 59))]
MONTH_W = {1: 0.85, 2: 1.0, 3: 0.9, 4: 1.0, 5: 1.05, 6: 0.95, 7: 1.1, 8: 1.2, 9: 0.95, 10: 1.15, 11: 0.9, 12: 1.3}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现ClayHouse", "Discovered us", "awareness", "social", "digital", "市场部",
     "种草|看到笔记|团购|discover|found us"),
    ("tp_booked", "预约课程", "Booked a workshop", "consideration", "mini_program", "digital", "客服组",
     "约课|下单预约|booking|book a slot"),
    ("tp_paid", "支付课程费", "Paid for the class", "purchase", "mini_program", "digital", "客服组", "付款|支付|payment"),
    ("tp_cancel", "取消预约", "Booking cancelled", "purchase", "mini_program", "digital", "客服组", "退课|cancel"),
    ("tp_reschedule", "改期", "Rescheduled", "service", "mini_program", "digital", "客服组", "改约|换时间|reschedule"),
    ("tp_attend", "到店上课", "Attended the class", "service", "store", "physical", "门店运营",
     "上课|签到|到店|attend|check-in|show up"),
    ("tp_make", "完成作品", "Piece made (wheel / hand-building / painting)", "service", "store", "physical", "教学组",
     "拉坯|手捏|彩绘|做作品|make a piece"),
    ("tp_fired", "上釉烧制出窑", "Glazed and fired", "service", "store", "physical", "窑房",
     "烧窑|出窑|烧制|kiln|firing"),
    ("tp_ready", "取件通知", "Piece-ready notice", "service", "mini_program", "digital", "客服组",
     "可以取件了|通知取件|ready for pickup"),
    ("tp_pickup", "取件/寄出", "Piece collected or shipped", "service", "store", "physical", "门店运营",
     "取件|领取作品|快递寄出|pickup|collect|ship"),
    ("tp_rating", "课程评价", "Rated the class", "service", "mini_program", "digital", "教学组", "打分|评价|rating|review"),
    ("tp_pack", "购买课包/会员", "Bought a course pack or membership", "loyalty", "store", "physical", "门店运营",
     "办卡|买课包|办会员|月卡|年卡|course pack|membership"),
    ("tp_referral", "推荐好友", "Brought a friend", "loyalty", "mini_program", "digital", "市场部",
     "带朋友|老带新|拉新|referral|bring a friend"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("acquire", "获客到首课", "Discovery to first class", 30, ["tp_discover", "tp_booked", "tp_paid", "tp_attend"]),
    ("piece", "上课到取件", "Class to pickup", 60, ["tp_attend", "tp_make", "tp_fired", "tp_ready", "tp_pickup"]),
    ("upsell", "上课到办卡", "Class to course pack / membership", 30, ["tp_attend", "tp_pack"]),
    ("referral", "办卡到带新", "Pack to referral", 90, ["tp_pack", "tp_referral"]),
]

ZH = {
    "patient": ["{t}老师特别有耐心，手把手教我拉坯，第一次就拉出了一个碗", "老师很耐心，一遍遍帮我调整手型，很有收获",
                "{t}老师超级耐心，讲得很细，零基础也能做出来", "带娃来的，{t}老师对小朋友也很耐心，赞",
                "老师耐心又专业，全程没有催我们"],
    "relaxing": ["环境很治愈，玩泥巴两个小时完全放空", "周末来做手工特别解压，整个人都放松了",
                 "氛围很放松，音乐和茶都不错，很治愈的下午", "下班来捏泥巴，超解压，推荐给压力大的朋友"],
    "cracked": ["作品烧裂了，期待了两个星期结果拿到一条裂缝", "我的杯子出窑就开裂了，很失望",
                "好不容易拉出来的碗烧裂了，店里只说会补偿", "朋友的盘子烧完开裂，底部裂了一大条",
                "两个作品都裂了，窑是不是有问题"],
    "pickup_wait": ["上完课一个多月了作品还没烧好，等太久了", "取件通知迟迟不来，问了三次都说在排窑",
                    "说好两周取件，结果等太久了，快五周才通知", "作品迟迟不能取，客服也说不清什么时候好"],
    "pricey": ["拉坯课涨价以后有点太贵了，一个人三百多", "体验不错但是价格偏贵，性价比一般",
               "加上上釉费和运费，整体太贵了", "课程偏贵，团购价还可以，原价不太会再来"],
    "payment_failed": ["小程序预约时支付失败，试了好几次都付不了款", "安卓手机一直支付失败，最后只能去点评重新约",
                       "付不了款，订单自动取消了，名额也没了"],
    "shipping": ["快递寄到的时候杯子碎了一个角", "作品快递过来包装太简单，寄到就碎了", "寄到家的盘子磕坏了，快递包装要加强"],
    "booking_hard": ["周末的课根本约不上，全满", "想约拉坯课一直抢不到名额", "晚上的时段总是约不上，只能工作日请假来"],
    "crowded": ["周末人太多了，老师顾不过来", "教室太吵了，一个老师带十几个人，人太多", "人太多了，转盘都要排队"],
    "generic_pos": ["体验很好，做出来的杯子很有成就感", "下次还会再来，推荐", "整体很满意，作品很好看",
                    "很棒的一次体验，和朋友玩得很开心"],
    "generic_neu": ["还可以吧，和预期差不多", "一般般，作品还行", "停车不太方便，其他还好", "位置有点难找，体验中规中矩"],
    "generic_neg": ["不太满意，体验一般，不会再来了", "服务态度一般，前台爱答不理", "和宣传的不一样，有点失望"],
}
EN = {
    "patient": ["{t} was so patient with us, showed me the wheel step by step", "Very patient teacher, never rushed anyone",
                "{t} is a patient and kind instructor, perfect for beginners"],
    "relaxing": ["Such a relaxing afternoon, totally switched off", "Really therapeutic and calming, loved the vibe",
                 "Relaxing atmosphere, great music and tea"],
    "cracked": ["My mug cracked in the kiln, really disappointed", "Both pieces came out cracked after firing",
                "The bowl I made cracked, two weeks of waiting for nothing"],
    "pickup_wait": ["Five weeks after the class and I'm still waiting for my piece", "It took forever to get the pickup notice",
                    "Still waiting for my bowl, nobody can tell me when it's ready"],
    "pricey": ["Fun but pricey for a two-hour class", "A bit expensive once you add glaze and shipping",
               "Overpriced since the wheel class went up"],
    "payment_failed": ["Payment failed again and again in the mini program on my Android", "Couldn't pay in the mini program, the booking got cancelled"],
    "shipping": ["The shipping box was too thin, my cup arrived broken", "Piece arrived broken, shipping packaging needs work"],
    "booking_hard": ["Weekend slots are always fully booked", "No slots left for weeks, hard to get in"],
    "crowded": ["Way too crowded on Saturday, the teacher couldn't help everyone", "Crowded and noisy class"],
    "generic_pos": ["Great experience, will come back", "Loved it, the mug turned out beautiful", "Lovely studio, fun date idea"],
    "generic_neu": ["It was ok", "Decent, about what I expected", "Hard to find the place, otherwise fine"],
    "generic_neg": ["Not great, won't come back", "Disappointing, staff were not friendly"],
}
SENT = {"patient": "pos", "relaxing": "pos", "cracked": "neg", "pickup_wait": "neg", "pricey": "neg",
        "payment_failed": "neg", "shipping": "neg", "booking_hard": "neg", "crowded": "neg", "generic_pos": "pos",
        "generic_neu": "neu", "generic_neg": "neg"}
RATING = {"patient": (5, 5), "relaxing": (4, 5), "cracked": (1, 2), "pickup_wait": (1, 3), "pricey": (2, 3),
          "payment_failed": (1, 2), "shipping": (1, 2), "booking_hard": (2, 3), "crowded": (2, 3),
          "generic_pos": (4, 5), "generic_neu": (3, 3), "generic_neg": (1, 2)}
TOPIC_TP = {"patient": "tp_attend", "relaxing": "tp_make", "cracked": "tp_fired", "pickup_wait": "tp_ready",
            "pricey": "tp_paid", "payment_failed": "tp_paid", "shipping": "tp_pickup", "booking_hard": "tp_booked",
            "crowded": "tp_attend", "generic_pos": "tp_attend", "generic_neu": "tp_attend", "generic_neg": "tp_attend"}


def closed(t: datetime) -> bool:
    return any(a <= t <= b for a, b in CLOSED)


def after_closure(t: datetime) -> datetime:
    for a, b in CLOSED:
        if a <= t <= b:
            return b + D(seconds=1)
    return t


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    u = rng.uniform

    def pick(d, idx=None):
        keys = list(d)
        w = np.array([(d[k][idx] if idx is not None else d[k]) for k in keys], dtype=float)
        return keys[int(rng.choice(len(keys), p=w / w.sum()))]

    counters: dict[str, int] = {}

    def nid(kind, prefix, width):
        counters[kind] = counters.get(kind, 0) + 1
        return f"{prefix}{counters[kind]:0{width}d}"

    # daily weights for the discovery date
    days = []
    t = START
    while t <= LAST_DISCOVER:
        days.append(t)
        t += D(days=1)

    def day_w(kind):
        w = []
        for d in days:
            x = MONTH_W[d.month] * (1.0 + 0.30 * (d - START).days / 365.0) * (1.25 if d.weekday() >= 4 else 1.0)
            if kind == "couple" and (d.month == 2 and d.day <= 14 or d.month == 8 and d.year == 2025 and 15 <= d.day <= 29):
                x *= 2.6
            if kind == "corporate":
                x *= (1.6 if d.month in (11, 12, 1) else 1.0) * (0.2 if d.weekday() >= 5 else 1.0)
            if closed(d):
                x *= 0.3
            w.append(x)
        w = np.array(w)
        return w / w.sum()

    DAYW = {k: day_w(k) for k in VISITOR}

    events, orders, feedback, customers = [], [], [], []
    teachers_of = {s: [k for k, v in TEACHERS.items() if v[2] == s] for s in STUDIOS}

    def loc_of(s):
        z, e, c_en, c_zh, _ = STUDIOS[s]
        return dict(studio_id=s, studio=z, studio_en=e, city=c_en, 城市=c_zh)

    queue = []  # (referrer id, studio, discover time) for referred friends
    base_studios = list(STUDIOS)
    sw = np.array([STUDIOS[s][4] for s in base_studios])
    sw = sw / sw.sum()

    def new_customer(referral=None):
        cid = nid("c", "C", 5)
        if referral is None:
            vt = pick({k: v[1] for k, v in VISITOR.items()})
            src = "corporate" if vt == "corporate" else pick(SRC_W[vt])
            studio = base_studios[int(rng.choice(5, p=sw))]
            t0 = days[int(rng.choice(len(days), p=DAYW[vt]))] + D(hours=float(u(8, 23.5)))
            ref_by = ""
        else:
            ref_by, studio, t0 = referral
            vt = pick({"solo": 0.45, "friends": 0.35, "couple": 0.20})
            src = "referral"
        age = pick(AGE[vt])
        os_ = "ios" if rng.random() < (0.55 if studio in ("S1", "S2", "S3") else 0.45) else "android"
        lang = "en" if rng.random() < (0.12 if studio in ("S1", "S3") else 0.04) else "zh"
        z, e, c_en, c_zh, _ = STUDIOS[studio]
        cust = dict(customer_id=cid, signup_at=t0.replace(microsecond=0), segment="", region=c_zh,
                    acquisition_channel=src, tier="none", visitor_type=vt, 客户类型=VISITOR[vt][0], source=src,
                    来源渠道=SOURCES[src][0], city=c_en, 城市=c_zh, age_band=age, member_level="none", 会员等级="非会员",
                    home_studio_id=studio, home_studio=z, home_studio_en=e, phone_os=os_, preferred_language=lang,
                    company=COMPANIES[int(rng.integers(len(COMPANIES)))] if vt == "corporate" else "",
                    referred_by=ref_by)
        return cust, t0

    todo = [None] * N
    k = 0
    while k < len(todo):
        cust, t0 = new_customer(todo[k])
        k += 1
        cid = cust["customer_id"]
        vt, src, studio, age = cust["visitor_type"], cust["source"], cust["home_studio_id"], cust["age_band"]
        os_, lang = cust["phone_os"], cust["preferred_language"]
        loc = loc_of(studio)

        def ev(tp, ts, **kw):
            if ts > END:
                return False
            row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=ts.replace(microsecond=0), touchpoint_id=tp,
                       **loc)
            row.update(kw)
            events.append(row)
            return True

        def order(ts, amount, otype, otype_zh, status="paid", **kw):
            if ts > END:
                return
            row = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=ts.replace(microsecond=0),
                       amount=round(float(amount), 2), status=status, order_type=otype, 订单类型=otype_zh,
                       currency="CNY", **loc)
            if "payment_method" in kw:
                kw["支付方式"] = PAY_ZH[kw["payment_method"]]
            row.update(kw)
            orders.append(row)

        def fb(topic, ts, channel, rating=True, dated=True, teacher=None, wt=None, sid="", known=True, rate=None,
               tp=None, nps=False):
            if ts is not None and ts > END:
                return
            en = lang == "en" or rng.random() < 0.02
            texts = (EN if en else ZH)[topic]
            txt = texts[int(rng.integers(len(texts)))]
            tv = TEACHERS[teacher] if teacher else None
            txt = txt.format(t=(tv[1] if en else tv[0]) if tv else ("the teacher" if en else ""))
            if rating:
                lo, hi = RATING[topic]
                r = rate if rate is not None else int(rng.integers(lo, hi + 1))
            else:
                r = ""
            npsv = ""
            if nps and r != "":
                npsv = int({5: rng.integers(9, 11), 4: rng.integers(7, 9), 3: rng.integers(5, 8)}.get(r, rng.integers(0, 5)))
            feedback.append(dict(
                feedback_id=nid("f", "F", 5), text=txt, ts=(ts.replace(microsecond=0) if dated else ""),
                customer_id=cid if known else "", touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating=r,
                nps=npsv, language="en" if en else "zh", sentiment_label=SENT[topic], session_id=sid,
                teacher_id=teacher or "", teacher_name=tv[0] if tv else "", teacher_en=tv[1] if tv else "",
                teacher_level=tv[3] if tv else "", 老师级别=LEVEL_ZH[tv[3]] if tv else "",
                workshop_type=wt or "", 课程类型=WORKSHOPS[wt][0] if wt else "",
                visitor_type=vt if known else "", 客户类型=VISITOR[vt][0] if known else "", **loc))

        # ---- discovery
        dch = {"xiaohongshu": "xiaohongshu", "dianping": "dianping", "meituan_deal": "meituan",
               "corporate": "sales", "referral": "referral"}[src]
        ev("tp_discover", t0, action="view", channel=dch, source=src, 来源渠道=SOURCES[src][0])
        if src in ("xiaohongshu", "dianping") and rng.random() < 0.035:
            fb("booking_hard", t0 + D(hours=float(u(1, 72))), "dianping" if src == "dianping" else "xiaohongshu",
               rating=src == "dianping", dated=rng.random() > 0.1, tp="tp_booked")
        if rng.random() > SOURCES[src][1]:
            cust["segment"] = "lead"
            customers.append(cust)
            continue

        st = dict(level=0, attended=0, packs=[], last=None, credits=0, plan=None)
        tb = t0 + D(days=float(rng.gamma(1.3, 2.5 if src != "meituan_deal" else 1.2)))
        channel = SOURCES[src][3]
        if src == "dianping" and rng.random() < 0.5:
            channel = "mini_program"
        btype = "first"
        n_bookings = 0
        while tb <= END and n_bookings < 25:
            n_bookings += 1
            if closed(tb):
                tb = after_closure(tb) + D(hours=float(u(9, 20)))
            sid = nid("b", "B", 6)
            # ---- what and when
            if vt == "corporate":
                ww = {"wheel": 0.25, "hand_building": 0.45, "painting": 0.30}
            elif vt == "couple":
                ww = {"wheel": 0.64, "hand_building": 0.24, "painting": 0.12}
            else:
                ww = {"wheel": 0.50, "hand_building": 0.30, "painting": 0.20}
            if tb >= WHEEL_PRICE_UP and vt != "corporate" and btype != "pack_credit" and btype != "member":
                ww["wheel"] *= 0.6
            wt = pick(ww)
            lead_days = float(u(7, 20)) if vt == "corporate" else float(max(0.5, rng.gamma(2.0, 2.5)))
            sd = tb + D(days=lead_days)
            sday = datetime(sd.year, sd.month, sd.day)
            if closed(sday):
                sday = datetime(*after_closure(sday).timetuple()[:3])
            hours = [14.0, 19.0] if sday.weekday() < 5 else [10.0, 14.0, 16.5, 19.0]
            slot = sday + D(hours=hours[int(rng.integers(len(hours)))])
            party = {"couple": 2, "friends": int(rng.integers(2, 5)), "solo": 1,
                     "corporate": int(rng.integers(6, 21))}[vt]
            dev = os_ if channel == "mini_program" else ""
            bzh = {"first": "首次体验", "repeat": "再次单次课", "pack_credit": "课包抵扣", "member": "会员预约"}[btype]
            if not ev("tp_booked", tb, session_id=sid, action="submit", channel=channel, device=dev,
                      booking_type=btype, 预约类型=bzh, slot_at=slot.replace(microsecond=0), party_size=party,
                      workshop_type=wt, 课程类型=WORKSHOPS[wt][0]):
                break
            # ---- payment
            paid_single = btype in ("first", "repeat")
            price = WORKSHOPS[wt][1]
            if wt == "wheel" and tb >= WHEEL_PRICE_UP:
                price = WHEEL_NEW
            list_price = price
            if paid_single:
                if vt == "corporate":
                    pm, price = "corporate_invoice", CORP_PRICE
                    tpay = tb + D(days=float(u(0.5, 3)))
                elif channel == "meituan" and btype == "first":
                    pm, price = "meituan_voucher", round(price * 0.7)
                    tpay = tb + D(minutes=float(u(0.5, 3)))
                else:
                    pm = pick(PAYS, 1)
                    if src == "referral" and btype == "first":
                        price = round(price * 0.8)
                    tpay = tb + D(minutes=float(u(0.5, 8)))
                p_ok = 0.97
                if channel == "mini_program" and dev == "android" and PAY_BUG[0] <= tb <= PAY_BUG[1]:
                    p_ok = 0.50
                if rng.random() > p_ok:
                    order(tpay, price, "workshop", "体验课", status="cancelled", payment_method=pm, workshop_type=wt,
                          课程类型=WORKSHOPS[wt][0], channel=channel, device=dev, session_id=sid)
                    ev("tp_cancel", tpay + D(minutes=15), session_id=sid, action="auto_cancel", channel=channel,
                       device=dev, cancel_reason="payment_failed", 取消原因="支付失败")
                    if rng.random() < 0.4:
                        fb("payment_failed", tpay + D(minutes=float(u(5, 240))), "wechat_service", rating=False,
                           sid=sid, wt=wt)
                    if rng.random() < 0.45:
                        tb = tpay + D(hours=float(u(1, 48)))
                        channel = "dianping"
                        continue
                    break
                ev("tp_paid", tpay, session_id=sid, action="success", channel=channel, device=dev, amount=price,
                   payment_method=pm, 支付方式=PAY_ZH[pm], workshop_type=wt, 课程类型=WORKSHOPS[wt][0])
                order(tpay, price, "workshop", "体验课", payment_method=pm, workshop_type=wt, 课程类型=WORKSHOPS[wt][0],
                      channel=channel, device=dev, session_id=sid)
                paid_order = orders[-1] if orders and orders[-1].get("session_id") == sid else None
            else:
                tpay = tb
                paid_order = None
            # ---- cancel / reschedule / no-show
            if rng.random() < (0.04 if vt != "corporate" else 0.015):
                tc = tpay + (slot - tpay) * float(u(0.2, 0.9))
                ev("tp_cancel", tc, session_id=sid, action="cancel", channel="mini_program",
                   cancel_reason="customer", 取消原因="客户取消")
                if paid_order is not None and tc <= END:
                    paid_order["status"] = "refunded"
                    paid_order["refund_reason"] = "cancelled"
                    paid_order["退款原因"] = "取消退款"
                if btype in ("pack_credit", "member"):
                    tb = slot + D(days=float(u(3, 15)))
                    channel = "mini_program"
                    continue
                break
            p_res = {"couple": 0.19, "friends": 0.10, "solo": 0.07, "corporate": 0.05}[vt]
            resched = rng.random() < p_res
            if resched:
                tr = tpay + (slot - tpay) * float(u(0.3, 0.95))
                newday = sday + D(days=int(rng.integers(3, 15)))
                if closed(newday):
                    newday = datetime(*after_closure(newday).timetuple()[:3])
                hours = [14.0, 19.0] if newday.weekday() < 5 else [10.0, 14.0, 16.5, 19.0]
                slot = newday + D(hours=hours[int(rng.integers(len(hours)))])
                ev("tp_reschedule", tr, session_id=sid, action="reschedule", channel="mini_program",
                   slot_at=slot.replace(microsecond=0))
            p_ns = {"meituan_deal": 0.17}.get(src, 0.05) if btype == "first" else 0.04
            if vt == "corporate":
                p_ns = 0.03
            if resched:
                p_ns += 0.03
            if slot > END:
                break
            if rng.random() < p_ns:
                # no-show: paid order kept; pack credit used up
                if btype in ("pack_credit", "member") and st["credits"] > 0:
                    st["credits"] -= 1
                if btype in ("first", "repeat") and rng.random() < 0.25:
                    tb = slot + D(days=float(u(2, 20)))
                    btype = "repeat"
                    channel = "mini_program" if src != "meituan_deal" else "dianping"
                    continue
                if st["credits"] > 0:
                    tb = slot + D(days=float(rng.gamma(2.0, 6.0)))
                    btype = st["plan"]
                    channel = "mini_program"
                    continue
                break
            # ---- the class
            avail = [x for x in teachers_of[studio] if TEACHERS[x][6] is None or TEACHERS[x][6] <= slot]
            tid = avail[int(rng.integers(len(avail)))]
            tch = TEACHERS[tid]
            tinfo = dict(teacher_id=tid, teacher_name=tch[0], teacher_en=tch[1], teacher_level=tch[3],
                         老师级别=LEVEL_ZH[tch[3]], workshop_type=wt, 课程类型=WORKSHOPS[wt][0])
            ta = slot + D(minutes=float(u(-8, 15)))
            ev("tp_attend", ta, session_id=sid, action="check_in", channel="store", **tinfo)
            st["attended"] += 1
            first_class = st["attended"] == 1
            if btype in ("pack_credit", "member"):
                st["credits"] -= 1
            tm = ta + D(minutes=float({"wheel": 120, "hand_building": 95, "painting": 90}[wt] + 12 * rng.normal()))
            glaze = "painted" if wt == "painting" else pick(GLAZES, 1)
            ev("tp_make", tm, session_id=sid, action="complete", channel="store", glaze=glaze,
               釉色="彩绘釉下彩" if glaze == "painted" else GLAZES[glaze][0], **tinfo)
            if glaze != "painted" and GLAZES[glaze][2] and rng.random() < 0.9:
                order(tm + D(minutes=3), GLAZES[glaze][2], "firing_fee", "加烧上釉费", payment_method=pick(PAYS, 1),
                      session_id=sid, workshop_type=wt, 课程类型=WORKSHOPS[wt][0], channel="store", fee_item="special_glaze",
                      费用项目="特殊釉色")
            if rng.random() < 0.18:
                order(tm + D(minutes=4), 45, "firing_fee", "加烧上釉费", payment_method=pick(PAYS, 1), session_id=sid,
                      workshop_type=wt, 课程类型=WORKSHOPS[wt][0], channel="store", fee_item="extra_piece",
                      费用项目="加烧一件")
            # ---- firing
            fire_days = float(np.clip(rng.gamma(9.0, 1.35), 6, 24))
            if studio == "S3" and KILN_BACKLOG[0] <= tm <= KILN_BACKLOG[1]:
                fire_days += float(u(12, 26))
            tf = tm + D(days=fire_days)
            tf = datetime(tf.year, tf.month, tf.day) + D(hours=float(u(10, 18)))
            if closed(tf):
                tf = after_closure(tf) + D(days=float(u(1, 3)), hours=float(u(10, 16)))
            p_crack = {"wheel": 0.045, "hand_building": 0.03, "painting": 0.015}[wt] * (1.4 if glaze == "crystal" else 1.0)
            if studio == "S4" and KILN_FAULT[0] <= tf <= KILN_FAULT[1]:
                p_crack = {"wheel": 0.30, "hand_building": 0.25, "painting": 0.16}[wt]
            cracked = rng.random() < p_crack
            kiln = f"{studio}-K{1 + int(rng.integers(2))}" if not (studio == "S3" and KILN_BACKLOG[0] <= tm <= KILN_BACKLOG[1]) else "S3-K1"
            fired_ok = ev("tp_fired", tf, session_id=sid, action="fail" if cracked else "success", channel="store",
                          kiln_id=kiln, kiln_result="cracked" if cracked else "ok", 烧制结果="开裂" if cracked else "完好",
                          workshop_type=wt, 课程类型=WORKSHOPS[wt][0])
            long_wait = False
            damaged = False
            tready = None
            if fired_ok and cracked:
                if rng.random() < 0.5:
                    order(tf + D(hours=float(u(2, 48))), round(list_price * 0.5), "refund", "退款", status="refunded",
                          payment_method="wechat_pay", session_id=sid, workshop_type=wt, 课程类型=WORKSHOPS[wt][0],
                          refund_reason="cracked", 退款原因="烧裂补偿", channel="store")
                if rng.random() < 0.45:
                    fb("cracked", tf + D(hours=float(u(1, 30))), "wechat_service", rating=False, teacher=tid, wt=wt,
                       sid=sid)
                if rng.random() < (0.35 if src == "dianping" else 0.2):
                    fb("cracked", tf + D(hours=float(u(3, 96))), "dianping", dated=rng.random() > 0.08, teacher=tid,
                       wt=wt, sid=sid)
            elif fired_ok:
                tready = tf + D(hours=float(u(1, 40)))
                tready = after_closure(tready)
                if ev("tp_ready", tready, session_id=sid, action="notify", channel="mini_program"):
                    long_wait = (tready - ta).days > 28
                    if long_wait and rng.random() < 0.35:
                        fb("pickup_wait", tready - D(days=float(u(1, 6))), "wechat_service", rating=False, teacher=tid,
                           wt=wt, sid=sid)
                    # pickup
                    after_ship = tready >= SHIPPING_START
                    p_never = (0.36 if vt == "corporate" else 0.12) if not after_ship else (0.30 if vt == "corporate" else 0.05)
                    if long_wait:
                        p_never *= 1.6
                    if rng.random() >= p_never:
                        if after_ship and rng.random() < (0.12 if vt == "corporate" else 0.30):
                            tp_ = tready + D(days=float(u(0.5, 3)))
                            if ev("tp_pickup", tp_, session_id=sid, action="shipped", channel="courier",
                                  pickup_method="shipping", 取件方式="快递寄送"):
                                order(tp_ - D(hours=2), 25, "shipping", "运费", payment_method=pick(PAYS, 1),
                                      session_id=sid, channel="mini_program", device=os_)
                                damaged = rng.random() < 0.06
                                if damaged and rng.random() < 0.8:
                                    fb("shipping", tp_ + D(days=float(u(1, 4))), "wechat_service", rating=False,
                                       sid=sid, wt=wt)
                        else:
                            tp_ = tready + D(days=float(min(45.0, rng.gamma(1.6, 4.5) + 0.2)))
                            if closed(tp_):
                                tp_ = after_closure(tp_) + D(hours=float(u(11, 19)))
                            ev("tp_pickup", tp_, session_id=sid, action="collect", channel="store",
                               pickup_method="store", 取件方式="到店自取")
            # ---- class survey (rating) in the mini-program
            weekend = ta.weekday() >= 5
            if rng.random() < (0.55 if first_class else 0.38):
                tr = ta + D(hours=float(u(1, 20)))
                if rng.random() < tch[5]:
                    topic = "patient"
                elif studio == "S1" and weekend and rng.random() < 0.16:
                    topic = "crowded"
                elif wt == "wheel" and tb >= WHEEL_PRICE_UP and btype in ("first", "repeat") and rng.random() < 0.20:
                    topic = "pricey"
                elif rng.random() < 0.03:
                    topic = "pricey"
                elif rng.random() < 0.16:
                    topic = "relaxing"
                elif rng.random() < 0.02:
                    topic = "crowded"
                else:
                    topic = None
                if topic is None:
                    r = int(np.clip(round(tch[4] + 0.75 * rng.normal()), 1, 5))
                    topic = "generic_pos" if r >= 4 else "generic_neu" if r == 3 else "generic_neg"
                else:
                    lo, hi = RATING[topic]
                    r = int(rng.integers(lo, hi + 1))
                if tid == "T16":
                    r = 5
                    if SENT[topic] != "pos":
                        topic = "generic_pos"
                if ev("tp_rating", tr, session_id=sid, action="submit", channel="mini_program", device=os_, rating=r,
                      **tinfo):
                    fb(topic, tr, "survey", teacher=tid, wt=wt, sid=sid, rate=r, nps=True)
            # ---- public reviews
            if rng.random() < (0.22 if src == "dianping" else 0.07):
                base_t = tready if tready is not None else ta + D(days=1)
                if long_wait and rng.random() < 0.7:
                    topic = "pickup_wait"
                elif damaged:
                    topic = "shipping"
                else:
                    topic = pick({"patient": tch[5] * 1.3, "relaxing": 0.16, "pricey": 0.12 if wt == "wheel" and tb >= WHEEL_PRICE_UP else 0.05,
                                  "generic_pos": 0.40, "generic_neu": 0.12, "generic_neg": 0.07})
                fb(topic, base_t + D(hours=float(u(2, 72))), "dianping", dated=rng.random() > 0.08, teacher=tid,
                   wt=wt, sid=sid)
            if rng.random() < 0.05:
                topic = pick({"relaxing": 0.40, "generic_pos": 0.35, "patient": 0.15, "pricey": 0.10})
                fb(topic, ta + D(hours=float(u(3, 96))), "xiaohongshu", rating=False, dated=rng.random() > 0.15,
                   teacher=tid if topic == "patient" else None, wt=wt, known=rng.random() > 0.3)
            st["last"] = ta
            # ---- course pack / membership after the first class
            if first_class:
                p_pack = VISITOR[vt][2] * SOURCES[src][2] * AGE_PACK[age] * (1.6 if tid == "T13" else 1.0)
                if rng.random() < min(0.9, p_pack):
                    pk = pick(PACK_W)
                    tpk = ta + D(days=float(min(29.0, rng.exponential(4.0))) + float(u(0.05, 0.2)))
                    if ev("tp_pack", tpk, action="purchase", channel="store", pack_type=pk, 课包类型=PACKS[pk][0],
                          amount=PACKS[pk][3]):
                        order(tpk, PACKS[pk][3], PACKS[pk][1], PACKS[pk][2], payment_method=pick(PAYS, 1),
                              pack_type=pk, 课包类型=PACKS[pk][0], channel="store")
                        st["level"] = max(st["level"], LEVEL_RANK[pk])
                        st["packs"].append(pk)
                        st["credits"] = PACKS[pk][4]
                        st["plan"] = "member" if pk in ("monthly", "annual") else "pack_credit"
                        # referral
                        if rng.random() < PACKS[pk][5]:
                            trf = tpk + D(days=float(u(3, 85)))
                            if trf <= END - D(days=3):
                                todo.append((cid, studio, trf + D(hours=float(u(1, 72)))))
                                ev("tp_referral", trf, action="invite", channel="mini_program", device=os_,
                                   referred_customer_id=f"C{len(todo):05d}")
                        tb = tpk + D(days=float(rng.gamma(2.0, 5.0)))
                        btype = st["plan"]
                        channel = "mini_program"
                        continue
                if rng.random() < 0.02:
                    trf = ta + D(days=float(u(3, 50)))
                    if trf <= END - D(days=3):
                        todo.append((cid, studio, trf + D(hours=float(u(1, 72)))))
                        ev("tp_referral", trf, action="invite", channel="mini_program", device=os_,
                           referred_customer_id=f"C{len(todo):05d}")
            # ---- next booking
            if st["credits"] > 0:
                gap = 30.0 / 3.5 if st["plan"] == "member" and "monthly" in st["packs"][-1:] else 14.0
                tb = ta + D(days=float(max(2.0, rng.gamma(3.0, gap / 3.0))))
                btype = st["plan"]
                channel = "mini_program"
                continue
            if rng.random() < (0.10 if st["level"] == 0 else 0.25):
                tb = ta + D(days=float(u(20, 100)))
                btype = "repeat"
                channel = "mini_program" if rng.random() < 0.8 else "dianping"
                continue
            break

        lvl = MEMBER_LEVEL[st["level"]]
        cust.update(member_level=lvl[0], 会员等级=lvl[1], tier=lvl[0])
        if st["attended"] == 0:
            seg = "lead"
        elif st["level"] >= 3 or st["attended"] >= 6:
            seg = "vip"
        elif st["last"] < END - D(days=120):
            seg = "at_risk"
        elif st["attended"] >= 2:
            seg = "returning"
        else:
            seg = "new"
        cust["segment"] = seg
        customers.append(cust)

    ids = {c["customer_id"] for c in customers}
    for e in events:
        if e.get("referred_customer_id"):
            assert e["referred_customer_id"] in ids, e
    # a few exact duplicate event rows, as a real export has
    for j in rng.choice(len(events), 10, replace=False):
        events.append(dict(events[int(j)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])

    write(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                    "aliases"],
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"],
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for i, tp in enumerate(j[4])])
    write(out / "customers.csv", list(customers[0]), sorted(customers, key=lambda c: c["customer_id"]))
    write(out / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "channel",
                               "device", "studio_id", "studio", "studio_en", "city", "城市", "source", "来源渠道",
                               "booking_type", "预约类型", "slot_at", "party_size", "workshop_type", "课程类型",
                               "teacher_id", "teacher_name", "teacher_en", "teacher_level", "老师级别", "glaze", "釉色",
                               "kiln_id", "kiln_result", "烧制结果", "pickup_method", "取件方式", "pack_type", "课包类型",
                               "amount", "payment_method", "支付方式", "rating", "cancel_reason", "取消原因",
                               "referred_customer_id"], events)
    write(out / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型",
                               "workshop_type", "课程类型", "pack_type", "课包类型", "fee_item", "费用项目",
                               "refund_reason", "退款原因", "payment_method", "支付方式", "channel", "device",
                               "session_id", "studio_id", "studio", "studio_en", "city", "城市", "currency"], orders)
    write(out / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                                 "language", "sentiment_label", "session_id", "studio_id", "studio", "studio_en", "city",
                                 "城市", "teacher_id", "teacher_name", "teacher_en", "teacher_level", "老师级别", "workshop_type",
                                 "课程类型",
                                 "visitor_type", "客户类型"], feedback)


def write(path: Path, cols, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({c: fmt(r.get(c, "")) for c in cols})


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    return v


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "pottery_data"))
