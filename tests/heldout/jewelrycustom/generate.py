"""金石定制珠宝 Jinshi Atelier: a custom jewellery workshop (engagement rings, wedding bands, 古法金 gold bangles,
pendants, earrings) with five showrooms and WeChat video consults (synthetic, written blind).

A client comes in as an enquiry (咨询留资: Xiaohongshu 小红书, Douyin 抖音, WeChat 公众号/视频号, Dianping 大众点评,
website, walk-in 路过进店, referral 老客介绍, or a returning client 老客复购), books a design consultation (预约, in the
WeChat mini-program; no-shows are recorded), has the consultation in a showroom or over WeChat video (设计咨询), gets a
hand sketch (手绘草图) and CAD renders (CAD渲染确认, one row per round until approved), and pays a 30 % deposit (付定金:
the order). The workshop in Shenzhen Shuibei casts the piece (起版铸造; a recast when the casting fails), sets the stones
(镶嵌; natural diamonds come from Antwerp with GIA papers, lab-grown from a Shenzhen grower, coloured stones from
Bangkok), checks it (质检) and the client pays the balance (付尾款) and picks it up in the showroom (到店取货) or gets it
by SF Express (顺丰寄送). After delivery: free resizing within a year (改圈), after-sales tickets (售后申请 → 售后完成:
rhodium re-plating, loose stones, polishing, engraving errors, certificates, bangle reshaping) and free yearly cleaning
(清洗保养). Engagement-ring clients often come back for wedding bands.

Data 2024-01-01 .. 2026-07-31 (CRM + workshop + service extract taken 2026-08-03). Times are naive China local time.
Money is CNY (orders.amount and every *_cny column).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260803), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260803
rng = np.random.default_rng(SEED)
T0 = datetime(2024, 1, 1)
TEND = datetime(2026, 7, 31, 23, 59)


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def dt(s: str) -> datetime:
    return datetime.fromisoformat(s)


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at_hours(t: datetime, days: float = 0.0, lo=10.0, hi=20.5) -> datetime:
    """a time within opening hours, `days` whole days after t's date"""
    d = (t + timedelta(days=days)).replace(hour=0, minute=0, second=0, microsecond=0)
    return d + timedelta(minutes=int(u(lo * 60, hi * 60)))


def later(t: datetime, lo_days, hi_days, lo=10.0, hi=20.5) -> datetime:
    """a time in opening hours between lo_days and hi_days whole days after t, never before t"""
    x = at_hours(t, ri(lo_days, hi_days), lo, hi)
    if x <= t:
        x = t + timedelta(minutes=ri(20, 90))
    return x


def between(t: datetime, a: str, b: str) -> bool:
    return dt(a) <= t < dt(b) + timedelta(days=1)


# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "咨询留资", "Enquiry", "awareness", "social", "digital", "marketing",
     "咨询|留资|私信|询价|线索|加微信|新客|enquiry|inquiry|lead|DM|new lead"),
    ("tp_booking", "预约", "Appointment booking", "consideration", "mini_program", "digital", "client_service",
     "预约到店|约面谈|预约视频|约时间|爽约|放鸽子|booking|appointment|book a consult|no-show"),
    ("tp_consult", "设计咨询", "Design consultation", "consideration", "store", "physical", "sales",
     "面谈|到店|量尺寸|看钻|视频咨询|一对一|consult|consultation|showroom visit|video consult|meeting"),
    ("tp_sketch", "手绘草图", "Design sketch", "consideration", "store", "physical", "design",
     "草图|手稿|画稿|初稿|sketch|drawing|hand sketch"),
    ("tp_cad", "CAD渲染确认", "CAD render approval", "consideration", "app", "digital", "design",
     "CAD|3D图|渲染图|效果图|建模|改稿|定稿|出图|render|CAD render|3D model|design approval|revision"),
    ("tp_deposit", "付定金", "Deposit paid", "purchase", "store", "digital", "finance",
     "定金|下定|下单|订金|成交|deposit|order placed|down payment|booking fee"),
    ("tp_casting", "起版铸造", "Casting", "purchase", "other", "physical", "workshop",
     "起版|铸造|倒模|浇铸|打金|锤揲|重铸|casting|cast|recast|forging|wax model"),
    ("tp_setting", "镶嵌", "Stone setting", "purchase", "other", "physical", "workshop",
     "镶石|镶钻|起钉|爪镶|微镶|配石|等石|setting|stone setting|set the diamond|pave"),
    ("tp_qc", "质检", "Quality check", "purchase", "other", "physical", "workshop",
     "QC|出厂检验|检验|抛光检验|quality check|inspection|quality control"),
    ("tp_balance", "付尾款", "Balance paid", "purchase", "store", "digital", "finance",
     "尾款|结清|补款|balance|final payment|pay the rest"),
    ("tp_pickup", "到店取货", "Showroom pickup", "purchase", "store", "physical", "client_service",
     "取货|取戒指|到店交付|交付仪式|pickup|collection|collect in store|handover"),
    ("tp_courier", "顺丰寄送", "Courier delivery", "purchase", "other", "physical", "client_service",
     "快递|寄送|顺丰|保价快递|发货|邮寄|courier|shipping|delivery|SF Express|ship"),
    ("tp_resize", "改圈", "Resizing", "service", "store", "physical", "workshop",
     "改圈口|改尺寸|调圈|戒圈|resize|resizing|ring size"),
    ("tp_aftersales", "售后申请", "After-sales request", "service", "wechat", "digital", "client_service",
     "售后|报修|维修|返修|投诉|工单|after-sales|repair request|warranty claim|ticket"),
    ("tp_aftersales_done", "售后完成", "After-sales resolved", "service", "store", "physical", "workshop",
     "修好|售后完成|返修完成|处理完毕|repair done|resolved|fixed"),
    ("tp_care", "清洗保养", "Cleaning & care", "loyalty", "store", "physical", "client_service",
     "清洗|保养|免费清洗|抛光保养|检查爪|care visit|cleaning|check-up|polish service"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("sales_funnel", "咨询到下定", "Enquiry to deposit",
     ["tp_enquiry", "tp_booking", "tp_consult", "tp_sketch", "tp_cad", "tp_deposit"], 60),
    ("production", "制作交付", "Production to balance",
     ["tp_deposit", "tp_casting", "tp_qc", "tp_balance"], 75),
    ("aftersales", "售后处理", "After-sales handling", ["tp_aftersales", "tp_aftersales_done"], 14),
]

SHOWROOMS = {  # key -> (English name, 门店, city, opened)
    "sh": ("Shanghai Xintiandi", "上海新天地店", "Shanghai", datetime(2019, 5, 1)),
    "bj": ("Beijing Sanlitun", "北京三里屯店", "Beijing", datetime(2020, 9, 1)),
    "hz": ("Hangzhou Hubin", "杭州湖滨店", "Hangzhou", datetime(2021, 4, 1)),
    "sz": ("Shenzhen Shuibei", "深圳水贝店", "Shenzhen", datetime(2018, 3, 1)),
    "cd": ("Chengdu Taikoo Li", "成都太古里店", "Chengdu", datetime(2025, 5, 18)),
}
ONLINE = ("Online (WeChat video)", "线上视频顾问")
CITY_W = {"Shanghai": 28, "Beijing": 16, "Hangzhou": 11, "Shenzhen": 12, "Chengdu": 8, "Guangzhou": 5, "Nanjing": 4,
          "Suzhou": 4, "Wuhan": 3, "Chongqing": 3, "Xi'an": 2, "Tianjin": 2, "Hong Kong": 3, "Singapore": 2,
          "Xiamen": 1}
