"""候机宝 LoungeGo: airport lounge access app, 40 lounges in 12 Chinese airports, 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic per comment; not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260702
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1
N = 3600
D = timedelta

CROWD = (datetime(2025, 7, 1), datetime(2025, 10, 1))       # PVG T2 Oriental Wing overcrowded (summer, Q3 2025)
CITIC_RULE = datetime(2025, 10, 1)                           # CITIC: only platinum cards keep the lounge perk
QR_BUG = (datetime(2026, 3, 9), datetime(2026, 4, 6))        # Android app 5.2.0: QR code does not render / scan
SLOW_REFUND = (datetime(2025, 11, 1), datetime(2026, 1, 1))  # payment-system migration: refunds slow
TYPHOON = (datetime(2025, 9, 23), datetime(2025, 9, 26))     # typhoon: CAN / SZX flights cancelled
KMG_NEW = datetime(2026, 6, 1)                               # small new lounge at Kunming opens
CROWD_LOUNGE = "PVG T2 Oriental Wing Lounge"
RUDE_LOUNGE = "PEK T3 Cloud Lounge"
NEW_LOUNGE = "KMG Starry Sky Lounge"
BEST_LOUNGE = "PVG T2 Serenity Lounge"
WORST_LOUNGE = "CAN T1 Cloud Lounge"

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解候机宝", "Discovered LoungeGo", "awareness", "ads", "digital", "marketing",
     "了解|获客|种草|首次接触|知道候机宝|discover|discovery|first touch|heard of us"),
    ("tp_register", "注册账号", "Signed up", "consideration", "app", "digital", "growth",
     "注册|开户|注册账号|sign up|signup|registration|register|account created"),
    ("tp_access", "开通权益（绑卡或首次购卡）", "Access activated (card linked or first pass bought)", "purchase", "app",
     "digital", "growth", "开通权益|绑卡|绑定信用卡|首次购卡|首购|激活|activation|link card|card linked|first purchase|"
     "activate access"),
    ("tp_booking", "预约休息室", "Lounge slot booked", "service", "app", "digital", "operations",
     "预约|预订休息室|订位|约座|booking|book a slot|reservation|reserved"),
    ("tp_entry", "扫码入厅", "Entered the lounge (QR scanned)", "service", "store", "physical", "operations",
     "入厅|进厅|扫码入厅|入场|进休息室|核验通过|entry|entered|lounge visit|check-in|QR scan|door scan"),
    ("tp_entry_denied", "扫码被拒", "Turned away at the door", "service", "store", "physical", "operations",
     "被拒|拒绝入厅|进不去|没让进|扫码失败|拒入|denied|rejected|turned away|refused entry|scan failed"),
    ("tp_dining", "餐饮", "Food & drinks", "service", "store", "physical", "lounge_partners",
     "吃饭|餐食|自助餐|饮品|餐饮服务|food|dining|buffet|drinks|meal"),
    ("tp_shower", "淋浴", "Shower", "service", "store", "physical", "lounge_partners",
     "洗澡|淋浴间|冲凉|shower|showers|shower room"),
    ("tp_nap", "休息舱", "Nap room", "service", "store", "physical", "lounge_partners",
     "睡眠舱|午睡|休息舱|小憩|nap|nap room|sleeping pod|nap pod"),
    ("tp_exit", "离厅", "Left the lounge", "service", "store", "physical", "operations",
     "离开|离厅|出厅|登机离开|exit|left|leave the lounge|checkout"),
    ("tp_rating", "评价休息室", "Rated the lounge", "loyalty", "app", "digital", "customer_experience",
     "评价|打分|评分|点评|rating|rated|review|stars"),
    ("tp_repurchase", "续费/再次购买", "Renewed or bought again", "loyalty", "app", "digital", "growth",
     "续费|复购|再次购买|续卡|回购|renewal|renew|repurchase|bought again|repeat purchase"),
    ("tp_refund", "申请退款", "Refund requested", "service", "app", "digital", "customer_service",
     "退款|申请退款|退票|退卡|refund|refund request|money back"),
]

JOURNEYS = [
    ("activation", "从了解到首次进厅", "Discovery to first lounge visit", 60,
     ["tp_discover", "tp_register", "tp_access", "tp_entry"]),
    ("booking_to_entry", "预约到入厅", "Booking to lounge entry", 2, ["tp_booking", "tp_entry"]),
    ("visit_to_rating", "进厅到评价", "Lounge visit to rating", 1, ["tp_entry", "tp_exit", "tp_rating"]),
]

# code, airport zh (机场), short zh, traffic weight, intl share
AIRPORTS = [
    ("PEK", "北京首都", "首都", 0.12, 0.30), ("PKX", "北京大兴", "大兴", 0.07, 0.15),
    ("PVG", "上海浦东", "浦东", 0.15, 0.35), ("SHA", "上海虹桥", "虹桥", 0.08, 0.0),
    ("CAN", "广州白云", "白云", 0.11, 0.28), ("SZX", "深圳宝安", "宝安", 0.10, 0.18),
    ("TFU", "成都天府", "天府", 0.08, 0.12), ("HGH", "杭州萧山", "萧山", 0.07, 0.12),
    ("CKG", "重庆江北", "江北", 0.07, 0.10), ("XIY", "西安咸阳", "咸阳", 0.06, 0.10),
    ("KMG", "昆明长水", "长水", 0.05, 0.0), ("NKG", "南京禄口", "禄口", 0.06, 0.0),
]
AP = {a[0]: a for a in AIRPORTS}
BRANDS = {"云端": "Cloud", "东方之翼": "Oriental Wing", "悦途": "Joyway", "星空": "Starry Sky", "翡翠": "Jade",
          "静享": "Serenity", "商旅": "Voyager", "蓝天": "Blue Sky", "锦程": "Splendid", "金桂": "Osmanthus"}
# airport, terminal, brand, zone (dom/intl), shower, nap, weight within its zone at the airport
LOUNGES_RAW = [
    ("PEK", "T3", "云端", "dom", 1, 1, 0.40), ("PEK", "T3", "静享", "intl", 1, 1, 0.6), ("PEK", "T2", "悦途", "dom", 0, 0, 0.25),
    ("PEK", "T3", "商旅", "dom", 1, 0, 0.35), ("PEK", "T2", "蓝天", "intl", 0, 0, 0.4),
    ("PKX", "", "星空", "dom", 1, 1, 0.5), ("PKX", "", "翡翠", "intl", 1, 0, 1.0), ("PKX", "", "悦途", "dom", 0, 0, 0.5),
    ("PVG", "T2", "东方之翼", "dom", 1, 0, 1.30), ("PVG", "T1", "云端", "dom", 1, 1, 0.3), ("PVG", "T2", "静享", "intl", 1, 1, 0.6),
    ("PVG", "T1", "锦程", "intl", 1, 0, 0.4), ("PVG", "S1", "悦途", "dom", 0, 0, 0.2),
    ("SHA", "T2", "商旅", "dom", 1, 0, 0.45), ("SHA", "T2", "蓝天", "dom", 0, 0, 0.35), ("SHA", "T1", "悦途", "dom", 0, 0, 0.2),
    ("CAN", "T2", "金桂", "dom", 1, 0, 0.45), ("CAN", "T2", "翡翠", "intl", 1, 1, 1.0), ("CAN", "T1", "云端", "dom", 0, 0, 0.3),
    ("CAN", "T2", "悦途", "dom", 1, 0, 0.25),
    ("SZX", "T3", "星空", "dom", 1, 1, 0.4), ("SZX", "T3", "锦程", "intl", 1, 0, 1.0), ("SZX", "T3", "商旅", "dom", 0, 0, 0.35),
    ("SZX", "T3", "静享", "dom", 1, 0, 0.25),
    ("TFU", "T1", "蓝天", "dom", 1, 0, 0.6), ("TFU", "T2", "翡翠", "intl", 1, 1, 1.0), ("TFU", "T1", "悦途", "dom", 0, 0, 0.4),
    ("HGH", "T4", "云端", "dom", 1, 1, 0.6), ("HGH", "T4", "锦程", "intl", 1, 0, 1.0), ("HGH", "T3", "悦途", "dom", 0, 0, 0.4),
    ("CKG", "T3", "星空", "dom", 1, 0, 0.6), ("CKG", "T3", "蓝天", "intl", 0, 0, 1.0), ("CKG", "T2", "商旅", "dom", 0, 0, 0.4),
    ("XIY", "T3", "静享", "dom", 1, 0, 0.55), ("XIY", "T5", "锦程", "intl", 1, 0, 1.0), ("XIY", "T3", "悦途", "dom", 0, 0, 0.45),
    ("KMG", "", "云端", "dom", 1, 0, 1.0), ("KMG", "", "星空", "dom", 0, 0, 0.0),
    ("NKG", "T2", "悦途", "dom", 1, 0, 0.55), ("NKG", "T1", "商旅", "dom", 0, 0, 0.45),
]
LOUNGES = []
for ap, term, brand, zone, shower, nap, w in LOUNGES_RAW:
    zh = f"{AP[ap][2]}{term} {brand}贵宾室"
    en = f"{ap} {term + ' ' if term else ''}{BRANDS[brand]} Lounge"
    LOUNGES.append(dict(ap=ap, zh=zh, en=en, zone=zone, shower=shower, nap=nap, w=w))
assert len(LOUNGES) == 40 and len({lo["zh"] for lo in LOUNGES}) == 40 and len({lo["en"] for lo in LOUNGES}) == 40

CITIES = [  # zh, en, weight, home airports, region en, region zh
    ("北京", "Beijing", 0.19, ["PEK", "PEK", "PKX"], "North", "华北"),
    ("上海", "Shanghai", 0.19, ["PVG", "PVG", "SHA"], "East", "华东"),
    ("广州", "Guangzhou", 0.10, ["CAN"], "South", "华南"), ("深圳", "Shenzhen", 0.10, ["SZX"], "South", "华南"),
    ("成都", "Chengdu", 0.08, ["TFU"], "Southwest", "西南"), ("杭州", "Hangzhou", 0.07, ["HGH"], "East", "华东"),
    ("重庆", "Chongqing", 0.06, ["CKG"], "Southwest", "西南"), ("西安", "Xi'an", 0.05, ["XIY"], "Northwest", "西北"),
    ("昆明", "Kunming", 0.04, ["KMG"], "Southwest", "西南"), ("南京", "Nanjing", 0.06, ["NKG"], "East", "华东"),
    ("武汉", "Wuhan", 0.06, [], "Central", "华中"),
]
CHANNELS = [("bank_perk", "银行信用卡权益", 0.38), ("airline_app", "航司App", 0.24), ("ctrip", "携程", 0.22),
            ("friend_referral", "朋友推荐", 0.16)]
TTYPES = {"business": "商务出行", "leisure": "休闲出行", "frequent_flyer": "常旅客"}
BANKS = [("招商银行", "CMB", 0.28), ("工商银行", "ICBC", 0.20), ("中信银行", "CITIC", 0.24), ("浦发银行", "SPDB", 0.14),
         ("交通银行", "BOCOM", 0.14)]
CARD_LEVEL = {"platinum": "白金卡", "gold": "金卡", "standard": "普卡", "none": "无"}
TIERS = {"basic": "普通会员", "silver": "银卡会员", "gold": "金卡会员", "platinum": "白金会员"}
PLAN_ZH = {"card": "信用卡权益", "single_pass": "单次通行证", "pack_10": "十次卡", "annual": "年度会员", "none": "未开通"}
ENT_ZH = {"card": "信用卡权益", "single_pass": "单次通行证", "pack_10": "十次卡", "annual": "年度会员"}
OTYPE_ZH = {"single_pass": "单次通行证", "pack_10": "十次卡", "annual": "年度会员", "guest_pass": "同行人通行证",
            "shower_addon": "淋浴加购"}
PRICE = {"single_pass": 168.0, "pack_10": 1280.0, "annual": 1980.0, "annual_renewal": 1780.0, "guest_pass": 128.0,
         "shower_addon": 48.0}
REASON_ZH = {"lounge_full": "休息室满员", "card_not_eligible": "卡不符合权益", "qr_error": "二维码无法识别"}
REFUND_ZH = {"flight_cancelled": "航班取消", "plan_changed": "行程变更", "denied_entry": "未能入厅"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "credit_card": "信用卡", "ctrip_prepaid": "携程预付"}
MONTH_F = [1.1, 1.2, 0.95, 1.0, 1.05, 1.0, 1.3, 1.3, 1.0, 1.15, 0.9, 0.95]
HOLIDAYS = [(datetime(2025, 1, 28), datetime(2025, 2, 5)), (datetime(2025, 10, 1), datetime(2025, 10, 9)),
            (datetime(2026, 2, 15), datetime(2026, 2, 24)), (datetime(2025, 5, 1), datetime(2025, 5, 6)),
            (datetime(2026, 5, 1), datetime(2026, 5, 6))]

# ---------- feedback texts: topic -> (sentiment, touchpoint, zh templates, en templates) ----------
# Text markers used by gold.py (each appears only in its own topic's texts):
#   crowded 人太多/太挤/crowded, cold 凉/cold, shower 淋浴/shower, rude 态度/rude, qr 二维码/QR,
#   not_eligible 不符合/not eligible, refund 退款/refund, nap 休息舱/nap, booking 预约/book,
#   price 贵/expensive, wifi wifi
TOPICS = {
    "crowded": ("neg", "tp_entry", [
        "人太多了，找个座位都难，{L}完全不像贵宾室", "{L}太挤了，跟菜市场一样吵", "晚上去的时候人太多，站着吃的东西",
        "周末{L}太挤了，插座和座位都抢不到", "人太多，服务员根本忙不过来"], [
        "Way too crowded, could not find a seat at {L}", "{L} was crowded like a train station",
        "So crowded that I ate standing up", "Crowded and noisy, not a premium experience"]),
    "full": ("neg", "tp_entry_denied", [
        "到了门口说满员人太多进不去，白跑一趟", "{L}说人太多暂停入场，让我等四十分钟", "门口排队说里面太挤了不让进"], [
        "Turned away because it was too crowded inside", "Told {L} was full and too crowded, had to leave",
        "Door staff said the lounge was crowded and closed to walk-ins"]),
    "cold": ("neg", "tp_dining", [
        "热菜都是凉的，{L}的自助餐该改改了", "面条端上来就凉了", "饭菜凉了也没人换，很失望", "粥和包子都是凉的",
        "菜基本都凉了，只能吃点饼干"], [
        "The hot food was cold at {L}", "Food was cold and nobody refilled it", "Noodles arrived cold",
        "Everything on the buffet was cold"]),
    "food_good": ("pos", "tp_dining", [
        "小吃种类多，咖啡也不错", "{L}的牛肉面很好吃", "餐食比想象的丰富，水果新鲜"], [
        "Good coffee and a decent snack selection", "Tasty noodles at {L}", "Fresh fruit and plenty of choice"]),
    "shower": ("pos", "tp_shower", [
        "淋浴间很干净，热水足，红眼航班前洗个澡太舒服了", "{L}的淋浴间很棒，毛巾也干净", "转机前冲个淋浴，整个人都活过来了",
        "淋浴间不用等，洗漱用品齐全"], [
        "Great shower before my long-haul flight", "The shower at {L} was spotless", "Hot shower, clean towels, perfect",
        "Best shower I have had in an airport lounge"]),
    "nap": ("pos", "tp_nap", [
        "休息舱很安静，睡了一个多小时", "{L}的休息舱太赞了，延误的时候救命", "休息舱干净，躺下就睡着了"], [
        "The nap room was quiet and dark, slept an hour", "Nap pod at {L} saved me during a delay"]),
    "rude": ("neg", "tp_entry", [
        "门口工作人员态度很差，爱答不理", "{L}前台态度恶劣，问个问题就不耐烦", "核验的时候服务态度太差了",
        "工作人员态度冷漠，像欠他钱一样"], [
        "Staff at the door were rude", "The front desk at {L} was rude and impatient",
        "Rude staff at check-in, will avoid this lounge"]),
    "qr": ("neg", "tp_entry_denied", [
        "二维码扫不出来，在门口折腾了十分钟", "App里的二维码一直刷不出来，最后没进去", "更新后二维码打不开，安卓手机",
        "二维码显示空白，门口机器扫不了"], [
        "QR code would not scan at the door", "The app never loaded my QR code after the update",
        "QR code blank on Android, could not get in"]),
    "not_eligible": ("neg", "tp_entry_denied", [
        "说我的卡不符合条件，之前明明可以用", "中信的卡突然不符合权益了，也没提前通知", "门口说信用卡等级不符合，让我自费",
        "金卡不符合权益了？太坑了"], [
        "Told my card was not eligible any more", "My credit card suddenly not eligible, no notice at all",
        "Card not eligible at the door, had to pay myself"]),
    "refund": ("neg", "tp_refund", [
        "航班取消申请退款，一个礼拜了还没到账", "退款太慢了，客服只会让我等", "退款申请提交了好几天没动静"], [
        "Flight cancelled and the refund took over a week", "Still waiting for my refund", "Refund is painfully slow"]),
    "booking": ("pos", "tp_booking", [
        "提前预约很方便，到了直接进", "预约之后门口不用排队，好评", "App上预约座位挺顺的"], [
        "Booking ahead made it easy, walked straight in", "Easy to book a slot in the app"]),
    "price": ("neg", "tp_repurchase", [
        "十次卡有点贵，比单次也便宜不了多少", "年卡续费太贵了", "单次通行证168有点贵"], [
        "The 10-visit pack is expensive", "Annual renewal is too expensive for what you get"]),
    "wifi": ("neu", "", [
        "WiFi信号一般，能用", "wifi密码在前台问", "WiFi速度还行"], [
        "WiFi was okay", "Wifi password is at the front desk"]),
    "praise": ("pos", "", [
        "环境不错，安静舒服，下次还来", "整体体验挺好的", "沙发很舒服，适合办公", "服务周到，值得"], [
        "Nice quiet lounge, will come back", "Comfortable seats and good for working", "Lovely experience overall"]),
    "meh": ("neu", "", [
        "还行吧，一般般", "中规中矩，没什么特别", "和别的休息室差不多"], [
        "It was fine, nothing special", "Average lounge, does the job"]),
}


def season(day: datetime) -> float:
    f = MONTH_F[day.month - 1]
    for a, b in HOLIDAYS:
        if a <= day < b:
            f *= 1.5
    return f


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    days = [START + D(days=i) for i in range(NDAYS)]
    sea = np.array([season(d) for d in days])
    dow = np.array([d.weekday() for d in days])

    events: list[dict] = []
    orders: list[dict] = []
    feedback: list[dict] = []
    customers: list[dict] = []
    ev_n = [0]
    ord_n = [0]
    visit_n = [0]

    def ev(cid, ts, tp, **kw):
        ev_n[0] += 1
        row = dict(event_id=f"E{ev_n[0]:07d}", customer_id=cid, ts=ts, touchpoint_id=tp)
        row.update(kw)
        events.append(row)
        return row

    def order(cid, ts, otype, amount, status="paid", **kw):
        ord_n[0] += 1
        row = dict(order_id=f"O{ord_n[0]:06d}", customer_id=cid, ts=ts, amount=amount, status=status,
                   order_type=otype, 订单类型=OTYPE_ZH[otype])
        row.update(kw)
        orders.append(row)
        return row

    fb_truth = []

    def fb(topic, lang, ts, cid, channel, rating=None, lounge=None, extra=None, tp=None):
        sent, tp0, zh, en = TOPICS[topic]
        tpl = (zh if lang == "zh" else en)
        text = tpl[int(rng.integers(len(tpl)))]
        name = "" if lounge is None else (lounge["zh"] if lang == "zh" else lounge["en"])
        text = text.replace("{L}", name if name else ("这家休息室" if lang == "zh" else "this lounge"))
        fid = f"F{len(feedback) + 1:05d}"
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=cid, touchpoint_id=tp if tp is not None else tp0,
                   channel=channel, rating=rating, language=lang, sentiment_label=sent,
                   lounge_name=lounge["zh"] if lounge else None, lounge_name_en=lounge["en"] if lounge else None,
                   airport=lounge["ap"] if lounge else None, 机场=AP[lounge["ap"]][1] if lounge else None)
        if extra:
            row.update(extra)
        feedback.append(row)
        fb_truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    def rating_for(topic):
        s = TOPICS[topic][0]
        if s == "pos":
            return int(rng.choice([4, 5], p=[0.3, 0.7]))
        if s == "neg":
            return int(rng.choice([1, 2, 3], p=[0.35, 0.45, 0.2]))
        return int(rng.choice([3, 4], p=[0.6, 0.4]))

    lounges_at = {}
    for lo in LOUNGES:
        lounges_at.setdefault((lo["ap"], lo["zone"]), []).append(lo)
    ap_codes = [a[0] for a in AIRPORTS]
    ap_w = np.array([a[3] for a in AIRPORTS])
    ap_w = ap_w / ap_w.sum()

    # discovery dates: growth over time
    t = np.arange(NDAYS)
    disc_w = (0.9 + 0.5 * t / NDAYS) * sea * np.where(t < 31, 1.8, 1.0)   # launch campaign in January 2025
    disc_w /= disc_w.sum()

    for i in range(N):
        cid = f"C{i + 1:05d}"
        ch_i = int(rng.choice(4, p=[c[2] for c in CHANNELS]))
        ch, ch_zh = CHANNELS[ch_i][0], CHANNELS[ch_i][1]
        if ch == "ctrip":
            tt = str(rng.choice(["business", "leisure", "frequent_flyer"], p=[0.30, 0.62, 0.08]))
        elif ch == "airline_app":
            tt = str(rng.choice(["business", "leisure", "frequent_flyer"], p=[0.45, 0.25, 0.30]))
        else:
            tt = str(rng.choice(["business", "leisure", "frequent_flyer"], p=[0.48, 0.38, 0.14]))
        c_i = int(rng.choice(len(CITIES), p=np.array([c[2] for c in CITIES]) / sum(c[2] for c in CITIES)))
        city = CITIES[c_i]
        home_ap = str(rng.choice(city[3])) if city[3] else None
        lang = "en" if rng.random() < 0.08 else "zh"
        phone_os = "ios" if rng.random() < (0.55 if tt != "leisure" else 0.45) else "android"
        # credit card
        has_card = ch == "bank_perk" or rng.random() < 0.4
        if has_card:
            b_i = int(rng.choice(len(BANKS), p=[b[2] for b in BANKS]))
            bank, bank_en = BANKS[b_i][0], BANKS[b_i][1]
            level = str(rng.choice(["platinum", "gold", "standard"], p=[0.25, 0.50, 0.25]))
        else:
            bank, bank_en, level = "无", "none", "none"
        if ch == "bank_perk" and level != "standard":
            plan = "card" if rng.random() < 0.95 else None
        elif has_card and level != "standard" and rng.random() < 0.35:
            plan = "card"
        else:
            plan = None
        if plan is None:
            p = {"frequent_flyer": [0.08, 0.42, 0.50], "business": [0.38, 0.45, 0.17],
                 "leisure": [0.85, 0.13, 0.02]}[tt]
            plan = str(rng.choice(["single_pass", "pack_10", "annual"], p=p))
        age = str(rng.choice(["18-29", "30-39", "40-49", "50+"], p=[0.18, 0.38, 0.28, 0.16]))

        d0 = int(rng.choice(NDAYS, p=disc_w))
        t_disc = days[d0] + D(hours=float(rng.uniform(7, 23)))
        src_channel = {"bank_perk": "ads", "airline_app": "app", "ctrip": "web", "friend_referral": "social"}[ch]
        ev(cid, t_disc, "tp_discover", action="view", channel=src_channel, device=phone_os, source=ch, 来源=ch_zh)
        first_plan = plan
        rec = dict(customer_id=cid, signup_at=None, segment=None, region=city[4], 区域=city[5], acquisition_channel=ch,
                   获客渠道=ch_zh, tier=None, 会员等级=None, traveller_type=tt, 旅客类型=TTYPES[tt], home_city=city[0],
                   home_city_en=city[1], home_airport=home_ap or "", card_bank=bank, card_bank_en=bank_en,
                   card_level=level, 卡等级=CARD_LEVEL[level], current_plan="none", 当前权益=PLAN_ZH["none"],
                   phone_os=phone_os, language=lang, age_band=age)
        customers.append(rec)
        p_reg = {"bank_perk": 0.90, "airline_app": 0.72, "ctrip": 0.80, "friend_referral": 0.90}[ch]
        if rng.random() > p_reg:
            rec["segment"] = "prospect"
            continue
        t_reg = t_disc + D(hours=float(rng.exponential(30 if ch != "ctrip" else 60)))
        if t_reg > END:
            rec["segment"] = "prospect"
            continue
        rec["signup_at"] = t_reg
        ev(cid, t_reg, "tp_register", action="submit", channel="app", device=phone_os)
        # does the customer activate at all?
        if plan == "card":
            p_act = 0.93
        else:
            p_act = {"bank_perk": 0.75, "airline_app": 0.72, "ctrip": 0.38, "friend_referral": 0.82}[ch]
        if rng.random() > p_act:
            rec["segment"] = "prospect"
            continue

        # trip process
        rate = {"frequent_flyer": 2.2, "business": 0.75, "leisure": 0.23}[tt] / 30.0
        dw = np.where(dow >= 5, 0.45 if tt == "business" else (1.5 if tt == "leisure" else 0.8), 1.0)
        if plan == "card":
            t_act = t_reg + D(hours=float(rng.exponential(20)))
            first_delay = {"frequent_flyer": 10, "business": 35, "leisure": 90}[tt]
        else:
            first_delay = {"frequent_flyer": 4, "business": 10, "leisure": 20}[tt]
            t_act = None
        t_first = t_reg + D(days=float(rng.exponential(first_delay)) + 0.3)
        start_i = max(0, (t_first.date() - START.date()).days)
        if start_i >= NDAYS:
            rec["segment"] = "new" if plan == "card" and t_act <= END else "prospect"
            if plan == "card" and t_act <= END:
                ev(cid, t_act, "tp_access", action="success", channel="app", device=phone_os, product="card",
                   产品=PLAN_ZH["card"], card_bank=bank)
                rec["current_plan"], rec["当前权益"] = "card", PLAN_ZH["card"]
            continue
        prob = np.minimum(rate * sea * dw, 0.9)
        trip_days = list(np.nonzero(rng.random(NDAYS - start_i) < prob[start_i:])[0] + start_i)
        if not trip_days or trip_days[0] != start_i:
            trip_days = [start_i] + trip_days
        if plan == "card":
            if t_act > END:
                rec["segment"] = "prospect"
                continue
            ev(cid, t_act, "tp_access", action="success", channel="app", device=phone_os, product="card",
               产品=PLAN_ZH["card"], card_bank=bank)
        pack_left = 0
        annual_exp = None
        n_purch = 1 if plan == "card" else 0     # a card holder's later pass purchase is a repurchase
        visits = []
        churn_p = {"frequent_flyer": 0.01, "business": 0.03, "leisure": 0.07}[tt]
        alive = True
        pay = "ctrip_prepaid" if ch == "ctrip" and rng.random() < 0.6 else str(
            rng.choice(["wechat_pay", "alipay", "credit_card"], p=[0.5, 0.3, 0.2]))
        buy_channel = "ctrip" if pay == "ctrip_prepaid" else str(rng.choice(["app", "mini_program"], p=[0.7, 0.3]))

        def buy(ts, product, renewal=False):
            nonlocal n_purch
            tp = "tp_access" if n_purch == 0 else "tp_repurchase"
            amount = PRICE["annual_renewal"] if renewal else PRICE[product]
            if rng.random() < 0.05:   # payment timeout first, retried a few minutes later
                order(cid, ts - D(minutes=float(rng.uniform(5, 30))), product, amount, status="cancelled",
                      channel=buy_channel, device=phone_os, payment_method=pay, 支付方式=PAY_ZH[pay],
                      is_renewal=renewal)
            o = order(cid, ts, product, amount, channel=buy_channel, device=phone_os, payment_method=pay,
                      支付方式=PAY_ZH[pay], is_renewal=renewal,
                      visits_included={"single_pass": 1, "pack_10": 10, "annual": None}[product])
            ev(cid, ts, tp, action="success", channel=buy_channel if buy_channel != "ctrip" else "web",
               device=phone_os, product=product, 产品=PLAN_ZH[product], amount=amount, order_id=o["order_id"])
            n_purch += 1
            return o

        for k, di in enumerate(trip_days):
            if not alive:
                break
            day = days[di]
            hour = float(rng.choice([rng.uniform(6, 10), rng.uniform(10, 16), rng.uniform(16, 22)], p=[0.35, 0.35, 0.3]))
            t_arr = day + D(hours=hour)
            if t_arr > END - D(hours=6):
                break
            # airport, flight type, lounge
            if home_ap and rng.random() < 0.55:
                ap = home_ap
            else:
                ap = str(rng.choice(ap_codes, p=ap_w))
            intl_share = AP[ap][4] * (1.6 if tt == "frequent_flyer" else (1.2 if lang == "en" else 1.0))
            zone = "intl" if rng.random() < min(intl_share, 0.8) else "dom"
            if (ap, zone) not in lounges_at:
                zone = "dom"
            cands = lounges_at[(ap, zone)]
            w = np.array([lo["w"] if not (lo["en"] == NEW_LOUNGE and day >= KMG_NEW) else 0.45 for lo in cands])
            if ap == "KMG" and day < KMG_NEW:
                w = np.array([1.0 if lo["en"] != NEW_LOUNGE else 0.0 for lo in cands])
            lo = cands[int(rng.choice(len(cands), p=w / w.sum()))]
            typhoon = ap in ("CAN", "SZX") and TYPHOON[0] <= day < TYPHOON[1]

            # annual expiry / renewal happens before this trip
            if plan == "annual" and annual_exp is not None and t_arr > annual_exp:
                p_ren = {"frequent_flyer": 0.80, "business": 0.55, "leisure": 0.2}[tt] + (0.35 if city[0] == "上海" else 0)
                if rng.random() < p_ren:
                    t_ren = annual_exp - D(days=float(rng.uniform(0, 14)))
                    buy(t_ren, "annual", renewal=True)
                    annual_exp = annual_exp + D(days=365)
                elif rng.random() < 0.3:
                    plan = "single_pass"
                else:
                    alive = False
                    break
            if plan == "pack_10" and pack_left == 0 and n_purch > 0:
                p_rep = {"frequent_flyer": 0.85, "business": 0.62, "leisure": 0.25}[tt]
                if rng.random() < p_rep:
                    pass
                elif rng.random() < 0.3:
                    plan = "single_pass"
                else:
                    alive = False
                    break

            pass_order = None
            if plan == "single_pass":
                t_buy = t_arr - D(hours=float(rng.uniform(1, 72)))
                pass_order = buy(t_buy, "single_pass")
                refund_reason = None
                if typhoon:
                    refund_reason = "flight_cancelled" if rng.random() < 0.9 else None
                elif rng.random() < 0.04:
                    refund_reason = str(rng.choice(["flight_cancelled", "plan_changed"], p=[0.45, 0.55]))
                if refund_reason:
                    t_req = t_arr - D(hours=float(rng.uniform(0, 3)))
                    t_req = max(t_req, t_buy + D(minutes=20))
                    slow = SLOW_REFUND[0] <= t_req < SLOW_REFUND[1]
                    t_done = t_req + D(days=float(rng.lognormal(np.log(4.5 if slow else 1.0), 0.5 if slow else 0.35)))
                    pass_order.update(status="refunded", refund_reason=refund_reason, 退款原因=REFUND_ZH[refund_reason],
                                      refunded_at=t_done, refund_requested_at=t_req)
                    ev(cid, t_req, "tp_refund", action="submit", channel="app", device=phone_os,
                       order_id=pass_order["order_id"], refund_reason=refund_reason, 退款原因=REFUND_ZH[refund_reason])
                    if slow and rng.random() < 0.35:
                        fb("refund", lang, t_done - D(days=float(rng.uniform(0, 2))), cid, "ticket")
                    elif rng.random() < 0.06:
                        fb("refund", lang, t_done, cid, "ticket")
                    continue
            elif plan == "pack_10" and pack_left == 0:
                buy(t_arr - D(hours=float(rng.uniform(2, 96))), "pack_10")
                pack_left = 10
            elif plan == "annual" and annual_exp is None:
                t_buy = t_arr - D(hours=float(rng.uniform(2, 120)))
                buy(t_buy, "annual")
                annual_exp = t_buy + D(days=365)
            if typhoon:
                continue
            if k > 0 and rng.random() < churn_p:
                alive = False

            visit_n[0] += 1
            vid = f"V{visit_n[0]:06d}"
            app_ver = ("5.2.0" if QR_BUG[0] <= t_arr < QR_BUG[1] and rng.random() < 0.85 else "5.2.1") \
                if t_arr >= QR_BUG[0] else ("5.1.3" if t_arr >= datetime(2025, 9, 1) else "5.0.8")
            if phone_os == "ios" and t_arr >= QR_BUG[0]:
                app_ver = "5.2.0" if t_arr < QR_BUG[1] else "5.2.1"
            common = dict(session_id=vid, device=phone_os, lounge_name=lo["zh"], lounge_name_en=lo["en"],
                          airport=ap, 机场=AP[ap][1], flight_type="international" if zone == "intl" else "domestic",
                          航班类型="国际" if zone == "intl" else "国内")
            # booking
            p_book = {"frequent_flyer": 0.55, "business": 0.42, "leisure": 0.25}[tt]
            booked = rng.random() < p_book
            if booked:
                lead_h = float(rng.lognormal(np.log(18), 0.8))
                lead_h = min(max(lead_h, 1.0), 96.0)
                ev(cid, t_arr - D(hours=lead_h), "tp_booking", action="submit", channel="app", app_version=app_ver,
                   **common)
            # door scan
            crowd_l = lo["en"] == CROWD_LOUNGE
            if crowd_l and CROWD[0] <= t_arr < CROWD[1]:
                p_full = 0.04 if booked else 0.36
            elif crowd_l:
                p_full = 0.012 if booked else 0.05
            elif lo["en"] == NEW_LOUNGE:
                p_full = 0.45
            else:
                p_full = (0.004 if booked else 0.018) * season(day)
            p_card = 0.0
            if plan == "card":
                p_card = 0.015
                if bank_en == "CITIC" and t_arr >= CITIC_RULE and level != "platinum":
                    p_card = 0.88
            p_qr = 0.008
            if phone_os == "android" and app_ver == "5.2.0":
                p_qr = 0.24
            u = rng.random()
            reason = None
            if u < p_full:
                reason = "lounge_full"
            elif u < p_full + (1 - p_full) * p_card:
                reason = "card_not_eligible"
            elif rng.random() < p_qr:
                reason = "qr_error"
            t_scan = t_arr + D(minutes=float(rng.uniform(0, 8)))
            ent = plan if plan in ENT_ZH else "card"
            if reason:
                ev(cid, t_scan, "tp_entry_denied", action="fail", channel="store", app_version=app_ver,
                   reject_reason=reason, 拒绝原因=REASON_ZH[reason], entitlement=ent, 使用权益=ENT_ZH[ent], **common)
                visits.append((t_scan, False))
                if pass_order is not None:   # unused single pass is refunded automatically
                    t_done = t_scan + D(days=float(rng.lognormal(np.log(4.5 if SLOW_REFUND[0] <= t_scan < SLOW_REFUND[1]
                                                                           else 1.0), 0.5)))
                    pass_order.update(status="refunded", refund_reason="denied_entry", 退款原因=REFUND_ZH["denied_entry"],
                                      refunded_at=t_done, refund_requested_at=t_scan + D(minutes=5))
                    ev(cid, t_scan + D(minutes=5), "tp_refund", action="submit", channel="app", device=phone_os,
                       order_id=pass_order["order_id"], refund_reason="denied_entry", 退款原因=REFUND_ZH["denied_entry"])
                topic = {"lounge_full": "full", "card_not_eligible": "not_eligible", "qr_error": "qr"}[reason]
                p_fb = {"full": 0.25, "not_eligible": 0.35, "qr": 0.30}[topic]
                if crowd_l and topic == "full":
                    p_fb = 0.5
                if rng.random() < p_fb:
                    chn = str(rng.choice(["ticket", "app_review"], p=[0.6, 0.4]))
                    f_ts = t_scan + D(hours=float(rng.uniform(0.2, 30)))
                    if chn == "app_review":
                        fb(topic, lang, None if rng.random() < 0.12 else f_ts, cid if rng.random() < 0.7 else None,
                           "app_review", rating=int(rng.choice([1, 2], p=[0.7, 0.3])), lounge=lo,
                           extra=dict(app_version=app_ver, device=phone_os))
                    else:
                        fb(topic, lang, f_ts, cid, "ticket", lounge=lo, extra=dict(app_version=app_ver, device=phone_os))
                if reason == "card_not_eligible" and rng.random() < 0.5:
                    plan = "single_pass" if rng.random() < 0.4 else plan
                    if plan == "card" and rng.random() < 0.5:
                        alive = False
                continue
            guests = int(rng.choice([0, 1, 2], p=([0.75, 0.2, 0.05] if tt == "leisure" else [0.9, 0.08, 0.02])))
            ev(cid, t_scan, "tp_entry", action="success", channel="store", app_version=app_ver, entitlement=ent,
               使用权益=ENT_ZH[ent], guests=guests, **common)
            visits.append((t_scan, True))
            if plan == "pack_10":
                pack_left -= 1
            for g in range(guests):
                order(cid, t_scan + D(minutes=1), "guest_pass", PRICE["guest_pass"], channel="app", device=phone_os,
                      payment_method=pay if pay != "ctrip_prepaid" else "wechat_pay",
                      支付方式=PAY_ZH[pay if pay != "ctrip_prepaid" else "wechat_pay"], visit_id=vid,
                      lounge_name=lo["zh"], lounge_name_en=lo["en"], airport=ap)
            stay = float(rng.lognormal(np.log(70 if zone == "dom" else 105), 0.35))
            if crowd_l and CROWD[0] <= t_arr < CROWD[1]:
                stay *= 0.7
            cur = t_scan
            ate = rng.random() < 0.86
            if ate:
                ev(cid, cur + D(minutes=float(rng.uniform(3, 15))), "tp_dining", action="use", channel="store", **common)
            showered = lo["shower"] and rng.random() < (0.42 if zone == "intl" else 0.10) * (1.3 if tt == "frequent_flyer" else 1)
            if showered:
                ts_sh = cur + D(minutes=float(rng.uniform(10, max(12, stay - 20))))
                ev(cid, ts_sh, "tp_shower", action="use", channel="store", **common)
                if plan != "annual":
                    order(cid, ts_sh, "shower_addon", PRICE["shower_addon"], channel="app", device=phone_os,
                          payment_method=pay if pay != "ctrip_prepaid" else "wechat_pay",
                          支付方式=PAY_ZH[pay if pay != "ctrip_prepaid" else "wechat_pay"], visit_id=vid,
                          lounge_name=lo["zh"], lounge_name_en=lo["en"], airport=ap)
            napped = lo["nap"] and rng.random() < 0.09
            if napped:
                stay += float(rng.uniform(40, 90))
                ev(cid, cur + D(minutes=float(rng.uniform(15, 30))), "tp_nap", action="use", channel="store", **common)
            t_exit = t_scan + D(minutes=stay)
            ev(cid, t_exit, "tp_exit", action="leave", channel="store", stay_minutes=round(stay, 1), **common)
            # rating (+ survey comment)
            p_rate = 0.4 if crowd_l and CROWD[0] <= t_arr < CROWD[1] else 0.12   # annoyed guests rate more often
            if rng.random() < p_rate:
                t_rate = t_exit + D(minutes=float(rng.uniform(5, 300)))
                if t_rate > END:
                    continue
                opts = {"praise": 3.0, "meh": 2.0, "wifi": 0.6, "price": 0.5 if plan in ("pack_10", "annual") else 0.1,
                        "food_good": 1.2 if ate else 0, "cold": (0.4 if ate else 0), "crowded": 0.2,
                        "rude": 0.4, "booking": 1.0 if booked else 0}
                if ate and ap == "CAN":
                    opts["cold"] = 4.5
                if showered:
                    opts["shower"] = 6.0
                if napped:
                    opts["nap"] = 4.0
                if crowd_l and CROWD[0] <= t_arr < CROWD[1]:
                    opts["crowded"] = 9.0
                if lo["en"] == RUDE_LOUNGE:
                    opts["rude"] = 6.0
                if lo["en"] == BEST_LOUNGE:
                    opts.update(praise=8.0, meh=0.5, rude=0.1, cold=0.1, crowded=0.05)
                if lo["en"] == WORST_LOUNGE and ate:
                    opts["cold"] = 10.0
                names = list(opts)
                wv = np.array([opts[n] for n in names], dtype=float)
                topic = names[int(rng.choice(len(names), p=wv / wv.sum()))]
                r = rating_for(topic)
                if lo["en"] == NEW_LOUNGE or (lo["en"] == BEST_LOUNGE and TOPICS[topic][0] == "pos"):
                    topic, r = ("praise" if lo["en"] == NEW_LOUNGE else topic), 5
                ev(cid, t_rate, "tp_rating", action="submit", channel="app", rating=r, **common)
                fb(topic, lang, t_rate, cid, "survey", rating=r, lounge=lo, extra=dict(visit_id=vid))
        # end of trips
        if plan == "annual" and annual_exp is not None and alive and annual_exp < END:
            p_ren = {"frequent_flyer": 0.80, "business": 0.55, "leisure": 0.2}[tt] + (0.35 if city[0] == "上海" else 0)
            if rng.random() < p_ren:
                buy(annual_exp - D(days=float(rng.uniform(0, 14))), "annual", renewal=True)
        ok = [v for v in visits if v[1]]
        n_ok = len(ok)
        rec["current_plan"], rec["当前权益"] = plan, PLAN_ZH[plan]
        tier = "platinum" if n_ok >= 30 else "gold" if n_ok >= 12 else "silver" if n_ok >= 4 else "basic"
        rec["tier"], rec["会员等级"] = tier, TIERS[tier]
        if n_ok == 0:
            rec["segment"] = "new" if first_plan else "prospect"
        elif tier == "platinum":
            rec["segment"] = "vip"
        elif ok[-1][0] < datetime(2026, 1, 1):
            rec["segment"] = "at_risk"
        elif ok[0][0] >= datetime(2026, 4, 1):
            rec["segment"] = "new"
        else:
            rec["segment"] = "returning"
    for rec in customers:
        if rec["tier"] is None:
            rec["tier"], rec["会员等级"] = "basic", TIERS["basic"]

    # app-store reviews and social posts not tied to a visit
    for j in range(330):
        day = days[int(rng.integers(NDAYS))] + D(hours=float(rng.uniform(0, 24)))
        lang = "en" if rng.random() < 0.12 else "zh"
        topic = str(rng.choice(["booking", "price", "praise", "meh", "qr", "wifi", "crowded", "refund"],
                               p=[0.18, 0.2, 0.2, 0.12, 0.08, 0.07, 0.1, 0.05]))
        if topic == "qr" and rng.random() < 0.6:
            day = QR_BUG[0] + D(days=float(rng.uniform(0, 27)))
        chn = "app_review" if j < 200 else "social"
        no_ts = rng.random() < (0.12 if chn == "app_review" else 0.2)
        c = customers[int(rng.integers(N))]["customer_id"] if chn == "app_review" and rng.random() < 0.5 else None
        tp = TOPICS[topic][1] if topic not in ("crowded",) else ""
        fb(topic, lang, None if no_ts else day, c, chn, rating=rating_for(topic) if chn == "app_review" else None, tp=tp)

    # scanner re-sends: 18 exact duplicate event rows
    dup_idx = rng.choice([k for k, e in enumerate(events) if e["touchpoint_id"] == "tp_entry"], 18, replace=False)
    events.extend(dict(events[k]) for k in dup_idx)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    o_map = {o["order_id"]: f"O{k + 1:06d}" for k, o in enumerate(orders)}   # ids in time order, like a real export
    for o in orders:
        o["order_id"] = o_map[o["order_id"]]
    e_map: dict[str, str] = {}
    for e in events:
        e["event_id"] = e_map.setdefault(e["event_id"], f"E{len(e_map) + 1:07d}")
        if e.get("order_id"):
            e["order_id"] = o_map[e["order_id"]]

    write(out / "touchpoints.csv", [dict(touchpoint_id=tp, name=zh, name_zh=zh, name_en=en, stage=st, channel=chn,
                                         kind=kind, owner=own, aliases=al)
                                    for tp, zh, en, st, chn, kind, own, al in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1,
                                      touchpoint_id=tp, window_days=w)
                                 for j, zh, en, w, steps in JOURNEYS for k, tp in enumerate(steps)])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    write(out / "_truth" / "feedback_truth.csv", fb_truth)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
