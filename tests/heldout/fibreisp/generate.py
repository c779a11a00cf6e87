"""光脉宽带 LumaFibre: a home fibre broadband provider in Manchester, Dublin, Melbourne, Toronto, 成都 Chengdu,
武汉 Wuhan, 杭州 Hangzhou and 南京 Nanjing (synthetic, written blind).

A household checks whether its address is covered (覆盖查询: on the website, the app, the WeChat mini-program, a
comparison site's address checker, by phone, in a store or with a door-to-door sales agent), picks a plan (选择套餐),
places an order (提交订单), books an installation slot (预约安装), a technician comes (上门安装: installed, or failed
and a revisit is booked) and the line is switched on (开通激活). Subscribers then get a monthly bill (月账单: autopay
debits with retries, or manual payments), run speed tests in the app (测速), raise fault tickets (故障报修), buy
routers and mesh nodes in the shop (设备商城), change plan (套餐变更: upgraded / downgraded) or ask to leave (退网申请:
cancelled, or retained with an offer).

Data 2025-01-01 .. 2026-06-30 (extract taken mid-July 2026). Times are naive local times of each city.
Money (orders.amount) is USD, the group's reporting currency; currency + amount_local keep what was charged.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260714), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260714
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
ONT_SHORTAGE = (datetime(2026, 3, 1), datetime(2026, 4, 1))     # Melbourne: technicians arrive without ONTs
WUHAN_PEAK = (datetime(2026, 1, 1), datetime(2026, 4, 1))      # Wuhan evening congestion (backhaul upgrade late)
HANGZHOU_CUT = (datetime(2025, 8, 4), datetime(2025, 8, 12))   # typhoon: feeder cable cut
PRICE_RISE = datetime(2026, 4, 1)                              # +9 % mid-contract rise, English-speaking cities
N_PROSPECTS = 14000
N_LEGACY = 2200

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_coverage", "覆盖查询", "Coverage check", "awareness", "web", "digital", "sales",
     "查覆盖|地址查询|能不能装|覆盖|coverage|address check|availability|can I get fibre|postcode check"),
    ("tp_plan_select", "选择套餐", "Plan selection", "consideration", "web", "digital", "sales",
     "选套餐|套餐页|资费|看套餐|plan page|choose plan|plans|pricing page|package"),
    ("tp_order", "提交订单", "Order placed", "purchase", "web", "digital", "sales",
     "下单|订购|办理|新装|order|checkout|sign up|new connection"),
    ("tp_install_booking", "预约安装", "Installation booking", "purchase", "web", "digital", "field_ops",
     "约装机|预约|装机时间|排期|install booking|appointment|install slot|booking"),
    ("tp_tech_visit", "上门安装", "Technician visit", "purchase", "other", "physical", "field_ops",
     "装机|上门|师傅|工程师|装宽带|technician|engineer visit|install visit|installation|truck roll"),
    ("tp_activation", "开通激活", "Service activation", "purchase", "other", "digital", "network_ops",
     "开通|激活|通网|上线|activation|go live|switch on|service start"),
    ("tp_bill", "月账单", "Monthly bill", "service", "other", "digital", "billing",
     "账单|月费|扣款|缴费|交费|bill|billing|invoice|payment|direct debit|charge"),
    ("tp_autopay", "自动扣款设置", "Autopay setup", "service", "app", "digital", "billing",
     "自动扣费|代扣|免密支付|自动续费|autopay|auto-pay|direct debit setup|recurring payment"),
    ("tp_speed_test", "测速", "Speed test", "service", "app", "digital", "network_ops",
     "网速测试|测网速|速度|speed test|speedtest|bandwidth check"),
    ("tp_fault_ticket", "故障报修", "Fault ticket", "service", "phone", "digital", "customer_care",
     "报修|报障|投诉|工单|客服|断网|fault|ticket|support|complaint|helpdesk|outage report"),
    ("tp_router_shop", "设备商城", "Equipment shop", "loyalty", "app", "digital", "sales",
     "路由器|子路由|mesh|商城|买设备|router|mesh node|wifi extender|shop|equipment"),
    ("tp_plan_change", "套餐变更", "Plan change", "loyalty", "app", "digital", "sales",
     "升级|提速|降档|改套餐|upgrade|downgrade|plan change|speed boost"),
    ("tp_cancel", "退网申请", "Cancellation request", "loyalty", "phone", "digital", "retention",
     "退网|销户|拆机|取消|流失|挽留|cancel|cancellation|churn|leave|disconnect|retention"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("online_signup", "线上新装", "Online sign-up", ["tp_coverage", "tp_plan_select", "tp_order"], 14),
    ("order_to_live", "下单到开通", "Order to activation",
     ["tp_order", "tp_install_booking", "tp_tech_visit", "tp_activation"], 30),
    ("check_to_live", "查询到开通", "Coverage check to activation",
     ["tp_coverage", "tp_plan_select", "tp_order", "tp_install_booking", "tp_tech_visit", "tp_activation"], 45),
]

# city: zh, country, country_zh, currency, USD per unit, english, coverage p (covered, coming_soon), lead share,
#       install lead days (min, max), first-visit failure p, activation hours (lo, hi)
CITIES = {
    "Manchester": ("曼彻斯特", "UK", "英国", "GBP", 1.27, True, (0.74, 0.12), 0.14, (8, 18), 0.16, (2, 30)),
    "Dublin": ("都柏林", "Ireland", "爱尔兰", "EUR", 1.08, True, (0.58, 0.22), 0.10, (6, 14), 0.15, (2, 24)),
    "Melbourne": ("墨尔本", "Australia", "澳大利亚", "AUD", 0.66, True, (0.80, 0.10), 0.16, (5, 12), 0.11, (2, 20)),
    "Toronto": ("多伦多", "Canada", "加拿大", "CAD", 0.73, True, (0.83, 0.08), 0.12, (4, 10), 0.12, (2, 24)),
    "Chengdu": ("成都", "Sichuan", "四川", "CNY", 0.14, False, (0.86, 0.07), 0.14, (1, 4), 0.08, (0.3, 4)),
    "Wuhan": ("武汉", "Hubei", "湖北", "CNY", 0.14, False, (0.87, 0.06), 0.13, (1, 3), 0.09, (0.3, 4)),
    "Hangzhou": ("杭州", "Zhejiang", "浙江", "CNY", 0.14, False, (0.88, 0.06), 0.13, (1, 3), 0.07, (0.3, 3)),
    "Nanjing": ("南京", "Jiangsu", "江苏", "CNY", 0.14, False, (0.84, 0.08), 0.11, (1, 4), 0.09, (0.3, 4)),
}
CITY_NAMES = list(CITIES)
# plan tiers: zh, speed EN, speed CN, monthly list price local EN (per city) / CN (CNY)
TIERS = {
    "essential": ("基础版", 100, 300),
    "superfast": ("畅享版", 300, 500),
    "gigabit": ("千兆版", 900, 1000),
    "multi_gig": ("2千兆版", 2000, 2000),
}
PRICE_LOCAL = {  # list price per month in local currency
    "Manchester": (28, 36, 49, 69), "Dublin": (35, 45, 60, 80), "Melbourne": (65, 85, 110, 139),
    "Toronto": (55, 70, 90, 115), "Chengdu": (99, 129, 169, 259), "Wuhan": (99, 129, 169, 259),
    "Hangzhou": (109, 139, 189, 279), "Nanjing": (99, 129, 179, 269),
}
TIER_W_EN, TIER_W_CN = [0.22, 0.42, 0.28, 0.08], [0.18, 0.40, 0.35, 0.07]
SOURCES = {  # acquisition_channel: zh, coverage-check channel, weight en, weight cn
    "website": ("官网", "web", 0.30, 0.14),
    "app": ("APP", "app", 0.14, 0.16),
    "wechat_mini_program": ("微信小程序", "mini_program", 0.0, 0.24),
    "comparison_site": ("比价网站", "comparison_site", 0.24, 0.08),
    "phone_sales": ("电话销售", "phone", 0.10, 0.08),
    "door_to_door": ("上门地推", "door_to_door", 0.08, 0.14),
    "retail_store": ("营业厅", "store", 0.06, 0.12),
    "referral": ("老带新", "web", 0.08, 0.04),
}
# coverage-check channel: p(plan selection | covered), p(order | plan selection), typical delay
STEP_P = {"web": (0.72, 0.50), "app": (0.78, 0.56), "mini_program": (0.76, 0.55), "comparison_site": (0.42, 0.17),
          "phone": (0.86, 0.62), "door_to_door": (0.88, 0.64), "store": (0.90, 0.70)}
ORDER_CH = {"web": "web", "app": "app", "mini_program": "mini_program", "comparison_site": "web", "phone": "phone",
            "door_to_door": "door_to_door", "store": "store"}
DWELLING = {"apartment": "公寓", "house": "独栋", "townhouse": "联排"}
FAIL_REASONS = {  # reason: zh, weight en, weight cn, revisit delay days
    "no_access": ("客户不在家", 0.34, 0.38, (2, 6)),
    "duct_blocked": ("管道堵塞", 0.24, 0.10, (5, 14)),
    "landlord_permission": ("物业/房东未同意", 0.14, 0.22, (6, 15)),
    "splice_fault": ("熔接故障", 0.14, 0.14, (2, 5)),
    "missing_equipment": ("缺设备(光猫)", 0.08, 0.08, (3, 9)),
    "wrong_address": ("地址有误", 0.10, 0.08, (3, 8)),
}
CONTRACTORS = {"Manchester": ["in_house", "Northline Civils"], "Dublin": ["in_house", "Liffey Networks"],
               "Melbourne": ["in_house", "Bayside Fibre Works"], "Toronto": ["in_house", "Lakeshore Telecom Svc"],
               "Chengdu": ["自营装维", "蓉通装维"], "Wuhan": ["自营装维", "江城通信工程"],
               "Hangzhou": ["自营装维", "钱塘网络服务"], "Nanjing": ["自营装维", "金陵装维"]}
TICKET_CATS = {  # category: zh, base weight, truck roll p, resolution hours median
    "slow_speed": ("网速慢", 0.30, 0.18, 20),
    "outage": ("断网", 0.24, 0.35, 9),
    "intermittent": ("频繁掉线", 0.16, 0.40, 30),
    "wifi_coverage": ("WiFi信号差", 0.18, 0.12, 26),
    "router_fault": ("光猫/路由器故障", 0.12, 0.55, 22),
}
CANCEL_REASONS = {"moving": "搬家", "price": "价格太贵", "competitor_offer": "别家优惠更多", "slow_speed": "网速慢",
                  "outages": "经常断网", "service": "服务差", "other": "其他"}
PRODUCTS = {  # product: zh, price USD, weight
    "mesh_node": ("Mesh子路由", 89.0, 0.46), "wifi7_router": ("WiFi 7路由器", 179.0, 0.16),
    "wifi6_router": ("WiFi 6路由器", 119.0, 0.26), "powerline_kit": ("电力猫套装", 69.0, 0.12),
}
PAY_EN = (["direct_debit", "card", "bank_transfer"], [0.55, 0.38, 0.07])
PAY_CN = (["alipay", "wechat_pay", "bank_card"], [0.46, 0.38, 0.16])
FAIL1 = {"direct_debit": 0.022, "card": 0.085, "bank_transfer": 0.05, "alipay": 0.012, "wechat_pay": 0.016,
         "bank_card": 0.045}
DECLINE = {"direct_debit": ["insufficient_funds", "mandate_cancelled"], "card": ["card_expired", "insufficient_funds",
           "do_not_honor"], "bank_transfer": ["insufficient_funds"], "alipay": ["余额不足", "授权失效"],
           "wechat_pay": ["余额不足", "授权失效"], "bank_card": ["余额不足", "卡片冻结"]}
PLATFORMS_EN = ["Trustpilot", "Reddit", "X", "Facebook"]
PLATFORMS_CN = ["微博", "小红书", "黑猫投诉", "抖音"]

_ids: dict[str, int] = {}
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
CUSTOMERS: list[dict] = []


def nid(kind, width):
    _ids[kind] = _ids.get(kind, 0) + 1
    return f"{kind}{_ids[kind]:0{width}d}"


def pick(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    u = rng.random() * sum(p)
    acc = 0.0
    for item, w in zip(items, p):
        acc += w
        if u < acc:
            return item
    return items[-1]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at_hour(day, lo, hi):
    d = datetime(day.year, day.month, day.day)
    return d + D(seconds=int(rng.uniform(lo, hi) * 3600))


def ev(c, ts, tp, action, **kw):
    if ts < START or ts > END:
        return None
    row = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, action=action,
               city=c["city"], **kw)
    EVENTS.append(row)
    return row


def order(c, ts, kind, usd, status="paid", **kw):
    if ts < START or ts > END:
        return None
    cur, fx = CITIES[c["city"]][3], CITIES[c["city"]][4]
    zh = {"new_connection": "新装订单", "monthly_bill": "月费账单", "router": "路由器", "early_termination": "提前解约费"}
    row = dict(order_id=nid("O", 7), customer_id=c["customer_id"], ts=tfmt(ts), amount=round(usd, 2), status=status,
               order_type=kind, 订单类型=zh[kind], city=c["city"], 城市=CITIES[c["city"]][0], currency=cur,
               amount_local=round(usd / fx, 2), **kw)
    ORDERS.append(row)
    return row


def add_months(t, k):
    y, m = t.year + (t.month - 1 + k) // 12, (t.month - 1 + k) % 12 + 1
    return t.replace(year=y, month=m, day=min(t.day, 28))


# ---------------- feedback texts ----------------
# topic: (default touchpoint, sentiment, zh templates, en templates). Every template of a topic carries its marker
# (zh / en) and no other topic's marker; generic texts carry none.
TOPICS = {
    "not_covered": ("tp_coverage", "negative", [
        "查了一下我们小区还没覆盖光纤，到底什么时候能通？",
        "地址显示没覆盖，可对面那栋楼就有，搞不懂",
        "{cz}这边的新楼盘都没覆盖，只能再等等",
        "问了好几次，一直说没覆盖，能不能给个时间表"], [
        "Checked again and fibre is still not available at my address. Any timeline at all?",
        "The checker says not available at my address but the next street has it.",
        "Really want to switch but it's not available at my address in {city}.",
        "Third time checking, still not available at my address. Please build out here."]),
    "install_date": ("tp_install_booking", "negative", [
        "最早的安装排期居然要两个星期以后",
        "安装排期太晚了，下单后还要等十几天",
        "能不能多放点安装排期出来，周末根本约不上"], [
        "The earliest install date offered was over two weeks away.",
        "Waited far too long for an install date, I nearly cancelled the order.",
        "No weekend install date for a month. Not great when you work full time."]),
    "late_tech": ("tp_tech_visit", "negative", [
        "装机师傅迟到了两个小时，也没提前打个电话",
        "约的上午，师傅下午才到，迟到也不说一声",
        "师傅迟到太久，我请的假都白请了"], [
        "The technician turned up late, three hours after the slot, with no call.",
        "Engineer turned up late and then rushed the job.",
        "Took a day off work and the technician turned up late. Not impressed."]),
    "revisit": ("tp_tech_visit", "negative", [
        "第二次上门才装好，第一次师傅来了说没带光猫",
        "白等一天，还得约第二次上门",
        "师傅说设备没到，要第二次上门，太折腾了"], [
        "Needed a second visit because the engineer had no modem with him.",
        "First appointment was wasted, now waiting on a second visit.",
        "Install failed and I have to book a second visit. Why send someone without the kit?"]),
    "tech_praise": ("tp_tech_visit", "positive", [
        "师傅很专业，走线很整齐，还帮我把WiFi调好了",
        "装机的师傅很专业，半小时就搞定",
        "师傅很专业也很有礼貌，点赞"], [
        "The technician was great, tidy cabling and explained everything.",
        "Install took under an hour and the technician was great.",
        "Friendly, careful work - the technician was great."]),
    "promo_end": ("tp_bill", "negative", [
        "优惠到期以后月费一下涨了好多，也没提前提醒",
        "首年优惠到期就翻价，感觉被套路了",
        "账单突然变贵，客服说是优惠到期了"], [
        "My promo ended and the bill jumped with no warning at all.",
        "Promo ended and now I pay way more than new customers do.",
        "Bill went up a lot this month - apparently my promo ended. Nobody told me."]),
    "double_charge": ("tp_bill", "negative", [
        "这个月重复扣款了，退款要等多久？",
        "自动扣费又重复扣款，麻烦查一下",
        "发现被重复扣款两次月费"], [
        "I was charged twice this month, please refund it.",
        "Autopay charged twice for the same bill. Second time this year.",
        "Got charged twice for May, still waiting for the refund."]),
    "evening_peak": ("tp_speed_test", "negative", [
        "每天晚高峰网速只有几十兆，白天还正常",
        "一到晚高峰就卡，测速连套餐的三分之一都不到",
        "晚高峰打游戏延迟爆炸，千兆宽带跑不到一百兆"], [
        "Every evening peak the speed drops to a fraction of what I pay for.",
        "Fine in the morning, unusable at evening peak. Speed test shows 40 Mbps.",
        "Evening peak streaming keeps buffering on a gigabit plan."]),
    "outage": ("tp_fault_ticket", "negative", [
        "昨天断网一整天，也没有任何通知",
        "又断网了，这个月第三次",
        "断网六个小时，在家办公全耽误了"], [
        "Full outage for most of the day and no updates from you.",
        "Another outage tonight, third this month.",
        "Six hour outage while working from home. Unacceptable."]),
    "hold_time": ("tp_fault_ticket", "negative", [
        "报修电话一直打不通，等了四十分钟",
        "客服热线打不通，只能在APP里留言",
        "电话打不通，在线客服也是机器人"], [
        "Spent 50 minutes on hold just to report a fault.",
        "On hold forever, then the call dropped.",
        "Support line had me on hold for 40 minutes."]),
    "dead_zone": ("tp_router_shop", "negative", [
        "卧室和书房都是信号死角，买了子路由才好一点",
        "房子大一点就有死角，送的路由器根本不够用",
        "楼上信号死角，建议装机时就推荐mesh"], [
        "Upstairs is a dead zone even with your router.",
        "The free router leaves a dead zone in half the house, had to buy extra kit.",
        "Back bedroom is a dead zone, the mesh node only half fixed it."]),
    "speed_praise": ("tp_speed_test", "positive", [
        "网速很快，测速基本能跑满",
        "换了你们家网速很快，打游戏也稳",
        "网速很快，下载几十G几分钟就好"], [
        "Speeds are great, hitting full speed on wired every time.",
        "Speeds are great and the connection is rock solid.",
        "Switched last month - speeds are great even in the evening."]),
    "hard_cancel": ("tp_cancel", "negative", [
        "退网太难了，打了三次电话还在挽留",
        "想销户，结果退网太难，一直推优惠",
        "退网太难，必须去营业厅还要排队"], [
        "It is so hard to cancel, they kept pushing offers at me.",
        "Hard to cancel - had to call three times.",
        "Why is it so hard to cancel? Moving abroad and still stuck on the phone."]),
    "price_rise": ("tp_bill", "negative", [
        "四月涨价通知太突然了，合约期内也涨",
        "合约期内还涨价，不合理",
        "又涨价了，考虑换一家"], [
        "The April price rise mid-contract is a joke.",
        "Another price rise while I'm still in contract.",
        "Price rise again - looking at other providers now."]),
    "app_crash": (None, "negative", [
        "APP老是闪退，账单都看不了",
        "新版本APP一打开就闪退",
        "APP闪退，测速也用不了"], [
        "The app crashes every time I open billing.",
        "App crashes on launch since the update.",
        "App crashes constantly, can't even run a speed test."]),
}
GENERIC = {  # sentiment: zh, en (no topic marker)
    "positive": (["整体挺满意的，会推荐给朋友", "用了一年多，挺稳定的", "性价比不错", "客服态度很好，问题很快解决了",
                  "办理流程很顺利", "挺好的，没什么问题"],
                 ["Happy overall, would recommend.", "Solid service for over a year now.", "Good value for money.",
                  "Support sorted my issue quickly, thanks.", "Smooth sign-up, no complaints.",
                  "All good, no issues so far."]),
    "neutral": (["还可以吧，中规中矩", "一般般，价格能再便宜点就好了", "没什么特别的感受", "还行，偶尔会慢一点"],
                ["It's okay, nothing special.", "Fine, though the price could be lower.", "Average experience.",
                 "Works, occasionally a bit slow."]),
    "negative": (["体验不太好，希望改进", "问题反映了好几次都没解决", "客服推来推去，很失望", "感觉不值这个价"],
                 ["Not a good experience, needs to improve.", "Reported this several times, still not fixed.",
                  "Got passed around by support, very disappointing.", "Not worth the money."]),
}
PREFIX_ZH = ["", "", "", "说实话，", "吐槽一下：", "补充一下，", "", "反馈：", "", "真心说，"]
PREFIX_EN = ["", "", "", "Honestly, ", "FYI: ", "", "Feedback: ", "", "To be fair, ", ""]
SENT_EN = {"positive": 0.6, "neutral": 0.0, "negative": -0.6}


def render(topic, lang, c):
    if topic in TOPICS:
        zh, en = TOPICS[topic][2], TOPICS[topic][3]
    else:
        zh, en = GENERIC[topic.split(":")[1]]
    t = pick(zh if lang == "zh" else en)
    pre = pick(PREFIX_ZH if lang == "zh" else PREFIX_EN)
    city = c["city"] if c else "town"
    return pre + t.format(city=city, cz=CITIES[city][0] if city in CITIES else "我们这")


def fb(c, ts, channel, topic, lang=None, tp="default", rating=None, nps=None, **kw):
    """topic: a TOPICS key or 'generic:<sentiment>'."""
    if ts is not None and (ts < START or ts > END):
        return None
    lang = lang or (c["preferred_language"] if c else "en")
    sentiment = TOPICS[topic][1] if topic in TOPICS else topic.split(":")[1]
    if tp == "default":
        tp = TOPICS[topic][0] if topic in TOPICS else None
    fid = nid("FB", 5)
    city = kw.pop("city", None) or (c["city"] if c else "")
    row = dict(feedback_id=fid, text=render(topic, lang, c or {"city": city}), ts=tfmt(ts) if ts else "",
               customer_id=c["customer_id"] if c else "", touchpoint_id=tp or "", channel=channel,
               rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
               city=city, **kw)
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topic=topic.split(":")[0] if ":" in topic else topic, sentiment=sentiment))
    return row


def stars(sentiment):
    return int({"positive": pick([4, 5, 5]), "neutral": 3, "negative": pick([1, 1, 2, 2, 3])}[sentiment])


# ---------------- customers ----------------

def make_customer(city, source, signup, legacy=False):
    en = CITIES[city][5]
    lang = ("zh" if rng.random() < (0.12 if city in ("Toronto", "Melbourne") else 0.03) else "en") if en else "zh"
    dw = pick(list(DWELLING), [0.45, 0.40, 0.15] if en else [0.88, 0.04, 0.08])
    c = dict(customer_id=nid("C", 6), signup_at=tfmt(signup), segment="", region=CITIES[city][1],
             区域=CITIES[city][2], city=city, 城市=CITIES[city][0], acquisition_channel=source,
             获客渠道=SOURCES[source][0] if source in SOURCES else "存量迁移", tier="", 套餐档位="",
             dwelling_type=dw, 住宅类型=DWELLING[dw], household_size=int(rng.choice([1, 2, 3, 4, 5],
                                                                              p=[0.2, 0.3, 0.22, 0.2, 0.08])),
             contract_months="", autopay="", preferred_language=lang, activated_at="", churned_at="")
    c["_legacy"] = legacy
    CUSTOMERS.append(c)
    return c


def plan_price_usd(city, tier):
    return PRICE_LOCAL[city][list(TIERS).index(tier)] * CITIES[city][4]


def speed_of(city, tier):
    return TIERS[tier][1] if CITIES[city][5] else TIERS[tier][2]


# ---------------- subscriber life ----------------

def subscriber(c, t_live, tier, contract, promo_months, legacy=False):
    """Bills, autopay, speed tests, tickets, shop, plan changes, cancellation from t_live on."""
    city = c["city"]
    en = CITIES[city][5]
    c["activated_at"] = tfmt(t_live)
    # autopay and payment method
    methods, w = PAY_EN if en else PAY_CN
    method = pick(methods, w)
    autopay = rng.random() < (0.62 if en else 0.74)
    if method == "bank_transfer":
        autopay = False
    if autopay and not legacy:
        ev(c, t_live + D(minutes=int(rng.integers(5, 600))), "tp_autopay", "enabled", channel=pick(["app", "web"]),
           payment_method=method)
    bill_day = min(t_live.day, 28)
    t = add_months(t_live, 1).replace(day=bill_day)
    t = at_hour(t, 2, 6)
    month_idx = 1
    while add_months(t, 1) <= START:   # legacy lines: start with the last bill period before 2025
        t = add_months(t, 1)
        month_idx += 1
    price_rise = 1.0
    upgraded_after_slow = False
    contract_end = add_months(t_live, contract) if contract else t_live
    promo_end = add_months(t_live, promo_months) if promo_months else t_live
    life = None
    app_user = rng.random() < (0.55 if en else 0.72)
    device = pick(["ios", "android"], [0.55, 0.45] if en else [0.35, 0.65])
    slow_recent = 0
    while t <= END:
        month_start = t
        # ---- bill for this month
        if en and t >= PRICE_RISE and price_rise == 1.0:
            price_rise = 1.09
            if rng.random() < 0.05:
                fb(c, t + D(days=int(rng.integers(0, 6)), hours=int(rng.integers(8, 22))),
                   pick(["ticket", "social"], [0.6, 0.4]), "price_rise")
        if not autopay and method != "bank_transfer" and rng.random() < 0.012:
            autopay = True
            ev(c, t - D(days=int(rng.integers(1, 20)), hours=int(rng.integers(0, 10))), "tp_autopay", "enabled",
               channel=pick(["app", "web"]), payment_method=method)
        elif autopay and rng.random() < 0.002:
            autopay = False
            ev(c, t - D(days=int(rng.integers(1, 20)), hours=int(rng.integers(0, 10))), "tp_autopay", "disabled",
               channel=pick(["app", "web"]), payment_method=method)
        list_usd = plan_price_usd(city, tier) * price_rise
        in_promo = t < promo_end
        amount = list_usd * (0.7 if in_promo and en else 0.8 if in_promo else 1.0)
        if t >= START:
            bill(c, t, amount, method, autopay, tier, in_promo, month_idx)
        just_ended = (not in_promo) and (add_months(t, -1) < promo_end <= t) and promo_months > 0
        if just_ended and t >= START and rng.random() < 0.13:
            fb(c, t + D(days=int(rng.integers(1, 8)), hours=int(rng.integers(8, 22))),
               pick(["ticket", "social", "app_review"], [0.5, 0.3, 0.2]), "promo_end",
               rating=None)
        # ---- month activity
        mend = add_months(month_start, 1)
        # speed tests
        n_tests = rng.poisson(0.45 if app_user else 0.08)
        wuhan_bad = city == "Wuhan" and WUHAN_PEAK[0] <= t < WUHAN_PEAK[1]
        for _ in range(n_tests):
            ts = month_start + D(seconds=int(rng.uniform(0, (mend - month_start).total_seconds())))
            hr = int(pick(list(range(24)), [0.5, 0.3, 0.2, 0.2, 0.2, 0.3, 0.6, 1.0, 1.4, 1.6, 1.8, 2.0, 2.1, 2.0,
                                            2.0, 2.0, 2.1, 2.3, 2.8, 3.4, 3.8, 3.6, 2.6, 1.2]))
            ts = ts.replace(hour=hr)
            wuhan_bad = city == "Wuhan" and WUHAN_PEAK[0] <= ts < WUHAN_PEAK[1]
            wired = rng.random() < 0.3
            plan = speed_of(city, tier)
            ratio = rng.beta(18, 2.2) if wired else rng.beta(6, 3.2)
            if 19 <= hr <= 23:
                ratio *= 0.93
                if wuhan_bad:
                    ratio *= rng.uniform(0.18, 0.45)
            down = round(min(plan * 1.05, plan * ratio), 1)
            up = round(down * (1.0 if plan >= 900 else 0.5) * rng.uniform(0.8, 1.0), 1)
            r = ev(c, ts, "tp_speed_test", "completed", channel="app", device=device, plan_mbps=plan,
                   download_mbps=down, upload_mbps=up, latency_ms=int(rng.integers(3, 18) + (40 if wuhan_bad and
                                                                                             19 <= hr <= 23 else 0)),
                   connection=("wired" if wired else "wifi"), 连接方式=("有线" if wired else "无线"))
            if r is not None:
                if wuhan_bad and 19 <= hr <= 23 and rng.random() < 0.10:
                    fb(c, ts + D(minutes=int(rng.integers(2, 60))), "app_review", "evening_peak",
                       rating=int(pick([1, 1, 2])), platform=pick(["App Store", "应用宝", "华为应用市场"]))
                elif ratio < 0.45 and rng.random() < 0.015:
                    fb(c, ts + D(minutes=int(rng.integers(2, 60))), "app_review", "evening_peak",
                       rating=int(pick([1, 2, 2, 3])), platform=pick(["App Store", "Google Play"] if en else
                                                                      ["App Store", "应用宝", "华为应用市场"]))
                elif ratio > 0.85 and rng.random() < 0.02:
                    fb(c, ts + D(minutes=int(rng.integers(2, 60))), "app_review", "speed_praise",
                       rating=int(pick([4, 5, 5])), platform=pick(["App Store", "Google Play"] if en else
                                                                  ["App Store", "应用宝", "华为应用市场"]))
        # fault tickets
        mid = month_start + (mend - month_start) / 2
        wuhan_bad = city == "Wuhan" and WUHAN_PEAK[0] <= mid < WUHAN_PEAK[1]
        p_ticket = 0.022 + (0.10 if wuhan_bad else 0.0)
        hz_cut = city == "Hangzhou" and month_start <= HANGZHOU_CUT[0] < mend
        if hz_cut:
            p_ticket += 0.22
        slow_recent = max(0, slow_recent - 1)
        if rng.random() < p_ticket:
            cats = list(TICKET_CATS)
            w = [TICKET_CATS[k][1] for k in cats]
            if wuhan_bad:
                w = [0.75, 0.07, 0.08, 0.06, 0.04]
            ts = month_start + D(seconds=int(rng.uniform(0, (mend - month_start).total_seconds())))
            if hz_cut:
                w = [0.05, 0.85, 0.05, 0.03, 0.02]
                ts = HANGZHOU_CUT[0] + D(hours=float(rng.uniform(6, 24 * 6)))
            if wuhan_bad:
                ts = min(max(ts, WUHAN_PEAK[0]), WUHAN_PEAK[1] - D(hours=6))
            cat = pick(cats, w)
            ticket(c, ts, cat, en, device)
            if cat == "slow_speed":
                slow_recent = 3
                if rng.random() < 0.10 and tier != "multi_gig" and not upgraded_after_slow:
                    upgraded_after_slow = True
                    new_tier = list(TIERS)[list(TIERS).index(tier) + 1]
                    ev(c, ts + D(days=int(rng.integers(1, 12)), hours=3), "tp_plan_change", "upgraded",
                       channel=pick(["app", "phone"]), from_tier=tier, to_tier=new_tier,
                       from_mbps=speed_of(city, tier), to_mbps=speed_of(city, new_tier), trigger="after_ticket")
                    tier = new_tier
            if cat == "wifi_coverage" and rng.random() < 0.18:
                shop(c, ts + D(days=int(rng.integers(0, 10)), hours=int(rng.integers(1, 10))), en, wifi=True)
        # shop
        if rng.random() < 0.006:
            shop(c, month_start + D(days=int(rng.integers(0, 27)), hours=int(rng.integers(8, 22))), en)
        # plan change (organic)
        if rng.random() < 0.007 and tier != "multi_gig":
            new_tier = list(TIERS)[list(TIERS).index(tier) + 1]
            ev(c, month_start + D(days=int(rng.integers(0, 27)), hours=int(rng.integers(8, 22))), "tp_plan_change",
               "upgraded", channel=pick(["app", "web", "phone"]), from_tier=tier, to_tier=new_tier,
               from_mbps=speed_of(city, tier), to_mbps=speed_of(city, new_tier), trigger="self_service")
            tier = new_tier
        if just_ended and rng.random() < 0.08 and tier != "essential":
            new_tier = list(TIERS)[list(TIERS).index(tier) - 1]
            ev(c, month_start + D(days=int(rng.integers(1, 20)), hours=int(rng.integers(8, 22))), "tp_plan_change",
               "downgraded", channel=pick(["app", "phone"]), from_tier=tier, to_tier=new_tier,
               from_mbps=speed_of(city, tier), to_mbps=speed_of(city, new_tier), trigger="promo_end")
            tier = new_tier
        # churn
        months_since_end = (t - promo_end).days / 30.0 if promo_months else 99
        reasons = {"moving": 0.0038, "other": 0.0012, "service": 0.0008, "competitor_offer": 0.0015}
        if promo_months and 0 <= months_since_end < 3 and t >= START:
            reasons["price"] = 0.05 if t >= datetime(2026, 1, 1) else 0.008
        else:
            reasons["price"] = 0.0015
        if en and t >= PRICE_RISE:
            reasons["price"] += 0.02
        if slow_recent:
            reasons["slow_speed"] = 0.03 if wuhan_bad else 0.012
        if hz_cut:
            reasons["outages"] = 0.02
        reasons["competitor_offer"] += 0.004 if t >= datetime(2026, 1, 1) else 0.0
        hz = sum(reasons.values())
        if rng.random() < hz:
            keys = list(reasons)
            reason = pick(keys, [reasons[k] for k in keys])
            ts = month_start + D(days=int(rng.integers(0, 27)), hours=int(rng.integers(8, 21)),
                                 minutes=int(rng.integers(0, 60)))
            if ts <= END and ts >= START:
                p_retain = {"price": 0.42, "competitor_offer": 0.35, "slow_speed": 0.25, "moving": 0.04,
                            "outages": 0.2, "service": 0.15, "other": 0.1}[reason]
                in_contract = ts < contract_end
                if rng.random() < p_retain:
                    ev(c, ts, "tp_cancel", "retained", channel=pick(["phone", "app", "store"], [0.7, 0.2, 0.1]),
                       cancel_reason=reason, 退网原因=CANCEL_REASONS[reason],
                       retention_offer=pick(["discount_20pct", "free_upgrade", "bill_credit"]),
                       in_contract=("yes" if in_contract else "no"))
                    if rng.random() < 0.12:
                        fb(c, ts + D(hours=2), "ticket", "hard_cancel")
                else:
                    ev(c, ts, "tp_cancel", "cancelled", channel=pick(["phone", "app", "store"], [0.7, 0.2, 0.1]),
                       cancel_reason=reason, 退网原因=CANCEL_REASONS[reason], retention_offer="",
                       in_contract=("yes" if in_contract else "no"))
                    if in_contract:
                        left = max(1, (contract_end - ts).days // 30)
                        order(c, ts + D(minutes=5), "early_termination", min(left, 6) * plan_price_usd(city, tier) *
                              0.5, months_left=left)
                    exit_survey(c, ts, reason)
                    c["churned_at"] = tfmt(ts)
                    life = ts
                    break
        t = add_months(t, 1)
        month_idx += 1
    c["tier"], c["套餐档位"] = tier, TIERS[tier][0]
    c["autopay"] = "yes" if autopay else "no"
    c["_method"] = method
    c["segment"] = "churned" if life else "active"
    return life


def bill(c, t, amount, method, autopay, tier, in_promo, month_idx):
    bm = t.strftime("%Y-%m")
    fail_p = FAIL1[method] if autopay else 0.035
    if c["city"] in CITIES and CITIES[c["city"]][5] is False and method == "bank_card":
        fail_p = 0.045
    common = dict(billing_month=bm, tier=tier, payment_method=method, autopay=("yes" if autopay else "no"),
                  amount_usd=round(amount, 2), in_promo=("yes" if in_promo else "no"))
    if autopay:
        paid_at = None
        for k in range(1, 4):
            ts = t + D(days=3 * (k - 1), minutes=int(rng.integers(0, 50)))
            p = fail_p if k == 1 else 0.45
            if rng.random() < p:
                ev(c, ts, "tp_bill", "failed", channel="other", attempt_no=k, decline_code=pick(DECLINE[method]),
                   days_late=3 * (k - 1), **common)
            else:
                ev(c, ts, "tp_bill", "paid", channel="other", attempt_no=k, decline_code="", days_late=3 * (k - 1),
                   **common)
                paid_at = ts
                break
        status = "paid" if paid_at else "failed"
        ots = paid_at or t
    else:
        late = int(max(0, rng.normal(-2, 6)))
        ts = at_hour(t + D(days=late), 8, 23)
        if rng.random() < fail_p:
            ev(c, t + D(days=30), "tp_bill", "failed", channel="other", attempt_no=1, decline_code="not_paid",
               days_late=30, **common)
            status, ots = "failed", t
        else:
            ev(c, ts, "tp_bill", "paid", channel=pick(["app", "web"] if CITIES[c["city"]][5] else
                                                       ["app", "mini_program"]), attempt_no=1, decline_code="",
               days_late=late, **common)
            status, ots = "paid", ts
    refund = status == "paid" and rng.random() < 0.006
    order(c, ots, "monthly_bill", amount, "refunded" if refund else status, billing_month=bm, tier=tier,
          payment_method=method, autopay=("yes" if autopay else "no"))
    if refund and rng.random() < 0.5:
        fb(c, ots + D(days=int(rng.integers(0, 4)), hours=int(rng.integers(1, 12))),
           pick(["ticket", "social"], [0.8, 0.2]), "double_charge")
    if status == "failed" and rng.random() < 0.05:
        fb(c, t + D(days=int(rng.integers(4, 12))), "ticket", "generic:negative", tp="tp_bill")


def ticket(c, ts, cat, en, device):
    zh, _, truck_p, med = TICKET_CATS[cat]
    ch = pick(["phone", "app", "web"] if en else ["phone", "app", "mini_program"], [0.55, 0.3, 0.15])
    hold = int(rng.gamma(2.0, 6.0)) if ch == "phone" else ""
    truck = rng.random() < truck_p
    res = round(float(rng.gamma(2.0, med / 1.7)) + (30 if truck else 0), 1)
    if cat == "outage" and c["city"] == "Hangzhou" and HANGZHOU_CUT[0] <= ts < HANGZHOU_CUT[1]:
        res = round(float(rng.uniform(30, 110)), 1)
    fcr = (not truck) and rng.random() < 0.55
    r = ev(c, ts, "tp_fault_ticket", "opened", channel=ch, device=(device if ch == "app" else ""),
           ticket_no=nid("T", 6), ticket_category=cat, 故障类型=zh, hold_minutes=hold, truck_roll=("yes" if truck else
                                                                                                 "no"),
           resolution_hours=res, first_contact_resolved=("yes" if fcr else "no"))
    if r is None:
        return
    closed = ts + D(hours=res)
    u = rng.random()
    if u < 0.30:  # the ticket text itself
        topic = {"slow_speed": "evening_peak" if (rng.random() < 0.35) else "generic:negative",
                 "outage": "outage", "intermittent": "generic:negative",
                 "wifi_coverage": "dead_zone", "router_fault": "generic:negative"}[cat]
        if ch == "phone" and hold and hold > 20 and rng.random() < 0.5:
            topic = "hold_time"
        fb(c, ts + D(minutes=int(rng.integers(1, 30))), "ticket", topic, tp="tp_fault_ticket",
           ticket_no=r["ticket_no"], ticket_category=cat)
    elif u < 0.55:  # CSAT after close
        good = res < 24 and not (hold and hold > 25)
        sent = pick(["positive", "neutral", "negative"], [0.62, 0.22, 0.16] if good else [0.18, 0.22, 0.60])
        topic = "generic:" + sent
        if sent == "negative" and hold and hold > 20 and rng.random() < 0.5:
            topic = "hold_time"
        fb(c, closed + D(hours=int(rng.integers(1, 30))), "support_survey", topic, tp="tp_fault_ticket",
           rating=stars(sent), ticket_no=r["ticket_no"], ticket_category=cat)


def shop(c, ts, en, wifi=False):
    prods = list(PRODUCTS)
    w = [PRODUCTS[p][2] for p in prods]
    if wifi:
        w = [0.7, 0.08, 0.12, 0.10]
    p = pick(prods, w)
    qty = int(rng.choice([1, 1, 1, 2, 3])) if p == "mesh_node" else 1
    price = PRODUCTS[p][1] * (0.85 if not en else 1.0)
    r = ev(c, ts, "tp_router_shop", "purchased", channel=pick(["app", "web"] if en else ["app", "mini_program"]),
           product=p, 商品名=PRODUCTS[p][0], quantity=qty, price_usd=round(price * qty, 2))
    if r is None:
        return
    returned = rng.random() < (0.12 if p == "powerline_kit" else 0.05)
    order(c, ts, "router", price * qty, "returned" if returned else "paid", product=p, 商品名=PRODUCTS[p][0],
          quantity=qty)
    if wifi and rng.random() < 0.12:
        fb(c, ts + D(days=int(rng.integers(3, 20))), "app_review", "dead_zone", rating=int(pick([2, 3, 3, 4])),
           platform=pick(["App Store", "Google Play"] if en else ["App Store", "应用宝"]))


def exit_survey(c, ts, reason):
    if rng.random() > 0.42:
        return
    price_topic = "price_rise" if CITIES[c["city"]][5] and ts >= PRICE_RISE else "promo_end"
    topic = {"moving": "generic:neutral", "price": pick([price_topic, "generic:negative"], [0.45, 0.55]),
             "competitor_offer": "generic:negative", "slow_speed": "evening_peak" if c["city"] == "Wuhan" else
             "generic:negative", "outages": "outage", "service": pick(["hold_time", "generic:negative"]),
             "other": "generic:neutral"}[reason]
    tp = "tp_cancel"
    fb(c, ts + D(days=int(rng.integers(1, 6)), hours=int(rng.integers(1, 8))), "exit_survey", topic, tp=tp,
       rating=int(pick([1, 2, 2, 3, 3, 4])), cancel_reason=reason)


# ---------------- acquisition ----------------

def prospect(c, t0, source):
    city = c["city"]
    en = CITIES[city][5]
    ch = SOURCES[source][1]
    dev = {"web": pick(["pc", "ios", "android"], [0.5, 0.3, 0.2]), "app": pick(["ios", "android"]),
           "mini_program": pick(["ios", "android"], [0.35, 0.65]), "comparison_site": "",
           "phone": "", "door_to_door": "tablet", "store": "tablet"}[ch]
    sess = nid("S", 7)
    cov_p, soon_p = CITIES[city][6]
    if ch in ("door_to_door", "store"):
        cov_p = min(0.97, cov_p + 0.10)   # agents canvass covered streets
    u = rng.random()
    result = "covered" if u < cov_p else "coming_soon" if u < cov_p + soon_p else "not_covered"
    ev(c, t0, "tp_coverage", result, channel=ch, device=dev, session_id=sess,
       address_type=c["dwelling_type"], partner=(pick(["Uswitch", "Broadband Compare", "WhistleOut", "PlanHub"])
                                                 if ch == "comparison_site" and en else
                                                 "宽带比价网" if ch == "comparison_site" else ""))
    if result != "covered":
        c["segment"] = "not_covered"
        if rng.random() < 0.09:
            fb(c, t0 + D(minutes=int(rng.integers(2, 240))), "web_form", "not_covered", tp="tp_coverage")
        if result == "coming_soon" and rng.random() < 0.30:   # built out later, checks again
            t_re = t0 + D(days=int(rng.integers(60, 200)), hours=int(rng.integers(0, 8)))
            if t_re <= END:
                sess = nid("S", 7)
                ev(c, t_re, "tp_coverage", "covered", channel=("web" if ch == "comparison_site" else ch),
                   device=dev, session_id=sess, address_type=c["dwelling_type"], partner="", recheck="yes")
                return journey_after_coverage(c, t_re, "web" if ch == "comparison_site" else ch, dev, sess)
        return None
    return journey_after_coverage(c, t0, ch, dev, sess)


def journey_after_coverage(c, t0, ch, dev, sess):
    city = c["city"]
    en = CITIES[city][5]
    p_sel, p_ord = STEP_P[ch]
    if rng.random() > p_sel:
        c["segment"] = "prospect"
        return None
    same = rng.random() < 0.7
    t1 = t0 + (D(minutes=float(rng.uniform(1, 12))) if same else D(days=float(rng.uniform(0.5, 9))))
    tiers = list(TIERS)
    tier = pick(tiers, TIER_W_EN if en else TIER_W_CN)
    if c["dwelling_type"] == "house" and tier == "essential" and rng.random() < 0.4:
        tier = "superfast"
    och = ORDER_CH[ch]
    sess2 = sess if same else nid("S", 7)
    ev(c, t1, "tp_plan_select", "selected", channel=("web" if ch == "comparison_site" else ch), device=dev,
       session_id=sess2, tier=tier, 套餐档位=TIERS[tier][0], plan_mbps=speed_of(city, tier),
       list_price_usd=round(plan_price_usd(city, tier), 2))
    if rng.random() > p_ord:
        c["segment"] = "prospect"
        return None
    u = rng.random()
    if u < 0.6:
        t2 = t1 + D(minutes=float(rng.uniform(2, 25)))
    elif u < 0.93:
        t2 = t1 + D(days=float(rng.uniform(0.5, 12)))
    else:
        t2 = t1 + D(days=float(rng.uniform(15, 40)))    # came back after the window
    if t2 > END:
        c["segment"] = "prospect"
        return None
    contract = int(pick([12, 24, 0], [0.5, 0.38, 0.12] if en else [0.62, 0.25, 0.13]))
    promo = 12 if contract else 0
    oid_ev = ev(c, t2, "tp_order", "submitted", channel=och, device=dev, session_id=sess2 if t2 - t1 < D(hours=1)
                else nid("S", 7), tier=tier, 套餐档位=TIERS[tier][0], contract_months=contract,
                promo_months=promo, sales_agent=(nid("AG", 4) if och in ("door_to_door", "store", "phone") else ""))
    fee_local = (0 if contract == 24 else 60) if en else (0 if contract == 24 else 200)
    o = order(c, t2, "new_connection", fee_local * CITIES[city][4], "paid", tier=tier, contract_months=contract,
              order_channel=och)
    c["contract_months"] = contract
    c["tier"], c["套餐档位"] = tier, TIERS[tier][0]
    c["segment"] = "ordered"
    # booking
    if rng.random() < 0.045:
        o["status"] = "cancelled"
        c["segment"] = "order_cancelled"
        return None
    lo, hi = CITIES[city][8]
    lead = int(rng.integers(lo, hi + 1))
    if city == "Manchester" and rng.random() < 0.25:
        lead += int(rng.integers(5, 12))
    if lead >= 3 and rng.random() < 0.25:     # booked later from the confirmation e-mail / SMS link
        t3 = t2 + D(hours=float(rng.uniform(2, 40)))
    else:                                     # booked in the same checkout
        t3 = t2 + D(minutes=float(rng.uniform(1, 20)))
    slot_day = t2 + D(days=lead)
    slot = pick(["08:00-12:00", "12:00-17:00", "17:00-20:00"], [0.45, 0.45, 0.10])
    ev(c, t3, "tp_install_booking", "booked", channel=pick(["web", "app", "phone"] if en else
                                                           ["app", "mini_program", "phone"]),
       device="", slot_date=slot_day.strftime("%Y-%m-%d"), slot_window=slot, lead_days=lead)
    if lead > 12 and rng.random() < 0.15:
        fb(c, t3 + D(hours=int(rng.integers(1, 48))), "web_form", "install_date")
    # visits
    visit_day = slot_day
    visit_no = 1
    installed_at = None
    contractor = pick(CONTRACTORS[city], [0.55, 0.45])
    while visit_no <= 3:
        hour_lo = {"08:00-12:00": 8, "12:00-17:00": 12, "17:00-20:00": 17}[slot]
        tv = at_hour(visit_day, hour_lo, hour_lo + 4)
        fail_p = CITIES[city][9] if visit_no == 1 else 0.10 if visit_no == 2 else 0.02
        reasons = list(FAIL_REASONS)
        w = [FAIL_REASONS[r][1] if en else FAIL_REASONS[r][2] for r in reasons]
        shortage = ONT_SHORTAGE[0] <= tv < ONT_SHORTAGE[1]
        if shortage and city == "Melbourne":      # the Melbourne warehouse ran out of ONTs
            fail_p = 0.62
            w = [0.05, 0.05, 0.04, 0.04, 0.80, 0.02]
        elif shortage:                            # the recalled ONT batch: thinner stock everywhere
            fail_p += 0.09
            w = [x + (0.6 if r == "missing_equipment" else 0.0) for x, r in zip(w, reasons)]
        late_min = int(max(0, rng.normal(5, 25))) if not rng.random() < 0.08 else int(rng.integers(60, 200))
        failed = rng.random() < fail_p
        if failed:
            reason = pick(reasons, w)
            ev(c, tv, "tp_tech_visit", "failed", channel="other", visit_no=visit_no, contractor=contractor,
               fail_reason=reason, 未装通原因=FAIL_REASONS[reason][0], minutes_late=late_min,
               duration_min=int(rng.integers(15, 70)))
            if tv >= START and rng.random() < (0.16 if shortage and reason == "missing_equipment" else 0.07):
                ch_fb = pick(["install_survey", "social"], [0.7, 0.3])
                fb(c, tv + D(hours=int(rng.integers(2, 30))), ch_fb, "revisit",
                   rating=int(pick([1, 1, 2])) if ch_fb == "install_survey" else None)
            if visit_no == 2 and rng.random() < 0.35:
                o["status"] = "cancelled"
                c["segment"] = "order_cancelled"
                return None
            d0, d1 = FAIL_REASONS[reason][3]
            visit_day = visit_day + D(days=int(rng.integers(d0, d1 + 1)))
            visit_no += 1
            if visit_day > END:
                return None
            continue
        ev(c, tv, "tp_tech_visit", "installed", channel="other", visit_no=visit_no, contractor=contractor,
           fail_reason="", 未装通原因="", minutes_late=late_min, duration_min=int(rng.integers(60, 200)),
           ont_model=pick(["HG8145X6", "F7610M", "XS-010X-Q"]))
        installed_at = tv
        # install survey
        if tv >= START and rng.random() < 0.33:
            if late_min >= 60:
                topic = "late_tech" if rng.random() < 0.6 else "generic:negative"
            elif visit_no > 1:
                topic = pick(["revisit", "generic:negative", "generic:neutral"], [0.4, 0.3, 0.3])
            else:
                topic = pick(["tech_praise", "generic:positive", "generic:neutral", "generic:negative"],
                             [0.36, 0.34, 0.2, 0.1])
            sent = TOPICS[topic][1] if topic in TOPICS else topic.split(":")[1]
            fb(c, tv + D(hours=int(rng.integers(2, 48))), "install_survey", topic, tp="tp_tech_visit",
               rating=stars(sent), contractor=contractor, visit_no=visit_no)
        break
    if installed_at is None:
        o["status"] = "cancelled"
        c["segment"] = "order_cancelled"
        return None
    lo_h, hi_h = CITIES[city][10]
    hrs = float(rng.uniform(lo_h, hi_h))
    t_live = installed_at + D(hours=hrs)
    if t_live > END:
        return None
    ev(c, t_live, "tp_activation", "activated", channel="other", activation_hours=round(hrs, 1),
       ont_model=pick(["HG8145X6", "F7610M", "XS-010X-Q"]))
    return subscriber(c, t_live, tier, contract, promo)


# ---------------- NPS, social, general ----------------

def nps_waves():
    for wave, day in (("2025-06", datetime(2025, 6, 16)), ("2025-12", datetime(2025, 12, 8)),
                      ("2026-06", datetime(2026, 6, 15))):
        for c in CUSTOMERS:
            if not c["activated_at"]:
                continue
            live = datetime.fromisoformat(c["activated_at"])
            gone = datetime.fromisoformat(c["churned_at"]) if c["churned_at"] else None
            if live > day - D(days=30) or (gone and gone < day):
                continue
            if rng.random() > 0.11:
                continue
            city = c["city"]
            base = {"Manchester": 7.0, "Dublin": 7.2, "Melbourne": 7.3, "Toronto": 7.4, "Chengdu": 7.8,
                    "Wuhan": 7.6, "Hangzhou": 8.0, "Nanjing": 7.7}[city]
            if wave == "2026-06":
                base -= 1.2 if CITIES[city][5] else 0.3     # April price rise in English-speaking cities
            score = int(np.clip(round(rng.normal(base, 2.0)), 0, 10))
            if score >= 9:
                topic = pick(["speed_praise", "tech_praise", "generic:positive"], [0.3, 0.1, 0.6])
            elif score >= 7:
                topic = pick(["generic:neutral", "generic:positive"], [0.6, 0.4])
            else:
                opts = ["generic:negative", "outage", "hold_time", "app_crash"]
                w = [0.5, 0.15, 0.2, 0.15]
                if wave == "2026-06" and CITIES[city][5]:
                    opts.append("price_rise")
                    w = [0.3, 0.1, 0.1, 0.1, 0.4]
                topic = pick(opts, w)
            ts = day + D(days=int(rng.integers(0, 10)), hours=int(rng.integers(8, 22)))
            fb(c, ts, "nps_survey", topic, tp=None, nps=score, survey_wave=wave)


def social_and_reviews():
    customers = [c for c in CUSTOMERS if c["activated_at"]]
    for _ in range(520):   # app store reviews, no customer
        c = customers[int(rng.integers(len(customers)))]
        lang = c["preferred_language"]
        ts = START + D(seconds=int(rng.uniform(0, (END - START).total_seconds())))
        topic = pick(["app_crash", "generic:positive", "generic:neutral", "generic:negative", "speed_praise"],
                     [0.22, 0.33, 0.15, 0.2, 0.1])
        sent = TOPICS[topic][1] if topic in TOPICS else topic.split(":")[1]
        fb(None, ts, "app_review", topic, lang=lang, tp=None if topic != "speed_praise" else "tp_speed_test",
           rating=stars(sent), platform=pick(["App Store", "Google Play"] if lang == "en" else
                                             ["App Store", "应用宝", "华为应用市场"]), city=c["city"])
    for k in range(460):   # social posts; a quarter scraped without a date
        c = customers[int(rng.integers(len(customers)))]
        lang = c["preferred_language"]
        ts = START + D(seconds=int(rng.uniform(0, (END - START).total_seconds())))
        topic = pick(["outage", "hold_time", "late_tech", "tech_praise", "speed_praise", "generic:negative",
                      "generic:positive", "dead_zone", "not_covered"],
                     [0.14, 0.14, 0.08, 0.07, 0.09, 0.2, 0.14, 0.06, 0.08])
        undated = rng.random() < 0.25
        fb(c if rng.random() < 0.5 else None, None if undated else ts, "social", topic, lang=lang,
           platform=pick(PLATFORMS_EN if lang == "en" else PLATFORMS_CN), city=c["city"])
    for c in customers:    # paper feedback cards left by technicians (undated)
        if rng.random() < 0.012:
            topic = pick(["tech_praise", "generic:positive", "late_tech", "generic:neutral"], [0.4, 0.3, 0.15, 0.15])
            sent = TOPICS[topic][1] if topic in TOPICS else topic.split(":")[1]
            fb(c, None, "install_card", topic, tp="tp_tech_visit", rating=stars(sent))


# ---------------- main ----------------

def month_starts():
    t = START
    out = []
    while t <= END:
        out.append(t)
        t = add_months(t, 1)
    return out


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # legacy subscribers (live before 2025)
    for _ in range(N_LEGACY):
        city = pick(CITY_NAMES, [CITIES[x][7] for x in CITY_NAMES])
        en = CITIES[city][5]
        live = datetime(2021, 1, 1) + D(days=int(rng.integers(0, 1460)), hours=int(rng.integers(9, 18)))
        src = pick(list(SOURCES), [SOURCES[s][2] if en else SOURCES[s][3] for s in SOURCES])
        c = make_customer(city, src, live - D(days=int(rng.integers(10, 40))), legacy=True)
        tier = pick(list(TIERS), TIER_W_EN if en else TIER_W_CN)
        contract = int(pick([12, 24, 0], [0.5, 0.38, 0.12]))
        c["contract_months"] = contract
        subscriber(c, live, tier, contract, 12 if contract else 0, legacy=True)
    # prospects 2025-01 .. 2026-06
    months = month_starts()
    season = [1.05, 0.95, 1.0, 0.95, 0.9, 0.9, 1.0, 1.15, 1.25, 1.05, 0.95, 0.85,
              1.1, 1.0, 1.05, 1.0, 0.95, 0.95]
    per_month = rng.multinomial(N_PROSPECTS, np.asarray(season) / sum(season))
    plans = []
    for m, n in zip(months, per_month):
        nxt = add_months(m, 1)
        for _ in range(n):
            t0 = m + D(seconds=int(rng.uniform(0, (nxt - m).total_seconds())))
            hr = int(pick(list(range(24)), [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.2, 1.6, 1.7, 1.6, 1.6, 1.5,
                                            1.5, 1.5, 1.5, 1.6, 1.8, 2.1, 2.2, 1.8, 1.0, 0.5]))
            plans.append(t0.replace(hour=hr))
    plans.sort()
    for t0 in plans:
        city = pick(CITY_NAMES, [CITIES[x][7] for x in CITY_NAMES])
        en = CITIES[city][5]
        src = pick(list(SOURCES), [SOURCES[s][2] if en else SOURCES[s][3] for s in SOURCES])
        ch = SOURCES[src][1]
        if ch in ("door_to_door", "store", "phone"):
            t0 = at_hour(t0, 9, 20)
        c = make_customer(city, src, t0)
        prospect(c, t0, src)
    nps_waves()
    social_and_reviews()
    # a few exact re-sent billing rows (loaded once)
    bills = [e for e in EVENTS if e["touchpoint_id"] == "tp_bill"]
    for i in rng.choice(len(bills), 30, replace=False):
        EVENTS.append(dict(bills[int(i)]))

    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "city"]
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    for c in CUSTOMERS:
        if not c["segment"]:
            c["segment"] = "prospect"
        if c["segment"] == "ordered":
            c["segment"] = "awaiting_install"
    write(out / "customers.csv", [{k: v for k, v in c.items() if not k.startswith("_")} for c in CUSTOMERS])
    write(out / "events.csv", EVENTS, first=ev_cols)
    write(out / "orders.csv", sorted(ORDERS, key=lambda r: r["ts"]), first=["order_id", "customer_id", "ts",
                                                                            "amount", "status"])
    write(out / "feedback.csv", FEEDBACK, first=["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                 "channel", "rating", "nps"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", TRUTH)


def write(path: Path, rows: list[dict], first=()) -> None:
    cols = list(first)
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, restval="")
        w.writeheader()
        for r in rows:
            w.writerow(r)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