CITY_ZH = {"Shanghai": "上海", "Beijing": "北京", "Hangzhou": "杭州", "Shenzhen": "深圳", "Chengdu": "成都",
           "Guangzhou": "广州", "Nanjing": "南京", "Suzhou": "苏州", "Wuhan": "武汉", "Chongqing": "重庆",
           "Xi'an": "西安", "Tianjin": "天津", "Hong Kong": "香港", "Singapore": "新加坡", "Xiamen": "厦门"}
CHANNELS = {  # enquiry source: weight, book, no-show, consult->sketch factor
    "xiaohongshu": (30, 0.58, 0.13, 0.95),
    "douyin": (17, 0.42, 0.38, 0.62),
    "wechat": (13, 0.70, 0.09, 1.0),
    "dianping": (12, 0.66, 0.10, 0.98),
    "website": (8, 0.60, 0.10, 0.95),
    "walk_in": (8, 0.86, 0.06, 1.05),
    "referral": (12, 0.86, 0.05, 1.12),
}
REPEAT = ("repeat_client", 0.92, 0.03, 1.15)
CHANNEL_ZH = {"xiaohongshu": "小红书", "douyin": "抖音", "wechat": "微信公众号/视频号", "dianping": "大众点评",
              "website": "官网", "walk_in": "路过进店", "referral": "老客介绍", "repeat_client": "老客复购"}
PRODUCTS = {  # key -> zh, base weight, promised days
    "engagement_ring": ("求婚钻戒", 38, 30),
    "wedding_band": ("结婚对戒", 17, 25),
    "gold_bangle": ("古法金手镯", 22, 25),
    "pendant": ("吊坠项链", 12, 25),
    "earrings": ("耳饰", 11, 25),
}
METAL_ZH = {"pt950": "PT950铂金", "18k_white": "18K白金", "18k_yellow": "18K黄金", "18k_rose": "18K玫瑰金",
            "gold_999": "足金999"}
GEM_ZH = {"natural_diamond": "天然钻石", "lab_diamond": "培育钻石", "moissanite": "莫桑石", "sapphire": "蓝宝石",
          "ruby": "红宝石", "emerald": "祖母绿", "none": "无主石"}
STYLE_ZH = {"solitaire": "单钻六爪", "halo": "群镶光环", "pave": "密钉微镶", "three_stone": "三石款", "vintage": "复古款",
            "plain": "素圈", "twisted": "麻花纹", "gufa_plain": "古法光面", "gufa_pattern": "古法錾花",
            "drop": "水滴款", "stud": "耳钉"}
BANDS = [(5000, "<5k", "5千以下"), (15000, "5k-15k", "5千-1.5万"), (30000, "15k-30k", "1.5万-3万"),
         (60000, "30k-60k", "3万-6万"), (10 ** 12, "60k+", "6万以上")]
DESIGNERS = {"lin_yue": "林玥", "chen_mo": "陈默", "he_xin": "何昕", "zhou_qing": "周晴"}
SETTERS = {"wang_jun": "王军", "li_ping": "李平", "wu_lei": "吴磊"}
CONSULTANTS = {"sh": ["Amy Xu", "Kevin Shen", "Lily Gu"], "bj": ["Ivy Zhao", "Leo Wang"], "hz": ["Sunny Fang"],
               "sz": ["Nina Huang", "Jack Lin"], "cd": ["Coco Li"], "online": ["Grace Ma", "Eric Tang"]}
SUPPLIERS = {"natural_diamond": "antwerp_gia", "lab_diamond": "shenzhen_lab", "moissanite": "local_stock",
             "sapphire": "bangkok_gem", "ruby": "bangkok_gem", "emerald": "bangkok_gem"}
ISSUE_ZH = {"replating": "补电镀", "loose_stone": "掉钻松石", "scratch_polish": "划痕抛光", "engraving_error": "刻字错误",
            "certificate_issue": "证书问题", "bangle_reshape": "手镯变形整形"}
LOST_ZH = {"no_response": "未回复", "no_show": "爽约未到", "price": "价格", "competitor": "选了别家",
           "gold_price": "金价太高", "undecided": "还在考虑", "design": "设计没谈拢"}
CANCEL_ZH = {"changed_mind": "改主意", "relationship": "感情变化", "too_slow": "等待太久", "found_cheaper": "别家更便宜",
             "budget": "预算变化"}

# Au9999 monthly average, CNY per gram (the workshop's gold price at the deposit, before the 工费 craft fee)
GOLD = {(2023, 12): 469, (2024, 1): 478, (2024, 2): 481, (2024, 3): 508, (2024, 4): 553, (2024, 5): 561, (2024, 6): 552,
        (2024, 7): 560, (2024, 8): 569, (2024, 9): 588, (2024, 10): 618, (2024, 11): 606, (2024, 12): 614,
        (2025, 1): 641, (2025, 2): 682, (2025, 3): 701, (2025, 4): 748, (2025, 5): 756, (2025, 6): 766,
        (2025, 7): 771, (2025, 8): 781, (2025, 9): 832, (2025, 10): 918, (2025, 11): 931, (2025, 12): 952,
        (2026, 1): 998, (2026, 2): 1021, (2026, 3): 989, (2026, 4): 1012, (2026, 5): 1031, (2026, 6): 1040,
        (2026, 7): 1052}

_n = {"e": 0, "o": 0, "f": 0, "t": 0, "s": 0}


def nxt(k):
    _n[k] += 1
    return _n[k]


events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
experiments: list[dict] = []
dup_rows: list[dict] = []


def band_of(amount):
    for hi, en, zh in BANDS:
        if amount < hi:
            return en, zh
    raise AssertionError


def ev(c, tp, t: datetime, action, **kw):
    if t > TEND or t < T0:
        return {}
    e = dict(event_id=f"E{nxt('e'):07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp, action=action,
             city=c["city"], 城市=CITY_ZH[c["city"]])
    e.update(kw)
    events.append(e)
    c["last_touch"] = t
    return e


