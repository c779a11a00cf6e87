"""精酿社 BrewHall: a chain of eight craft-beer taprooms (精酿酒馆) in Shanghai, Beijing, Chengdu and Shenzhen with app
ordering (scan-the-table QR for dine-in 堂食, growler refills to take home 扎壶打酒, and delivery 外卖 by Meituan /
Ele.me / our own riders), events (tap takeovers 酒厂接管, trivia nights 问答之夜, live music 现场音乐, beer-pairing
dinners 餐酒晚宴) and a beer club (啤酒俱乐部: a monthly box of cans, 探索盒 Explorer 139 CNY or 窖藏盒 Cellar 259 CNY).

A customer finds us (Dianping / Xiaohongshu / Douyin / a friend / walking past / our booth at a beer festival), opens
the app's tap list (酒单), verifies their age with an ID photo before the first order (实名认证, 18+), adds beers to the
cart and pays; dine-in beers are poured at the bar (wait minutes), growlers are filled at the counter, deliveries are
dispatched and delivered (the rider checks ID at the door). Customers sign up for events (ticketed except trivia) and
check in on the night, may join the beer club (monthly fee, box shipped each month, cancel any time), ask for refunds
after-sales (warm delivery, flat growler, wrong beer), rate orders in the app and come back.
Data 2025-01-01 .. 2026-07-31 (the extract was taken in early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 7500
SHEKOU_OPEN = datetime(2025, 11, 1)
ID_BUG = (datetime(2026, 3, 10), datetime(2026, 4, 7))        # app 3.6.0: Android ID-photo OCR times out
FLAT = (datetime(2026, 5, 1), datetime(2026, 7, 1))           # Yulin counter-pressure filler broken
CANS = (datetime(2026, 1, 5), datetime(2026, 3, 1))           # new can supplier: club boxes leak
WORLD_CUP = (datetime(2026, 6, 11), datetime(2026, 7, 20))    # late-night screenings

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现精酿社", "Discover BrewHall", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|点评搜到|路过|啤酒节|discover|found us|first visit|beer festival booth"),
    ("tp_menu", "浏览酒单", "Browse tap list", "consideration", "app", "digital", "product",
     "酒单|看酒单|扫码点单|菜单|tap list|menu|browse|scan to order"),
    ("tp_age_verify", "实名认证", "Age verification", "purchase", "app", "digital", "product",
     "实名认证|年龄认证|身份证认证|18岁|age check|ID verification|verify age|KYC"),
    ("tp_cart", "加入购物车", "Add to cart", "purchase", "app", "digital", "product",
     "加购|购物车|cart|add to cart|basket"),
    ("tp_pay", "支付", "Payment", "purchase", "app", "digital", "finance",
     "支付|付款|买单|下单|pay|payment|checkout|paid"),
    ("tp_pour", "吧台出酒", "Beer poured at the bar", "service", "store", "physical", "bar",
     "出酒|上酒|打酒|吧台|酒保|pour|served|bar|bartender|wait for beer"),
    ("tp_growler_fill", "扎壶灌装", "Growler fill", "service", "store", "physical", "bar",
     "扎壶|打酒回家|灌装|续杯|growler|refill|fill|take-home"),
    ("tp_dispatch", "外卖出餐", "Delivery dispatched", "service", "other", "physical", "logistics",
     "出餐|骑手取货|发货|dispatch|rider picked up"),
    ("tp_delivered", "外卖送达", "Delivery arrived", "service", "other", "physical", "logistics",
     "送达|外卖|配送|到货|验证身份|delivery|delivered|arrived|rider"),
    ("tp_event_signup", "活动报名", "Event sign-up", "consideration", "app", "digital", "community",
     "活动报名|报名|买票|酒厂接管|问答之夜|event sign-up|RSVP|ticket|tap takeover|trivia"),
    ("tp_event_checkin", "活动签到", "Event check-in", "loyalty", "store", "physical", "community",
     "签到|到场|参加活动|check-in|attended|showed up"),
    ("tp_club_join", "加入啤酒俱乐部", "Beer club joined", "loyalty", "app", "digital", "crm",
     "入会|加入俱乐部|啤酒俱乐部|订阅|beer club|join club|membership|subscribe"),
    ("tp_club_box", "俱乐部月度酒箱", "Club box shipped", "service", "other", "physical", "logistics",
     "月度酒箱|会员酒箱|酒箱|club box|monthly box|cans"),
    ("tp_club_cancel", "退出俱乐部", "Beer club cancelled", "loyalty", "app", "digital", "crm",
     "退会|取消订阅|退出俱乐部|cancel membership|churn|unsubscribe"),
    ("tp_refund_request", "售后申请", "Refund request", "service", "app", "digital", "customer_service",
     "售后|申请退款|投诉|refund request|complaint|after-sales"),
    ("tp_refund", "退款完成", "Refund resolved", "service", "app", "digital", "customer_service",
     "退款|退款结果|驳回|refund|refunded|resolved"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "marketing",
     "评价|打分|晒单|review|rating|stars"),
    ("tp_reorder", "再次下单", "Repeat order", "loyalty", "app", "digital", "crm",
     "复购|回购|再来|又来喝|repeat order|came back|reorder"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("first_order", "首单转化", "First order", ["tp_discover", "tp_menu", "tp_age_verify", "tp_pay"], 14),
    ("ordering", "点单下单", "Ordering", ["tp_menu", "tp_cart", "tp_pay"], 1),
    ("delivery", "外卖履约", "Delivery", ["tp_pay", "tp_dispatch", "tp_delivered"], 1),
    ("events", "活动到入会", "Event to club", ["tp_event_signup", "tp_event_checkin", "tp_club_join"], 45),
    ("aftersales", "售后退款", "After-sales refund", ["tp_refund_request", "tp_refund"], 7),
    ("repeat", "复购", "Repeat order", ["tp_pay", "tp_reorder"], 30),
]
STORES = [  # id, city, zh, en, opened, weight
    ("S01", "Shanghai", "上海安福路店", "Shanghai Anfu Rd", None, 1.8),
    ("S02", "Shanghai", "上海新天地店", "Shanghai Xintiandi", None, 1.2),
    ("S03", "Shanghai", "上海西岸店", "Shanghai West Bund", None, 0.8),
    ("S04", "Beijing", "北京五道营店", "Beijing Wudaoying", None, 1.0),
    ("S05", "Beijing", "北京三里屯店", "Beijing Sanlitun", None, 1.0),
    ("S06", "Chengdu", "成都玉林店", "Chengdu Yulin", None, 1.0),
    ("S07", "Chengdu", "成都太古里店", "Chengdu Taikoo Li", None, 1.0),
    ("S08", "Shenzhen", "深圳蛇口店", "Shenzhen Shekou", SHEKOU_OPEN, 1.0),
]
STORE = {s[0]: s for s in STORES}
CITIES = {"Shanghai": ("上海", 0.40), "Beijing": ("北京", 0.26), "Chengdu": ("成都", 0.21), "Shenzhen": ("深圳", 0.13)}
CHANNELS = {  # en: zh, weight, p(menu | discover), p(age verification | menu)
    "dianping": ("大众点评", 0.24, 0.88, 0.70), "xiaohongshu": ("小红书", 0.28, 0.72, 0.38),
    "douyin": ("抖音", 0.14, 0.76, 0.50), "friend": ("朋友推荐", 0.13, 0.95, 0.86),
    "walk_in": ("路过进店", 0.12, 0.97, 0.80), "beer_fest": ("啤酒节摊位", 0.09, 0.86, 0.62)}
DRINKERS = {  # en: zh, weight, style probs (lager, wheat, ipa, hazy_ipa, stout, sour), p(return), mean gap days,
    #          events per year
    "hop_head": ("酒花控", 0.30, (0.04, 0.04, 0.46, 0.38, 0.04, 0.04), 0.91, 11, 5.0),
    "sour_fan": ("酸啤控", 0.14, (0.02, 0.06, 0.10, 0.10, 0.04, 0.68), 0.91, 12, 6.0),
    "stout_fan": ("黑啤党", 0.16, (0.05, 0.05, 0.12, 0.08, 0.66, 0.04), 0.89, 14, 4.0),
    "casual": ("轻饮派", 0.40, (0.40, 0.32, 0.10, 0.10, 0.04, 0.04), 0.66, 24, 1.5),
}
STYLES = ["lager", "wheat", "ipa", "hazy_ipa", "stout", "sour"]
STYLE_ZH = {"lager": "拉格", "wheat": "小麦", "ipa": "IPA", "hazy_ipa": "浑浊IPA", "stout": "世涛", "sour": "酸啤"}
PINT = {"lager": 45, "wheat": 48, "ipa": 58, "hazy_ipa": 62, "stout": 58, "sour": 72}
OTYPE_ZH = {"dine_in": "堂食", "growler": "扎壶外带", "delivery": "外卖", "event_ticket": "活动门票",
            "club_fee": "俱乐部月费"}
PARTNERS = {"meituan": ("美团配送", 31), "eleme": ("饿了么蜂鸟", 35), "own_rider": ("自配送", 38)}
EVENTS = {  # en: zh, weekday (Mon=0), ticket price, p(check-in), p(join club within weeks), weight
    "tap_takeover": ("酒厂接管", 4, 128, 0.91, 0.24, 0.34), "trivia": ("问答之夜", 1, 0, 0.55, 0.06, 0.36),
    "live_music": ("现场音乐", 5, 40, 0.82, 0.04, 0.20), "pairing_dinner": ("餐酒晚宴", 3, 298, 0.95, 0.16, 0.10)}
BREWERIES = ["山海酿造 ShanHai Brewing", "北纬31 N31 Brewing", "野猴 Wild Monkey Ales", "青城山酿 Qingcheng Ales",
             "潮汐 Tide Brewing", "黑石 Black Rock Brewery", "雾岛 Mist Island Brewing", "老城墙 Old Wall Ales"]
PLANS = {"explorer": ("探索盒", 139), "cellar": ("窖藏盒", 259)}
TIERS = {"basic": "普通会员", "hop": "酒花会员", "malt": "麦芽会员", "barrel": "橡木桶会员"}
PAYM = {"wechat_pay": "微信支付", "alipay": "支付宝", "balance": "会员余额"}
REFUND_R = {"warm": "送到不冰", "flat": "扎壶没气", "wrong_item": "送错酒款"}
RESOL = {"refund": "已退款", "rejected": "驳回"}
FILL = {"counter_pressure": "反压灌装", "tap_fill": "龙头直灌"}
BOXC = {"ok": "完好", "leaking": "漏酒凹罐"}
CH_ZH = {"app_review": "应用内评价", "app_store": "应用商店", "dianping_review": "大众点评", "survey": "问卷",
         "ticket": "客服工单"}


def app_version(t: datetime) -> str:
    if t < datetime(2025, 6, 1):
        return "3.4.2"
    if t < datetime(2025, 11, 15):
        return "3.5.0"
    if t < ID_BUG[0]:
        return "3.5.3"
    if t < ID_BUG[1]:
        return "3.6.0"
    return "3.6.1"


# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "slow_pour": (["上酒太慢了，等了二十多分钟", "周末晚上上酒特别慢", "点完等了半小时才上酒"],
                  ["waited ages for our beers to be poured", "the pour wait on a Friday night was ridiculous",
                   "took 25 minutes to get a pint poured"]),
    "flat": (["扎壶打回家一开就没气了", "灌的扎啤没气，像糖水一样", "打回家的酒完全没气"],
             ["the growler was flat when I opened it at home", "growler fill went flat within an hour",
              "beer in the growler was totally flat"]),
    "warm": (["外卖送到啤酒都是温的", "送到的时候一点都不冰", "罐子拿到手是温的，没法喝"],
             ["the beer arrived warm", "cans were lukewarm on arrival", "delivery came warm, not cold at all"]),
    "late": (["外卖送了一个多小时", "骑手绕路，等了一个多小时才到"],
             ["delivery took over an hour", "the rider got lost and it took over an hour"]),
    "id_fail": (["实名认证一直失败，没法下单", "上传身份证认证不了，一直转圈", "年龄认证老是卡住，试了好几次"],
                ["ID verification keeps failing so I can't order", "the app couldn't verify my age, stuck on loading",
                 "age verification failed again and again"]),
    "leak": (["会员酒箱里的罐子漏了", "收到的酒箱好几罐凹了还漏酒", "罐子漏得箱子都湿了"],
             ["cans in my club box were leaking", "two dented cans and beer leaking everywhere in the box",
              "the club box arrived soaked, a can had leaked"]),
    "pricey": (["一品脱要七十太贵了", "价格偏贵", "酒是好酒就是贵"],
               ["pints are overpriced", "too pricey for a pint", "great beer but overpriced"]),
    "expert": (["酒保很懂酒，推荐的都很好喝", "酒保讲每款酒的风格讲得很专业", "酒保小哥超懂精酿"],
               ["the bartender really knows his beer", "bartender gave great recommendations",
                "our bartender walked us through every style"]),
    "selection": (["酒单很丰富，每次都有新酒", "酒单选择多，酸啤也有好几款"],
                  ["great tap list", "amazing tap list with lots of rotating beers"]),
    "event_fun": (["这次活动氛围太好了", "酒厂接管活动很值，喝到好多限定", "问答之夜活动超好玩"],
                  ["the trivia night was a blast", "great tap takeover event, loved the limited releases",
                   "fun event night, great crowd"]),
}
GEN = {
    "pos": (["整体满意", "下次还来", "推荐给朋友了", "环境不错"], ["overall happy", "will come back",
                                                      "recommended to friends", "nice vibe"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average experience", "nothing special"]),
    "neg": (["不会再来了", "体验很差", "太失望了"], ["won't come back", "really disappointed", "poor experience"]),
}
NEG_TOPICS = {"slow_pour", "flat", "warm", "late", "id_fail", "leak", "pricey"}
POS_TOPICS = {"expert", "selection", "event_fun"}
TOPIC_TP = [("id_fail", "tp_age_verify"), ("leak", "tp_club_box"), ("flat", "tp_growler_fill"),
            ("warm", "tp_delivered"), ("late", "tp_delivered"), ("slow_pour", "tp_pour"), ("pricey", "tp_menu"),
            ("event_fun", "tp_event_checkin"), ("expert", "tp_pour"), ("selection", "tp_menu")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if WORLD_CUP[0] <= d < WORLD_CUP[1]:
        return 1.6                                   # World Cup screenings
    if d.month in (7, 8):
        return 1.3                                   # summer
    if d.month == 10:
        return 1.2                                   # Oktoberfest
    if d.month in (1, 2):
        return 0.75                                  # winter, Spring Festival away
    return 1.0


def open_stores(city, t):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


def store_cols(st):
    return dict(store_id=st[0], store=st[2], store_en=st[3], store_city=st[1], 门店城市=CITIES[st[1]][0])


def evening(d: datetime) -> datetime:
    """an evening time on day d (taprooms are busiest 18-23h; a few daytime orders)."""
    h = float(rng.uniform(11, 17)) if rng.random() < 0.18 else float(min(25.5, rng.normal(20.5, 1.8)))
    h = max(11.0, h)
    return datetime(d.year, d.month, d.day) + D(hours=h)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_fb = self.n_ord = self.n_bk = self.n_club = 0

    def ev(self, c, t, tp, sid, action, common=None, digital=True, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if digital else None,
                   channel="app" if digital else ("store" if tp in ("tp_pour", "tp_growler_fill", "tp_event_checkin")
                                                   else "other"),
                   app_version=app_version(t) if digital else None)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, oid, t, amount, otype, common, status="paid", **kw):
        if t > END:
            return None
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="app", device=c["device"], order_type=otype, 订单类型=OTYPE_ZH[otype])
        for k in ("store_id", "store", "store_en", "store_city", "门店城市", "beer_style", "酒款风格", "pints",
                  "growler_size", "delivery_partner", "配送平台", "payment_method", "支付方式"):
            if k in common:
                row[k] = common[k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, sid=None, tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        tp = tp or next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   渠道=CH_ZH[channel], rating=rating, nps=nps, language=lang, order_id=sid,
                   app_version=app_version(t) if channel in ("app_store", "app_review") else None)
        if common:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 7, 25):
            days.append((d, (0.6 + 0.8 * (d - START).days / 570) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = evening(days[k][0])
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            if city == "Shenzhen" and t < SHEKOU_OPEN:
                city = pick(["Shanghai", "Beijing", "Chengdu"], [0.4, 0.3, 0.3])
            stores = open_stores(city, t)
            home = pick(stores, [s[5] for s in stores])
            drinker = pick(list(DRINKERS), [v[1] for v in DRINKERS.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            en_share = {"Shanghai": 0.28, "Beijing": 0.22, "Shenzhen": 0.15, "Chengdu": 0.05}[city]
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", discover=t, city=city, home=home[0], drinker=drinker,
                                  channel=ch, device=pick(["ios", "android"], [0.55, 0.45]), en_share=en_share,
                                  lang="en" if rng.random() < en_share else "zh",
                                  age=pick(["18-24", "25-29", "30-34", "35-44", "45+"], [0.18, 0.30, 0.25, 0.19, 0.08]),
                                  gender=pick(["male", "female"], [0.58, 0.42]),
                                  spend=0.0, n_orders=0, last=None, first_pay=None, club=None, club_status="never"))

    # ---------- age verification before the first order ----------
    def verify(self, c, t, sid):
        tries = 0
        while True:
            tries += 1
            bug = c["device"] == "android" and ID_BUG[0] <= t < ID_BUG[1]
            fail = rng.random() < (0.62 if bug else 0.06)
            self.ev(c, t, "tp_age_verify", sid, "fail" if fail else "pass",
                    error_code=("OCR_TIMEOUT" if bug else pick(["ID_BLURRY", "UNDER_18", "NAME_MISMATCH"],
                                                               [0.6, 0.15, 0.25])) if fail else None)
            if not fail:
                return t
            r = rng.random()
            if tries == 1 and r < (0.30 if bug else 0.12):
                self.fb(c, t + D(hours=float(rng.uniform(0.2, 20))), ["id_fail"], "app_store",
                        rating=float(pick([1, 2], [0.7, 0.3])), no_customer=rng.random() < 0.5, gen="neg")
            elif tries == 1 and r < (0.45 if bug else 0.20):
                self.fb(c, t + D(minutes=float(rng.uniform(3, 90))), ["id_fail"], "ticket", gen="neg", sid=sid)
            if tries >= 3 or rng.random() > 0.55:
                return None
            t += D(hours=float(rng.exponential(20) + 0.05))

    # ---------- one beer order ----------
    def beer_order(self, c, t0, first, sid=None):
        k = DRINKERS[c["drinker"]]
        city = c["city"]
        stores = open_stores(city, t0)
        store = STORE[c["home"]] if (rng.random() < 0.85 or len(stores) == 1) else stores[int(rng.integers(len(stores)))]
        if sid is None:
            self.n_bk += 1
            sid = f"BH{self.n_bk:07d}"
        p_grow = 0.34 if city == "Chengdu" else 0.13
        p_del = 0.30 if city != "Chengdu" else 0.22
        if WORLD_CUP[0] <= t0 < WORLD_CUP[1]:
            p_del *= 0.6
        if c["drinker"] == "casual":
            p_grow *= 0.6
        otype = pick(["dine_in", "growler", "delivery"], [1 - p_grow - p_del, p_grow, p_del])
        style = pick(STYLES, k[2])
        pay_m = pick(list(PAYM), [0.64, 0.24, 0.12])
        common = dict(store_cols(store), order_type=otype, 订单类型=OTYPE_ZH[otype], beer_style=style,
                      酒款风格=STYLE_ZH[style])
        if otype == "delivery":
            partner = pick(list(PARTNERS), [0.10, 0.20, 0.70] if store[0] == "S08" else [0.56, 0.30, 0.14])
            common.update(delivery_partner=partner, 配送平台=PARTNERS[partner][0])
        paid = rng.random() < (0.90 if first else 0.94)
        t = t0
        if not first and paid:
            self.ev(c, t, "tp_reorder", sid, "reorder", common)
            t += D(seconds=1)
        if not first:
            self.ev(c, t, "tp_menu", sid, "view", common)
        t += D(minutes=float(rng.uniform(0.5, 6)))
        self.ev(c, t, "tp_cart", sid, "add", common)
        t += D(minutes=float(rng.uniform(0.3, 4)))
        if first:
            t = self.verify(c, t, sid)
            if t is None:
                return None
            t += D(minutes=float(rng.uniform(0.2, 3)))
        if not paid:
            return None
        # price
        unit = PINT[style] + float(rng.normal(0, 4))
        if otype == "dine_in":
            pints = int(1 + rng.poisson(1.4 if not (WORLD_CUP[0] <= t < WORLD_CUP[1]) else 2.2))
            amount = pints * unit + (float(rng.integers(38, 99)) if rng.random() < 0.5 else 0)
            common.update(pints=pints)
        elif otype == "growler":
            size = pick(["1L", "2L"], [0.6, 0.4])
            amount = unit * (1.7 if size == "1L" else 3.1)
            common.update(growler_size=size)
        else:
            packs = int(pick([1, 2, 3], [0.6, 0.32, 0.08]))
            amount = packs * unit * 2.6 + 8
            common.update(pints=packs * 4)
        amount = round(amount, 0)
        common.update(payment_method=pay_m, 支付方式=PAYM[pay_m])
        if not self.ev(c, t, "tp_pay", sid, "success", common, amount=amount):
            return None
        if c["first_pay"] is None:
            c["first_pay"] = t
        o = self.order(c, sid, t, amount, otype, common,
                       delivery_fee=8 if otype == "delivery" else None)
        c["spend"] += amount
        bad, good = [], []
        refund_reason = None
        # ---- fulfilment
        if otype == "dine_in":
            weekend_night = t.weekday() in (4, 5) and t.hour >= 18
            med = 7.0
            if weekend_night:
                med = 24.0 if store[0] == "S02" else 10.0
            if WORLD_CUP[0] <= t < WORLD_CUP[1] and t.hour >= 21:
                med *= 1.3
            wait = float(rng.lognormal(np.log(med), 0.35))
            self.ev(c, t + D(minutes=wait), "tp_pour", sid, "served", common, digital=False,
                    wait_minutes=round(wait, 1))
            if wait > 20 and rng.random() < 0.55:
                bad.append("slow_pour")
            t_end = t + D(minutes=wait + float(rng.uniform(40, 150)))
        elif otype == "growler":
            broken = store[0] == "S06" and FLAT[0] <= t < FLAT[1]
            fm = "tap_fill" if broken else "counter_pressure"
            t_f = t + D(minutes=float(rng.lognormal(np.log(6), 0.4)))
            self.ev(c, t_f, "tp_growler_fill", sid, "filled", common, digital=False, fill_method=fm,
                    灌装方式=FILL[fm])
            if rng.random() < (0.36 if broken else 0.025):
                bad.append("flat")
                if rng.random() < 0.8:
                    refund_reason = "flat"
            t_end = t_f + D(hours=float(rng.uniform(2, 30)))
        else:
            t_d = t + D(minutes=float(rng.uniform(5, 18)))
            self.ev(c, t_d, "tp_dispatch", sid, "rider_picked_up", common, digital=False)
            partner = common["delivery_partner"]
            base = PARTNERS[partner][1]
            if store[0] == "S08" and partner == "own_rider":
                base = 66
            mins = float(rng.lognormal(np.log(base), 0.28))
            summer = t.month in (7, 8)
            temp = round(float(4.5 + 0.12 * mins + (1.5 if summer else 0) + rng.normal(0, 1.0)), 1)
            id_ok = rng.random() > 0.02
            t_a = t_d + D(minutes=mins)
            self.ev(c, t_a, "tp_delivered", sid, "delivered" if id_ok else "id_check_failed", common, digital=False,
                    delivery_minutes=round(mins, 1), beer_temp_c=temp, id_check="passed" if id_ok else "failed")
            if not id_ok:
                if o is not None and t_a <= END:
                    o["status"] = "cancelled"
                    o["cancelled_at"] = ts(t_a + D(minutes=2))
                    c["spend"] -= amount
                return dict(end=t_a, bad=False)
            if temp > 11 and rng.random() < 0.7:
                bad.append("warm")
                if rng.random() < 0.75:
                    refund_reason = "warm"
            if mins > 60 and rng.random() < 0.4:
                bad.append("late")
            if not bad and rng.random() < 0.012:
                refund_reason = "wrong_item"
            t_end = t_a + D(minutes=float(rng.uniform(20, 200)))
        # ---- after-sales
        if refund_reason:
            t_r = t_end - D(minutes=float(rng.uniform(0, 15))) if otype == "delivery" else t_end
            self.ev(c, t_r, "tp_refund_request", sid, "submit", common, refund_reason=refund_reason,
                    退款原因=REFUND_R[refund_reason])
            res = "refund" if rng.random() < 0.86 else "rejected"
            t_done = t_r + D(hours=float(rng.lognormal(np.log(5 if refund_reason != "flat" else 20), 0.6)))
            self.ev(c, t_done, "tp_refund", sid, res, common, refund_reason=refund_reason,
                    退款原因=REFUND_R[refund_reason], resolution=res, 处理结果=RESOL[res],
                    refund_amount=amount if res == "refund" else None)
            if res == "refund" and o is not None and t_done <= END:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_done)
                c["spend"] -= amount
            if rng.random() < 0.4:
                self.fb(c, t_r + D(minutes=float(rng.uniform(1, 60))), list(bad), "ticket", common=common, sid=sid,
                        gen="neg")
            t_end = max(t_end, t_done)
        # ---- experience
        if rng.random() < 0.035:
            bad.append("pricey")
        if otype == "dine_in" and not bad and rng.random() < (0.30 if store[0] == "S04" else 0.05):
            good.append("expert")
        if not bad and rng.random() < 0.06:
            good.append("selection")
        p_rate = 0.45 if bad else (0.32 if good else 0.16)
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.46, 0.36, 0.13, 0.05]))
            pen = {"slow_pour": 1.8, "flat": 2.5, "warm": 2.2, "late": 1.2, "pricey": 0.9}
            for x in bad:
                stars -= pen.get(x, 0)
            if good and not bad:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            if store[1] == "Chengdu" and not bad:
                stars = min(5.0, stars + 0.5)
            stars = float(min(5, max(1, round(stars))))
            t_rv = t_end + D(minutes=float(rng.uniform(5, 600)))
            if self.ev(c, t_rv, "tp_review", sid, "rate", common, stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_rv, bad + good, "app_review", rating=stars, common=common, gen=gen, sid=sid)
        if otype == "dine_in" and rng.random() < (0.16 if c["channel"] == "dianping" else 0.035):
            stars = float(pick([5, 4, 3, 2], [0.44, 0.36, 0.14, 0.06]))
            for x in bad:
                stars -= 2.0
            if good and not bad:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_end + D(hours=float(rng.uniform(2, 72))), bad + good, "dianping_review", rating=stars,
                    common=common, gen=gen, undated=rng.random() < 0.3, sid=sid)
        if rng.random() < 0.04:
            neg = bool(bad)
            nps = int(np.clip(round(rng.normal(8.3 - 3.0 * neg + 0.8 * bool(good), 1.6)), 0, 10))
            self.fb(c, t_end + D(days=1), bad + good if rng.random() < 0.6 else [], "survey", nps=nps, common=common,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), sid=sid)
        return dict(end=t_end, bad=bool(bad))

    # ---------- events ----------
    def event(self, c, t_sign):
        etype = pick(list(EVENTS), [v[5] for v in EVENTS.values()])
        if c["drinker"] == "casual" and etype == "tap_takeover" and rng.random() < 0.5:
            etype = "trivia"
        e = EVENTS[etype]
        stores = open_stores(c["city"], t_sign)
        store = STORE[c["home"]] if (rng.random() < 0.85 or len(stores) == 1) else stores[int(rng.integers(len(stores)))]
        day = t_sign + D(days=float(rng.uniform(2, 18)))
        day = datetime(day.year, day.month, day.day)
        day += D(days=(e[1] - day.weekday()) % 7)
        if day > END:
            return
        self.n_bk += 1
        bid = f"EV{self.n_bk:07d}"
        guest = BREWERIES[(int(store[0][1:]) * 3 + day.month + day.day // 7) % len(BREWERIES)] \
            if etype == "tap_takeover" else None
        common = dict(store_cols(store), event_type=etype, 活动类型=e[0], event_date=day.strftime("%Y-%m-%d"),
                      guest_brewery=guest)
        self.ev(c, t_sign, "tp_event_signup", bid, "submit", common, amount=e[2] or None)
        if e[2]:
            self.order(c, bid, t_sign, e[2], "event_ticket", common, event_type=etype, 活动类型=e[0],
                       event_date=common["event_date"])
            c["spend"] += e[2]
        if rng.random() > e[3]:
            return
        t_in = day + D(hours=float(rng.uniform(18.8, 20.2)))
        if not self.ev(c, t_in, "tp_event_checkin", bid, "checked_in", common, digital=False):
            return
        good = ["event_fun"] if rng.random() < 0.10 else []
        if rng.random() < 0.14:
            paper = rng.random() < 0.3
            nps = int(np.clip(round(rng.normal(8.6 + 0.6 * bool(good), 1.4)), 0, 10))
            self.fb(c, t_in + D(hours=float(rng.uniform(3, 30))), good, "survey", nps=nps, common=common,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), undated=paper,
                    no_customer=paper and rng.random() < 0.5, sid=bid, tp="tp_event_checkin")
        elif good and rng.random() < 0.5:
            self.fb(c, t_in + D(hours=float(rng.uniform(3, 48))), good, "dianping_review", rating=5.0,
                    common=common, gen="pos", undated=rng.random() < 0.3, sid=bid)
        if c["club"] is None and rng.random() < e[4] * (1.3 if c["drinker"] == "sour_fan" else 1.0):
            self.club(c, t_in + D(days=float(rng.exponential(6) + 0.1)), store)

    # ---------- beer club ----------
    def club(self, c, t_j, store):
        self.n_club += 1
        cid = f"CL{self.n_club:05d}"
        plan = "cellar" if rng.random() < (0.6 if c["drinker"] == "sour_fan" else 0.25) else "explorer"
        common = dict(store_cols(store), club_id=cid, club_plan=plan, 会员方案=PLANS[plan][0])
        if not self.ev(c, t_j, "tp_club_join", cid, "joined", common):
            return
        c["club"] = cid
        c["club_status"] = "active"
        t, k = t_j, 0
        while t <= END:
            k += 1
            self.order(c, f"{cid}-{k:02d}", t, PLANS[plan][1], "club_fee", common, club_id=cid, club_plan=plan,
                       会员方案=PLANS[plan][0])
            c["spend"] += PLANS[plan][1]
            t_box = t + D(days=float(rng.uniform(2, 5)))
            leaking = False
            if t_box <= END:
                leaking = rng.random() < (0.24 if CANS[0] <= t_box < CANS[1] else 0.02)
                self.ev(c, t_box, "tp_club_box", cid, "shipped", common, digital=False, courier="sf_express",
                        box_condition="leaking" if leaking else "ok", 酒箱状况=BOXC["leaking" if leaking else "ok"])
                if leaking and rng.random() < 0.55:
                    chan = pick(["ticket", "app_review"], [0.6, 0.4])
                    self.fb(c, t_box + D(days=float(rng.uniform(1, 3))), ["leak"], chan,
                            rating=float(pick([1, 2, 3], [0.3, 0.5, 0.2])) if chan == "app_review" else None,
                            common=common, sid=cid)
            t_next = t + D(days=30)
            p_cancel = 0.05 + (0.30 if leaking else 0.0)
            if rng.random() < p_cancel:
                t_c = t_next - D(days=float(rng.uniform(1, 6)))
                if self.ev(c, t_c, "tp_club_cancel", cid, "cancel", common,
                           cancel_reason="leaking_cans" if leaking and rng.random() < 0.7 else
                           pick(["too_expensive", "drinking_less", "moved_city", "other"], [0.35, 0.3, 0.1, 0.25])):
                    c["club"] = None
                    c["club_status"] = "cancelled"
                return
            t = t_next

    def run(self):
        self.customers()
        for c in self.cust:
            ch = CHANNELS[c["channel"]]
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"], device=None,
                    app_version=None)
            if rng.random() > ch[2]:
                continue
            t = c["discover"] + D(hours=float(rng.exponential(10) + 0.05))
            self.n_bk += 1
            first_sid = f"BH{self.n_bk:07d}"
            st = STORE[c["home"]]
            self.ev(c, t, "tp_menu", first_sid, "view", store_cols(st))
            if rng.random() > ch[3]:
                continue
            k = DRINKERS[c["drinker"]]
            first = True
            n_fail = 0
            active_from = None
            while t <= END:
                res = self.beer_order(c, t, first, sid=first_sid if first else None)
                if res is None:
                    if first:
                        break
                    n_fail += 1
                    if rng.random() < 0.5 and n_fail < 3:
                        t += D(hours=float(rng.uniform(1, 72)))
                        continue
                    break
                first = False
                c["n_orders"] += 1
                c["last"] = res["end"]
                active_from = active_from or res["end"]
                p_ret = k[3] * (0.65 if res["bad"] else 1.0)
                if c["club"] is not None:
                    p_ret = max(p_ret, 0.9)
                if rng.random() > p_ret:
                    break
                g = float(rng.exponential(k[4]) + 0.5) / season(res["end"])
                t = evening(res["end"] + D(days=g))
            if active_from is None:
                continue
            # event sign-ups while the customer is around
            span_end = min(END, (c["last"] or active_from) + D(days=60))
            months = max(0.5, (span_end - active_from).days / 30.4)
            n_ev = int(rng.poisson(k[5] * months / 12 * (1.6 if c["city"] == "Beijing" else 1.0)))
            for _ in range(n_ev):
                t_s = active_from + D(days=float(rng.uniform(0, max(1.0, (span_end - active_from).days))))
                t_s = evening(t_s) - D(hours=float(rng.uniform(0, 6)))
                self.event(c, t_s)
            if c["club"] is None and c["n_orders"] >= 4 and rng.random() < 0.10:
                self.club(c, c["last"] + D(days=float(rng.uniform(1, 20))), STORE[c["home"]])

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "barrel" if s >= 4000 else "malt" if s >= 1500 else "hop" if s >= 500 else "basic"
            if c["first_pay"] is None:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 6, 1):
                seg = "new"
            elif c["last"] is None or c["last"] < datetime(2026, 4, 1):
                seg = "at_risk"
            elif c["n_orders"] >= 10:
                seg = "loyal"
            elif c["n_orders"] >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             drinker_type=c["drinker"], 口味偏好=DRINKERS[c["drinker"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], home_store_id=c["home"],
                             club_status=c["club_status"],
                             俱乐部状态={"never": "未入会", "active": "在会", "cancelled": "已退会"}[c["club_status"]],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "store_id", "store", "store_en", "store_city", "门店城市", "order_type", "订单类型",
           "beer_style", "酒款风格", "pints", "growler_size", "payment_method", "支付方式", "amount", "error_code",
           "wait_minutes", "fill_method", "灌装方式", "delivery_partner", "配送平台", "delivery_minutes",
           "beer_temp_c", "id_check", "event_type", "活动类型", "event_date", "guest_brewery", "club_id", "club_plan",
           "会员方案", "courier", "box_condition", "酒箱状况", "cancel_reason", "refund_reason", "退款原因",
           "resolution", "处理结果", "refund_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "store_id", "store", "store_en", "store_city", "门店城市", "beer_style", "酒款风格", "pints",
            "growler_size", "delivery_partner", "配送平台", "delivery_fee", "event_type", "活动类型", "event_date",
            "club_id", "club_plan", "会员方案", "payment_method", "支付方式", "refunded_at", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "渠道", "rating", "nps",
           "language", "order_id", "app_version", "store_id", "store", "store_en", "store_city", "门店城市"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "drinker_type", "口味偏好", "age_band", "gender", "phone_os", "home_store_id", "club_status",
             "俱乐部状态", "preferred_language"]


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
    dup = rng.choice(len(ev), size=24, replace=False)             # the POS / app tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: (r["ts"], r["order_id"])), ORD_COLS)
    write(out / "feedback.csv", sorted(g.feedback, key=lambda r: r["feedback_id"]), FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, sessions {g.n_bk}, clubs {g.n_club}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
