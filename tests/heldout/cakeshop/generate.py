"""甜心 SweetMoment: custom-cake pre-orders (WeChat mini program, app and phone) from 8 bakeries in
Shanghai, Hangzhou and Suzhou, 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment; not a DATA.md table, used by
gold.py only). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260916
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 4000
D = timedelta
HOUR = timedelta(hours=1)
MIN = timedelta(minutes=1)

rng = np.random.default_rng(SEED)


def U(a, b):
    return a + (b - a) * rng.random()


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def lognorm(median, sigma):
    return median * math.exp(sigma * rng.standard_normal())


# ---------------------------------------------------------------- reference data
# store_id, 店名, store name, city
STORES = [("SH01", "静安嘉里店", "Jing'an Kerry Centre", "Shanghai"),
          ("SH02", "徐汇滨江店", "Xuhui Riverside", "Shanghai"),
          ("SH03", "陆家嘴店", "Lujiazui", "Shanghai"),
          ("SH04", "长宁来福士店", "Changning Raffles", "Shanghai"),
          ("HZ01", "湖滨银泰店", "Hubin Intime", "Hangzhou"),
          ("HZ02", "滨江星光店", "Binjiang Starlight", "Hangzhou"),
          ("SU01", "园区湖东店", "SIP Lakeside", "Suzhou"),
          ("SU02", "观前街店", "Guanqian Street", "Suzhou")]
STORE = {s[0]: s for s in STORES}
CITY_ZH = {"Shanghai": "上海", "Hangzhou": "杭州", "Suzhou": "苏州"}
CITY_W = {"Shanghai": 0.5, "Hangzhou": 0.28, "Suzhou": 0.22}
STORE_W = {"SH01": 0.36, "SH02": 0.22, "SH03": 0.26, "SH04": 0.16, "HZ01": 0.5, "HZ02": 0.5,
           "SU01": 0.6, "SU02": 0.4}

OCC_ZH = {"birthday": "生日", "anniversary": "纪念日", "wedding": "婚礼", "corporate": "企业活动",
          "baby_shower": "宝宝宴", "mothers_day": "母亲节", "christmas": "圣诞节"}
OCC_LIST = ["birthday", "anniversary", "wedding", "corporate", "baby_shower"]
OCC_W = [0.58, 0.12, 0.12, 0.11, 0.07]

TIERS = [("regular", "普通会员"), ("silver", "银卡会员"), ("gold", "金卡会员"), ("diamond", "钻石会员")]

ACQ = {"xiaohongshu": "小红书", "dianping": "大众点评", "wechat_ads": "朋友圈广告", "referral": "朋友推荐",
       "walk_in": "到店", "corporate_sales": "企业销售"}
ACQ_BY_OCC = {"corporate": (["corporate_sales", "referral", "dianping"], [0.7, 0.2, 0.1]),
              "wedding": (["xiaohongshu", "dianping", "referral", "wechat_ads"], [0.45, 0.2, 0.2, 0.15]),
              None: (["xiaohongshu", "dianping", "wechat_ads", "referral", "walk_in"], [0.3, 0.2, 0.2, 0.15, 0.15])}

ENTRY = {"direct": "直接打开", "reminder": "生日提醒", "xiaohongshu": "小红书", "dianping": "大众点评",
         "wechat_share": "微信分享", "search": "搜索"}

# size code, 尺寸, price
SIZES = {"6inch": ("6寸", 268), "8inch": ("8寸", 368), "10inch": ("10寸", 498), "2tier": ("双层", 888),
         "3tier": ("三层", 1688), "cupcake_box": ("纸杯蛋糕礼盒", 228)}
SIZE_BY_OCC = {"birthday": (["6inch", "8inch", "10inch", "2tier"], [0.35, 0.42, 0.15, 0.08]),
               "anniversary": (["6inch", "8inch", "10inch"], [0.6, 0.35, 0.05]),
               "wedding": (["10inch", "2tier", "3tier"], [0.15, 0.35, 0.5]),
               "corporate": (["cupcake_box", "10inch", "2tier"], [0.55, 0.3, 0.15]),
               "baby_shower": (["8inch", "10inch", "2tier"], [0.4, 0.3, 0.3]),
               "mothers_day": (["6inch", "8inch"], [0.6, 0.4]),
               "christmas": (["6inch", "8inch"], [0.5, 0.5])}
# flavour code, 口味, flavour (en), surcharge, base weight
FLAVORS = [("strawberry", "草莓奶油", "Strawberry Cream", 0, 0.24),
           ("chocolate", "比利时巧克力", "Belgian Chocolate", 0, 0.18),
           ("mango", "芒果椰椰", "Mango Coconut", 0, 0.16),
           ("matcha", "宇治抹茶", "Uji Matcha", 20, 0.10),
           ("red_velvet", "红丝绒", "Red Velvet", 20, 0.12),
           ("earl_grey", "伯爵红茶", "Earl Grey", 0, 0.10),
           ("sea_salt_cheese", "海盐芝士", "Sea Salt Cheese", 0, 0.10),
           ("chestnut", "栗子奶油", "Chestnut Cream", 30, 0.0)]
CHESTNUT = (datetime(2025, 10, 1), datetime(2026, 1, 1))   # seasonal flavour (Q4 2025 only)
STYLES = {"cartoon": "卡通", "floral": "裱花", "minimalist": "简约", "photo_print": "照片打印", "fondant": "翻糖",
          "number": "数字造型"}
STYLE_BY_OCC = {"birthday": (["cartoon", "floral", "minimalist", "photo_print", "number"], [0.3, 0.2, 0.2, 0.15, 0.15]),
                "wedding": (["floral", "fondant", "minimalist"], [0.45, 0.35, 0.2]),
                "corporate": (["minimalist", "photo_print"], [0.5, 0.5]),
                "baby_shower": (["cartoon", "fondant", "floral"], [0.4, 0.4, 0.2]),
                None: (["floral", "minimalist", "photo_print", "fondant"], [0.4, 0.35, 0.15, 0.1])}
ADDONS = [("candles", "蜡烛", 10), ("number_candles", "数字蜡烛", 15), ("greeting_card", "贺卡", 8),
          ("cake_topper", "插牌", 28), ("extra_tableware", "加购餐具", 12)]
COURIER_ZH = {"in_house": "自有配送", "shansong": "闪送", "sf_same_city": "顺丰同城"}
DAMAGE_P = {"in_house": 0.015, "sf_same_city": 0.025, "shansong": 0.11}
SHANSONG_FROM = datetime(2025, 9, 1)
FEE_RISE = datetime(2026, 3, 1)                   # delivery fee 25 -> 35 (wedding venues 60 -> 80)
DESIGN_RUSH = (datetime(2025, 12, 1), datetime(2026, 1, 1))   # baker backlog: slow design confirmation
WRONG_MSG = ("HZ02", datetime(2026, 1, 1), datetime(2026, 4, 1))  # new decorators at Binjiang: wrong messages
IOS_BUG = (datetime(2026, 5, 6, 9), datetime(2026, 5, 27, 9))     # iOS app 4.6.0 crashes on the customise page
MD_WEEK = {2025: (date(2025, 5, 5), date(2025, 5, 11), 1.3), 2026: (date(2026, 5, 4), date(2026, 5, 10), 2.2)}
REMINDER_LAUNCH = datetime(2025, 3, 1)
HOLIDAYS = [("mothers_day", date(2025, 5, 11), 0.05), ("mothers_day", date(2026, 5, 10), 0.085),
            ("christmas", date(2025, 12, 24), 0.035)]
CANCEL_ZH = {"design_delay": "设计确认太慢", "plans_changed": "计划有变"}
REFUND_ZH = {"damaged_in_delivery": "配送损坏", "wrong_message": "祝福语写错"}

TOUCHPOINTS = [
    # id, 名称, name, stage, channel, kind, owner, aliases
    ("tp_browse", "浏览蛋糕款式", "Browse cake designs", "consideration", "mini_program", "digital", "ecommerce",
     "浏览|看款式|逛|蛋糕图册|browse|designs|catalogue|gallery"),
    ("tp_customize", "定制蛋糕(尺寸/口味/祝福语)", "Customise cake (size, flavour, message)", "consideration",
     "mini_program", "digital", "ecommerce", "定制|选尺寸|选口味|写祝福语|customise|customize|personalise"),
    ("tp_phone_inquiry", "电话咨询预订", "Phone enquiry", "consideration", "phone", "digital", "customer_service",
     "电话咨询|打电话订|电话预订|phone call|phone enquiry|call in"),
    ("tp_deposit", "支付定金下单", "Pre-order with deposit", "purchase", "mini_program", "digital", "ecommerce",
     "下定金|付定金|预订|下单|deposit|pre-order|place order|booking"),
    ("tp_design_confirm", "裱花师确认设计", "Design confirmed by baker", "service", "store", "physical", "bakery",
     "确认设计|设计稿|出图|设计确认|design confirmation|design approved|confirm design"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "mini_program", "digital", "finance",
     "尾款|补尾款|付尾款|balance|final payment|pay the rest"),
    ("tp_baking", "烘焙制作", "Baking & decorating", "service", "store", "physical", "bakery",
     "烘焙|制作|做蛋糕|裱花|写字|baking|decorating|production"),
    ("tp_picked_up", "到店自提", "Picked up in store", "service", "store", "physical", "store_ops",
     "自提|到店取|取蛋糕|pickup|pick up|collected"),
    ("tp_dispatch", "配送出发", "Delivery dispatched", "service", "other", "physical", "logistics",
     "出发|发货|派送|骑手取货|dispatch|out for delivery|sent out"),
    ("tp_delivered", "送达签收", "Delivered", "service", "other", "physical", "logistics",
     "送达|签收|送到|配送|delivered|delivery|arrived"),
    ("tp_review", "评价晒单", "Review", "loyalty", "mini_program", "digital", "crm",
     "评价|晒单|打分|review|rating|stars"),
    ("tp_complaint", "客服投诉", "Customer-service complaint", "service", "phone", "digital", "customer_service",
     "投诉|售后|客诉|找客服|complaint|after-sales|support"),
    ("tp_refund", "退款", "Refund", "service", "mini_program", "digital", "finance",
     "退款|退钱|退定金|refund|money back"),
    ("tp_cancel", "取消订单", "Order cancelled", "service", "mini_program", "digital", "ecommerce",
     "取消|撤单|cancel|cancellation"),
    ("tp_reminder_sent", "生日/纪念日提醒推送", "Birthday reminder sent", "loyalty", "app", "digital", "crm",
     "生日提醒|纪念日提醒|提醒推送|reminder|birthday reminder|anniversary reminder"),
    ("tp_reminder_open", "打开提醒", "Reminder opened", "loyalty", "app", "digital", "crm",
     "打开提醒|点开提醒|reminder opened|opened reminder"),
]
JOURNEYS = [
    ("preorder", "线上预订转化", "Online pre-order", 3, ["tp_browse", "tp_customize", "tp_deposit"]),
    ("production", "订单制作履约", "Order production", 60,
     ["tp_deposit", "tp_design_confirm", "tp_balance", "tp_baking"]),
    ("delivery", "配送到家", "Home delivery", 2, ["tp_baking", "tp_dispatch", "tp_delivered"]),
    ("repeat", "生日提醒复购", "Birthday reminder repeat order", 14,
     ["tp_reminder_sent", "tp_reminder_open", "tp_deposit"]),
    ("aftersales", "投诉到退款", "Complaint to refund", 7, ["tp_complaint", "tp_refund"]),
]

# ---------------------------------------------------------------- comment templates (one topic each)
ZH = {
    "damaged": ["蛋糕送到的时候已经压坏了，奶油糊了一盒子", "打开盒子蛋糕塌了一半，生日会上很尴尬", "配送员把蛋糕压坏了，裱花全毁",
                "双层蛋糕送到时上层塌了", "盒子被压扁，蛋糕压坏变形", "闪送小哥送来的蛋糕侧面全塌了",
                "蛋糕侧翻压坏了，孩子哭了"],
    "late": ["说好下午两点送到，结果送晚了一个多小时", "配送迟到，派对都开始了才到", "母亲节的蛋糕送晚了两小时",
             "送晚了，蜡烛都没来得及点", "骑手迟到太久，电话也打不通"],
    "wrong_message": ["祝福语写错了，名字少了一个字", "蛋糕上的字写错了，生日快乐写成了生曰快乐", "祝福语被写错成别人的名字",
                      "英文祝福语拼写写错了", "备注写得清清楚楚还是写错字"],
    "design_slow": ["付了定金两天都没人确认设计稿，只好取消", "设计稿确认太慢了，催了好几次", "等设计稿等到心累，客服说裱花师忙不过来",
                    "设计稿一直不出，差点耽误派对"],
    "app_crash": ["iOS新版本在定制页面一输入祝福语就闪退", "App闪退，定制到一半全没了", "更新后一直闪退，没法下单",
                  "苹果手机定制蛋糕页面闪退三次"],
    "price": ["价格有点贵，6寸要两百多", "配送费涨价了，从25涨到35，有点离谱", "性价比一般，偏贵", "配送费涨价以后我都改成自己去取了",
              "同样大小比别家贵不少"],
    "praise_taste": ["蛋糕很好吃，奶油不腻", "草莓很新鲜，超级好吃", "巧克力味道浓郁，好吃", "家人都说好吃，下次还订",
                     "栗子奶油太好吃了"],
    "praise_look": ["蛋糕颜值很高，比图片还好看", "裱花好漂亮，朋友都问在哪订的", "翻糖做得很精致很好看", "拍照超级好看，仪式感满满"],
    "pickup_wait": ["到店取蛋糕等了半小时，店员说还在装饰", "自提等了很久，约好的时间没做好"],
    "neutral": ["还行，中规中矩", "和预期差不多", "一般般吧", "正常水平"],
    "app_praise": ["小程序下单挺方便的", "App定制功能很方便，能预览效果"],
}
EN = {
    "damaged": ["The cake arrived damaged, cream all over the box", "Top tier was crushed when it arrived",
                "Box was dented and the cake squashed on one side", "Cake was damaged in delivery, very disappointing"],
    "late": ["The cake arrived late, the party had already started", "Delivery was late by over an hour",
             "Mother's Day cake came late", "Courier was late and didn't answer the phone"],
    "wrong_message": ["The message on the cake was wrong, they misspelled my daughter's name",
                      "Wrong name written on the cake", "The piped message was wrong even though I typed it clearly"],
    "design_slow": ["Waited two days for them to confirm the design, so I cancelled",
                    "Nobody would confirm my design for ages", "Took forever to confirm the design sketch"],
    "app_crash": ["App crashes when I type the message on the customise page", "Keeps crashing after the update",
                  "The iPhone app crashed three times while I was customising"],
    "price": ["A bit expensive for a 6-inch cake", "Delivery fee went up to 35, too pricey",
              "Overpriced compared with other bakeries"],
    "praise_taste": ["Delicious cake, not too sweet", "So tasty, everyone asked for seconds",
                     "The chocolate one was delicious"],
    "praise_look": ["Beautiful cake, looked exactly like the picture", "Gorgeous piping, beautiful work",
                    "Such a beautiful fondant cake"],
    "pickup_wait": ["Had to wait 30 minutes at the store for my pickup"],
    "neutral": ["It was ok", "As expected, nothing special"],
    "app_praise": ["Easy to customise in the app"],
}
TAIL_ZH = {"neg": ["", "", "。", "！", "，希望改进", "，太失望了", "。下次不会再订了"], "pos": ["", "", "！", "，推荐", "，五星"],
           "neu": ["", "。"]}
TAIL_EN = {"neg": ["", ".", "!", ". Please fix this.", ". Very disappointed."], "pos": ["", "!", ". Recommended."],
           "neu": ["", "."]}
SENT = {"damaged": "neg", "late": "neg", "wrong_message": "neg", "design_slow": "neg", "app_crash": "neg",
        "price": "neg", "pickup_wait": "neg", "praise_taste": "pos", "praise_look": "pos", "app_praise": "pos",
        "neutral": "neu"}
TOPIC_TP = {"damaged": "tp_delivered", "late": "tp_delivered", "wrong_message": "tp_baking",
            "design_slow": "tp_design_confirm", "app_crash": "tp_customize", "price": "tp_customize",
            "praise_taste": "tp_baking", "praise_look": "tp_baking", "pickup_wait": "tp_picked_up",
            "app_praise": "tp_browse"}


def text_for(topic, lang):
    if lang == "en":
        return pick(EN[topic]) + pick(TAIL_EN[SENT[topic]])
    return pick(ZH[topic]) + pick(TAIL_ZH[SENT[topic]])


def rating_for(topic):
    table = {"damaged": [1, 1, 1, 2], "wrong_message": [1, 1, 2, 2], "late": [1, 2, 2, 3], "design_slow": [2, 2, 3],
             "app_crash": [1, 1, 2], "price": [2, 3, 3, 4, 4], "pickup_wait": [2, 3, 3], "neutral": [3, 3, 4],
             "praise_taste": [4, 5, 5, 5], "praise_look": [4, 5, 5, 5], "app_praise": [4, 5]}
    return pick(table[topic])


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


# ---------------------------------------------------------------- state
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[tuple] = []
ev_n = 0
sess_n = 0
fb_n = 0


def new_session():
    global sess_n
    sess_n += 1
    return f"S{sess_n:06d}"


def app_version(device, channel, t):
    if channel == "mini_program":
        return "mp-2.8" if t < datetime(2025, 9, 15) else "mp-3.1"
    if channel != "app":
        return ""
    if device == "ios":
        if t < datetime(2025, 8, 1):
            return "4.3.2"
        if t < IOS_BUG[0]:
            return "4.5.2"
        return "4.6.0" if t < IOS_BUG[1] else "4.6.1"
    if t < datetime(2025, 8, 5):
        return "4.3.1"
    return "4.5.1" if t < datetime(2026, 5, 10) else "4.6.0"


def ev(cust, t, tp, action, channel, device="", session="", **extra):
    global ev_n
    ev_n += 1
    row = dict(event_id=f"E{ev_n:07d}", customer_id=cust["customer_id"], ts=t, touchpoint_id=tp, session_id=session,
               action=action, device=device, channel=channel, app_version=app_version(device, channel, t),
               store_id=extra.pop("store_id", cust["store_id"]), city=cust["city"])
    row.update(extra)
    events.append(row)
    return row


def add_feedback(topic, lang, t, channel, cust=None, order=None, tp=None, rating=None, nps=None, store=None,
                 device=""):
    global fb_n
    fb_n += 1
    fid = f"FB{fb_n:05d}"
    st = store or (order["store_id"] if order else (cust["store_id"] if cust else ""))
    city = STORE[st][3] if st else ""
    feedback.append(dict(feedback_id=fid, text=text_for(topic, lang), ts=t,
                         customer_id=cust["customer_id"] if cust else "",
                         touchpoint_id=tp if tp is not None else TOPIC_TP.get(topic, ""), channel=channel,
                         rating=rating, nps=nps, order_id=order["order_id"] if order else "", store_id=st,
                         city=city, city_zh=CITY_ZH.get(city, ""), device=device, language=lang))
    truth.append((fid, topic, SENT[topic]))


# ---------------------------------------------------------------- customers
def make_customers():
    custs = []
    days = (END.date() - START.date()).days + 1
    growth = np.array([1 + 0.7 * d / days for d in range(days)])
    growth /= growth.sum()
    for i in range(N):
        city = pick(list(CITY_W), list(CITY_W.values()))
        stores = [s for s in STORES if s[3] == city]
        occ = pick(OCC_LIST, OCC_W)
        sw = dict(STORE_W)
        if occ == "corporate":   # office districts: Jing'an and Lujiazui, Hubin, SIP
            sw.update(SH01=0.6, SH03=0.3, SH02=0.05, SH04=0.05, HZ01=0.7, HZ02=0.3, SU01=0.8, SU02=0.2)
        store = pick([s[0] for s in stores], [sw[s[0]] for s in stores])
        pre = rng.random() < 0.24
        if pre:
            signup = datetime(2023, 6, 1) + D(days=int(rng.integers(0, 579))) + HOUR * U(8, 22)
        else:
            signup = START + D(days=int(rng.choice(days, p=growth))) + HOUR * U(8, 22.5)
        if occ == "corporate":
            pref = pick(["phone", "mini_program", "app"], [0.6, 0.3, 0.1])
        elif occ == "wedding":
            pref = pick(["phone", "mini_program", "app"], [0.25, 0.5, 0.25])
        else:
            pref = pick(["mini_program", "app", "phone"], [0.54, 0.36, 0.10])
        device = "ios" if rng.random() < (0.62 if city == "Shanghai" else 0.5) else "android"
        lang = "en" if rng.random() < (0.12 if city == "Shanghai" else 0.04) else "zh"
        acq_items, acq_w = ACQ_BY_OCC.get(occ, ACQ_BY_OCC[None])
        acq = pick(acq_items, acq_w)
        custs.append(dict(customer_id=f"C{i + 1:05d}", signup_at=signup, pre=pre, occasion=occ, city=city,
                          store_id=store, preferred_channel=pref, primary_device=device, language=lang,
                          acquisition_channel=acq, loyalty=float(rng.beta(2, 3)),
                          gender=pick(["female", "male"], [0.72, 0.28]) if occ != "corporate" else "",
                          age_band=pick(["18-24", "25-34", "35-44", "45+"], [0.15, 0.48, 0.27, 0.10]),
                          hist_orders=(int(rng.poisson(1.5)) + 1) if pre else 0, paid=0))
    return custs


# ---------------------------------------------------------------- one order and its lifecycle
def order_channel(cust, occ):
    if occ == "corporate" and rng.random() < 0.15:
        return "phone"
    if rng.random() < 0.88:
        return cust["preferred_channel"]
    return pick(["mini_program", "app", "phone"])


def browse_session(cust, t0, channel, entry, reach_customize, deposit_at=None, crash_ok=True):
    """A session of the online pre-order journey. Returns the time of the customise event (or None)."""
    s = new_session()
    dev = cust["primary_device"]
    t = t0
    style = pick(*STYLE_BY_OCC.get(cust["occasion"], STYLE_BY_OCC[None]))
    for _ in range(int(rng.integers(1, 5))):
        ev(cust, t, "tp_browse", "view", channel, dev, s, entry_source=entry, entry_source_zh=ENTRY[entry],
           design_style=style, design_style_zh=STYLES[style])
        t += MIN * U(0.3, 3)
    if not reach_customize:
        return None, s
    t += MIN * U(1, 6)
    crashed = (crash_ok and channel == "app" and dev == "ios" and IOS_BUG[0] <= t < IOS_BUG[1]
               and rng.random() < 0.75)
    ev(cust, t, "tp_customize", "fail" if crashed else "submit", channel, dev, s, entry_source=entry,
       entry_source_zh=ENTRY[entry], design_style=style, design_style_zh=STYLES[style],
       error_code="APP_CRASH" if crashed else "")
    if crashed:
        return "crash", s
    return t, s


def make_order(cust, deposit_t, sched_date, occ, entry="direct", channel=None):
    """Creates the order with its events from the deposit on. Returns the order (or None when lost to the crash)."""
    if deposit_t < START or deposit_t > END:
        return None
    channel = channel or order_channel(cust, occ)
    dev = cust["primary_device"] if channel != "phone" else ""
    # ---- pre-deposit part (session or phone call)
    if channel == "phone":
        s = ""
        ev(cust, deposit_t - MIN * U(4, 25), "tp_phone_inquiry", "call", "phone", "", "", entry_source="direct",
           entry_source_zh=ENTRY["direct"])
    else:
        if rng.random() < 0.3:   # an earlier look at the designs without ordering
            browse_session(cust, deposit_t - HOUR * U(2, 48), channel, entry, rng.random() < 0.4)
        t_c, s = browse_session(cust, deposit_t - MIN * U(8, 30), channel, entry, True)
        if t_c == "crash":
            if rng.random() < 0.35:   # retries later, in the mini program half the time
                ch2 = "mini_program" if rng.random() < 0.5 else "app"
                deposit_t = deposit_t + HOUR * U(2, 30)
                t_c, s = browse_session(cust, deposit_t - MIN * U(8, 30), ch2, entry, True, crash_ok=False)
                channel = ch2
            else:
                return None
        deposit_t = max(deposit_t, t_c + MIN * U(1, 5))
    if deposit_t > END:
        return None
    store = cust["store_id"] if rng.random() < 0.82 else pick([s_[0] for s_ in STORES if s_[3] == cust["city"]])
    city = STORE[store][3]
    size = pick(*SIZE_BY_OCC[occ])
    fw = [f[4] for f in FLAVORS]
    if CHESTNUT[0] <= deposit_t < CHESTNUT[1]:
        fw[-1] = 0.5
    if occ == "wedding":
        fw = [w * (2.0 if f[0] in ("strawberry", "earl_grey", "red_velvet") else 1) for w, f in zip(fw, FLAVORS)]
    fl = FLAVORS[int(rng.choice(len(FLAVORS), p=np.array(fw) / sum(fw)))]
    style = pick(*STYLE_BY_OCC.get(occ, STYLE_BY_OCC[None]))
    qty = int(rng.integers(2, 13)) if size == "cupcake_box" else 1
    cake_price = SIZES[size][1] * qty + fl[3] * (1 if size != "cupcake_box" else 0)
    addons = []
    if occ in ("birthday", "baby_shower") and rng.random() < 0.7:
        addons.append(ADDONS[0] if rng.random() < 0.6 else ADDONS[1])
    if rng.random() < 0.3:
        addons.append(ADDONS[2])
    if occ != "corporate" and rng.random() < 0.15:
        addons.append(ADDONS[3])
    if rng.random() < 0.12:
        addons.append(ADDONS[4])
    addon_amount = sum(a[2] for a in addons)
    # fulfilment
    p_del = {"wedding": 0.95, "corporate": 0.9, "baby_shower": 0.7, "birthday": 0.5, "anniversary": 0.42,
             "mothers_day": 0.72, "christmas": 0.45}[occ]
    if deposit_t >= FEE_RISE and occ not in ("wedding", "corporate"):
        p_del *= 0.68
    delivery = rng.random() < p_del
    courier = ""
    fee = 0
    if delivery:
        if occ == "wedding":
            courier = "in_house"
        elif city == "Shanghai" and deposit_t >= SHANSONG_FROM:
            courier = "shansong" if rng.random() < 0.45 else "in_house"
        elif city != "Shanghai":
            courier = "sf_same_city" if rng.random() < 0.25 else "in_house"
        else:
            courier = "in_house"
        if occ == "corporate":
            fee = 0
        elif occ == "wedding":
            fee = 80 if deposit_t >= FEE_RISE else 60
        else:
            fee = 35 if deposit_t >= FEE_RISE else 25
    first = cust["paid"] == 0 and not cust["pre"]
    discount = 30 if (first and rng.random() < 0.5 and occ != "corporate") else 0
    amount = cake_price + addon_amount + fee - discount
    dep_rate = 0.3 if occ == "wedding" else (1.0 if occ == "corporate" and channel == "phone" else 0.5)
    deposit = round((cake_price + addon_amount) * dep_rate)
    # schedule
    slot_h = int(pick([10, 12, 14, 16, 18]))
    sched = datetime.combine(sched_date, datetime.min.time()) + HOUR * slot_h
    if sched < deposit_t + HOUR * 30:
        sched = datetime.combine((deposit_t + HOUR * 30).date() + D(days=1), datetime.min.time()) + HOUR * slot_h
    oid = f"O{len(orders) + 1:06d}"
    has_msg = rng.random() < {"birthday": 0.92, "anniversary": 0.85, "wedding": 0.6, "corporate": 0.7,
                              "baby_shower": 0.85, "mothers_day": 0.9, "christmas": 0.6}[occ]
    pay = ("corporate_transfer" if occ == "corporate" and channel == "phone" else
           "wechat_pay" if channel == "mini_program" else
           pick(["alipay", "wechat_pay", "apple_pay"], [0.45, 0.35, 0.2]) if channel == "app" and dev == "ios" else
           pick(["alipay", "wechat_pay"]) if channel == "app" else pick(["wechat_pay", "bank_card"], [0.6, 0.4]))
    o = dict(order_id=oid, customer_id=cust["customer_id"], ts=deposit_t, amount=float(amount), status="paid",
             channel=channel, device=dev, store_id=store, store_name=STORE[store][1], store_name_en=STORE[store][2],
             city=city, city_zh=CITY_ZH[city], occasion=occ, occasion_zh=OCC_ZH[occ], size=size,
             size_zh=SIZES[size][0], quantity=qty, flavor=fl[1], flavor_en=fl[2], design_style=style,
             design_style_zh=STYLES[style], has_message=has_msg, addons="|".join(a[0] for a in addons),
             addons_zh="|".join(a[1] for a in addons), addon_amount=float(addon_amount), cake_price=float(cake_price),
             deposit=float(deposit), balance=float(amount - deposit), delivery_fee=float(fee), discount=float(discount),
             coupon_used=discount > 0, fulfilment="delivery" if delivery else "pickup",
             fulfilment_zh="配送到家" if delivery else "到店自提", courier=courier, courier_zh=COURIER_ZH.get(courier, ""),
             scheduled_at=sched, delivery_slot=f"{slot_h:02d}:00-{slot_h + 2:02d}:00", payment_method=pay,
             entry_source=entry, cancel_reason="", cancel_reason_zh="", refund_reason="", refund_reason_zh="",
             refund_amount=0.0, _ev={})
    orders.append(o)
    common = dict(order_id=oid, store_id=store)
    ev(cust, deposit_t, "tp_deposit", "success", channel, dev, s, entry_source=entry, entry_source_zh=ENTRY[entry],
       size=size, flavor=fl[1], design_style=style, design_style_zh=STYLES[style], **common)
    # ---- design confirmation
    rush = DESIGN_RUSH[0] <= deposit_t < DESIGN_RUSH[1]
    gap_h = lognorm(26, 0.55) if rush else lognorm(3.5, 0.75)
    gap_h = max(0.2, min(gap_h, (sched - deposit_t).total_seconds() / 3600 - 14))
    if rng.random() < 0.012:   # cancelled before the design is confirmed
        t_x = deposit_t + HOUR * U(0.5, min(gap_h, 20))
        cancel(cust, o, t_x, "plans_changed", channel, dev, common)
        return o
    t_conf = deposit_t + HOUR * gap_h
    ev(cust, t_conf, "tp_design_confirm", "confirm", "store", "", "", **common)
    o["_ev"]["confirm"] = t_conf
    p_cancel = 0.34 if gap_h > 24 else 0.03
    if rng.random() < p_cancel:
        cancel(cust, o, t_conf + HOUR * U(0.5, 10), "design_delay" if gap_h > 24 else "plans_changed", channel, dev,
               common)
        return o
    # ---- balance, baking, hand-over
    if delivery:
        t_disp = sched + MIN * U(-30, 30)
        md = MD_WEEK.get(sched.year)
        factor = md[2] if md and md[0] <= sched.date() <= md[1] else 1.0
        if factor > 1.5:
            t_disp += MIN * U(0, 60)
        t_del = t_disp + MIN * lognorm(42 * factor, 0.35)
        t_bake = t_disp - HOUR * U(3, 5)
    else:
        t_bake = sched - HOUR * U(3, 6)
    t_bal = max(t_conf + HOUR * U(0.3, 8), sched - HOUR * U(30, 60))
    if t_bal > t_bake - HOUR:
        t_bal = t_conf + (t_bake - t_conf) * U(0.2, 0.6)
    ev(cust, t_bal, "tp_balance", "success", channel if channel != "phone" else "phone", dev, "", **common)
    ev(cust, t_bake, "tp_baking", "start", "store", "", "", size=size, flavor=fl[1], **common)
    wrong = False
    if has_msg:
        p_wrong = 0.25 if (store == WRONG_MSG[0] and WRONG_MSG[1] <= t_bake < WRONG_MSG[2]) else 0.008
        wrong = rng.random() < p_wrong
    damaged = late = False
    if delivery:
        o["_ev"]["disp"] = t_disp
        ev(cust, t_disp, "tp_dispatch", "dispatch", "other", "", "", courier=courier, fulfilment="delivery", **common)
        ev(cust, t_del, "tp_delivered", "delivered", "other", "", "", courier=courier, fulfilment="delivery", **common)
        t_done = t_del
        damaged = rng.random() < DAMAGE_P[courier] * (1.6 if size in ("2tier", "3tier") else 1)
        late = t_del > sched + HOUR * 2
    else:
        t_done = sched + MIN * max(-20.0, lognorm(25, 0.8) - 10)
        ev(cust, t_done, "tp_picked_up", "pickup", "store", "", "", fulfilment="pickup", **common)
    o["_ev"].update(done=t_done, damaged=damaged, late=late, wrong=wrong, gap_h=gap_h)
    cust["paid"] += 1
    # ---- after-sales
    lang = cust["language"]
    if damaged:
        t_cp = t_done + MIN * U(10, 120)
        ev(cust, t_cp, "tp_complaint", "open", "phone", "", "", reason="damaged_in_delivery", **common)
        t_rf = t_cp + HOUR * U(2, 40)
        ev(cust, t_rf, "tp_refund", "success", channel if channel != "phone" else "phone", dev, "", **common)
        o.update(status="refunded", refund_reason="damaged_in_delivery",
                 refund_reason_zh=REFUND_ZH["damaged_in_delivery"], refund_amount=o["amount"])
        cust["paid"] -= 1
        if rng.random() < 0.8:
            add_feedback("damaged", lang, t_cp + MIN * U(1, 20), "call_note", cust, o)
        if rng.random() < 0.6:
            add_feedback("damaged", lang, t_done + HOUR * U(1, 30), "order_review", cust, o,
                         rating=rating_for("damaged"))
            ev(cust, t_done + HOUR * U(1, 30), "tp_review", "submit", channel if channel != "phone" else "mini_program",
               dev, "", **common)
        return o
    if wrong:
        t_cp = t_done + MIN * U(5, 90)
        if rng.random() < 0.7:
            ev(cust, t_cp, "tp_complaint", "open", "phone", "", "", reason="wrong_message", **common)
            if rng.random() < 0.65:
                add_feedback("wrong_message", lang, t_cp + MIN * U(1, 20), "call_note", cust, o)
            if rng.random() < 0.45:
                t_rf = t_cp + HOUR * U(2, 40)
                ev(cust, t_rf, "tp_refund", "success", channel if channel != "phone" else "phone", dev, "", **common)
                o.update(status="refunded", refund_reason="wrong_message", refund_reason_zh=REFUND_ZH["wrong_message"],
                         refund_amount=o["amount"])
                cust["paid"] -= 1
        if rng.random() < 0.55:
            t_r = t_done + HOUR * U(1, 30)
            add_feedback("wrong_message", lang, t_r, "order_review", cust, o, rating=rating_for("wrong_message"))
            ev(cust, t_r, "tp_review", "submit", channel if channel != "phone" else "mini_program", dev, "", **common)
        return o
    if late:
        if rng.random() < 0.25:
            t_cp = t_done + MIN * U(5, 60)
            ev(cust, t_cp, "tp_complaint", "open", "phone", "", "", reason="late_delivery", **common)
            add_feedback("late", lang, t_cp + MIN * U(1, 20), "call_note", cust, o)
        if rng.random() < 0.45:
            t_r = t_done + HOUR * U(1, 30)
            add_feedback("late", lang, t_r, "order_review", cust, o, rating=rating_for("late"))
            ev(cust, t_r, "tp_review", "submit", channel if channel != "phone" else "mini_program", dev, "", **common)
        return o
    if gap_h > 24 and rng.random() < 0.2:
        t_r = t_done + HOUR * U(1, 30)
        add_feedback("design_slow", lang, t_r, "order_review", cust, o, rating=rating_for("design_slow"))
        ev(cust, t_r, "tp_review", "submit", channel if channel != "phone" else "mini_program", dev, "", **common)
        return o
    if rng.random() < 0.2:
        price_p = 0.2 if (delivery and deposit_t >= FEE_RISE) else 0.06
        topic = pick(["praise_taste", "praise_look", "price", "neutral"],
                     [0.4 * (1 - price_p), 0.35 * (1 - price_p), price_p, 0.25 * (1 - price_p)])
        tp = TOPIC_TP.get(topic) or ("tp_delivered" if delivery else "tp_picked_up")
        t_r = t_done + HOUR * U(1, 48)
        add_feedback(topic, lang, t_r, "order_review", cust, o, tp=tp, rating=rating_for(topic))
        ev(cust, t_r, "tp_review", "submit", channel if channel != "phone" else "mini_program", dev, "", **common)
    return o


def cancel(cust, o, t, reason, channel, dev, common):
    ev(cust, t, "tp_cancel", "submit", channel if channel != "phone" else "phone", dev, "", **common)
    o.update(status="cancelled", cancel_reason=reason, cancel_reason_zh=CANCEL_ZH[reason])
    if (o["scheduled_at"] - t) > HOUR * 48:
        ev(cust, t + HOUR * U(1, 24), "tp_refund", "success", channel if channel != "phone" else "phone", dev, "",
           **common)
        o.update(refund_amount=o["deposit"])
    if reason == "design_delay" and rng.random() < 0.4:
        add_feedback("design_slow", cust["language"], t + MIN * U(2, 60), "call_note", cust, o)


# ---------------------------------------------------------------- customer timelines
def lead_days(occ):
    return {"birthday": U(2, 10), "anniversary": U(2, 8), "wedding": U(20, 55), "corporate": U(2, 6),
            "baby_shower": U(5, 18), "mothers_day": U(2, 10), "christmas": U(3, 12)}[occ]


def at_hour(d, lo=8.5, hi=22.5):
    return datetime.combine(d, datetime.min.time()) + HOUR * U(lo, hi)


def simulate(cust):
    occ = cust["occasion"]
    signup = cust["signup_at"]
    prospect = (not cust["pre"]) and rng.random() < 0.2
    active_from = max(signup, START)
    online = cust["preferred_channel"] != "phone"
    # first order right after sign-up (new customers)
    celebrations = []
    if not cust["pre"] and not prospect:
        if occ == "corporate":
            dep = signup + HOUR * U(0.1, 20)
        else:
            dep = signup + (MIN * U(10, 40) if rng.random() < 0.55 else HOUR * U(4, 72))
        sched = (dep + D(days=lead_days(occ))).date()
        o = make_order(cust, dep, sched, occ)
        if occ in ("birthday", "anniversary"):
            celebrations.append((sched.month, min(sched.day, 28), True if o else False))
    elif not cust["pre"]:
        # prospects browse a few times around sign-up and leave
        for k in range(1 + int(rng.poisson(0.8))):
            t0 = signup + D(days=U(0, 20)) * (k > 0)
            if t0 <= END:
                if online or rng.random() < 0.5:
                    browse_session(cust, t0, cust["preferred_channel"] if online else "mini_program",
                                   pick(["xiaohongshu", "dianping", "search", "wechat_share", "direct"]),
                                   rng.random() < 0.45)
                else:
                    ev(cust, t0, "tp_phone_inquiry", "call", "phone", "", "", entry_source="direct",
                       entry_source_zh=ENTRY["direct"])
    # celebration dates (birthday / anniversary customers)
    if occ in ("birthday", "anniversary") and not prospect:
        extra = int(rng.poisson(0.6 if occ == "birthday" else 0.0)) + (1 if cust["pre"] else 0)
        for _ in range(extra):
            celebrations.append((int(rng.integers(1, 13)), int(rng.integers(1, 29)), cust["pre"]))
        for (m, d_, known) in celebrations:
            ordered_last = known
            for y in (2025, 2026):
                day = date(y, m, d_)
                if datetime.combine(day, datetime.min.time()) < active_from + D(days=20):
                    continue
                if day > END.date() + D(days=10):
                    break
                opened = False
                sent_t = datetime.combine(day - D(days=14), datetime.min.time()) + HOUR * 10 + MIN * U(0, 30)
                if (sent_t >= REMINDER_LAUNCH and sent_t <= END and ordered_last and
                        cust["preferred_channel"] != "phone"):
                    ch = cust["preferred_channel"]
                    ev(cust, sent_t, "tp_reminder_sent", "sent", ch, cust["primary_device"], "",
                       reminder_campaign=f"celebration_{day.isoformat()}")
                    if rng.random() < 0.18 + 0.45 * cust["loyalty"]:
                        opened = True
                        t_open = sent_t + HOUR * lognorm(3, 1.0)
                        ev(cust, t_open, "tp_reminder_open", "open", ch, cust["primary_device"], "",
                           reminder_campaign=f"celebration_{day.isoformat()}")
                if opened:
                    p = 0.5 * (0.7 + 0.6 * cust["loyalty"])
                else:
                    p = 0.2 * (0.6 + 0.8 * cust["loyalty"])
                if rng.random() < p:
                    if opened:
                        dep = min(t_open + HOUR * U(0.2, 120), datetime.combine(day, datetime.min.time()) - D(days=2))
                        dep = max(dep, t_open + MIN * 40)
                        if dep.hour < 8:
                            dep = dep.replace(hour=int(rng.integers(8, 12)))
                        o = make_order(cust, dep, day, occ, entry="reminder")
                    else:
                        dep = at_hour(day - D(days=int(lead_days(occ))))
                        o = make_order(cust, dep, day, occ,
                                       entry=pick(["direct", "search", "wechat_share"], [0.7, 0.15, 0.15]))
                    ordered_last = o is not None
                else:
                    ordered_last = False
    if occ == "corporate" and not prospect:
        rate = rng.gamma(2.0, 0.14)   # orders a month
        t = active_from + D(days=U(5, 60))
        while rate > 0:
            t += D(days=float(rng.exponential(30.0 / rate)))
            if t > END:
                break
            make_order(cust, at_hour(t.date(), 9, 18), (t + D(days=lead_days("corporate"))).date(), "corporate")
        if signup < datetime(2025, 11, 15) and rng.random() < 0.65:   # year-end parties
            day = date(2025, 12, int(rng.integers(12, 31)))
            make_order(cust, at_hour(day - D(days=int(U(3, 12))), 9, 18), day, "corporate")
    # holiday orders (existing customers, not corporate)
    if occ != "corporate":
        for hol, day, p in HOLIDAYS:
            if signup < datetime.combine(day, datetime.min.time()) - D(days=20) and \
                    rng.random() < p * (0.5 + cust["loyalty"]):
                dep = at_hour(day - D(days=int(lead_days(hol))))
                make_order(cust, dep, day, hol, entry=pick(["direct", "wechat_share", "xiaohongshu"], [0.6, 0.2, 0.2]))
    # sessions without an order
    if online:
        span = (END - active_from).days
        if span > 0:
            for _ in range(int(rng.poisson(1.5 + span / 365 * 2.2))):
                t0 = active_from + D(days=U(0, span)) + HOUR * U(0, 1)
                t0 = datetime.combine(t0.date(), datetime.min.time()) + HOUR * U(8, 23)
                if t0 <= END:
                    browse_session(cust, t0, cust["preferred_channel"],
                                   pick(["direct", "xiaohongshu", "dianping", "search", "wechat_share"],
                                        [0.5, 0.15, 0.1, 0.1, 0.15]), rng.random() < 0.32)


# ---------------------------------------------------------------- other feedback
def extra_feedback(custs):
    store_ids = [s[0] for s in STORES]
    # quarterly NPS survey
    by_q = {}
    for o in orders:
        if o["status"] == "paid":
            qk = (o["ts"].year, (o["ts"].month - 1) // 3)
            by_q.setdefault(qk, []).append(o)
    cust_by = {c["customer_id"]: c for c in custs}
    for (y, qi), os_ in sorted(by_q.items()):
        t_send = datetime(y + (qi == 3), 1 if qi == 3 else 3 * qi + 4, 3)
        if t_send > END:
            continue
        for idx in rng.choice(len(os_), size=min(70, len(os_)), replace=False):
            o = os_[int(idx)]
            c = cust_by[o["customer_id"]]
            r = rng.random()
            if r < 0.52:
                nps, topic = int(pick([9, 10])), pick(["praise_taste", "praise_look"])
            elif r < 0.82:
                nps, topic = int(pick([7, 8])), "neutral"
            else:
                nps, topic = int(rng.integers(2, 7)), pick(["price", "late", "design_slow"], [0.6, 0.2, 0.2])
            add_feedback(topic, c["language"], t_send + HOUR * U(2, 200), "survey", c, None, tp="", nps=nps)
    # Dianping store reviews (no customer id, some without date)
    for _ in range(190):
        st = pick(store_ids, [0.17, 0.15, 0.16, 0.1, 0.13, 0.1, 0.11, 0.08])
        topic = pick(["praise_taste", "praise_look", "price", "pickup_wait", "neutral"], [0.34, 0.26, 0.16, 0.1, 0.14])
        t = START + D(days=U(0, 545))
        add_feedback(topic, "zh", None if rng.random() < 0.1 else t, "dianping", None, None,
                     tp="tp_picked_up" if topic in ("neutral", "pickup_wait") else None, rating=rating_for(topic),
                     store=st)
    # Xiaohongshu notes (no rating, no customer, about half undated)
    for _ in range(130):
        topic = pick(["praise_look", "praise_taste", "damaged", "price", "neutral"], [0.5, 0.2, 0.1, 0.1, 0.1])
        st = pick(store_ids)
        if topic == "damaged":
            st = pick(["SH01", "SH02", "SH03", "SH04"])
            t = SHANSONG_FROM + D(days=U(0, 300))
        else:
            t = START + D(days=U(0, 545))
        add_feedback(topic, "zh", None if rng.random() < 0.5 else t, "xiaohongshu", None, None,
                     tp=None if topic != "neutral" else "", store=st)
    # app-store reviews: baseline + the iOS crash in May 2026
    for _ in range(70):
        topic = pick(["app_praise", "neutral", "app_crash"], [0.6, 0.3, 0.1])
        t = START + D(days=U(0, 545))
        dev = pick(["ios", "android"])
        lang = "en" if rng.random() < 0.1 else "zh"
        add_feedback(topic, lang, t, "app_store", None, None, tp="tp_browse" if topic == "neutral" else None,
                     rating=rating_for(topic), store="", device=dev)
    for _ in range(42):
        t = IOS_BUG[0] + (IOS_BUG[1] - IOS_BUG[0]) * rng.random() + HOUR * U(0, 30)
        lang = "en" if rng.random() < 0.12 else "zh"
        add_feedback("app_crash", lang, t, "app_store", None, None, rating=rating_for("app_crash"), store="",
                     device="ios")


# ---------------------------------------------------------------- write
def write_all(out: Path, custs):
    out.mkdir(parents=True, exist_ok=True)

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(c)) if isinstance(r.get(c), datetime) else
                            ("" if r.get(c) is None else (str(r.get(c)).lower() if isinstance(r.get(c), bool)
                                                         else r.get(c))) for c in cols])

    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", custs,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "tier_zh", "city", "city_zh",
           "home_store_id", "occasion", "occasion_zh", "acquisition_channel_zh", "preferred_channel", "primary_device",
           "language", "gender", "age_band", "is_corporate", "lifetime_orders"])
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "store_id", "city", "order_id", "entry_source", "entry_source_zh", "design_style",
           "design_style_zh", "size", "flavor", "error_code", "courier", "fulfilment", "reason", "reminder_campaign"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "store_id", "store_name",
           "store_name_en", "city", "city_zh", "occasion", "occasion_zh", "size", "size_zh", "quantity", "flavor",
           "flavor_en", "design_style", "design_style_zh", "has_message", "addons", "addons_zh", "addon_amount",
           "cake_price", "deposit", "balance", "delivery_fee", "discount", "coupon_used", "fulfilment",
           "fulfilment_zh", "courier", "courier_zh", "scheduled_at", "delivery_slot", "payment_method",
           "entry_source", "cancel_reason", "cancel_reason_zh", "refund_reason", "refund_reason_zh", "refund_amount"])
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "order_id",
           "store_id", "city", "city_zh", "device", "language"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv",
          [dict(feedback_id=a, topic=b, sentiment=c) for a, b, c in truth], ["feedback_id", "topic", "sentiment"])


def main() -> int:
    out = Path(sys.argv[1])
    custs = make_customers()
    for c in custs:
        simulate(c)
    # drop everything after the extract date; orders not yet handed over are pending
    global events, feedback, truth
    events = [e for e in events if e["ts"] <= END]
    keep = {f["feedback_id"] for f in feedback if f["ts"] is None or f["ts"] <= END}
    feedback = [f for f in feedback if f["feedback_id"] in keep]
    truth = [t for t in truth if t[0] in keep]
    for o in orders:
        done = o["_ev"].get("done")
        if o["status"] == "paid" and done is not None and done > END:
            o["status"] = "pending"
        elif o["status"] == "refunded" and o["_ev"].get("done", END) > END:
            o.update(status="pending", refund_reason="", refund_reason_zh="", refund_amount=0.0)
    for o in orders:   # the courier is only known once the cake is dispatched
        if o["_ev"].get("disp") is None or o["_ev"]["disp"] > END:
            o.update(courier="", courier_zh="")
    extra_feedback(custs)
    keep_ev_orders = {o["order_id"] for o in orders}
    assert all((not e.get("order_id")) or e["order_id"] in keep_ev_orders for e in events)
    # customers: tier by lifetime completed orders, segment
    n_paid = {}
    for o in orders:
        if o["status"] == "paid":
            n_paid[o["customer_id"]] = n_paid.get(o["customer_id"], 0) + 1
    first_ev = {}
    for e in events:
        if e["customer_id"] not in first_ev or e["ts"] < first_ev[e["customer_id"]]:
            first_ev[e["customer_id"]] = e["ts"]
    for c in custs:   # the account exists from the first tracked event on
        if not c["pre"] and c["customer_id"] in first_ev and first_ev[c["customer_id"]] < c["signup_at"]:
            c["signup_at"] = first_ev[c["customer_id"]] - MIN * U(0.5, 5)
    for c in custs:
        life = c["hist_orders"] + n_paid.get(c["customer_id"], 0)
        c["lifetime_orders"] = life
        tier = 0 if life <= 1 else 1 if life <= 3 else 2 if life <= 6 else 3
        c["tier"], c["tier_zh"] = TIERS[tier]
        n = n_paid.get(c["customer_id"], 0)
        c["segment"] = ("new" if c["signup_at"] >= datetime(2026, 4, 1) else "vip" if life >= 7 else
                        "returning" if n >= 2 else "one_time" if n == 1 else "inactive")
        c["region"] = "华东"
        c["city_zh"] = CITY_ZH[c["city"]]
        c["home_store_id"] = c["store_id"]
        c["occasion_zh"] = OCC_ZH[c["occasion"]]
        c["acquisition_channel_zh"] = ACQ[c["acquisition_channel"]]
        c["is_corporate"] = c["occasion"] == "corporate"
    write_all(out, custs)
    print(f"customers {len(custs)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