# ---------------------------------------------------------------- feedback texts
# topic -> (zh templates, en templates, sentiment). The marker of every counted topic (MARKERS) is in each template of
# that topic and in no other template; checked at import time below and again in gold.py against _truth.
TEXTS = {
    "slow_make": ([
        "戒指做了一个多月还没好，等太久了，婚期都快到了",
        "定金交了快五周，每次问进度都说在做，等太久",
        "整体不错就是工期拖了，等太久了心累",
        "承诺30天交付结果拖到40多天，等太久了",
        "手镯说三周好，实际等太久，过年前差点没拿到"], [
        "Lovely ring in the end but it took too long, almost six weeks from deposit.",
        "The piece took too long and nobody told us why until I chased.",
        "Quality is fine, it just took too long compared to what was promised.",
        "Took too long - we nearly had to propose without the ring."], "negative"),
    "courier": ([
        "快递路上走了一周多，保价件也不能这么慢吧",
        "顺丰快递显示签收了但我没拿到，吓死了，后来在驿站找到",
        "快递盒子压坏了，还好戒指盒没事",
        "双十一期间快递太慢了，本来想生日当天送的",
        "快递延误了五天，客服一直说在催"], [
        "The courier took over a week, stuck in some depot during the November rush.",
        "Courier marked it delivered but it was at the neighbour's - scary for a ring this price.",
        "Box arrived dented, courier clearly threw it around. Ring was fine.",
        "Courier delay meant the anniversary gift came late."], "negative"),
    "engraving": ([
        "刻字刻错了一个字母，名字缩写都不对，只能返工",
        "内圈刻字日期写成了错的，交付时才发现",
        "刻字歪了，字体也不是我们选的那款",
        "对戒刻字两只弄反了，很无语"], [
        "The engraving inside the band had the wrong date.",
        "They got the engraving wrong - our initials were swapped.",
        "Engraving was crooked and not the font we chose, had to send it back.",
        "Wrong letter in the engraving, noticed it at pickup."], "negative"),
    "loose_stone": ([
        "戴了不到三个月就掉钻了，边上的小碎钻少了两颗",
        "主石有点松动，晃一下能感觉到，担心掉钻",
        "密镶的小钻掉钻了，送去补镶又等了两周",
        "掉钻一次了，爪是不是没扣紧"], [
        "A side stone fell out after two months - loose stone on a brand new ring.",
        "The centre stone felt loose, I could hear it rattle. Loose stone after 8 weeks is not ok.",
        "Had a loose stone in the pave band, two tiny diamonds missing.",
        "Second loose stone this year, the claws were not tightened properly."], "negative"),
    "yellowing": ([
        "18K白金戴了大半年就发黄了，要去补电镀",
        "戒圈发黄，跟刚拿到时候完全两个颜色",
        "白金发黄得厉害，早知道买铂金了",
        "才一年就发黄，电镀层磨掉了"], [
        "My white gold ring started yellowing after about nine months.",
        "Yellowing on the band already, needs replating.",
        "White gold is yellowing badly, wish they had told us to go platinum.",
        "Noticeable yellowing under the shank after a year."], "negative"),
    "cad_mismatch": ([
        "实物和效果图不一样，主石看起来比渲染的小很多",
        "拿到手发现跟效果图不一样，爪的形状变了",
        "成品和效果图不一样，戒臂比图上粗"], [
        "The finished ring looks different from the render - the band is much thicker.",
        "Honestly it's different from the render we approved, the halo looks smaller.",
        "Piece came out different from the render, the prongs are chunkier."], "negative"),
    "resize": ([
        "改圈很快，三天就好了，服务好",
        "求婚时尺寸猜小了，改圈免费，赞",
        "改圈后戒圈刚好，师傅手艺不错",
        "第二次改圈了，希望这次合适"], [
        "Had to resize after the proposal, free and quick.",
        "Resizing took only three days, great service.",
        "Needed a resize, guessed the size wrong for the surprise - no fuss at all.",
        "Ring resized, fits perfectly now."], "neutral"),
    "gold_price": ([
        "金价涨得太快了，去年问的时候还没这么贵",
        "想给妈妈打个手镯，现在金价太高，先观望",
        "金价一天一个样，锁价只有当天有效太不灵活",
        "金价高，克重只能往下减了"], [
        "The gold price has gone crazy, the bangle costs a third more than last year.",
        "We'll wait for the gold price to drop before ordering the bangle.",
        "Gold price lock only valid the same day is too tight.",
        "Had to go for a lighter bangle because of the gold price."], "neutral"),
    "pushy": ([
        "店员一直推销贵的钻，说预算内的不好看，体验很差",
        "进店被推销加钱升级，感觉很有压力",
        "推销太多了，我只想看看款式",
        "顾问一直推销天然钻，不尊重我们选培育钻"], [
        "Staff were pushy, kept steering us to bigger stones.",
        "Felt pushy - every answer ended with an upsell.",
        "Too pushy for a first visit, we just wanted to browse.",
        "Consultant was pushy about natural diamonds when we asked for lab-grown."], "negative"),
    "queue": ([
        "周六约了时间还要排队等了四十分钟",
        "店里人太多，排队半小时才轮到我们",
        "预约了还排队，那预约有什么用"], [
        "Booked a slot and still had to queue for 40 minutes.",
        "Saturday was chaos, we had to queue even with an appointment.",
        "Long queue at the showroom, booking made no difference."], "negative"),
    "designer_praise": ([
        "设计师特别懂我们想要的，改了两版就定了",
        "设计师很有耐心，草图画得超好看",
        "感谢设计师把奶奶的老戒指元素融进去了",
        "设计师的建议很专业，比我们自己想的好"], [
        "The designer really listened, two rounds and it was perfect.",
        "Our designer was so patient with all our changes.",
        "The designer turned my grandmother's ring into something new and beautiful.",
        "Brilliant designer, suggested a setting we never would have thought of."], "positive"),
    "craft_praise": ([
        "做工很精细，爪镶得很干净，闪到不行",
        "古法手镯做工太美了，錾花很细腻",
        "做工没得挑，抛光也很亮",
        "对戒做工很好，戴着很舒服"], [
        "Craftsmanship is superb, the claws are so clean.",
        "The craftsmanship on the bangle is stunning.",
        "Beautiful craftsmanship, worth every yuan.",
        "Excellent craftsmanship, comfortable to wear every day."], "positive"),
    "certificate": ([
        "钻石证书和实物编号对不上，要求重新核对",
        "GIA证书一直没给我，催了好几次",
        "证书上的克拉数跟说的不一样"], [
        "The GIA certificate number did not match the stone's inscription.",
        "Still waiting for the certificate two weeks after pickup.",
        "Certificate shows a different carat weight than quoted."], "negative"),
    "refund": ([
        "要退定金手续太麻烦，还扣了设计费",
        "申请退定金拖了两周才到账",
        "退定金的时候才说设计费不退，之前没讲清楚"], [
        "Getting my deposit refund took two weeks.",
        "Asked for a deposit refund and they kept a design fee nobody mentioned.",
        "The deposit refund process was painful."], "negative"),
    "video_consult": ([
        "视频咨询很方便，不用跑一趟上海",
        "视频咨询看不清钻石火彩，还是想到店看",
        "视频咨询顾问讲得清楚，寄了样圈来量尺寸"], [
        "The video consult was convenient, no need to fly over.",
        "Hard to judge sparkle on a video consult.",
        "Video consult worked well, they mailed us a ring sizer."], "neutral"),
    "price": ([
        "客户觉得太贵了，预算只有一万出头",
        "报价出来客户说太贵，要再想想",
        "同款天然钻客户嫌太贵，考虑培育钻也没定"], [
        "Client said it was too expensive for their budget.",
        "Quote was too expensive, they will think about it.",
        "Too expensive compared with what they had in mind."], "negative"),
    "competitor": ([
        "客户去别家看了，说别家同样的钻便宜两千",
        "客户最后在别家下单了，说交期更快",
        "对比了别家的款式，暂时不定"], [
        "They went with another brand that quoted less.",
        "Client compared us with another brand and chose them for faster delivery.",
        "Shopping around, another brand offered a bigger stone for the same price."], "negative"),
    "good_general": ([
        "整体体验很好，从草图到交付都很顺利",
        "很满意，求婚成功啦",
        "交付仪式很用心，拍照也好看",
        "服务很周到，会推荐给朋友",
        "戒指很闪，老婆很喜欢"], [
        "Great experience from sketch to pickup.",
        "She said yes! Thank you so much.",
        "Lovely handover, they made it feel special.",
        "Very happy, would recommend to friends.",
        "Beautiful ring, my wife loves it."], "positive"),
    "ok_general": ([
        "还可以，中规中矩",
        "整体还行，价格偏高一点",
        "东西不错，就是流程有点长",
        "一般吧，没有特别惊喜"], [
        "It was fine, nothing special.",
        "OK overall, a bit pricey.",
        "Decent, process was a bit long.",
        "Average experience."], "neutral"),
    "undecided": ([
        "客户说回去和家里商量一下",
        "客户还在比较款式，下个月再联系",
        "客户求婚时间没定，暂缓"], [
        "Client wants to discuss with family first.",
        "Still comparing styles, follow up next month.",
        "Proposal date not fixed yet, on hold."], "neutral"),
    "care_praise": ([
        "免费清洗后跟新的一样，顺便检查了爪",
        "每年的清洗保养很贴心",
        "保养后又闪回来了"], [
        "Free cleaning made it look brand new, they checked the claws too.",
        "The yearly care visit is a nice touch.",
        "Sparkling again after the cleaning."], "positive"),
}
MARKERS = {  # counted topics -> (zh marker, en marker); lower-case match
    "slow_make": ("等太久", "took too long"), "courier": ("快递", "courier"), "engraving": ("刻字", "engraving"),
    "loose_stone": ("掉钻", "loose stone"), "yellowing": ("发黄", "yellowing"),
    "cad_mismatch": ("效果图不一样", "different from the render"), "resize": ("改圈", "resiz"),
    "gold_price": ("金价", "gold price"), "pushy": ("推销", "pushy"), "queue": ("排队", "queue"),
    "designer_praise": ("设计师", "designer"), "craft_praise": ("做工", "craftsmanship"),
    "certificate": ("证书", "certificate"), "refund": ("退定金", "deposit refund"),
    "video_consult": ("视频咨询", "video consult"), "price": ("太贵", "too expensive"),
    "competitor": ("别家", "another brand"),
}
for _tp, (_zh, _en, _s) in TEXTS.items():
    for _txt in _zh + _en:
        for _k, _m in MARKERS.items():
            has = any(w in _txt.lower() for w in _m)
            assert has == (_k == _tp), (_tp, _k, _txt)
