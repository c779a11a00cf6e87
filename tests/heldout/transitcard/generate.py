"""海湾通 BayPass: the city transit card and ride-code app (城市公交卡 / 乘车码 app) of the fictional coastal city
海湾市 Haiwan, run by 海湾城市一卡通有限公司 (Haiwan City Card Co.).

A rider downloads the app (app stores, WeChat ads, QR posters in metro stations, campus and community drives),
registers with a phone number, passes real-name verification (实名认证: ID document + face scan), binds a card or
opens the ride code (开通乘车码: virtual QR code, NFC phone card, or an existing physical card), tops up the stored
value wallet (充值: WeChat Pay, Alipay or bank card), takes a first ride, then rides the metro (3 lines) and buses
(5 routes). Riders may buy a 30-day monthly pass (月票; adult 120 CNY in 2025, 150 CNY from 2026-01-01; student 60;
senior 45), ask for refunds (unused pass, double charge, closing the account and refunding the balance), report a
physical card lost and get a replacement at a service centre (挂失补卡, 20 CNY fee), and raise customer-service tickets
(in-app chat, hotline, city 12345 hotline).

Data 2025-01-01 .. 2026-08-31 (the extract was taken in early September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from bisect import bisect_right
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_DAYS = (END - START).days + 1
N_CUST = 9000
ANDROID_BUG = (datetime(2026, 3, 10), datetime(2026, 4, 20))   # app 5.2.0 on Android: liveness check broken
BANK_OUTAGE = (datetime(2026, 1, 5), datetime(2026, 1, 26))    # bank-card gateway upgrade: top-ups fail
EXPO_GATES = (datetime(2025, 9, 1), datetime(2025, 12, 1))     # new gates at Expo Center misread QR codes
BUS86_POS = datetime(2026, 5, 15)                              # new validators on bus 86 charge twice
BEIWAN_SHORT = (datetime(2026, 4, 1), datetime(2026, 7, 1))    # Beiwan service centre out of blank cards
PASS_RISE = datetime(2026, 1, 1)                               # adult monthly pass 120 -> 150
CNY = [(datetime(2025, 1, 25), datetime(2025, 2, 7)), (datetime(2026, 2, 13), datetime(2026, 2, 26))]
SCHOOL = [(datetime(2025, 8, 25), datetime(2025, 9, 21)), (datetime(2026, 2, 26), datetime(2026, 3, 16))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_download", "下载App", "App download", "awareness", "app", "digital", "marketing",
     "下载|装App|安装|新装机|download|install|installed the app"),
    ("tp_register", "注册账号", "Registration", "consideration", "app", "digital", "product",
     "注册|手机号注册|验证码|开户|sign up|register|registration|account created"),
    ("tp_realname", "实名认证", "Real-name verification", "consideration", "app", "digital", "risk_control",
     "实名|实名认证|人脸识别|刷脸|身份证认证|护照认证|ID verification|real-name|KYC|face check|face scan"),
    ("tp_bind_card", "绑卡开码", "Card binding / ride code activation", "purchase", "app", "digital", "product",
     "绑卡|开通乘车码|开码|绑定实体卡|NFC开卡|link card|bind card|activate ride code|open ride code"),
    ("tp_topup", "充值", "Top-up", "purchase", "app", "digital", "payments",
     "充值|充钱|圈存|余额充值|top up|top-up|recharge|add money|reload"),
    ("tp_first_ride", "首次乘车", "First ride", "purchase", "other", "physical", "operations",
     "首次乘车|第一次坐车|首乘|激活乘车|first ride|first trip|first tap"),
    ("tp_ride", "乘车", "Ride", "service", "other", "physical", "operations",
     "乘车|坐车|刷码进站|刷卡上车|坐地铁|坐公交|ride|trip|tap in|journey on metro or bus"),
    ("tp_gate_error", "闸机/验票异常", "Gate / validator error", "service", "other", "physical", "operations",
     "闸机报错|刷不开|闸机异常|验票机|扫码失败|扣费异常|gate error|gate rejected|validator error|tap failed"),
    ("tp_pass_view", "浏览月票", "Monthly pass page view", "consideration", "app", "digital", "product",
     "月票页|看月票|定期票|月卡介绍|monthly pass page|pass info|look at passes"),
    ("tp_pass_buy", "购买月票", "Monthly pass purchase", "loyalty", "app", "digital", "product",
     "买月票|月票|月卡|续月票|定期票|buy monthly pass|monthly pass|renew pass|30-day pass"),
    ("tp_refund_req", "退款申请", "Refund request", "service", "app", "digital", "customer_service",
     "退款|申请退款|退卡|退余额|注销|refund request|ask for refund|close account"),
    ("tp_refund_done", "退款到账", "Refund completed", "service", "app", "digital", "finance",
     "退款到账|退款完成|钱退回来了|refund completed|refund received|refund paid"),
    ("tp_lost_report", "挂失", "Lost card report", "service", "phone", "digital", "customer_service",
     "挂失|卡丢了|丢卡|冻结卡|lost card|report lost|block card"),
    ("tp_replace_card", "补卡", "Replacement card", "service", "store", "physical", "service_centers",
     "补卡|换卡|领新卡|补办|replacement card|card replacement|new card"),
    ("tp_ticket", "客服工单", "Customer-service ticket", "service", "phone", "digital", "customer_service",
     "工单|投诉|客服|热线|12345|ticket|complaint|support case|hotline call"),
    ("tp_ticket_closed", "工单办结", "Ticket closed", "service", "phone", "digital", "customer_service",
     "办结|结案|工单关闭|处理完成|ticket closed|resolved|case closed"),
    ("tp_rate", "App评价", "In-app rating", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|五星|rate|rating|review|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "开卡激活", "Onboarding / activation",
     ["tp_download", "tp_register", "tp_realname", "tp_bind_card", "tp_topup", "tp_first_ride"], 14),
    ("monthly_pass", "月票购买", "Monthly pass purchase", ["tp_pass_view", "tp_pass_buy"], 7),
    ("refund", "退款", "Refund", ["tp_refund_req", "tp_refund_done"], 30),
    ("lost_card", "挂失补卡", "Lost card replacement", ["tp_lost_report", "tp_replace_card"], 30),
    ("service_ticket", "客服工单处理", "Customer-service ticket", ["tp_ticket", "tp_ticket_closed"], 15),
]
FARE = {"adult": ("普通票", 1.0), "student": ("学生票", 0.5), "senior": ("老年票", 0.5)}
PASS_PRICE = {"adult": 120.0, "student": 60.0, "senior": 45.0}
PAYCH = {"wechat": "微信支付", "alipay": "支付宝", "bank_card": "银行卡", "balance": "账户余额", "cash": "现金"}
ID_TYPE = {"id_card": "居民身份证", "passport": "护照", "hmt_permit": "港澳台居民居住证"}
FAIL = {"face_mismatch": "人脸比对不一致", "liveness_fail": "活体检测失败", "doc_unreadable": "证件识别失败",
        "info_mismatch": "证件信息不一致"}
CARD = {"virtual_qr": "虚拟乘车码", "nfc": "NFC手机卡", "physical": "实体卡"}
GATE = {"E101": "余额不足", "E102": "乘车码过期", "E203": "二维码识别失败", "E305": "重复扣费", "E401": "NFC读卡失败",
        "E402": "实体卡读卡失败"}
REFUND = {"account_close": "注销退余额", "pass_unused": "月票退款", "double_charge": "重复扣费退款"}
TCAT = {"topup_not_credited": "充值未到账", "realname": "实名认证问题", "gate_error": "闸机异常", "double_charge": "重复扣费",
        "lost_card": "补卡进度", "refund": "退款进度", "usage_help": "使用咨询", "invoice": "乘车发票"}
TCH = {"in_app": "App在线客服", "hotline": "客服热线", "city_12345": "12345市民热线"}
CENTERS = {"SC1": ("中心区客服中心", "Central Service Center"), "SC2": ("东港客服中心", "Donggang Service Center"),
           "SC3": ("北湾客服中心", "Beiwan Service Center"), "SC4": ("高新客服中心", "Hi-tech Service Center")}
DISTRICTS = {"Central": ("中心区", 0.26, "SC1"), "Donggang": ("东港区", 0.22, "SC2"), "Beiwan": ("北湾区", 0.18, "SC3"),
             "Xishan": ("西山区", 0.14, "SC1"), "Hi-tech": ("高新区", 0.20, "SC4")}
ACQ = {"app_store": "苹果应用商店", "android_store": "安卓应用市场", "wechat_ad": "微信广告", "station_poster": "地铁站海报",
       "school_campaign": "校园推广", "community": "社区推广"}
MODE = {"metro": "地铁", "bus": "公交"}
LINES = {  # id: en, zh, mode, weight within mode, [(station_en, station_zh)]
    "M1": ("Metro Line 1", "地铁1号线", "metro", 0.45,
           [("Railway Station", "火车站"), ("People's Square", "人民广场"), ("Central Hospital", "中心医院"),
            ("Donggang Pier", "东港码头"), ("University Town", "大学城")]),
    "M2": ("Metro Line 2", "地铁2号线", "metro", 0.33,
           [("Airport", "机场"), ("Expo Center", "会展中心"), ("People's Square", "人民广场"), ("Hi-tech Park", "高新园"),
            ("Xishan Park", "西山公园")]),
    "M3": ("Metro Line 3", "地铁3号线", "metro", 0.22,
           [("Beiwan", "北湾"), ("Sports Center", "体育中心"), ("City Hall", "市政府"), ("South Station", "南站")]),
    "B18": ("Bus 18", "18路", "bus", 0.22,
            [("Old Town", "老城区"), ("Wenhua Road", "文化路"), ("Central Hospital", "中心医院"), ("Railway Station", "火车站")]),
    "B26": ("Bus 26", "26路", "bus", 0.20,
            [("Donggang Market", "东港市场"), ("Seaside Park", "海滨公园"), ("City Hall", "市政府"), ("Old Town", "老城区")]),
    "B86": ("Bus 86", "86路", "bus", 0.20,
            [("Beiwan Terminal", "北湾公交总站"), ("Harbour Road", "港湾路"), ("Tech Plaza", "科技广场"),
             ("Xishan Village", "西山村")]),
    "B102": ("Bus 102", "102路", "bus", 0.20,
             [("University Town", "大学城"), ("Hi-tech Park", "高新园"), ("Wenhua Road", "文化路"), ("South Station", "南站")]),
    "B301": ("Bus 301", "301路", "bus", 0.18,
             [("South Station", "南站"), ("Airport Road", "机场路"), ("Lingang Town", "临港镇"), ("Shell Beach", "贝壳滩")]),
}
METRO = [k for k, v in LINES.items() if v[2] == "metro"]
BUS = [k for k, v in LINES.items() if v[2] == "bus"]
VERSIONS = [(datetime(2025, 1, 1), "5.0.0"), (datetime(2025, 5, 20), "5.0.3"), (datetime(2025, 9, 1), "5.1.0"),
            (datetime(2025, 12, 1), "5.1.2"), (datetime(2026, 3, 10), "5.2.0"), (datetime(2026, 4, 20), "5.2.1"),
            (datetime(2026, 7, 1), "5.3.0")]
V_DATES = [v[0] for v in VERSIONS]

# ---- feedback texts: every template of a topic holds one of its markers (gold.py), no other topic's marker
TXT = {
    "face_fail": (["人脸识别一直失败，试了五六次都过不去", "实名认证卡在刷脸这一步，换了光线也不行", "手机人脸识别转圈圈然后提示失败",
                   "刷脸老提示活体检测不通过，眨眼摇头都做了", "更新新版本以后人脸识别就没成功过"],
                  ["face verification keeps failing no matter what I do", "stuck at the face scan step of the ID check",
                   "the face scan spins forever and then says failed",
                   "since the last update face verification never works on my phone"]),
    "passport": (["外国人用护照实名认证不了，只认身份证吗", "护照上传了三次都审核失败", "护照那一页一直识别不出来"],
                 ["I can't verify with my passport, the app seems to only accept Chinese ID cards",
                  "passport verification rejected three times, no reason given",
                  "as a foreigner living here I cannot finish real-name verification with a passport",
                  "the passport photo page is never recognised"]),
    "topup_fail": (["银行卡充值失败，钱扣了余额没到账", "用银行卡付款提示失败，银行短信显示扣款了，余额没到账", "充值了100块两天了还没到账",
                    "连续三次充值失败，只能换微信付"],
                   ["bank card top-up failed but the money was taken from my account",
                    "topped up 100 yuan and it is still not credited after two days",
                    "top-up failed three times with my bank card"]),
    "gate_qr": (["{stz}站闸机扫码半天没反应", "闸机识别不了乘车码，后面排了一长队", "早高峰{stz}站闸机刷不出来，只能走人工通道",
                 "进站闸机一直红灯，手机亮度调到最高也没用"],
                ["the gate at {ste} would not read my QR code", "gates at {ste} keep rejecting the ride code at rush hour",
                 "the gate beeped red three times before letting me through"]),
    "double_charge": (["坐{lnz}刷一次码扣了两次钱", "{lnz}车上重复扣费，2块变4块", "公交刷码重复扣费，这个月遇到三回了"],
                      ["charged twice for one ride on {lne}", "got double charged on the bus again",
                       "the {lne} validator charged twice, please fix"]),
    "slow_replace": (["补卡等了十多天还没拿到新卡", "{scz}说卡片没货，补卡要一直等", "补卡太慢了，这期间只能买单程票"],
                     ["waited almost two weeks for a replacement card", "the service center has no stock, still no replacement card"]),
    "slow_refund": (["退款申请一个星期了还没退到银行卡", "注销账户退余额太慢了，等了好几天", "退款进度一直显示处理中"],
                    ["the refund to my bank card took more than a week", "still no refund after six days",
                     "refund status stuck on processing"]),
    "pass_price": (["月票从120涨到150，太贵了", "月票涨价以后还不如直接刷码", "成人月票涨价太狠了"],
                   ["the monthly pass went up from 120 to 150, not worth it any more",
                    "pass price hike is too much for commuters"]),
    "app_crash": (["一打开乘车码就闪退", "App老闪退，进站的时候急死了"],
                  ["app crashes when I open the ride code", "keeps crashing on launch"]),
    "senior_ui": (["字太小了老人看不清", "界面太复杂，老年人不会操作", "菜单太复杂，找不到乘车码在哪"],
                  ["the font is too small for my elderly father", "too complicated for older people"]),
    "invoice": (["怎么开乘车发票，公司报销要用", "上个月的乘车发票在哪里开"],
                ["how do I get an invoice for my rides", "need an invoice for last month's commute"]),
    "lost_report": (["公交卡丢了，帮忙挂失一下", "卡丢了要挂失，余额能不能保住"],
                    ["lost my card, please block it", "I lost my card on the bus, can you block it"]),
    "convenient": (["扫码乘车很方便，再也不用带零钱", "乘车码很方便，公交地铁都能用", "用手机坐车很方便"],
                   ["super convenient, no need for cash", "riding with the phone is super convenient"]),
    "service": (["客服很耐心，问题当天就解决了", "热线的工作人员很耐心"],
                ["the agent was patient and sorted it out the same day", "very patient staff on the hotline"]),
    "pass_value": (["学生月票很划算，上学天天用", "月票很划算，通勤省不少"],
                   ["the student pass is great value", "the monthly pass is great value for my commute"]),
}
GEN = {"pos": (["总体挺好的", "点个赞", "好评"], ["overall pretty good", "thumbs up", "five stars from me"]),
       "neu": (["还行吧", "一般般", "凑合用"], ["it's ok I guess", "average", "does the job"]),
       "neg": (["体验很差", "希望尽快改进", "太影响出行了"], ["really disappointing", "please fix this soon", "terrible experience"])}
NEG_TOPICS = {"face_fail", "passport", "topup_fail", "gate_qr", "double_charge", "slow_replace", "slow_refund",
              "pass_price", "app_crash", "senior_ui"}
POS_TOPICS = {"convenient", "service", "pass_value"}
TOPIC_TP = [("double_charge", "tp_ride"), ("gate_qr", "tp_gate_error"), ("face_fail", "tp_realname"),
            ("passport", "tp_realname"), ("topup_fail", "tp_topup"), ("slow_replace", "tp_replace_card"),
            ("lost_report", "tp_lost_report"), ("slow_refund", "tp_refund_done"), ("pass_price", "tp_pass_buy"),
            ("pass_value", "tp_pass_buy"), ("service", "tp_ticket_closed"), ("convenient", "tp_ride"),
            ("app_crash", "tp_rate"), ("senior_ui", "tp_rate"), ("invoice", "tp_ticket")]
PEN = {"face_fail": 1.2, "passport": 1.5, "topup_fail": 1.8, "gate_qr": 1.6, "double_charge": 2.2, "slow_replace": 1.8,
       "slow_refund": 1.8, "pass_price": 1.0, "app_crash": 2.0, "senior_ui": 1.2}


def pick(opts, w):
    r = rng.random() * sum(w)
    acc = 0.0
    for o, x in zip(opts, w):
        acc += x
        if r < acc:
            return o
    return opts[-1]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def within(t, span):
    return span[0] <= t < span[1]


def version(t, os_):
    i = bisect_right(V_DATES, t) - 1
    if i > 0 and os_ == "android" and rng.random() < 0.12 and t - V_DATES[i] < D(days=20):
        i -= 1                                   # some Android phones update late
    return VERSIONS[i][1]


def day_season():
    """ride intensity per day (index from START)."""
    s = np.ones(N_DAYS)
    for i in range(N_DAYS):
        d = START + D(days=i)
        if any(within(d, c) for c in CNY):
            s[i] = 0.35
        elif d.month == 10 and d.day <= 7:
            s[i] = 0.7
        if d.weekday() >= 5:
            s[i] *= 0.75
    return s


RIDE_SEASON = day_season()
STUDENT_SEASON = np.array([0.45 if ((d.month in (7, 8) and not (d.month == 8 and d.day > 25))
                                    or within(d, (datetime(2026, 1, 18), datetime(2026, 2, 26)))
                                    or within(d, (datetime(2025, 1, 15), datetime(2025, 2, 16)))) else 1.0
                           for d in (START + D(days=i) for i in range(N_DAYS))])
LOST_PER_DAY = 0.0015


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, ride=0, tu=0, ps=0, rf=0, lc=0, tk=0)

    def nid(self, k, prefix, width):
        self.n[k] += 1
        return f"{prefix}{self.n[k]:0{width}d}"

    # ---------- rows ----------
    def ev(self, c, t, tp, action, sid=None, app=True, chan="app", **kw):
        if t > END:
            return False
        row = dict(event_id=self.nid("ev", "E", 7), customer_id=c["id"], ts=ts(t), touchpoint_id=tp, session_id=sid,
                   action=action, device=c["os"] if app else None, channel=chan,
                   app_version=version(t, c["os"]) if app else None)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, status="paid", chan="app", pay=None, **kw):
        if t > END:
            return None
        row = dict(order_id=self.nid("ord", "O", 6), customer_id=c["id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel=chan, device=c["os"] if chan == "app" else None, order_type=otype,
                   订单类型={"topup": "充值", "monthly_pass": "月票", "replacement_fee": "补卡费"}[otype],
                   pay_channel=pay, 支付渠道=PAYCH.get(pay), fare_type=c["fare"], 票种=FARE[c["fare"]][0], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, gen=None, undated=False, no_customer=False, ctx=None,
           tp=None, ref=None, where=None):
        """ctx: line / station / service-centre columns of the row; where: only named in the text."""
        if t > END:
            return
        fid = self.nid("fb", "FB", 5)
        lang = c["lang"] if rng.random() < 0.9 else ("en" if c["lang"] == "zh" and rng.random() < 0.3 else c["lang"])
        li = 1 if lang == "en" else 0
        ctx = ctx or {}
        w = where or ctx
        gw = w if "station" in w else c.get("gate_where", {})        # the station of this rider's last gate error
        fmt = dict(stz=gw.get("站点", "地铁"), ste=gw.get("station", "the station"), lnz=w.get("线路", "86路"),
                   lne=w.get("line", "Bus 86"), scz=w.get("服务网点", "客服中心"))
        parts = [str(rng.choice(TXT[k][li])).format(**fmt) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if set(topics) & POS_TOPICS else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((x for k, x in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "negative" if neg else ("positive" if gen == "pos" or set(topics) & POS_TOPICS else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["id"], touchpoint_id=tp, channel=channel, rating=rating,
                   nps=nps, language=lang, app_version=version(t, c["os"]) if channel in ("app_review", "in_app_rating")
                   else None, device=c["os"] if channel in ("app_review", "in_app_rating") else None, ref_id=ref)
        for k in ("line", "线路", "station", "站点", "service_center", "服务网点"):
            row[k] = ctx.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        w = np.array([(0.55 + 0.9 * i / N_DAYS) * (0.45 if any(within(START + D(days=i), c) for c in CNY) else 1.0)
                      for i in range(N_DAYS - 4)])
        n_camp = 900
        idx = np.sort(rng.choice(len(w), size=N_CUST - n_camp, p=w / w.sum()))
        starts = [(START + D(days=int(i)), False) for i in idx]
        for k in range(n_camp):
            a, b = SCHOOL[0] if rng.random() < 0.55 else SCHOOL[1]
            starts.append((a + D(days=float(rng.uniform(0, (b - a).days))), True))
        starts.sort(key=lambda x: x[0])
        self.cust = []
        for i, (d, camp) in enumerate(starts):
            t = datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(7, 23.5)))
            fare = "student" if camp else pick(["adult", "student", "senior"], [0.76, 0.10, 0.14])
            id_type = "id_card"
            if fare == "adult":
                id_type = pick(["id_card", "passport", "hmt_permit"], [0.93, 0.05, 0.02])
            os_ = pick(["ios", "android"], {"adult": [0.44, 0.56], "student": [0.46, 0.54], "senior": [0.2, 0.8]}[fare])
            if camp:
                acq = "school_campaign"
            elif fare == "senior":
                acq = pick(["community", "store", "station_poster", "wechat_ad"], [0.45, 0.25, 0.15, 0.15])
            else:
                acq = pick(["store", "wechat_ad", "station_poster", "community", "school_campaign"],
                           [0.36, 0.28, 0.27, 0.04, 0.05 if fare == "student" else 0.0])
            if acq == "store":
                acq = "app_store" if os_ == "ios" else "android_store"
            dist = pick(list(DISTRICTS), [v[1] for v in DISTRICTS.values()])
            lang = "en" if (id_type == "passport" and rng.random() < 0.9) or rng.random() < 0.03 else "zh"
            mode = pick(["metro", "bus"], [0.62, 0.38] if fare != "senior" else [0.35, 0.65])
            pool = METRO if mode == "metro" else BUS
            line = pick(pool, [LINES[x][3] for x in pool])
            self.cust.append(dict(
                id=f"U{i + 1:05d}", t0=t, fare=fare, id_type=id_type, os=os_, acq=acq, dist=dist, lang=lang,
                age=pick(["<18", "18-24", "25-34", "35-44", "45-59", "60-69", "70+"],
                         {"adult": [0, 0.16, 0.38, 0.28, 0.18, 0, 0], "student": [0.55, 0.45, 0, 0, 0, 0, 0],
                          "senior": [0, 0, 0, 0, 0, 0.62, 0.38]}[fare]),
                mode=mode, line=line, station=int(rng.integers(len(LINES[line][4]))),
                pay=pick(["wechat", "alipay", "bank_card"], [0.47, 0.33, 0.20] if fare != "senior" else [0.40, 0.25, 0.35]),
                lam=float(rng.lognormal(np.log({"adult": 2.1, "student": 2.6, "senior": 1.5}[fare]), 0.55)),
                signup=None, first_ride=None, last_ride=None, n_rides=0, rides_60=0, bad=set(), balance=0.0,
                card=None, closed=False, passes=0, kyc=False))

    # ---------- feedback helpers ----------
    def app_review(self, c, t, topics, stars, where=None):
        self.fb(c, t, topics, "app_review", rating=float(stars), gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"),
                undated=rng.random() < 0.15, no_customer=rng.random() < 0.6, where=where)

    def weibo(self, c, t, topics, ctx=None):
        self.fb(c, t, topics, "weibo", undated=rng.random() < 0.5, no_customer=rng.random() < 0.7, ctx=ctx)

    def ticket(self, c, t, cat, topics, ctx=None, ref=None):
        if t > END:
            return
        ch = pick(["hotline", "in_app", "city_12345"], [0.75, 0.15, 0.10] if c["fare"] == "senior" else [0.25, 0.6, 0.15])
        tid = self.nid("tk", "T", 6)
        self.ev(c, t, "tp_ticket", "open", tid, app=ch == "in_app", chan=ch, ticket_category=cat, 工单类型=TCAT[cat],
                工单渠道=TCH[ch])
        self.fb(c, t + D(minutes=float(rng.uniform(1, 20))), topics, "call_note" if ch == "hotline" else "ticket",
                ctx=ctx, ref=tid, tp=None if topics else "tp_ticket")
        med = {"topup_not_credited": 22, "realname": 9, "gate_error": 14, "double_charge": 75, "lost_card": 30,
               "refund": 40, "usage_help": 3, "invoice": 6}[cat]
        if ch == "city_12345":
            med *= 1.4
        if rng.random() < 0.04:
            return
        hrs = float(rng.lognormal(np.log(med), 0.55))
        csat = pick([5, 4, 3], [0.6, 0.3, 0.1]) if hrs < 24 else (pick([4, 3, 2], [0.35, 0.4, 0.25]) if hrs < 72
                                                                   else pick([3, 2, 1], [0.2, 0.4, 0.4]))
        t_c = t + D(hours=hrs)
        if self.ev(c, t_c, "tp_ticket_closed", "closed", tid, app=False, chan=ch, ticket_category=cat,
                   工单类型=TCAT[cat], 工单渠道=TCH[ch], resolution_hours=round(hrs, 1), csat=csat):
            if csat >= 5 and rng.random() < 0.10:
                self.fb(c, t_c + D(hours=1), ["service"], "call_note" if ch == "hotline" else "ticket", ref=tid)

    # ---------- onboarding ----------
    def onboard(self, c):
        t = c["t0"]
        self.ev(c, t, "tp_download", "install", chan=c["acq"])
        if rng.random() > {"adult": 0.88, "student": 0.9, "senior": 0.78}[c["fare"]]:
            return None
        t += D(minutes=float(rng.exponential(12) + 0.5)) if rng.random() < 0.85 else D(days=float(rng.uniform(0.2, 5)))
        self.ev(c, t, "tp_register", "success")
        c["signup"] = t
        if rng.random() > 0.94:
            return None
        t += D(minutes=float(rng.exponential(10) + 0.5)) if rng.random() < 0.85 else D(days=float(rng.uniform(0.1, 4)))
        passed, fails = False, 0
        c["kyc"] = True
        for attempt in range(1, 4):
            ver = version(t, c["os"])
            pf = 0.06 + (0.07 if c["fare"] == "senior" else 0.0)
            reason = pick(["face_mismatch", "liveness_fail", "info_mismatch"], [0.5, 0.3, 0.2])
            if c["id_type"] == "passport":
                pf, reason = 0.55, pick(["doc_unreadable", "info_mismatch"], [0.8, 0.2])
            elif c["id_type"] == "hmt_permit":
                pf = 0.15
            if c["os"] == "android" and ver == "5.2.0" and c["id_type"] != "passport":
                pf, reason = 0.58, ("liveness_fail" if rng.random() < 0.9 else reason)
            fail = rng.random() < pf
            self.ev(c, t, "tp_realname", "fail" if fail else "pass", id_type=c["id_type"], 证件类型=ID_TYPE[c["id_type"]],
                    attempt_no=attempt, fail_reason=reason if fail else None, 失败原因=FAIL[reason] if fail else None)
            if not fail:
                passed = True
                break
            fails += 1
            if rng.random() < 0.35:
                break
            t += D(minutes=float(rng.exponential(25) + 1)) if rng.random() < 0.8 else D(hours=float(rng.uniform(3, 60)))
        if fails:
            topic = "passport" if c["id_type"] == "passport" else "face_fail"
            c["bad"].add(topic)
            if rng.random() < (0.16 if passed else 0.30):
                self.app_review(c, t + D(minutes=float(rng.uniform(5, 600))), [topic], pick([1, 2, 3], [0.6, 0.3, 0.1]))
            if rng.random() < (0.06 if passed else 0.14):
                self.ticket(c, t + D(minutes=float(rng.uniform(5, 300))), "realname", [topic])
        if not passed:
            return None
        if rng.random() > (0.82 if c["fare"] == "senior" else 0.9):
            return None
        t += D(minutes=float(rng.exponential(15) + 0.5)) if rng.random() < 0.85 else D(days=float(rng.uniform(0.5, 6)))
        card = pick(["virtual_qr", "nfc", "physical"], [0.62, 0.16 if c["os"] == "android" else 0.0, 0.22])
        if c["fare"] == "senior":
            card = pick(["virtual_qr", "physical"], [0.4, 0.6])
        c["card"] = card
        self.ev(c, t, "tp_bind_card", "success", card_type=card, 卡类型=CARD[card])
        if c["fare"] == "senior" and rng.random() < 0.14:
            self.ticket(c, t + D(hours=float(rng.uniform(1, 72))), "usage_help", ["senior_ui"])
            c["bad"].add("senior_ui")
        if rng.random() > 0.92:
            return None
        t += D(minutes=float(rng.exponential(10) + 0.5)) if rng.random() < 0.85 else D(days=float(rng.uniform(0.5, 8)))
        t = self.topup(c, t, first=True)
        if t is None:
            return None
        if rng.random() > 0.95:
            return None
        if rng.random() < 0.94:
            t += D(hours=float(rng.exponential(36) + 0.3))
        else:
            t += D(days=float(rng.uniform(14, 40)))
        t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(6.5, 22.5)))
        return t if t <= END else None

    def topup(self, c, t, first=False):
        """one top-up (with retries); returns the time of success or None."""
        ch = c["pay"]
        amt = float(pick([20, 30, 50, 100, 200], [0.2, 0.12, 0.38, 0.24, 0.06]))
        for attempt in range(4):
            pf = {"wechat": 0.02, "alipay": 0.03, "bank_card": 0.12}[ch]
            if ch == "bank_card" and within(t, BANK_OUTAGE):
                pf = 0.50
            sid = self.nid("tu", "TU", 6)
            fail = rng.random() < pf
            if not self.ev(c, t, "tp_topup", "fail" if fail else "success", sid, topup_channel=ch, 充值渠道=PAYCH[ch],
                           amount=amt, fare_type=c["fare"], 票种=FARE[c["fare"]][0]):
                return None
            if not fail:
                self.order(c, t, amt, "topup", pay=ch, topup_id=sid)
                c["balance"] += amt
                return t
            c["bad"].add("topup_fail")
            if ch == "bank_card" and rng.random() < (0.6 if within(t, BANK_OUTAGE) else 0.3):  # money taken, not credited
                if rng.random() < 0.7:
                    self.ticket(c, t + D(minutes=float(rng.uniform(10, 600))), "topup_not_credited", ["topup_fail"])
                if rng.random() < 0.15:
                    self.app_review(c, t + D(hours=float(rng.uniform(1, 30))), ["topup_fail"], pick([1, 2], [0.7, 0.3]))
            elif rng.random() < 0.04:
                self.app_review(c, t + D(hours=float(rng.uniform(0.2, 10))), ["topup_fail"], pick([1, 2, 3], [0.5, 0.3, 0.2]))
            r = rng.random()
            if r < 0.4:
                pass
            elif r < 0.78:
                ch = "wechat" if ch != "wechat" else "alipay"
                c["pay"] = ch
            else:
                return None
            t += D(minutes=float(rng.uniform(0.5, 15)))
        return None

    # ---------- life after activation ----------
    def passes(self, c, t1, end):
        """pass intervals [(start, end, pass_id)]; emits pass view / buy / refund."""
        out = []
        t = t1 + D(days=float(rng.uniform(3, 30)))
        base_view = {"adult": 0.09, "student": 0.22, "senior": 0.05}[c["fare"]] * min(2.5, c["lam"] / 1.4)
        while t < end:
            school = c["fare"] == "student" and any(within(t, s) for s in SCHOOL)
            if rng.random() < min(0.6, base_view * (2.0 if school else 1.0)):
                t_v = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(7, 23)))
                self.ev(c, t_v, "tp_pass_view", "view", fare_type=c["fare"], 票种=FARE[c["fare"]][0])
                rise = c["fare"] == "adult" and t_v >= PASS_RISE
                p_buy = {"adult": 0.15 if rise else 0.32, "student": 0.62, "senior": 0.28}[c["fare"]]
                if rng.random() < p_buy:
                    t_b = t_v + (D(minutes=float(rng.uniform(1, 20))) if rng.random() < 0.7 else D(days=float(rng.uniform(0.2, 5))))
                    price = 150.0 if (c["fare"] == "adult" and t_b >= PASS_RISE) else PASS_PRICE[c["fare"]]
                    if rng.random() < 0.07:                          # order created, payment abandoned
                        self.order(c, t_b, price, "monthly_pass", status="cancelled", pay=c["pay"],
                                   cancelled_at=ts(t_b + D(minutes=30)))
                    else:
                        t_e = self.buy_pass(c, t_b, price, "buy", out)
                        while t_e is not None and t_e < end:
                            rise = c["fare"] == "adult" and t_e >= PASS_RISE
                            p_renew = {"adult": 0.55 if rise else 0.72, "student": 0.8, "senior": 0.75}[c["fare"]]
                            if c["fare"] == "student" and t_e.month in (7, 8):
                                p_renew = 0.35
                            if rng.random() > p_renew:
                                break
                            price = 150.0 if (c["fare"] == "adult" and t_e >= PASS_RISE) else PASS_PRICE[c["fare"]]
                            t_e = self.buy_pass(c, t_e - D(hours=float(rng.uniform(0, 30))), price, "renew", out)
                        if t_e is not None:
                            t = t_e
                elif rise and rng.random() < 0.10:
                    if rng.random() < 0.5:
                        self.weibo(c, t_v + D(hours=float(rng.uniform(0.5, 30))), ["pass_price"])
                    else:
                        self.app_review(c, t_v + D(hours=float(rng.uniform(0.5, 30))), ["pass_price"], pick([1, 2, 3], [0.3, 0.4, 0.3]))
            t += D(days=float(rng.uniform(26, 34)))
        return out

    def buy_pass(self, c, t, price, action, out):
        if t > END:
            return None
        pid = self.nid("ps", "MP", 6)
        self.ev(c, t, "tp_pass_buy", action, pid, fare_type=c["fare"], 票种=FARE[c["fare"]][0], amount=price,
                pass_id=pid)
        o = self.order(c, t, price, "monthly_pass", pay=c["pay"], pass_id=pid)
        c["passes"] += 1
        if c["passes"] == 1 and rng.random() < 0.2:
            topics = ["pass_value"] if (c["fare"] != "adult" or t < PASS_RISE) and rng.random() < 0.5 else []
            if c["fare"] == "adult" and t >= PASS_RISE and rng.random() < 0.4:
                topics = ["pass_price"]
            self.rate(c, t + D(minutes=float(rng.uniform(1, 60))), topics)
        if rng.random() < 0.04:                                       # unused pass refunded
            t_r = t + D(days=float(rng.uniform(0.1, 3)))
            self.refund(c, t_r, "pass_unused", price, c["pay"], order=o)
            return t_r
        out.append((t, t + D(days=30), pid))
        return t + D(days=30)

    def refund(self, c, t, kind, amount, ch, order=None, ctx=None):
        if t > END:
            return
        rid = self.nid("rf", "RF", 6)
        self.ev(c, t, "tp_refund_req", "submit", rid, refund_type=kind, 退款类型=REFUND[kind], refund_amount=round(amount, 2),
                refund_channel=ch, 退款渠道=PAYCH[ch])
        med = {"wechat": 0.8, "alipay": 0.9, "bank_card": 6.0, "balance": 2.5}[ch]
        days = float(rng.lognormal(np.log(med), 0.35))
        t_d = t + D(days=days)
        if self.ev(c, t_d, "tp_refund_done", "refunded", rid, app=False, refund_type=kind, 退款类型=REFUND[kind],
                   refund_amount=round(amount, 2), refund_channel=ch, 退款渠道=PAYCH[ch]):
            if order is not None:
                order["status"] = "refunded"
                order["refunded_at"] = ts(t_d)
            if ch == "balance":
                c["balance"] += amount
        if days > 5:
            c["bad"].add("slow_refund")
            if rng.random() < 0.35:
                self.ticket(c, t + D(days=float(rng.uniform(4, min(days, 9)))), "refund", ["slow_refund"])

    def rate(self, c, t, topics):
        stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.13, 0.07]))
        for x in topics:
            stars -= PEN.get(x, 0)
        if topics and set(topics) <= POS_TOPICS:
            stars = 5.0 if rng.random() < 0.75 else 4.0
        stars = float(min(5, max(1, round(stars))))
        if self.ev(c, t, "tp_rate", "rate", stars=stars):
            self.fb(c, t, topics, "in_app_rating", rating=stars,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))

    def lost_card(self, c, t):
        lid = self.nid("lc", "LC", 6)
        ch = "hotline" if (c["fare"] == "senior" and rng.random() < 0.7) or rng.random() < 0.2 else "app"
        sc = DISTRICTS[c["dist"]][2]
        if rng.random() < 0.12:
            sc = pick(list(CENTERS), [1, 1, 1, 1])
        ctx = {"service_center": CENTERS[sc][1], "服务网点": CENTERS[sc][0]}
        self.ev(c, t, "tp_lost_report", "report", lid, app=ch == "app", chan=ch, service_center=CENTERS[sc][1],
                服务网点=CENTERS[sc][0])
        if ch == "hotline" and rng.random() < 0.5:
            self.fb(c, t + D(minutes=5), ["lost_report"], "call_note", ref=lid, ctx=ctx)
        if rng.random() < 0.07:
            return
        med = 10.0 if (sc == "SC3" and within(t, BEIWAN_SHORT)) else 2.8
        days = float(rng.lognormal(np.log(med), 0.35))
        t_r = t + D(days=days)
        t_r = datetime(t_r.year, t_r.month, t_r.day) + D(hours=float(rng.uniform(9, 17.5)))
        if t_r <= t:
            t_r = t + D(hours=2)
        if self.ev(c, t_r, "tp_replace_card", "issued", lid, app=False, chan="service_center",
                   service_center=CENTERS[sc][1], 服务网点=CENTERS[sc][0]):
            self.order(c, t_r, 20.0, "replacement_fee", chan="service_center", pay=pick(["wechat", "alipay", "cash"], [0.5, 0.3, 0.2]),
                       service_center=CENTERS[sc][1], 服务网点=CENTERS[sc][0])
        if days > 7:
            c["bad"].add("slow_replace")
            if rng.random() < 0.55:
                self.ticket(c, t + D(days=float(rng.uniform(5, min(days, 12)))), "lost_card", ["slow_replace"], ctx=ctx)
            elif rng.random() < 0.3:
                self.weibo(c, t_r, ["slow_replace"], ctx=ctx)

    def ride_times(self, c, t1, end):
        i0 = (datetime(t1.year, t1.month, t1.day) - START).days + 1
        i1 = (end - START).days
        if i1 < i0:
            return []
        lam = RIDE_SEASON[i0:i1 + 1] * (c["lam"] / 30.0)
        if c["fare"] == "student":
            lam = lam * STUDENT_SEASON[i0:i1 + 1]
        k = rng.poisson(lam)
        out = []
        for j in np.nonzero(k)[0]:
            day = START + D(days=int(i0 + j))
            for _ in range(int(k[j])):
                r = rng.random()
                h = rng.uniform(7, 9.5) if r < 0.35 else (rng.uniform(17, 19.5) if r < 0.65 else rng.uniform(6, 23))
                out.append(day + D(hours=float(h)))
        out.sort()
        return out

    def one_ride(self, c, t, passes, first=False):
        if c["mode"] == "metro" and rng.random() < 0.8 or c["mode"] == "bus" and rng.random() < 0.15:
            mode = "metro"
        else:
            mode = "bus"
        pool = METRO if mode == "metro" else BUS
        line = c["line"] if (LINES[c["line"]][2] == mode and rng.random() < 0.75) else pick(pool, [LINES[x][3] for x in pool])
        st = LINES[line][4]
        if line == c["line"] and rng.random() < 0.55:
            si = c["station"]
        elif line == "M2" and rng.random() < 0.3:
            si = 1                                                   # Expo Center: exhibitions, airport link
        else:
            si = int(rng.integers(len(st)))
        si = min(si, len(st) - 1)
        station_en, station_zh = st[si]
        fare = float(pick([2, 3, 4, 5, 6], [0.3, 0.3, 0.2, 0.12, 0.08])) if mode == "metro" else (3.0 if line == "B301" else 2.0)
        pid = next((p[2] for p in passes if p[0] <= t < p[1]), None)
        paid = 0.0 if pid else fare * FARE[c["fare"]][1]
        ctx = {"line": LINES[line][0], "线路": LINES[line][1], "station": station_en, "站点": station_zh}
        rid = self.nid("ride", "R", 7)
        common = dict(mode=mode, 交通方式=MODE[mode], line=LINES[line][0], 线路=LINES[line][1], station=station_en,
                      站点=station_zh, fare_type=c["fare"], 票种=FARE[c["fare"]][0], card_type=c["card"],
                      卡类型=CARD[c["card"]])
        app = c["card"] != "physical"
        chan = "station" if mode == "metro" else "bus"
        # balance
        if paid > 0 and c["balance"] < paid:
            if rng.random() < 0.5:
                self.ev(c, t - D(seconds=40), "tp_gate_error", "reject", rid, app=app, chan=chan, gate_error_code="E101",
                        错误说明=GATE["E101"], **common)
                if self.topup(c, t - D(seconds=20)) is None:
                    return False
            else:
                if self.topup(c, t - D(hours=float(rng.uniform(0.2, 30)))) is None:
                    return False
        # gate / validator errors before the tap goes through
        code = None
        if c["card"] == "virtual_qr":
            if station_en == "Expo Center" and within(t, EXPO_GATES):
                code = "E203" if rng.random() < 0.18 else None
            if code is None:
                code = "E102" if rng.random() < 0.006 else ("E203" if rng.random() < 0.005 else None)
        elif c["card"] == "nfc":
            code = "E401" if rng.random() < 0.02 else None
        else:
            code = "E402" if rng.random() < 0.005 else None
        if code:
            self.ev(c, t - D(seconds=float(rng.uniform(15, 90))), "tp_gate_error", "reject", rid, app=app, chan=chan,
                    gate_error_code=code, 错误说明=GATE[code], **common)
            c["bad"].add("gate_qr")
            c["gate_where"] = ctx
            p_fb = 0.22 if code == "E203" and station_en == "Expo Center" else 0.03
            if rng.random() < p_fb:
                r = rng.random()
                if r < 0.45:
                    self.weibo(c, t + D(minutes=float(rng.uniform(5, 300))), ["gate_qr"], ctx=ctx)
                elif r < 0.8:
                    self.app_review(c, t + D(minutes=float(rng.uniform(5, 300))), ["gate_qr"], pick([1, 2, 3], [0.5, 0.35, 0.15]),
                                    where=ctx)
                else:
                    self.ticket(c, t + D(minutes=float(rng.uniform(5, 120))), "gate_error", ["gate_qr"], ctx=ctx, ref=rid)
        self.ev(c, t, "tp_ride", "tap", rid, app=app, chan=chan, fare=fare, fare_paid=round(paid, 2), pass_id=pid, **common)
        if first:
            self.ev(c, t + D(seconds=1), "tp_first_ride", "first_ride", rid, app=app, chan=chan, **common)
        c["balance"] -= paid
        c["n_rides"] += 1
        c["last_ride"] = t
        if t >= END - D(days=60):
            c["rides_60"] += 1
        # double charge on bus 86's new validators
        if line == "B86" and t >= BUS86_POS and paid > 0 and rng.random() < 0.10:
            self.ev(c, t + D(seconds=float(rng.uniform(2, 30))), "tp_gate_error", "double_charge", rid, app=app,
                    chan=chan, gate_error_code="E305", 错误说明=GATE["E305"], **common)
            c["balance"] -= paid
            c["bad"].add("double_charge")
            if rng.random() < 0.55:
                self.refund(c, t + D(hours=float(rng.uniform(1, 72))), "double_charge", paid, "balance", ctx=ctx)
            if rng.random() < 0.3:
                self.ticket(c, t + D(hours=float(rng.uniform(0.5, 48))), "double_charge", ["double_charge"], ctx=ctx, ref=rid)
            elif rng.random() < 0.12:
                self.weibo(c, t + D(hours=float(rng.uniform(0.5, 48))), ["double_charge"], ctx=ctx)
        if c["n_rides"] == 5 and rng.random() < 0.3:
            bad = sorted(c["bad"] & NEG_TOPICS)
            topics = bad[-2:] if bad and rng.random() < 0.7 else []
            if not topics and rng.random() < 0.35:
                topics = ["convenient"]
            self.rate(c, t + D(minutes=float(rng.uniform(5, 120))), topics)
        return True

    def life(self, c, t1):
        c["first_ride"] = t1
        churn = t1 + D(days=float(rng.exponential(620)))
        end = min(END, churn)
        passes = self.passes(c, t1, end)
        self.one_ride(c, t1, passes, first=True)
        if rng.random() < 0.04:
            self.app_review(c, t1 + D(hours=float(rng.uniform(1, 48))), ["convenient"], pick([5, 4], [0.7, 0.3]))
        if rng.random() < 0.012:
            self.app_review(c, t1 + D(days=float(rng.uniform(1, 200))), ["app_crash"], pick([1, 2], [0.6, 0.4]))
            c["bad"].add("app_crash")
        if rng.random() < 0.008:
            self.weibo(c, t1 + D(days=float(rng.uniform(1, 200))), ["convenient"])
        if rng.random() < 0.06:
            self.ticket(c, t1 + D(days=float(rng.uniform(20, 300))), "invoice", ["invoice"])
        if c["fare"] != "senior" and rng.random() < 0.025:
            self.ticket(c, t1 + D(days=float(rng.uniform(0, 60))), "usage_help", [])
        lost_next = None
        if c["card"] == "physical":
            lost_next = t1 + D(days=float(rng.exponential(1 / LOST_PER_DAY)))
        for t in self.ride_times(c, t1, end):
            if lost_next is not None and t > lost_next:
                self.lost_card(c, lost_next)
                lost_next = lost_next + D(days=float(rng.exponential(1 / LOST_PER_DAY)))
            self.one_ride(c, t, passes)
        if churn < END and c["balance"] > 1 and rng.random() < 0.18:
            c["closed"] = True
            self.refund(c, churn + D(days=float(rng.uniform(0, 20))), "account_close", c["balance"],
                        c["pay"] if c["pay"] != "balance" else "wechat")

    def surveys(self):
        qs = [datetime(2025, 3, 16), datetime(2025, 6, 15), datetime(2025, 9, 15), datetime(2025, 12, 15),
              datetime(2026, 3, 16), datetime(2026, 6, 15)]
        for q0 in qs:
            for c in self.cust:
                if c["first_ride"] is None or c["first_ride"] > q0 or (c["last_ride"] or START) < q0 - D(days=60):
                    continue
                if rng.random() > 0.07:
                    continue
                neg = bool(c["bad"] & NEG_TOPICS)
                nps = int(np.clip(round(rng.normal(8.5 - 2.6 * neg - (0.5 if c["fare"] == "senior" else 0), 1.5)), 0, 10))
                bad = sorted(c["bad"] & NEG_TOPICS)
                topics = bad[-1:] if bad and rng.random() < 0.6 else ([] if nps < 9 or rng.random() < 0.6 else ["convenient"])
                self.fb(c, q0 + D(days=float(rng.uniform(0, 14)), hours=float(rng.uniform(8, 21))), topics, "survey",
                        nps=nps, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))

    def run(self):
        self.customers()
        for c in self.cust:
            t1 = self.onboard(c)
            if t1 is not None:
                self.life(c, t1)
        self.surveys()

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if c["signup"] is None:
                seg = "download_only"
            elif c["first_ride"] is None:
                seg = "no_ride"
            elif c["closed"]:
                seg = "closed"
            elif c["first_ride"] >= datetime(2026, 7, 1):
                seg = "new"
            elif c["rides_60"] >= 6:
                seg = "regular"
            elif c["rides_60"] >= 1:
                seg = "occasional"
            else:
                seg = "lapsed"
            rows.append(dict(customer_id=c["id"], signup_at=ts(c["signup"]) if c["signup"] else None, segment=seg,
                             region=c["dist"], 区域=DISTRICTS[c["dist"]][0], acquisition_channel=c["acq"],
                             获客渠道=ACQ[c["acq"]], fare_type=c["fare"], 票种=FARE[c["fare"]][0],
                             id_type=c["id_type"] if c["kyc"] else None,
                             证件类型=ID_TYPE[c["id_type"]] if c["kyc"] else None, phone_os=c["os"], age_band=c["age"],
                             card_type=c["card"], 卡类型=CARD[c["card"]] if c["card"] else None,
                             home_line=LINES[c["line"]][0] if c["first_ride"] else None,
                             常用线路=LINES[c["line"]][1] if c["first_ride"] else None,
                             first_ride_at=ts(c["first_ride"]) if c["first_ride"] else None,
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "app_version",
           "mode", "交通方式", "line", "线路", "station", "站点", "fare_type", "票种", "fare", "fare_paid", "pass_id",
           "card_type", "卡类型", "id_type", "证件类型", "attempt_no", "fail_reason", "失败原因", "topup_channel", "充值渠道",
           "amount", "gate_error_code", "错误说明", "refund_type", "退款类型", "refund_channel", "退款渠道",
           "refund_amount", "service_center", "服务网点", "ticket_category", "工单类型", "工单渠道", "resolution_hours",
           "csat", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "pay_channel", "支付渠道", "fare_type", "票种", "topup_id", "pass_id", "service_center", "服务网点",
            "refunded_at", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "app_version", "device", "line", "线路", "station", "站点", "service_center", "服务网点", "ref_id"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "区域", "acquisition_channel", "获客渠道", "fare_type",
             "票种", "id_type", "证件类型", "phone_os", "age_band", "card_type", "卡类型", "home_line", "常用线路",
             "first_ride_at", "preferred_language"]


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
    dup = rng.choice(len(ev), size=24, replace=False)           # the gate tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, rides {g.n['ride']}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, tickets {g.n['tk']}, refunds {g.n['rf']}, lost {g.n['lc']}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