RATING = {"negative": (1, 2), "neutral": (3, 4), "positive": (4, 5)}


def add_fb(topic, t: datetime | None, channel, c=None, tp="", lang=None, rating=None, nps=None, **kw):
    if t is not None and (t < T0 or t > TEND):
        return {}
    zh, en, sent = TEXTS[topic]
    lang = lang or (c["preferred_language"] if c else "zh")
    lst = zh if lang == "zh" else en
    text = lst[int(rng.integers(len(lst)))]
    fid = f"FB{nxt('f'):06d}"
    row = dict(feedback_id=fid, text=text, ts=fmt(t) if t else "", customer_id=c["customer_id"] if c else "",
               touchpoint_id=tp, channel=channel, rating=rating if rating is not None else "",
               nps=nps if nps is not None else "", language=lang, city=c["city"] if c else "")
    row.update(kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))
    return row


def rate_for(topic):
    lo, hi = RATING[TEXTS[topic][2]]
    return ri(lo, hi)


def nps_for(rating):
    return {5: ri(9, 10), 4: pick([7, 8, 9], [3, 4, 2]), 3: ri(5, 7), 2: ri(2, 5), 1: ri(0, 3)}[int(rating)]


# ---------------------------------------------------------------- customers and leads
def season(d: date, product=None) -> float:
    m, dd = d.month, d.day
    w = 1.0
    if (m == 5 and dd <= 20) or (m == 4 and dd >= 25):
        w *= 1.45  # 520
    if between(datetime(d.year, d.month, d.day), "2024-07-20", "2024-08-10") or \
            between(datetime(d.year, d.month, d.day), "2025-08-05", "2025-08-29") or \
            between(datetime(d.year, d.month, d.day), "2026-07-25", "2026-08-19"):
        w *= 1.4  # 七夕
    if (m == 11 and dd >= 15) or (m == 12 and dd <= 24):
        w *= 1.5  # Christmas / new-year proposals
    if m == 2 and dd <= 14:
        w *= 1.2
    return w


CNY = {2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17)}


def bangle_boost(d: date) -> float:
    for y in (d.year, d.year + 1):
        cny = CNY.get(y)
        if cny and timedelta(days=0) <= cny - d <= timedelta(days=45):
            return 4.5
    return 1.0


def enquiry_days():
    out = []
    d = date(2023, 12, 1)
    while d <= TEND.date():
        growth = 1.0 + 0.22 * ((d - date(2024, 1, 1)).days / 365)
        lam = 3.0 * growth * season(d)
        if d.weekday() >= 5:
            lam *= 1.25
        for _ in range(int(rng.poisson(lam))):
            out.append(datetime(d.year, d.month, d.day) + timedelta(minutes=int(u(8 * 60, 23.5 * 60))))
        d += timedelta(days=1)
    return out


def product_for(t: datetime) -> str:
    w = {k: v[1] for k, v in PRODUCTS.items()}
    w["gold_bangle"] *= bangle_boost(t.date())
    if t.month in (11, 12) or (t.month == 5 and t.day <= 20):
        w["engagement_ring"] *= 1.3
    return pickd(w)


def new_customer(cid, t: datetime, channel):
    city = pickd(CITY_W)
    c = dict(customer_id=cid, signup_at=fmt(t), city=city, acquisition_channel=channel,
             age_band=pick(["18-24", "25-29", "30-34", "35-44", "45+"], [10, 38, 30, 14, 8]),
             preferred_language="en" if chance(0.30 if city in ("Hong Kong", "Singapore") else
                                                0.2 if city in ("Shanghai", "Beijing", "Shenzhen") else 0.04)
             else "zh",
             gender=pick(["male", "female"], [55, 45]), spend=0.0, pieces=0, lost_reason="", segment="")
    if city == "Hong Kong" or city == "Singapore":
        c["preferred_language"] = "en" if chance(0.6) else "zh"
    return c


def showroom_for(c, t: datetime):
    """home showroom at time t, or None when the client has to consult by video"""
    for k, (en, zh, city, opened) in SHOWROOMS.items():
        if c["city"] == city and t >= opened:
            return k
    if c["city"] in ("Suzhou", "Nanjing") and chance(0.5):
        return "sh"
    if c["city"] == "Guangzhou" and chance(0.4):
        return "sz"
    return None


def lead_channel(t: datetime):
    w = {k: v[0] for k, v in CHANNELS.items()}
    if t >= datetime(2025, 9, 1):
        w["douyin"] *= 1.5  # Douyin live-stream ads pushed from autumn 2025
    return pickd(w)


def design_style(product):
    return {"engagement_ring": pickd({"solitaire": 40, "halo": 22, "pave": 18, "three_stone": 10, "vintage": 10}),
            "wedding_band": pickd({"plain": 45, "pave": 30, "twisted": 25}),
            "gold_bangle": pickd({"gufa_plain": 55, "gufa_pattern": 45}),
            "pendant": pickd({"drop": 50, "halo": 30, "vintage": 20}),
            "earrings": pickd({"stud": 60, "halo": 25, "drop": 15})}[product]


def specs(product, t: datetime):
    """metal, gem, carat, style"""
    style = design_style(product)
    if product == "gold_bangle":
        return "gold_999", "none", 0.0, style
    metal = pickd({"pt950": 44, "18k_white": 30, "18k_yellow": 12, "18k_rose": 14})
    if product == "engagement_ring":
        y = t.year + (t.month - 1) / 12
        lab = 0.14 + 0.16 * (y - 2024) + (0.05 if y >= 2026 else 0)  # lab-grown share climbing
        gem = pickd({"natural_diamond": (1 - lab) * 0.90, "lab_diamond": lab, "moissanite": 0.03,
                     "sapphire": 0.04, "emerald": 0.02, "ruby": 0.01})
        carat = round(float(np.clip(rng.lognormal(np.log(0.55 if gem == "natural_diamond" else 1.05), 0.35),
                                    0.25, 3.0)), 2)
    elif product == "wedding_band":
        gem = "natural_diamond" if style == "pave" else "none"
        carat = 0.12 if gem != "none" else 0.0
    else:
        gem = pickd({"natural_diamond": 40, "lab_diamond": 25, "sapphire": 15, "ruby": 8, "emerald": 7,
                     "none": 5})
        carat = round(u(0.15, 0.8), 2) if gem != "none" else 0.0
    return metal, gem, carat, style


def price_of(product, metal, gem, carat, style, t):
    gold = GOLD[(t.year, t.month)]
    if product == "gold_bangle":
        mean = {2023: 38.0, 2024: 38.0, 2025: 32.0, 2026: 26.0}[t.year]
        w = round(float(np.clip(rng.normal(mean, 6.5), 12, 70)), 2)
        fee = ri(60, 120) if style == "gufa_pattern" else ri(35, 70)
        return round(w * (gold + fee), 0), w, gold
    base = {"engagement_ring": 3800, "wedding_band": 7600, "pendant": 2800, "earrings": 3200}[product]
    base += {"pt950": 1600, "18k_white": 900, "18k_yellow": 900, "18k_rose": 950}[metal]
    base += {"pave": 2600, "halo": 2200, "three_stone": 2400, "vintage": 1500, "twisted": 900}.get(style, 0)
    if gem == "natural_diamond":
        stone = 38000 * carat ** 1.7 * u(0.8, 1.25) if product == "engagement_ring" else 26000 * carat * u(0.8, 1.2)
    elif gem == "lab_diamond":
        stone = 5200 * carat ** 1.3 * u(0.8, 1.2)
    elif gem == "moissanite":
        stone = 900 * carat
    elif gem in ("sapphire", "ruby", "emerald"):
        stone = 14000 * carat ** 1.4 * u(0.6, 1.5)
    else:
        stone = 0
    return round(base + stone, 0), 0.0, 0


ASSIGNED: set[str] = set()


def run_lead(c, t0: datetime, channel: str, product: str, surprise: bool):
    """returns (deposit time, info) or None"""
    w, p_book, p_ns, f_sketch = REPEAT if channel == "repeat_client" else CHANNELS[channel]
    fast = product == "gold_bangle"  # bangle clients decide quickly to lock the gold price
    online = channel in ("xiaohongshu", "douyin", "wechat", "dianping", "website")
    dev = pick(["ios", "android", "pc"], [52, 36, 12]) if online else ""
    if channel in ("xiaohongshu", "douyin") and dev == "pc":
        dev = "ios"
    ev(c, "tp_enquiry", t0, "submit", channel=channel, 获客渠道=CHANNEL_ZH[channel], device=dev,
       product_type=product, 品类=PRODUCTS[product][0], surprise_proposal=surprise if product == "engagement_ring"
       else "")
    if not chance(p_book):
        c["lost_reason"] = "no_response"
        return None
    tb = t0 + timedelta(hours=u(1, 24 * 5))
    tries = 0
    while True:
        room = showroom_for(c, tb)
        mode = "showroom" if room and not chance(0.08) else "video"
        if room is None:
            room = "online"
        rname, rzh = (SHOWROOMS[room][0], SHOWROOMS[room][1]) if room != "online" else ONLINE
        tconsult = later(tb, 1, 4 if fast else 9, 10.5, 20.0)
        ev(c, "tp_booking", tb, "booked", channel="mini_program", device=dev or pick(["ios", "android"], [6, 4]),
           consult_mode=mode, showroom=rname, 门店=rzh, appointment_at=fmt(tconsult), product_type=product,
           品类=PRODUCTS[product][0], lead_source=channel)
        if chance(p_ns * (0.6 if mode == "video" else 1.0)):
            ev(c, "tp_booking", tconsult, "no_show", channel="mini_program", consult_mode=mode, showroom=rname,
               门店=rzh, appointment_at=fmt(tconsult), product_type=product, 品类=PRODUCTS[product][0],
               lead_source=channel)
            if tries == 0 and chance(0.35):
                tries += 1
                tb = tconsult + timedelta(hours=u(20, 24 * 6))
                continue
            c["lost_reason"] = "no_show"
            return None
        break
    consultant = pick(CONSULTANTS[room], [1] * len(CONSULTANTS[room]))
    ev(c, "tp_consult", tconsult, "attended", channel="store" if mode == "showroom" else "wechat_video",
       consult_mode=mode, showroom=rname, 门店=rzh, consultant=consultant, product_type=product,
       品类=PRODUCTS[product][0], duration_min=ri(40, 110), lead_source=channel)
    c["room"], c["mode"] = room, mode
    if mode == "showroom" and room != "online" and chance(0.22):
        topic = "pushy" if (room == "bj" and chance(0.38)) else ("queue" if room == "bj" and chance(0.3) else
                                                                  "queue" if chance(0.06) else None)
        base = {"sh": 4.6, "hz": 4.5, "cd": 4.4, "sz": 4.25, "bj": 3.55}[room]
        if topic is None:
            topic = pick(["designer_praise", "good_general", "ok_general", "craft_praise"], [3, 4, 2, 1])
            r = int(np.clip(round(rng.normal(base + 0.25, 0.6)), 3, 5))
        else:
            r = int(np.clip(round(rng.normal(base - 1.8, 0.7)), 1, 3))
        add_fb(topic, tconsult + timedelta(hours=u(3, 72)), "dianping_review", c, "tp_consult", rating=r,
               showroom=rname, 门店=rzh)
    if mode == "video" and chance(0.05):
        add_fb("video_consult", tconsult + timedelta(hours=u(1, 48)), "wechat_chat", c, "tp_consult")
    specs_ = specs(product, tconsult)
    p_sk = 0.80 * f_sketch * (0.78 if mode == "video" else 1.0)
    if not chance(min(p_sk, 0.97)):
        c["lost_reason"] = pickd({"price": 40, "competitor": 20, "undecided": 30, "design": 5,
                                  "gold_price": 25 if product == "gold_bangle" and tconsult >= datetime(2025, 9, 1)
                                  else 0})
        lost_note(c, tconsult, product)
        return None
    tsk = tconsult + timedelta(minutes=ri(30, 100)) if chance(0.6) else later(tconsult, 1, 4, 10, 19)
    designer = pick(list(DESIGNERS), [1, 1, 1, 1.3 if tsk >= datetime(2025, 3, 1) else 0])
    metal, gem, carat, style = specs_
    common = dict(product_type=product, 品类=PRODUCTS[product][0], metal=metal, 材质=METAL_ZH[metal], gem=gem,
                  主石=GEM_ZH[gem], design_style=style, 款式=STYLE_ZH[style], designer=designer,
                  设计师=DESIGNERS[designer], showroom=rname, 门店=rzh)
    ev(c, "tp_sketch", tsk, "drawn", channel="store" if mode == "showroom" else "wechat", **common)
    if not chance(0.93):
        c["lost_reason"] = pickd({"price": 45, "competitor": 25, "undecided": 30})
        lost_note(c, tsk, product)
        return None
    t = later(tsk, 1, 3, 9.5, 21) if fast else later(tsk, 3, 7, 9.5, 21)
    variant = None
    if between(t, "2025-04-01", "2025-12-31") and c["customer_id"] not in ASSIGNED:
        ASSIGNED.add(c["customer_id"])
        variant = "video_360" if chance(0.5) else "static_render"
        experiments.append(dict(experiment_id="cad_video_2025", variant=variant, customer_id=c["customer_id"],
                                assigned_at=fmt(t)))
    render = variant or ("video_360" if t >= datetime(2026, 1, 1) else "static_render")
    lam = (0.25 if fast else 0.75) + (1.25 if designer == "zhou_qing" else 0) + (0.45 if style in ("halo", "pave", "vintage") else 0)
    lam -= 0.35 if render == "video_360" else 0
    rounds = 1 + int(rng.poisson(max(lam, 0.2)))
    for r in range(1, rounds + 1):
        last = r == rounds
        dur = ri(2, 5)
        if not last and r >= 3 and chance(0.07):
            ev(c, "tp_cad", t, "revision_requested", cad_round=r, render_type=render, **common)
            c["lost_reason"] = "design"
            lost_note(c, t, product)
            return None
        ev(c, "tp_cad", t, "approved" if last else "revision_requested", cad_round=r, render_type=render,
           days_in_round=dur if not last else "", **common)
        if not last:
            t = later(t, dur, dur, 9.5, 21)
    p_dep = 0.73 + (0.10 if render == "video_360" and variant else 0.0) - (0.04 if variant == "static_render" else 0)
    p_dep += 0.08 if channel in ("referral", "repeat_client") else 0
    p_dep -= 0.10 if channel == "douyin" else 0
    if not chance(p_dep):
        c["lost_reason"] = pickd({"price": 45, "competitor": 30, "undecided": 25,
                                  "gold_price": 35 if product == "gold_bangle" and t >= datetime(2025, 9, 1) else 0})
        lost_note(c, t, product)
        return None
    tdep = later(t, 0, 1 if fast else 4, 10.5, 20.5)
    return tdep, dict(room=room, rname=rname, rzh=rzh, mode=mode, specs=specs_, designer=designer, channel=channel,
                      consultant=consultant, common=common)


def lost_note(c, t, product):
    if not chance(0.3):
        return
    r = c["lost_reason"]
    topic = {"price": "price", "competitor": "competitor", "gold_price": "gold_price", "undecided": "undecided",
             "design": "undecided"}.get(r)
    if topic is None:
        return
    lang = c["preferred_language"] if chance(0.8) else "zh"
    add_fb(topic, t + timedelta(hours=u(2, 60)), "consult_note", c, "tp_consult" if topic != "undecided" else "",
           lang=lang, lost_reason=r)


# ---------------------------------------------------------------- orders, production, delivery, after-sales
def run_order(c, tdep: datetime, info, product, surprise):
    metal, gem, carat, style = info["specs"]
    amount, weight, gold = price_of(product, metal, gem, carat, style, tdep)
    band, band_zh = band_of(amount)
    oid = f"JO{tdep.strftime('%y%m')}{nxt('o'):05d}"
    deposit = round(amount * 0.3, 0)
    common = dict(info["common"], order_no=oid, price_band=band, 价格带=band_zh)
    ev(c, "tp_deposit", tdep, "paid", channel="store" if info["mode"] == "showroom" else "wechat_pay",
       deposit_cny=deposit, quoted_cny=amount, consultant=info["consultant"],
       gold_weight_g=weight or "", gold_price_cny_g=gold or "", **common)
    o = dict(order_id=oid, customer_id=c["customer_id"], ts=fmt(tdep), amount=amount, status="in_production",
             channel="store" if info["mode"] == "showroom" else "online", device="",
             order_type="custom_piece", 订单类型="定制作品", product_type=product, 品类=PRODUCTS[product][0],
             metal=metal, 材质=METAL_ZH[metal], gem=gem, 主石=GEM_ZH[gem], carat=carat or "", design_style=style,
             款式=STYLE_ZH[style], price_band=band, 价格带=band_zh, showroom=info["rname"], 门店=info["rzh"],
             designer=info["designer"], 设计师=DESIGNERS[info["designer"]], consultant=info["consultant"],
             lead_source=info["channel"], deposit_cny=deposit, balance_cny=amount - deposit,
             gold_weight_g=weight or "", gold_price_cny_g=gold or "",
             surprise_proposal=surprise if product == "engagement_ring" else "", promised_days=PRODUCTS[product][2],
             delivered_at="", delivery_method="", cancel_reason="", 取消原因="", parent_order="")
    orders.append(o)
    c["first_order"] = c.get("first_order") or tdep
    # stones
    supplier = SUPPLIERS.get(gem)
    wait = 0
    if supplier == "antwerp_gia":
        wait = max(5, int(rng.normal(14, 3.5)))
        if between(tdep, "2025-07-01", "2025-09-30"):
            wait += ri(10, 18)  # Hong Kong transit hold on certified stones
    elif supplier == "shenzhen_lab":
        wait = ri(2, 5)
    elif supplier == "bangkok_gem":
        wait = max(5, int(rng.normal(12, 3.5)))
    elif supplier == "local_stock":
        wait = ri(0, 2)
    # cancellations
    p_cancel = 0.035 + (0.22 if wait >= 24 else 0) + (0.015 if product == "engagement_ring" else 0)
    if chance(p_cancel):
        reason = "too_slow" if wait >= 24 and chance(0.75) else pickd(
            {"changed_mind": 35, "relationship": 25 if product in ("engagement_ring", "wedding_band") else 3,
             "found_cheaper": 20, "budget": 20})
        tc = later(tdep, 3, 16 if reason != "too_slow" else 24, 10, 20)
        if tc <= TEND:
            o["status"], o["cancel_reason"], o["取消原因"] = "cancelled", reason, CANCEL_ZH[reason]
            o["cancelled_at"] = fmt(tc)
            if chance(0.35):
                add_fb("refund", tc + timedelta(days=u(3, 16)), "wechat_chat", c, "tp_deposit")
            elif reason == "too_slow" and chance(0.5):
                add_fb("slow_make", tc + timedelta(hours=u(1, 30)), "wechat_chat", c, "tp_deposit")
            return
    # casting
    method = "hand_forged" if product == "gold_bangle" else "vacuum_cast"
    tcast = later(tdep, 7, 13, 9, 18) if method == "hand_forged" else later(tdep, 5, 10, 9, 18)
    p_recast = 0.02 if method == "hand_forged" else (0.12 if metal == "pt950" else 0.03)
    if between(tcast, "2025-03-10", "2025-05-20") and method == "vacuum_cast":
        p_recast = 0.50 if metal == "pt950" else 0.38  # vacuum caster fault until the new machine came in
    while chance(p_recast):
        ev(c, "tp_casting", tcast, "recast", casting_method=method,
           recast_reason=pick(["porosity", "incomplete_fill", "shrinkage"], [6, 3, 1]), **common)
        tcast = later(tcast, 3, 6, 9, 18)
        p_recast *= 0.3
    ev(c, "tp_casting", tcast, "cast_ok", casting_method=method, **common)
    t = tcast
    setter = None
    if gem != "none":
        setter = pick(list(SETTERS), [1, 1, 1.2 if tcast >= datetime(2025, 7, 1) else 0])
        ready = tdep + timedelta(days=wait)
        tset = later(max(t, ready), 2, 4, 9, 18)
        ev(c, "tp_setting", tset, "set", stone_supplier=supplier, stone_wait_days=wait, carat=carat or "",
           setter=setter, 镶嵌师=SETTERS[setter], **common)
        t = tset
    tq = later(t, 2, 4, 9, 18)
    fails = 0
    while chance(0.07 if fails == 0 else 0.15):
        ev(c, "tp_qc", tq, "fail", qc_fail_reason=pick(["polish", "prong_height", "stone_alignment", "dimensions"],
                                                        [4, 3, 2, 1]) if gem != "none" else "polish", **common)
        tq = later(tq, 2, 4, 9, 18)
        fails += 1
    ev(c, "tp_qc", tq, "pass", **common)
    # delivery
    courier = info["mode"] == "video" or info["room"] == "online" or chance(0.12)
    if courier:
        tbal = later(tq, 0, 2, 10, 21)
        slow = between(tbal, "2025-11-05", "2025-11-25")
        transit = ri(4, 9) if slow else pick([1, 2, 3], [5, 4, 1])
        tdel = at_hours(tbal, transit + 1, 10, 20)
    else:
        tdel = later(tq, 2, 12, 11, 20.5)
        if info["room"] == "cd" and tdel < datetime(2025, 5, 18):
            tdel = datetime(2025, 5, 18, 14)
        tbal = tdel - timedelta(minutes=ri(5, 40))
        transit = None
    days = (tdel.date() - tdep.date()).days
    on_time = days <= PRODUCTS[product][2]
    bal = ev(c, "tp_balance", tbal, "paid", channel="store" if not courier else "wechat_pay",
             balance_cny=amount - deposit, **common)
    if not bal:
        return
    dkw = dict(days_to_delivery=days, promised_days=PRODUCTS[product][2], on_time=on_time, **common)
    if courier:
        d = ev(c, "tp_courier", tdel, "delivered", channel="courier", carrier="SF Express", transit_days=transit,
               **dkw)
    else:
        d = ev(c, "tp_pickup", tdel, "picked_up", channel="store", **dkw)
    if not d:
        return
    o.update(status="paid", delivered_at=fmt(tdel), delivery_method="courier" if courier else "pickup",
             setter=setter or "")
    c["spend"] += amount
    c["pieces"] += 1
    after_delivery(c, o, tdel, info, product, metal, gem, style, setter, courier, transit, on_time, surprise, common)


def ticket(c, o, t: datetime, issue, common, resolve_days):
    tno = f"AS{nxt('t'):05d}"
    ch = pick(["wechat", "store", "phone"], [6, 3, 1])
    e = ev(c, "tp_aftersales", t, "opened", channel=ch, issue_type=issue, 售后类型=ISSUE_ZH[issue], ticket_no=tno,
           coverage="warranty" if (t - dt(o["delivered_at"])).days <= 365 else "paid", **common)
    if not e:
        return None
    tr = later(t, resolve_days, resolve_days, 10, 20)
    cov = e["coverage"]
    done = ev(c, "tp_aftersales_done", tr, "resolved", channel="store", issue_type=issue, 售后类型=ISSUE_ZH[issue],
              ticket_no=tno, days_to_resolve=(tr.date() - t.date()).days, coverage=cov, **common)
    if done and cov == "paid":
        fee = {"replating": 280, "scratch_polish": 150, "bangle_reshape": 200}.get(issue, 0)
        if fee:
            orders.append(dict(order_id=f"SV{tr.strftime('%y%m')}{nxt('s'):05d}", customer_id=c["customer_id"],
                               ts=fmt(tr), amount=fee, status="paid", channel="store", order_type="service_fee",
                               订单类型="售后收费", product_type=o["product_type"], 品类=o["品类"], metal=o["metal"],
                               材质=o["材质"], showroom=o["showroom"], 门店=o["门店"], parent_order=o["order_id"],
                               issue_type=issue, 售后类型=ISSUE_ZH[issue]))
    if done and chance(0.5):
        topic = {"replating": "yellowing", "loose_stone": "loose_stone", "engraving_error": "engraving",
                 "certificate_issue": "certificate"}.get(issue)
        if topic is None or chance(0.25):
            topic = pick(["good_general", "ok_general"], [1, 1])
            r = rate_for(topic)
        else:
            r = {"loose_stone": pick([1, 2, 3], [3, 4, 3]), "yellowing": pick([2, 3, 4], [3, 4, 3]),
                 "engraving": pick([1, 2, 3], [3, 4, 2]), "certificate": pick([2, 3], [1, 1])}[topic]
        add_fb(topic, tr + timedelta(days=u(1, 5)), "aftersales_survey", c, "tp_aftersales_done", rating=r,
               ticket_no=tno, order_no=o["order_id"])
    return tno


def after_delivery(c, o, tdel, info, product, metal, gem, style, setter, courier, transit, on_time, surprise,
                   common):
    cad_mismatch = chance(0.05)
    engraved = product in ("engagement_ring", "wedding_band") and chance(0.7)
    engr_err = engraved and chance(0.30 if between(tdel, "2026-01-05", "2026-02-28") else 0.012)
    # post-delivery survey
    if chance(0.55):
        ts = tdel + timedelta(days=u(2, 9))
        score = rng.normal(4.55, 0.45)
        topic = None
        if engr_err:
            score -= 2.0
            topic = "engraving"
        elif courier and transit and transit >= 4:
            score -= 1.7
            topic = "courier"
        elif not on_time:
            score -= 1.3
            topic = "slow_make"
        elif cad_mismatch:
            score -= 1.6
            topic = "cad_mismatch"
        r = int(np.clip(round(score), 1, 5))
        if topic is None:
            topic = pick(["designer_praise", "craft_praise", "good_general", "ok_general"], [3, 3, 5, 2]) if r >= 4 \
                else "ok_general"
            if TEXTS[topic][2] == "positive" and r < 4:
                topic = "ok_general"
        add_fb(topic, ts, "post_delivery_survey", c, "tp_courier" if courier else "tp_pickup", rating=r,
               nps=nps_for(r), order_no=o["order_id"], showroom=o["showroom"], 门店=o["门店"])
    if chance(0.15):  # Xiaohongshu show-off or complaint note
        topic = pick(["good_general", "craft_praise", "designer_praise"], [4, 3, 2]) if on_time else "slow_make"
        if courier and transit and transit >= 4 and chance(0.6):
            topic = "courier"
        ts = tdel + timedelta(days=u(1, 30))
        add_fb(topic, ts if chance(0.8) else None, "xiaohongshu_note", c if chance(0.5) else None,
               lang=c["preferred_language"])
    if engr_err:
        ticket(c, o, tdel + timedelta(hours=u(0.5, 24 * 4)), "engraving_error", common, ri(4, 9))
    # resizing
    if product in ("engagement_ring", "wedding_band"):
        p = 0.46 if surprise else 0.08
        if chance(p):
            tr = later(tdel, 2, 45, 10, 20)
            frm = ri(8, 16)
            to = frm + pick([-2, -1, 1, 2, 3], [1, 3, 4, 2, 1])
            ev(c, "tp_resize", tr, "done", channel="store", size_from=frm, size_to=to, resize_days=ri(2, 6),
               fee_cny=0, **common)
            if chance(0.15):
                add_fb("resize", tr + timedelta(days=u(2, 8)), "wechat_chat", c, "tp_resize")
    # after-sales issues
    if metal == "18k_white" and chance(0.5):
        ticket(c, o, later(tdel, 150, 450, 10, 20), "replating", common, ri(5, 10))
    if gem != "none" and product != "gold_bangle":
        risky = style in ("pave", "halo")
        p = (0.30 if risky else 0.14) if setter == "wu_lei" else (0.06 if risky else 0.02)
        if chance(p):
            ticket(c, o, later(tdel, 20, 200, 10, 20), "loose_stone", common, ri(6, 14))
    if chance(0.05):
        ticket(c, o, later(tdel, 60, 400, 10, 20), "scratch_polish", common, ri(3, 7))
    if gem == "natural_diamond" and chance(0.03):
        ticket(c, o, later(tdel, 1, 20, 10, 20), "certificate_issue", common, ri(5, 15))
    if product == "gold_bangle" and chance(0.06):
        ticket(c, o, later(tdel, 30, 300, 10, 20), "bangle_reshape", common, ri(3, 8))
    # yearly cleaning
    tc = tdel
    while chance(0.32 if info["mode"] == "showroom" else 0.08):
        tc = later(tc, 150, 380, 11, 20)
        if tc > TEND:
            break
        ev(c, "tp_care", tc, "cleaned", channel="store", **common)
        if chance(0.08):
            add_fb("care_praise", tc + timedelta(days=u(0, 3)), "wechat_chat", c, "tp_care")
    # coming back for the wedding bands
    if product == "engagement_ring" and chance(0.36):
        c.setdefault("next", []).append((later(tdel, 45, 300, 9, 22), "wedding_band"))
    if product == "gold_bangle" and chance(0.12):
        c.setdefault("next", []).append((later(tdel, 200, 400, 9, 22), "gold_bangle"))


def run_client(c, t0: datetime, channel: str, product: str):
    surprise = product == "engagement_ring" and chance(0.34)
    res = run_lead(c, t0, channel, product, surprise)
    if res is None:
        return
    tdep, info = res
    if tdep > TEND:
        return
    run_order(c, tdep, info, product, surprise)


def wechat_chats(n=700):
    """client-service chat notes, 150 of them exported as a weekly summary without time or client"""
    for i in range(n):
        topic = pick(["slow_make", "gold_price", "courier", "resize", "certificate", "ok_general", "good_general",
                      "video_consult"], [18, 14, 8, 8, 4, 10, 10, 4])
        if i < 150:
            add_fb(topic, None, "wechat_chat", None, lang="en" if chance(0.12) else "zh")
        else:
            t = datetime(2024, 1, 1) + timedelta(minutes=int(u(0, (TEND - datetime(2024, 1, 1)).total_seconds()
                                                                   / 60)))
            if topic == "gold_price" and chance(0.6):
                t = datetime(2025, 9, 1) + timedelta(minutes=int(u(0, (TEND - datetime(2025, 9, 1)).total_seconds()
                                                                       / 60)))
            if topic == "courier" and chance(0.5):
                t = datetime(2025, 11, 5) + timedelta(hours=u(0, 24 * 25))
            add_fb(topic, t, "wechat_chat", None, lang="en" if chance(0.12) else "zh")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    clients = []
    queue = []
    for t0 in enquiry_days():
        ch = lead_channel(t0)
        c = new_customer(f"C{len(clients) + 1:05d}", t0, ch)
        clients.append(c)
        queue.append((t0, c, ch, product_for(t0)))
    queue.sort(key=lambda r: (r[0], r[1]["customer_id"]))
    i = 0
    while i < len(queue):
        t0, c, ch, product = queue[i]
        i += 1
        if t0 > TEND:
            continue
        c.pop("next", None)
        run_client(c, t0, ch, product)
        for tn, pn in c.pop("next", []):
            if tn <= TEND:
                queue.append((tn, c, "repeat_client", pn))
                queue[i:] = sorted(queue[i:], key=lambda r: (r[0], r[1]["customer_id"]))
    wechat_chats()
    # a dozen booking messages re-sent by the mini-program in March 2026 (same event_id)
    books = [e for e in events if e["touchpoint_id"] == "tp_booking" and e["ts"].startswith("2026-03")]
    for k in rng.choice(len(books), 12, replace=False):
        dup_rows.append(dict(books[int(k)]))
    # customers
    seen = {e["customer_id"] for e in events}
    open_orders = {o["customer_id"] for o in orders if o["status"] == "in_production"}
    cust = []
    for c in clients:
        if c["customer_id"] not in seen:
            continue
        if c["pieces"] >= 2 or (c["pieces"] == 1 and c["customer_id"] in open_orders):
            seg = "repeat"
        elif c["pieces"] == 1:
            seg = "client"
        elif c["customer_id"] in open_orders:
            seg = "in_production"
        elif c["lost_reason"] and c["last_touch"] < TEND - timedelta(days=30):
            seg = "lost"
        else:
            seg = "lead"
        tier = "vip" if c["spend"] >= 50000 else ("gold" if c["spend"] >= 15000 else "standard")
        lr = c["lost_reason"] if seg == "lost" else ""
        cust.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=seg, tier=tier,
                         region=c["city"], city=c["city"], 城市=CITY_ZH[c["city"]],
                         acquisition_channel=c["acquisition_channel"], 获客渠道=CHANNEL_ZH[c["acquisition_channel"]],
                         gender=c["gender"], age_band=c["age_band"], preferred_language=c["preferred_language"],
                         lifetime_spend_cny=round(c["spend"], 0), pieces=c["pieces"],
                         first_order_at=fmt(c["first_order"]) if c.get("first_order") else "",
                         lost_reason=lr, 流失原因=LOST_ZH.get(lr, "")))
    ev_rows = sorted(events + dup_rows, key=lambda e: (e["ts"], e["event_id"]))
    tps = [dict(touchpoint_id=a, name=b, name_zh=b, name_en=cc, stage=d, channel=e, kind=f, owner=g, aliases=h)
           for a, b, cc, d, e, f, g, h in TOUCHPOINTS]
    js = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
               window_days=w) for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "touchpoints.csv", tps)
    write(out / "journeys.csv", js)
    write(out / "customers.csv", cust)
    write(out / "events.csv", ev_rows)
    write(out / "orders.csv", sorted((o for o in orders if o["ts"] >= fmt(T0)), key=lambda o: (o["ts"], o["order_id"])))
    write(out / "feedback.csv", sorted(feedback, key=lambda f: (f["ts"] or "9999", f["feedback_id"])))
    write(out / "experiments.csv", experiments)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
