"""禾集 Harvest Row farmers' markets (synthetic, written blind).

An operator running weekend farmers' markets and renting stalls to vendors: 上海徐汇滨江市集 Shanghai Xuhui Riverside
(Sat + Sun), 北京亮马河农夫市集 Beijing Liangma River (Sat), 深圳蛇口海上世界市集 Shenzhen Shekou (Sun) in CNY,
London Peckham Saturday Market (GBP), Sydney Eveleigh Farmers Market (Sat, AUD) and Toronto Leslieville Market (Sun,
May-October only, CAD).

Customers are the vendors (growers, food makers, street-food traders, artisans). Journey: vendor application (website
form, WeChat mini program, a paper form at the market's info tent, or a referral by another vendor) -> product and
food-safety check (licence, hygiene certificate, insurance, "do you grow / make it yourself") -> stall offer (pitch type
and daily fee; accepted / declined / expired) -> stall booking per market day (vendor app, mini program or web) -> stall
fee payment (electricity and gazebo add-ons) -> check-in on the day, or a no-show, or a cancellation (late ones keep the
fee) -> health inspections on market days -> on-site issue reports -> season renewal notice -> renew or leave.
Vendor support (phone / WeChat / email) throughout. Shoppers leave feedback too (surveys, social, comment cards).

Data 2024-07-01 .. 2026-06-30 (extract taken mid-July 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(the topic of each comment: generator truth, not a DATA.md table). Deterministic (fixed seed), numpy + stdlib.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260714
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 7, 1)          # END exclusive: data through 2026-06-30
QUOTE_BUG = (datetime(2025, 11, 3), datetime(2025, 12, 1))        # offer letters quoting double the daily fee
GATEWAY = (datetime(2025, 9, 1), datetime(2025, 9, 29))           # new payment gateway: card payments failing
LATE_RULE = datetime(2026, 1, 1)                                  # free cancellation 48 h -> 7 days before
SYD_POWER = (date(2026, 1, 3), date(2026, 2, 28))                 # Eveleigh switchboard trips in the heat
SHEKOU_MALL = datetime(2025, 10, 1)                               # new mall opposite Shekou: footfall drops

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_application", "摊主入驻申请", "Vendor application", "awareness", "web", "digital", "vendor_relations",
     "入驻申请|摊主申请|报名摆摊|申请表|vendor application|stall application|apply|application form|sign-up"),
    ("tp_vetting", "产品与食品安全审核", "Product & food-safety check", "consideration", "web", "digital", "compliance",
     "资质审核|食品安全审核|产品审核|证照审核|vetting|food safety check|product check|document check|approval"),
    ("tp_stall_offer", "摊位邀约", "Stall offer", "consideration", "email", "digital", "vendor_relations",
     "摊位通知|摊位邀请|邀约|offer|stall offer|pitch offer|offer letter"),
    ("tp_booking", "摊位预订", "Stall booking", "purchase", "app", "digital", "market_ops",
     "订摊|预订摊位|订位|排摊|stall booking|booking|book a pitch|reserve a stall"),
    ("tp_fee_payment", "摊位费支付", "Stall fee payment", "purchase", "app", "digital", "finance",
     "交摊位费|付款|支付|缴费|stall fee|payment|pay|pitch fee|checkout"),
    ("tp_checkin", "出摊签到", "Market-day check-in", "service", "store", "physical", "market_ops",
     "签到|到场|出摊|摆摊当天|check-in|check in|arrival|setup|market day"),
    ("tp_cancellation", "取消预订", "Booking cancellation", "service", "app", "digital", "market_ops",
     "取消摊位|退订|取消订摊|cancellation|cancel|cancel a booking|late cancellation"),
    ("tp_no_show", "缺席记录", "No-show", "service", "store", "physical", "market_ops",
     "缺席|爽约|没来出摊|放鸽子|no-show|no show|did not turn up|absent"),
    ("tp_health_inspection", "卫生检查", "Health inspection", "service", "store", "physical", "compliance",
     "食品检查|卫生抽检|市场监管检查|EHO visit|health inspection|hygiene inspection|food inspection|inspection"),
    ("tp_onsite_issue", "现场问题上报", "On-site issue report", "service", "app", "digital", "market_ops",
     "现场报修|现场问题|设施问题|on-site issue|site issue|incident report|fault report"),
    ("tp_renewal_notice", "续季通知", "Season renewal notice", "loyalty", "email", "digital", "vendor_relations",
     "续季提醒|续约通知|下季报名通知|renewal notice|season renewal reminder|renewal email"),
    ("tp_renewal", "续季/退出", "Season renewal or leaving", "loyalty", "web", "digital", "vendor_relations",
     "续季|续约|退出市集|不续了|renewal|renew|leave the market|quit|churn"),
    ("tp_vendor_support", "摊主服务", "Vendor support", "service", "phone", "digital", "vendor_relations",
     "客服|摊主客服|热线|咨询|vendor support|helpdesk|support line|customer service"),
    ("tp_shopper_visit", "顾客逛市集", "Shopper market visit", "awareness", "store", "physical", "marketing",
     "逛市集|顾客体验|赶集|shopper visit|market visit|shopper experience|shoppers"),
]
JOURNEYS = [
    ("vendor_onboarding", "摊主入驻", "Vendor onboarding", ["tp_application", "tp_vetting", "tp_stall_offer"], 30),
    ("first_market", "首次出摊", "First market day",
     ["tp_stall_offer", "tp_booking", "tp_fee_payment", "tp_checkin"], 45),
    ("market_day", "摊位预订到出摊", "Booking to market day", ["tp_booking", "tp_fee_payment", "tp_checkin"], 30),
    ("season_renewal", "续季", "Season renewal", ["tp_renewal_notice", "tp_renewal", "tp_booking"], 60),
]

MARKETS = {  # zh, en, city zh, city en, country, region, currency, weekdays (Mon=0), capacity, zh share, apps/month
    "M1": dict(zh="上海徐汇滨江市集", en="Shanghai Xuhui Riverside Market", czh="上海", cen="Shanghai", country="CN",
               region="上海", cur="CNY", days=(5, 6), cap=58, zhs=0.97, apps=17, open_h=10.0),
    "M2": dict(zh="北京亮马河农夫市集", en="Beijing Liangma River Farmers Market", czh="北京", cen="Beijing",
               country="CN", region="北京", cur="CNY", days=(5,), cap=46, zhs=0.97, apps=12, open_h=10.0),
    "M3": dict(zh="深圳蛇口海上世界市集", en="Shenzhen Shekou Sea World Market", czh="深圳", cen="Shenzhen",
               country="CN", region="广东", cur="CNY", days=(6,), cap=46, zhs=0.96, apps=11, open_h=10.0),
    "M4": dict(zh="伦敦佩卡姆周六市集", en="London Peckham Saturday Market", czh="伦敦", cen="London", country="UK",
               region="Greater London", cur="GBP", days=(5,), cap=44, zhs=0.05, apps=11, open_h=9.0),
    "M5": dict(zh="悉尼埃弗利农夫市集", en="Sydney Eveleigh Farmers Market", czh="悉尼", cen="Sydney", country="AU",
               region="New South Wales", cur="AUD", days=(5,), cap=50, zhs=0.10, apps=12, open_h=8.0),
    "M6": dict(zh="多伦多莱斯利维尔市集", en="Toronto Leslieville Market", czh="多伦多", cen="Toronto", country="CA",
               region="Ontario", cur="CAD", days=(6,), cap=40, zhs=0.12, apps=9, open_h=9.0),
}
CNY = {"CNY": 1.0, "GBP": 9.1, "AUD": 4.7, "CAD": 5.2}
LEGACY = {"M1": 115, "M2": 80, "M3": 85, "M4": 78, "M5": 90, "M6": 66}
STALLS = ["standard", "double", "corner", "food_truck"]
STALL_ZH = {"standard": "标准摊位", "double": "双摊位", "corner": "转角摊位", "food_truck": "餐车位"}
FEES = {"M1": [280, 520, 340, 450], "M2": [240, 450, 300, 400], "M3": [220, 420, 280, 380],
        "M4": [55, 100, 65, 90], "M5": [110, 200, 130, 180], "M6": [85, 160, 100, 140]}
POWER_FEE = {"CNY": 60, "GBP": 15, "AUD": 25, "CAD": 20}
GAZEBO_FEE = {"CNY": 80, "GBP": 20, "AUD": 35, "CAD": 30}
NOSHOW_FEE = {"CNY": 100, "GBP": 25, "AUD": 40, "CAD": 30}
SEASON_PASS_DISCOUNT = 0.15
CLOSED = {  # (first, last) closure days per market
    "M1": [(date(2025, 1, 25), date(2025, 2, 9)), (date(2026, 2, 14), date(2026, 3, 1))],
    "M2": [(date(2025, 1, 25), date(2025, 2, 9)), (date(2026, 2, 14), date(2026, 3, 1))],
    "M3": [(date(2025, 1, 25), date(2025, 2, 9)), (date(2026, 2, 14), date(2026, 3, 1))],
    "M4": [(date(2024, 12, 22), date(2025, 1, 4)), (date(2025, 12, 21), date(2026, 1, 3))],
    "M5": [(date(2024, 12, 25), date(2024, 12, 29)), (date(2025, 12, 25), date(2025, 12, 28))],
    "M6": [],
}
CATS = [  # category, zh, segment, needs food-safety inspection, power share
    ("fresh_produce", "新鲜蔬果", "grower", False, 0.03),
    ("meat_seafood", "肉类海鲜", "grower", True, 0.60),
    ("dairy_eggs", "乳品蛋类", "grower", True, 0.45),
    ("bakery", "烘焙", "food_maker", True, 0.25),
    ("preserves", "果酱腌制品", "food_maker", True, 0.03),
    ("coffee_drinks", "咖啡饮品", "street_food", True, 0.97),
    ("hot_food", "熟食小吃", "street_food", True, 0.97),
    ("flowers_plants", "鲜花绿植", "grower", False, 0.02),
    ("crafts", "手工艺品", "artisan", False, 0.05),
]
CAT_P = [0.24, 0.07, 0.07, 0.12, 0.07, 0.09, 0.16, 0.07, 0.11]
SEGMENT_ZH = {"grower": "种植养殖户", "food_maker": "食品手作", "street_food": "街头餐饮", "artisan": "手工艺人"}
CHANNEL_ZH = {"web": "官网申请", "mini_program": "微信小程序", "market_visit": "市集现场填表",
              "referral": "摊主推荐"}
TIER_ZH = {"season_pass": "季卡", "casual": "散租"}
METHOD_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_card": "银行卡", "card": "信用卡/借记卡",
             "apple_pay": "Apple Pay", "bank_transfer": "银行转账"}
STATUS_ZH = {"active": "在营", "left": "已退出", "lapsed": "未续季", "rejected": "审核未通过",
             "application_incomplete": "申请未完成", "offer_declined": "拒绝邀约", "offer_expired": "邀约过期",
             "in_review": "审核中"}
REJECT = [("no_food_licence", "缺少食品经营许可"), ("resale_not_own_produce", "非自产转卖"),
          ("no_liability_insurance", "缺少公众责任险"), ("hygiene_cert_missing", "卫生证明缺失"),
          ("category_full", "品类已满")]
DECLINE = [("fee_too_high", "摊位费太贵"), ("pitch_location", "位置不理想"), ("date_clash", "档期冲突"),
           ("joined_other_market", "去了别的市集")]
CANCEL = [("illness", "生病"), ("weather", "天气原因"), ("short_of_stock", "货源不足"), ("schedule_clash", "档期冲突"),
          ("vehicle_problem", "车辆故障")]
LEAVE = [("low_footfall", "客流太少"), ("fees_too_high", "摊位费太高"), ("moved_to_other_market", "转去其他市集"),
         ("personal", "个人原因"), ("stopped_trading", "不做了")]
ISSUES = [("power_outage", "断电跳闸"), ("water_point", "用水点故障"), ("waste", "垃圾清运"),
          ("pitch_dispute", "摊位纠纷"), ("wind_damage", "大风损坏"), ("flooding", "积水")]
INSP_ISSUES = [("temperature_control", "冷藏温度不达标"), ("hand_washing", "洗手设施不足"),
               ("allergen_labelling", "过敏原标识缺失"), ("licence_not_displayed", "证照未公示"),
               ("cross_contamination", "生熟混放")]
CONTACT = [("payment_problem", "付款问题"), ("booking_change", "改期/换摊"), ("cancellation_fee", "取消费争议"),
           ("power", "用电问题"), ("pitch_location", "摊位位置"), ("application_status", "申请进度"),
           ("inspection", "卫生检查咨询"), ("other", "其他")]
AGENCY = {"M1": "徐汇区市场监管局", "M2": "朝阳区市场监管局", "M3": "南山区市场监管局",
          "M4": "Southwark Council EHO", "M5": "NSW Food Authority", "M6": "Toronto Public Health"}
INSPECTORS = {"M1": ["周敏", "钱立新"], "M2": ["赵磊", "孙海燕"], "M3": ["黄志坚", "林晓慧"],
              "M4": ["Gareth Evans", "Ama Boateng"], "M5": ["Sophie Tran", "Liam O'Connor"],
              "M6": ["Daniel Ferreira", "Ruth Kim"]}
NOTICES = {  # renewal notice date, season code, season start
    "main": [(date(2024, 8, 5), "2024S2", date(2024, 9, 1)), (date(2025, 2, 3), "2025S1", date(2025, 3, 1)),
             (date(2025, 8, 4), "2025S2", date(2025, 9, 1)), (date(2026, 2, 2), "2026S1", date(2026, 3, 1))],
    "M6": [(date(2025, 4, 7), "2025T", date(2025, 5, 1)), (date(2026, 4, 6), "2026T", date(2026, 5, 1))],
}
SEASON_ZH = {"2024S2": "2024秋冬季", "2025S1": "2025春夏季", "2025S2": "2025秋冬季", "2026S1": "2026春夏季",
             "2025T": "2025季", "2026T": "2026季"}

ZH_NAMES_A = ["老王", "阿婆", "小林", "田园", "山里", "青禾", "禾木", "麦香", "陈记", "李家", "乡间", "原野", "晨露",
              "木子", "春风", "溪边", "谷雨", "小满"]
ZH_NAMES_B = ["有机菜园", "手工酱坊", "烘焙", "咖啡", "小吃", "农场", "花房", "蜂蜜", "手作", "豆腐坊", "果园", "腊味"]
EN_NAMES_A = ["Hillside", "Rosie's", "Old Mill", "Green Lane", "Bramble", "Oak & Ash", "Little Acre", "Saltmarsh",
              "Kettle", "Wildflower", "Riverbend", "Copper Pot", "Blue Door", "Maple", "Harbour", "Sunny Side"]
EN_NAMES_B = ["Greens", "Sourdough", "Coffee Co", "Dumplings", "Farm", "Flowers", "Honey", "Preserves", "Pottery",
              "Dairy", "Orchard", "Smokehouse", "Kitchen", "Bakehouse"]


def pick(options, p=None):
    return options[int(rng.choice(len(options), p=p))]


def at(d, h0, h1):
    if isinstance(d, datetime):
        d = d.date()
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0 * 3600, h1 * 3600)))


# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
VEND: dict[str, dict] = {}
OFFERS: list[dict] = []
ctr = {"a": 0, "o": 0, "b": 0, "k": 0, "i": 0, "s": 0, "r": 0}


def nid(kind, prefix, width=6):
    ctr[kind] += 1
    return f"{prefix}{ctr[kind]:0{width}d}"


def mcols(mid):
    m = MARKETS[mid]
    return dict(market_id=mid, market=m["zh"], market_en=m["en"])


def ev(v, ts, tp, action, session, channel, device=None, **extra):
    if ts >= END or ts < START:
        return None
    row = dict(customer_id=v["customer_id"], ts=ts, touchpoint_id=tp, session_id=session, action=action,
               device=device, channel=channel, **mcols(v["market_id"]))
    row.update(extra)
    EVENTS.append(row)
    return row


def order(v, ts, otype, amount, status, channel, device=None, **extra):
    if ts >= END or ts < START:
        return None
    cur = MARKETS[v["market_id"]]["cur"]
    row = dict(order_id=None, customer_id=v["customer_id"], ts=ts, amount=round(float(amount), 2), status=status,
               channel=channel, device=device, order_type=otype, currency=cur,
               amount_cny=round(float(amount) * CNY[cur], 2), **mcols(v["market_id"]))
    row.update(extra)
    ORDERS.append(row)
    return row


def fb(ts, channel, topic, market_id, v=None, tp=None, lang=None, respondent="vendor"):
    if lang is None:
        lang = v["lang"] if v else ("zh" if rng.random() < MARKETS[market_id]["zhs"] else "en")
    if ts is not None and (ts >= END or ts < START):
        return
    FEEDBACK.append(dict(customer_id=v["customer_id"] if v else None, ts=ts, touchpoint_id=tp, channel=channel,
                         topic=topic, market_id=market_id, lang=lang, respondent=respondent))


# ---------------------------------------------------------------- vendors
def new_vendor(mid, signup_at, channel, legacy=False):
    m = MARKETS[mid]
    cn = m["country"] == "CN"
    cid = f"V{len(VEND) + 1:05d}"
    k = int(rng.choice(len(CATS), p=CAT_P))
    cat, cat_zh, seg, food, pw = CATS[k]
    lang = "zh" if rng.random() < m["zhs"] else "en"
    if lang == "zh":
        name = pick(ZH_NAMES_A) + pick(ZH_NAMES_B)
    else:
        name = pick(EN_NAMES_A) + " " + pick(EN_NAMES_B)
    stall = "food_truck" if cat == "hot_food" and rng.random() < 0.35 else pick(
        ["standard", "double", "corner"], [0.72, 0.13, 0.15])
    if cn:
        method = pick(["wechat_pay", "alipay", "bank_card"], [0.60, 0.28, 0.12])
    else:
        method = pick(["card", "apple_pay", "bank_transfer"], [0.72, 0.18, 0.10])
    v = dict(customer_id=cid, market_id=mid, lang=lang, category=cat, category_zh=cat_zh, segment=seg,
             food=food, power=bool(rng.random() < pw), stall=stall, method=method,
             gw_affected=bool(rng.random() < 0.6), signup_at=signup_at, channel=channel, legacy=legacy,
             tier="season_pass" if rng.random() < (0.5 if legacy else 0.3) else "casual", name=name,
             years=int(rng.integers(3, 25)) if legacy else int(rng.integers(0, 12)),
             licence=bool(food and rng.random() < 0.9) if food else None,
             organic=bool(cat in ("fresh_produce", "dairy_eggs", "meat_seafood") and rng.random() < 0.3),
             staff=int(1 + rng.poisson(1.0)), device=pick(["ios", "android"], [0.4, 0.6] if cn else [0.6, 0.4]),
             status="active" if legacy else "in_review", active_from=None, active_until=None, first_days=0,
             gazebo=bool(not cn and rng.random() < 0.25) or bool(cn and rng.random() < 0.08))
    VEND[cid] = v
    return v


def legacy_vendors():
    for mid in MARKETS:
        cn = MARKETS[mid]["country"] == "CN"
        opts, p = (["web", "mini_program", "market_visit", "referral"], [0.25, 0.40, 0.20, 0.15]) if cn else \
            (["web", "market_visit", "referral"], [0.55, 0.28, 0.17])
        for _ in range(LEGACY[mid]):
            su = datetime(2024, 6, 1) - D(days=float(rng.uniform(30, 365 * 6)))
            v = new_vendor(mid, su, pick(opts, p), legacy=True)
            v["active_from"] = START - D(days=30)


def month_weight(mid, m):
    if mid == "M6":
        return {1: 1.2, 2: 1.6, 3: 2.0, 4: 1.6, 5: 1.0, 6: 0.6, 7: 0.4, 8: 0.3, 9: 0.2, 10: 0.2, 11: 0.3, 12: 0.6}[m]
    return {1: 0.8, 2: 1.2, 3: 1.4, 4: 1.3, 5: 1.1, 6: 1.0, 7: 1.0, 8: 1.1, 9: 1.0, 10: 0.9, 11: 1.0, 12: 0.6}[m]


def months():
    y, m = START.year, START.month
    while datetime(y, m, 1) < END:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def applicants():
    for mid, m in MARKETS.items():
        cn = m["country"] == "CN"
        opts, p = (["web", "mini_program", "market_visit", "referral"], [0.22, 0.40, 0.26, 0.12]) if cn else \
            (["web", "market_visit", "referral"], [0.56, 0.30, 0.14])
        for y, mo in months():
            n = int(rng.poisson(1.5 * m["apps"] * month_weight(mid, mo)))
            for _ in range(n):
                ch = pick(opts, p)
                day = int(rng.integers(1, 29))
                if ch == "market_visit":   # filled in at the info tent on a market day
                    d0 = date(y, mo, day)
                    while d0.weekday() not in m["days"]:
                        d0 += D(days=1)
                    ts = at(d0, m["open_h"], m["open_h"] + 5)
                else:
                    ts = at(date(y, mo, day), 7, 23.5)
                if ts >= END:
                    continue
                v = new_vendor(mid, ts, ch)
                apply_flow(v, ts)


def apply_flow(v, ts):
    mid, ch = v["market_id"], v["channel"]
    cn = MARKETS[mid]["country"] == "CN"
    app = nid("a", "A")
    dev = v["device"] if ch == "mini_program" else ("pc" if ch == "web" and rng.random() < 0.7 else
                                                   (v["device"] if ch == "web" else None))
    ev(v, ts, "tp_application", "submitted", app, ch, dev, product_category=v["category"], 品类=v["category_zh"],
       application_channel=ch, 申请渠道=CHANNEL_ZH[ch], business_name=v["name"], stall_type_wanted=v["stall"],
       摊位类型=STALL_ZH[v["stall"]])
    # the check needs the documents: paper forms are keyed in late and often come without them
    reach = {"web": 0.93, "mini_program": 0.95, "market_visit": 0.58, "referral": 0.97}[ch]
    if rng.random() >= reach:
        v["status"] = "application_incomplete"
        if rng.random() < (0.34 if ch == "market_visit" else 0.12):
            t = ts + D(days=float(rng.uniform(12, 40)))
            fb(t, pick(["ticket", "call_note"], [0.5, 0.5]), "no_reply", mid, v,
               tp=pick(["tp_application", "tp_vendor_support"], [0.6, 0.4]))
        if rng.random() < 0.45:
            t = ts + D(days=float(rng.uniform(8, 35)))
            support(v, t, "application_status")
        return
    delay = rng.gamma(2.0, 6.0) + 6 if ch == "market_visit" else rng.gamma(1.6, 2.5) + 0.5
    t = ts + D(days=float(delay))
    rej_p = {"web": 0.14, "mini_program": 0.12, "market_visit": 0.33, "referral": 0.07}[ch]
    if v["food"] and not v["licence"]:
        rej_p += 0.4
    rejected = rng.random() < rej_p
    rs = None
    if rejected:
        if v["food"] and not v["licence"]:
            rs = REJECT[0]
        elif ch == "market_visit":
            rs = pick(REJECT, [0.35, 0.15, 0.25, 0.2, 0.05])
        else:
            rs = pick(REJECT, [0.15, 0.3, 0.2, 0.15, 0.2])
    ev(v, t, "tp_vetting", "rejected" if rejected else "approved", app, "web", "pc", application_channel=ch,
       申请渠道=CHANNEL_ZH[ch], product_category=v["category"], 品类=v["category_zh"],
       reject_reason=rs[0] if rs else None, 驳回原因=rs[1] if rs else None,
       review_days=round(delay, 1), reviewer=pick(["Grace", "Tom", "Wei", "Lily"] if not cn else ["王芳", "李强", "张璐"]))
    if rejected:
        v["status"] = "rejected"
        if ch == "market_visit" and rng.random() < 0.15:
            fb(t + D(days=float(rng.uniform(1, 10))), "call_note", "no_reply", mid, v, tp="tp_vendor_support")
        return
    t2 = t + D(days=float(rng.uniform(1.5, 12)))
    if mid == "M6" and t2.month in (11, 12, 1, 2, 3):   # Toronto sends offers for the new season in April
        t2 = at(date(t2.year + (1 if t2.month >= 11 else 0), 4, int(rng.integers(1, 21))), 9, 17)
    offer_flow(v, t2, app)


def offer_flow(v, ts, app):
    mid = v["market_id"]
    cur = MARKETS[mid]["cur"]
    fee = FEES[mid][STALLS.index(v["stall"])]
    bug = QUOTE_BUG[0] <= ts < QUOTE_BUG[1]
    quoted = fee * 2 if bug else fee
    if bug:
        out = pick(["accepted", "declined", "expired"], [0.36, 0.44, 0.20])
    else:
        out = pick(["accepted", "declined", "expired"], [0.80, 0.12, 0.08])
    reason = None
    if out == "declined":
        reason = DECLINE[0] if bug and rng.random() < 0.85 else pick(DECLINE, [0.30, 0.30, 0.22, 0.18])
    resp = float(rng.uniform(0.2, 6)) if out != "expired" else 10.0
    t_out = ts + D(days=resp)
    off = nid("o", "OF")
    ev(v, ts, "tp_stall_offer", out, off, "email", None, application_id=app, stall_type=v["stall"],
       摊位类型=STALL_ZH[v["stall"]], quoted_daily_fee=quoted, standard_daily_fee=fee, currency=cur,
       decline_reason=reason[0] if reason else None, 拒绝原因=reason[1] if reason else None,
       response_days=round(resp, 1) if out != "expired" else None,
       outcome_at=t_out.strftime("%Y-%m-%d %H:%M:%S"))
    OFFERS.append(dict(v=v, ts=ts, out=out))
    if bug and rng.random() < 0.7:
        fb(t_out + D(days=float(rng.uniform(0, 4))), pick(["ticket", "call_note", "email"], [0.5, 0.3, 0.2]),
           "wrong_quote", mid, v, tp=pick(["tp_stall_offer", "tp_vendor_support"], [0.75, 0.25]))
        if rng.random() < 0.5:
            support(v, t_out + D(days=float(rng.uniform(0, 3))), "other")
    if out == "accepted":
        v["status"] = "active"
        v["active_from"] = t_out + D(days=float(rng.uniform(1, 6)))
        v["first_days"] = 1
    else:
        v["status"] = "offer_declined" if out == "declined" else "offer_expired"


def support(v, ts, reason, **extra):
    cn = MARKETS[v["market_id"]]["country"] == "CN"
    ch = pick(["phone", "wechat", "email"], [0.35, 0.5, 0.15]) if cn else pick(["phone", "email", "chat"],
                                                                              [0.4, 0.35, 0.25])
    rz = dict(CONTACT)[reason]
    ev(v, ts, "tp_vendor_support", "contact", nid("s", "S"), ch, None, contact_reason=reason, 咨询原因=rz,
       handle_min=round(float(rng.gamma(2.2, 4.0)), 1), **extra)


# ---------------------------------------------------------------- seasons: renewals and leaving
def renewals():
    for v in VEND.values():
        if v["status"] != "active":
            continue
        mid = v["market_id"]
        cn = MARKETS[mid]["country"] == "CN"
        notes = NOTICES["M6" if mid == "M6" else "main"]
        for nd, code, sstart in notes:
            if v["active_until"] is not None:
                break
            nts = at(nd, 9, 9.5)
            if v["active_from"] > nts:
                continue
            sess = nid("r", "R")
            ev(v, nts, "tp_renewal_notice", "sent", sess, "email" if not cn else "mini_program", None, season=code,
               季度=SEASON_ZH[code])
            shek = mid == "M3" and nts >= SHEKOU_MALL
            if shek:
                p = [0.50, 0.38, 0.12]
            elif v["tier"] == "season_pass":
                p = [0.86, 0.08, 0.06]
            else:
                p = [0.70, 0.15, 0.15]
            out = pick(["renewed", "left", "no_reply"], p)
            t = nts + D(days=float(rng.gamma(2.0, 5.0)) + 0.5)
            if out == "no_reply":
                v["active_until"] = datetime(sstart.year, sstart.month, sstart.day)
                v["status"] = "lapsed"
                continue
            reason = None
            if out == "left":
                if shek:
                    reason = pick(LEAVE, [0.70, 0.10, 0.10, 0.06, 0.04])
                else:
                    reason = pick(LEAVE, [0.14, 0.22, 0.24, 0.24, 0.16])
                v["active_until"] = datetime(sstart.year, sstart.month, sstart.day)
                v["status"] = "left"
            ev(v, t, "tp_renewal", out, sess, "web" if not cn else "mini_program", v["device"], season=code,
               季度=SEASON_ZH[code], leave_reason=reason[0] if reason else None, 退出原因=reason[1] if reason else None,
               mid_season=False if out == "left" else None)
            if out == "renewed" and rng.random() < 0.12:
                v["tier"] = "season_pass"
            if out == "left" and shek and rng.random() < 0.35:
                fb(t + D(days=float(rng.uniform(0, 5))), "call_note", "footfall", mid, v, tp="tp_vendor_support")
        # leaving mid-season
        if v["active_until"] is None and rng.random() < 0.10:
            t = START + D(days=float(rng.uniform(30, 720)))
            if t > v["active_from"] + D(days=40):
                reason = pick(LEAVE, [0.2, 0.2, 0.2, 0.25, 0.15])
                if mid == "M3" and t >= SHEKOU_MALL:
                    reason = LEAVE[0]
                ev(v, t, "tp_renewal", "left", nid("r", "R"), "phone", None, season=None, leave_reason=reason[0],
                   退出原因=reason[1], mid_season=True)
                v["active_until"] = t
                v["status"] = "left"


# ---------------------------------------------------------------- market days
def market_days():
    days = []
    d = START.date()
    while d < END.date():
        for mid, m in MARKETS.items():
            if d.weekday() not in m["days"]:
                continue
            if mid == "M6" and d.month not in (5, 6, 7, 8, 9, 10):
                continue
            if any(a <= d <= b for a, b in CLOSED[mid]):
                continue
            days.append((d, mid))
        d += D(days=1)
    return days


def book_prob(v, d):
    p = 0.80 if v["tier"] == "season_pass" else 0.28
    if len(MARKETS[v["market_id"]]["days"]) == 2:
        p *= 0.62
    if v["market_id"] == "M2" and d.month in (12, 1, 2):
        p *= 0.6
    if v["market_id"] == "M3" and d >= SHEKOU_MALL.date():
        p *= 0.8
    return p


def pay_attempts(v, ts):
    """payment attempts for one booking: list of (ts, method, ok)."""
    out = []
    t = ts + D(minutes=float(rng.uniform(0.5, 20)))
    for attempt in range(3):
        method = v["method"]
        if method == "bank_transfer":
            t = t + D(hours=float(rng.uniform(4, 40)))
        base = {"card": 0.035, "bank_card": 0.035, "apple_pay": 0.01, "wechat_pay": 0.006, "alipay": 0.006,
                "bank_transfer": 0.03}[method]
        if GATEWAY[0] <= t < GATEWAY[1] and method in ("card", "bank_card", "apple_pay"):
            if method == "apple_pay":
                base = 0.08
            else:
                base = 0.88 if v["gw_affected"] else 0.22
        ok = rng.random() >= base
        out.append((t, method, ok))
        if ok:
            return out
        if rng.random() < 0.25:
            return out
        t = t + D(hours=float(rng.uniform(0.2, 10)))
    return out


def bookings():
    days = market_days()
    by_market = {mid: [v for v in VEND.values() if v["active_from"] is not None and v["market_id"] == mid]
                 for mid in MARKETS}
    for d, mid in days:
        m = MARKETS[mid]
        cn = m["country"] == "CN"
        cur = m["cur"]
        dstart = datetime(d.year, d.month, d.day)
        cands, first = [], []
        for v in by_market[mid]:
            if v["active_until"] is not None and v["active_until"] <= dstart:
                continue
            if v["active_from"] > dstart - D(days=3):
                continue
            if v["first_days"] == 1:
                first.append(v)
            elif rng.random() < book_prob(v, d):
                cands.append(v)
        rng.shuffle(cands)
        chosen = first + cands[: max(0, m["cap"] - len(first))]
        power_day = mid == "M5" and SYD_POWER[0] <= d <= SYD_POWER[1]
        checked = []
        for v in chosen:
            lead = float(rng.uniform(3, 21)) if v["first_days"] != 1 else float(rng.uniform(1, 8))
            bts = max(dstart - D(days=lead), v["active_from"])
            bts = bts.replace(hour=int(rng.integers(7, 23)), minute=int(rng.integers(0, 60)))
            if bts > dstart - D(hours=30):
                bts = dstart - D(hours=30)
            v["first_days"] = 2 if v["first_days"] == 1 else v["first_days"]
            res = booking(v, bts, d, power_day)
            if res == "checked_in":
                checked.append(v)
        onsite(d, mid, checked, power_day)
        inspections(d, mid, checked)


def booking(v, bts, d, power_day):
    mid = v["market_id"]
    m = MARKETS[mid]
    cn = m["country"] == "CN"
    cur = m["cur"]
    b = nid("b", "BK", 7)
    dstart = datetime(d.year, d.month, d.day)
    chan = "mini_program" if cn and rng.random() < 0.75 else pick(["app", "web"], [0.7, 0.3])
    dev = v["device"] if chan != "web" else "pc"
    fee = FEES[mid][STALLS.index(v["stall"])]
    if v["tier"] == "season_pass":
        fee = round(fee * (1 - SEASON_PASS_DISCOUNT), 2)
    stall_no = f"{'ABCDEFG'[int(rng.integers(0, 7))]}{int(rng.integers(1, 20)):02d}"
    power = v["power"]
    gazebo = v["gazebo"] and rng.random() < 0.8
    common = dict(market_date=d.isoformat(), stall_no=stall_no, stall_type=v["stall"], 摊位类型=STALL_ZH[v["stall"]])
    ev(v, bts, "tp_booking", "booked", b, chan, dev, power_addon=power, gazebo_addon=gazebo, tier=v["tier"],
       **common)
    attempts = pay_attempts(v, bts)
    paid_ts = None
    for t, method, ok in attempts:
        total = fee + (POWER_FEE[cur] if power else 0) + (GAZEBO_FEE[cur] if gazebo else 0)
        ev(v, t, "tp_fee_payment", "paid" if ok else "failed", b, chan, dev, payment_method=method,
           支付方式=METHOD_ZH[method], amount_local=total, currency=cur,
           fail_reason=None if ok else ("3ds_timeout" if GATEWAY[0] <= t < GATEWAY[1] else
                                        pick(["insufficient_funds", "card_expired", "bank_declined"])), **common)
        if ok:
            paid_ts = t
    ocommon = dict(booking_id=b, market_date=d.isoformat(), stall_type=v["stall"], payment_method=attempts[-1][1],
                   tier=v["tier"])
    if paid_ts is None:
        # unpaid bookings are released after 48 hours
        rel = bts + D(hours=48)
        if rel > dstart:
            rel = dstart - D(hours=2)
        ev(v, rel, "tp_booking", "released", b, "other", None, release_reason="unpaid_48h", **common)
        order(v, bts, "stall_fee", fee, "cancelled", chan, dev, **ocommon)
        if power:
            order(v, bts, "electricity", POWER_FEE[cur], "cancelled", chan, dev, **ocommon)
        failed = [a for a in attempts if not a[2]]
        if failed and GATEWAY[0] <= failed[0][0] < GATEWAY[1]:
            if rng.random() < 0.30:
                ch = pick(["in_app", "ticket", "app_review", "call_note"], [0.4, 0.3, 0.18, 0.12])
                tp = {"in_app": "tp_fee_payment", "ticket": "tp_fee_payment", "app_review": None,
                      "call_note": "tp_vendor_support"}[ch]
                fb(rel + D(hours=float(rng.uniform(1, 72))), ch, "payment_failed", mid, v, tp=tp)
            if rng.random() < 0.5:
                support(v, rel + D(hours=float(rng.uniform(0, 30))), "payment_problem")
            if rng.random() < 0.35:   # switches to a wallet / transfer after losing a day
                v["method"] = "wechat_pay" if cn else pick(["apple_pay", "bank_transfer"], [0.7, 0.3])
        elif failed and rng.random() < 0.05:
            fb(rel + D(hours=float(rng.uniform(1, 72))), "ticket", "payment_failed", mid, v, tp="tp_fee_payment")
        return "released"
    pm = attempts[-1][1]
    so = order(v, paid_ts, "stall_fee", fee, "paid", chan, dev, **ocommon)
    po = order(v, paid_ts, "electricity", POWER_FEE[cur], "paid", chan, dev, **ocommon) if power else None
    go = order(v, paid_ts, "gazebo_hire", GAZEBO_FEE[cur], "paid", chan, dev, **ocommon) if gazebo else None
    if len(attempts) > 1 and GATEWAY[0] <= attempts[0][0] < GATEWAY[1] and rng.random() < 0.08:
        fb(paid_ts + D(hours=float(rng.uniform(0, 24))), "in_app", "payment_failed", mid, v, tp="tp_fee_payment")
    # cancellation by the vendor
    pc = 0.06 if v["tier"] == "season_pass" else 0.10
    if v["market_id"] == "M2" and d.month in (12, 1, 2):
        pc *= 1.6
    mstart = dstart + D(hours=m["open_h"])
    if rng.random() < pc:
        r = rng.random()
        if r < 0.33:
            notice = float(rng.uniform(3, 48))
        elif r < 0.66:
            notice = float(rng.uniform(48, 168))
        else:
            notice = float(rng.uniform(168, 480))
        cts = mstart - D(hours=notice)
        if cts <= paid_ts:
            cts = paid_ts + (mstart - paid_ts) * float(rng.uniform(0.2, 0.9))
            notice = (mstart - cts).total_seconds() / 3600
        late = notice < (168 if cts >= LATE_RULE else 48)
        cr = pick(CANCEL, [0.3, 0.2, 0.2, 0.18, 0.12])
        ev(v, cts, "tp_cancellation", "cancelled", b, chan, dev, notice_hours=round(notice, 1), is_late=late,
           取消类型="临时取消（扣费）" if late else "提前取消（全额退款）", cancel_reason=cr[0], 取消原因=cr[1],
           free_cancel_cutoff_h=168 if cts >= LATE_RULE else 48, **common)
        if not late:
            for o in (so, po, go):
                if o is not None:
                    o["status"] = "refunded"
                    o["refund_reason"] = "cancelled_in_time"
        else:
            pf = 0.33 if cts >= LATE_RULE else 0.05
            if notice >= 48:
                pf += 0.15 if cts >= LATE_RULE else 0.0
            if rng.random() < pf:
                ch = pick(["in_app", "ticket", "call_note", "app_review"], [0.56, 0.24, 0.12, 0.08])
                tp = {"in_app": "tp_cancellation", "ticket": "tp_cancellation", "call_note": "tp_vendor_support",
                      "app_review": None}[ch]
                fb(cts + D(minutes=float(rng.uniform(1, 60 * 48))), ch, "late_fee", mid, v, tp=tp)
            if rng.random() < (0.25 if cts >= LATE_RULE else 0.04):
                support(v, cts + D(hours=float(rng.uniform(1, 48))), "cancellation_fee")
        return "cancelled"
    # no-show
    pn = 0.025 if v["tier"] == "season_pass" else 0.075
    if mid == "M2" and d.month in (12, 1, 2):
        pn *= 3.0
    if mid == "M3" and d >= SHEKOU_MALL.date():
        pn *= 2.2
    if power_day and power:
        pn *= 1.6
    if rng.random() < pn:
        nts = mstart - D(minutes=float(rng.uniform(0, 30)))
        ev(v, nts, "tp_no_show", "no_show", b, "store", None, recorded_by="market_manager", **common)
        waived = rng.random() < 0.3
        order(v, nts + D(days=float(rng.uniform(1, 5))), "no_show_fee", NOSHOW_FEE[cur],
              "waived" if waived else "paid", "other", None, **ocommon)
        return "no_show"
    # check-in: setup window before opening; the cutoff is 30 min before the market opens
    cutoff = mstart - D(minutes=30)
    arr = mstart - D(minutes=float(rng.uniform(20, 150)))
    if rng.random() < 0.12:
        arr = cutoff + D(minutes=float(rng.gamma(2.0, 10.0)))
    late_min = max(0, int((arr - cutoff).total_seconds() // 60))
    ev(v, arr, "tp_checkin", "checked_in", b, "store", v["device"], minutes_late=late_min,
       checkin_method="qr_code" if rng.random() < 0.8 else "staff_list", **common)
    if rng.random() < 0.012:
        topic = pick(["pitch", "friendly", "other_vendor"], [0.35, 0.25, 0.40])
        if mid == "M3" and d >= SHEKOU_MALL.date() and rng.random() < 0.5:
            topic = "footfall"
        fb(arr + D(hours=float(rng.uniform(6, 30))), "in_app", topic, mid, v, tp="tp_checkin")
    v["_po"] = po
    return "checked_in"


def onsite(d, mid, checked, power_day):
    if not checked:
        return
    m = MARKETS[mid]
    base = datetime(d.year, d.month, d.day) + D(hours=m["open_h"])
    reports = []
    if power_day:
        pv = [v for v in checked if v["power"]]
        n = min(len(pv), int(rng.integers(5, 12)))
        for k in rng.permutation(len(pv))[:n]:
            reports.append((pv[int(k)], ISSUES[0]))
    if rng.random() < 0.30:
        w = [0.10, 0.12, 0.28, 0.25, 0.15, 0.10]
        reports.append((checked[int(rng.integers(len(checked)))], pick(ISSUES, w)))
    for v, iss in reports:
        t = base + D(minutes=float(rng.uniform(30, 300)))
        if iss[0] == "power_outage":
            mins = int(rng.gamma(3.0, 25.0)) if power_day else int(rng.gamma(2.0, 10.0))
        else:
            mins = int(rng.gamma(2.0, 12.0))
        ev(v, t, "tp_onsite_issue", "reported", nid("i", "IR"), "app", v["device"], issue_type=iss[0],
           问题类型=iss[1], minutes_lost=mins, market_date=d.isoformat(), reported_by="vendor")
        if iss[0] == "power_outage" and v.get("_po") is not None and power_day:
            v["_po"]["status"] = "refunded"
            v["_po"]["refund_reason"] = "power_outage"
        if iss[0] == "power_outage":
            if rng.random() < (0.6 if power_day else 0.25):
                ch = pick(["ticket", "call_note", "in_app"], [0.5, 0.3, 0.2])
                tp = {"ticket": "tp_onsite_issue", "call_note": "tp_vendor_support", "in_app": "tp_onsite_issue"}[ch]
                fb(t + D(hours=float(rng.uniform(1, 48))), ch, "power", mid, v, tp=tp)
            if rng.random() < 0.3:
                support(v, t + D(hours=float(rng.uniform(1, 30))), "power")
        elif iss[0] == "pitch_dispute" and rng.random() < 0.3:
            fb(t + D(hours=float(rng.uniform(1, 48))), "ticket", "pitch", mid, v, tp="tp_booking")


def inspections(d, mid, checked):
    cn = MARKETS[mid]["country"] == "CN"
    # China: district market regulators visit roughly twice a month; abroad about once a month
    if rng.random() >= (0.45 if cn else 0.23 if mid != "M1" else 0.3):
        return
    if mid == "M1" and rng.random() < 0.45:
        return
    food = [v for v in checked if v["food"]]
    if not food:
        return
    n = min(len(food), int(rng.integers(5, 11)))
    base = datetime(d.year, d.month, d.day) + D(hours=MARKETS[mid]["open_h"] + 0.5)
    hot = (d.month in (6, 7, 8)) if mid != "M5" else (d.month in (12, 1, 2))
    k = nid("k", "K")
    for j in rng.permutation(len(food))[:n]:
        v = food[int(j)]
        bad = {"hot_food": 0.26, "meat_seafood": 0.22, "dairy_eggs": 0.16, "bakery": 0.10, "coffee_drinks": 0.08,
               "preserves": 0.07}[v["category"]]
        if hot:
            bad *= 1.5
        res = "pass"
        iss = None
        if rng.random() < bad:
            res = "fail" if rng.random() < 0.2 else "improvement_notice"
            if hot and rng.random() < 0.55:
                iss = INSP_ISSUES[0]
            else:
                iss = pick(INSP_ISSUES, [0.26, 0.22, 0.22, 0.16, 0.14])
        score = int(np.clip(rng.normal(90 if res == "pass" else 72 if res == "improvement_notice" else 55, 5), 30, 100))
        t = base + D(minutes=float(rng.uniform(0, 150)))
        ev(v, t, "tp_health_inspection", res, k, "store", None, agency=AGENCY[mid],
           inspector=pick(INSPECTORS[mid]), issue=iss[0] if iss else None, 检查问题=iss[1] if iss else None,
           hygiene_score=score, product_category=v["category"], 品类=v["category_zh"], market_date=d.isoformat())
        if res != "pass" and rng.random() < 0.25:
            fb(t + D(hours=float(rng.uniform(2, 72))), pick(["ticket", "call_note"], [0.6, 0.4]), "inspection", mid, v,
               tp="tp_health_inspection")
            if rng.random() < 0.5:
                support(v, t + D(hours=float(rng.uniform(2, 72))), "inspection")


# ---------------------------------------------------------------- other contacts, surveys, shopper feedback
def background_support():
    for v in VEND.values():
        if v["active_from"] is None:
            continue
        t0 = max(v["active_from"], START)
        t1 = min(v["active_until"] or END, END)
        months_active = max(0.0, (t1 - t0).days / 30.4)
        for _ in range(int(rng.poisson(0.12 * months_active))):
            t = t0 + D(days=float(rng.uniform(0, (t1 - t0).days or 1)), hours=float(rng.uniform(9, 19)))
            t = t.replace(hour=int(rng.integers(9, 19)))
            reason = pick([c[0] for c in CONTACT], [0.12, 0.30, 0.04, 0.04, 0.16, 0.0, 0.06, 0.28])
            support(v, t, reason)


def vendor_surveys():
    waves = [(date(2024, 11, 4), "M6"), (date(2025, 3, 4), None), (date(2025, 9, 3), None),
             (date(2025, 11, 3), "M6"), (date(2026, 3, 4), None)]
    for wd, only in waves:
        wts = datetime(wd.year, wd.month, wd.day)
        for v in VEND.values():
            if v["active_from"] is None or v["active_from"] > wts - D(days=30):
                continue
            if v["active_until"] is not None and v["active_until"] < wts - D(days=40):
                continue
            if (only is None) == (v["market_id"] == "M6"):
                continue
            if rng.random() >= 0.24:
                continue
            mid = v["market_id"]
            w = {"friendly": 0.14, "pitch": 0.10, "inspection": 0.04, "other_vendor": 0.52, "late_fee": 0.02,
                 "footfall": 0.03, "payment_failed": 0.0, "power": 0.01}
            if wd.year == 2026:
                w["late_fee"] = 0.20
            if wd == date(2025, 9, 3):
                w["payment_failed"] = 0.10
            if mid == "M3" and wts > SHEKOU_MALL:
                w["footfall"] = 0.42
            if mid == "M5" and wd == date(2026, 3, 4):
                w["power"] = 0.25
            ks = list(w)
            p = np.array([w[k] for k in ks])
            topic = ks[int(rng.choice(len(ks), p=p / p.sum()))]
            fb(at(wd + D(days=int(rng.integers(0, 18))), 8, 22), "vendor_survey", topic, mid, v, tp=None)


def shopper_feedback():
    for d, mid in market_days():
        m = MARKETS[mid]
        n = int(rng.poisson(1.25 if m["country"] == "CN" else 1.0))
        for _ in range(n):
            w = {"fresh": 0.28, "friendly": 0.15, "price": 0.15, "parking": 0.06, "toilets": 0.07, "other_shopper": 0.29}
            if mid == "M2":
                w["parking"] = 0.40
            if mid == "M4":
                w["toilets"] = 0.12
            if mid == "M3" and d >= SHEKOU_MALL.date():
                w["fresh"] = 0.15
            ks = list(w)
            p = np.array([w[k] for k in ks])
            topic = ks[int(rng.choice(len(ks), p=p / p.sum()))]
            fb(at(d, m["open_h"] + 1, m["open_h"] + 9), "shopper_survey", topic, mid, None, tp="tp_shopper_visit",
               respondent="shopper")
    # social posts and reviews (about half undated when scraped from screenshots), paper comment cards (undated)
    for _ in range(430):
        mid = pick(list(MARKETS), [0.22, 0.18, 0.15, 0.16, 0.17, 0.12])
        cn = MARKETS[mid]["country"] == "CN"
        ch = pick(["xiaohongshu", "dianping"], [0.55, 0.45]) if cn else pick(["google_review", "instagram"], [0.6, 0.4])
        w = {"fresh": 0.26, "friendly": 0.14, "price": 0.22, "parking": 0.08, "toilets": 0.05, "other_shopper": 0.25}
        if mid == "M2":
            w["parking"] = 0.28
        ks = list(w)
        p = np.array([w[k] for k in ks])
        topic = ks[int(rng.choice(len(ks), p=p / p.sum()))]
        ts = None if rng.random() < 0.45 else START + D(days=float(rng.uniform(0, 729)))
        fb(ts, ch, topic, mid, None, tp=None, respondent="shopper")
    for _ in range(170):
        mid = pick(list(MARKETS), [0.2, 0.15, 0.15, 0.2, 0.18, 0.12])
        w = {"fresh": 0.3, "friendly": 0.2, "price": 0.12, "parking": 0.08, "toilets": 0.1, "other_shopper": 0.2}
        if mid == "M2":
            w["parking"] = 0.3
        ks = list(w)
        p = np.array([w[k] for k in ks])
        topic = ks[int(rng.choice(len(ks), p=p / p.sum()))]
        fb(None, "comment_card", topic, mid, None, tp="tp_shopper_visit", respondent="shopper")


# ---------------------------------------------------------------- texts
T = {
    "wrong_quote": {
        "zh": ["邀约邮件里的报价是平时的两倍，标准摊位一天要五百多，是不是搞错了？",
               "收到摊位邀约，报价高得离谱，只好先拒了",
               "报价单上的摊位费翻倍了，客服说是模板出错，能不能重新发一份",
               "新摊主，邀约里的报价把我吓退了，后来才知道是写错了",
               "摊位邀约的报价和官网价目表对不上，麻烦核实一下"],
        "en": ["The offer email quoted double the daily fee on your website. Mistake?",
               "Got my stall offer but the quote was ridiculous, so I turned it down",
               "Your offer letter quote was twice the normal stall fee - support says it was a template error",
               "Quote on the offer doesn't match the fee list at all. Please resend it.",
               "Was about to accept until I saw the quote. Is that really the daily rate now?"]},
    "payment_failed": {
        "zh": ["订摊付款一直支付失败，银行卡试了三次都不行，摊位还被自动释放了",
               "九月换了新付款页面以后老是支付失败，周末的摊位没了",
               "付款失败好几次，客服让我换微信支付才付上",
               "支付失败，钱好像扣了又退回来，预订却被取消了",
               "连着两周付款失败，白白少摆了两天"],
        "en": ["Payment failed three times when booking Saturday, then the booking got released",
               "My card declined every time on the new payment page, it works everywhere else",
               "Keep getting payment failed since September, I've lost two market days",
               "Card was declined again and again, the bank says nothing is wrong on their side",
               "Payment failed on the app, then an email said my booking was released. Great."]},
    "late_fee": {
        "zh": ["提前五天取消还被扣了取消费，以前是48小时内才收，规则改了也没讲清楚",
               "取消费太不合理了，我是生病才取消的",
               "临时取消扣违约金可以理解，但提前一周也算违约金？",
               "新的取消费规则对小摊主太不公平",
               "下雨天取消也要扣取消费，整天的摊位费都没了"],
        "en": ["Charged a cancellation fee for cancelling 5 days out?? It used to be 48 hours",
               "The new 7-day cancellation fee rule is harsh on small growers",
               "Cancellation charge applied even though I gave almost a week's notice",
               "You kept my whole stall fee as a cancellation fee when my van broke down",
               "Nobody told us about the cancellation fee change in January"]},
    "power": {
        "zh": ["下午两点又断电了，咖啡机全停，损失一下午生意", "电箱老是跳闸，冷柜里的东西差点坏掉",
               "加购了用电但一直断电，电费应该退吧", "天一热就跳闸，希望换个配电箱",
               "今天断电三次，顾客排队都走了"],
        "en": ["Power cut again at 11am, couldn't run the coffee machine",
               "The board tripped three times on Saturday, half my fridge stock was at risk",
               "Paid for the power add-on and we lost power most of the morning",
               "Power outage every hot Saturday since January - fix the switchboard please",
               "Lost power twice before 10am, had to turn customers away"]},
    "no_reply": {
        "zh": ["在市集服务台填了申请表，一个月了都没人联系我", "申请交上去就石沉大海，也不知道还要补什么材料",
               "现场填的表，一直没有回音，打电话才知道要补许可证", "申请了快两个月还是没人联系，到底审没审？"],
        "en": ["Filled in the paper form at the info tent and never heard back",
               "Applied at the market a month ago - no reply to my emails",
               "Applied in person and never heard back - do I need to send my certificate?",
               "Still waiting, never heard back about my application"]},
    "footfall": {
        "zh": ["蛇口这边客流越来越少，周日一天才卖了几百块", "对面商场开业以后人流明显少了，摊位费却没降",
               "客流太差了，下个季度可能不续了", "周末人流少了一半，很多老摊主都走了"],
        "en": ["Foot traffic at Shekou has dropped a lot since the mall opened",
               "Footfall is way down, hard to cover the stall fee", "Sundays are so quiet now, foot traffic is half of last year"]},
    "pitch": {
        "zh": ["摊位位置太偏了，在最角落根本没人走过来", "能不能调整一下摊位位置，靠近入口的都是老摊主",
               "这次的摊位位置不错，生意好了很多", "和隔壁因为摊位位置吵了一架，希望划线清楚一点"],
        "en": ["My pitch is always at the back by the bins", "Pitch location matters - please rotate the spots fairly",
               "Loved my pitch near the entrance this week", "Someone set up on my pitch again, please mark the lines"]},
    "inspection": {
        "zh": ["今天卫生检查查得很严，冷柜温度差了一度就开整改通知", "卫生检查的标准每次都不一样，希望提前告知",
               "卫生检查正好赶在最忙的时候，能不能开市前查", "感谢市集提前培训，卫生检查一次过"],
        "en": ["The council inspector was fair but strict about temperature logs",
               "Inspection this morning took an hour during setup, terrible timing",
               "Passed my inspection thanks to the checklist you sent",
               "Got an improvement notice from the inspector over allergen labels, nobody warned us"]},
    "friendly": {
        "zh": ["摊主都很热情，还教我怎么做", "工作人员热情，签到很顺利", "市集氛围好，大家都很热情",
               "管理员很热情，帮我搬了桌子"],
        "en": ["Friendly stallholders and a great atmosphere", "Market staff were really friendly and helpful at setup",
               "Such friendly people, love coming here", "The team were friendly and sorted my gazebo out"]},
    "fresh": {
        "zh": ["菜很新鲜，比超市好太多", "鸡蛋和蔬菜都新鲜，每周都来", "水果新鲜，还能试吃",
               "海鲜很新鲜，摊主现场处理"],
        "en": ["Lovely fresh produce, best tomatoes in town", "Everything was so fresh, will come back",
               "Fresh bread and great coffee", "Really fresh fish and veg, worth the trip"]},
    "price": {
        "zh": ["东西有点太贵了，一把菜要十五", "价格偏高，和菜市场比贵一倍", "面包太贵，三十多块一个",
               "环境不错但是太贵了，只能偶尔来"],
        "en": ["Nice market but very expensive", "A bit pricey for veg, four quid for a bunch of carrots",
               "Overpriced honey and jam, lovely but not for every week", "Too expensive for a weekly shop"]},
    "parking": {
        "zh": ["停车太难了，附近转了半小时", "能不能和旁边商场谈一下停车优惠", "带着小推车来买菜，停车位根本找不到",
               "停车费比买的菜还贵"],
        "en": ["Parking is a nightmare on Saturday mornings", "No parking nearby, had to leave after 10 minutes",
               "Please sort out parking, the side streets are full"]},
    "toilets": {
        "zh": ["厕所太少，排队二十分钟", "希望增加流动厕所", "厕所太脏了"],
        "en": ["Not enough toilets, the queue was massive", "The toilets were dirty by 11am",
               "Please add more portable toilets"]},
    "other_vendor": {
        "zh": ["这一季整体还不错，下季继续", "签到流程顺畅，App订摊很方便", "希望多办一些节日主题活动",
               "老顾客越来越多了，谢谢团队", "建议在群里提前发天气提醒"],
        "en": ["Good season overall, see you next term", "Booking through the app is easy",
               "Would love more themed weekends", "Regulars keep coming back, thanks team",
               "Could you send weather alerts a day earlier?"]},
    "other_shopper": {
        "zh": ["带娃来玩，有音乐表演很开心", "周末逛逛挺好", "希望多一些素食摊", "可以带狗来，很喜欢",
               "咖啡好喝，氛围轻松"],
        "en": ["Nice way to spend a Saturday morning", "Great buskers and lots of dogs", "Would love more vegan stalls",
               "Good coffee and a relaxed vibe", "Brought the kids, they loved the music"]},
}
RATING = {
    "wrong_quote": ([1, 2, 3], [0.45, 0.45, 0.10]), "payment_failed": ([1, 2, 3], [0.55, 0.35, 0.10]),
    "late_fee": ([1, 2, 3], [0.55, 0.37, 0.08]), "power": ([1, 2, 3], [0.45, 0.45, 0.10]),
    "no_reply": ([1, 2], [0.6, 0.4]), "footfall": ([1, 2, 3], [0.35, 0.45, 0.20]),
    "pitch": ([2, 3, 4], [0.45, 0.35, 0.20]), "inspection": ([2, 3, 4], [0.35, 0.40, 0.25]),
    "friendly": ([4, 5], [0.35, 0.65]), "fresh": ([4, 5], [0.30, 0.70]), "price": ([2, 3], [0.55, 0.45]),
    "parking": ([1, 2, 3], [0.30, 0.50, 0.20]), "toilets": ([1, 2, 3], [0.30, 0.50, 0.20]),
    "other_vendor": ([3, 4, 5], [0.25, 0.45, 0.30]), "other_shopper": ([3, 4, 5], [0.20, 0.45, 0.35]),
}
RATED = {"vendor_survey", "in_app", "app_review", "shopper_survey", "google_review", "dianping"}


def text_for(topic, lang):
    opts = T[topic][lang]
    return opts[int(rng.integers(len(opts)))]


# ---------------------------------------------------------------- write
def write_csv(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k)
                if v is None:
                    out.append("")
                elif isinstance(v, datetime):
                    out.append(v.strftime("%Y-%m-%d %H:%M:%S"))
                elif isinstance(v, bool):
                    out.append("true" if v else "false")
                else:
                    out.append(v)
            w.writerow(out)


def widen(rows, first):
    cols, seen = list(first), set(first)
    for r in rows:
        for k in r:
            if k not in seen and not k.startswith("_"):
                seen.add(k)
                cols.append(k)
    return cols


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    legacy_vendors()
    applicants()
    renewals()
    bookings()
    background_support()
    vendor_surveys()
    shopper_feedback()

    write_csv(out / "touchpoints.csv",
              [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
              ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                           touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                          "touchpoint_id", "window_days"])
    crow = []
    for v in VEND.values():
        m = MARKETS[v["market_id"]]
        status = v["status"]
        if status == "active" and v["active_until"] is not None:
            status = "left"
        crow.append(dict(customer_id=v["customer_id"], signup_at=v["signup_at"], segment=v["segment"],
                         摊主类型=SEGMENT_ZH[v["segment"]], region=m["region"], acquisition_channel=v["channel"],
                         获客渠道=CHANNEL_ZH[v["channel"]], tier=v["tier"], 摊位套餐=TIER_ZH[v["tier"]],
                         business_name=v["name"], product_category=v["category"], 品类=v["category_zh"],
                         home_market_id=v["market_id"], home_market=m["zh"], home_market_en=m["en"], city=m["cen"],
                         城市=m["czh"], country=m["country"], preferred_language=v["lang"], years_trading=v["years"],
                         food_licence=v["licence"], organic_certified=v["organic"], staff_count=v["staff"],
                         usual_stall_type=v["stall"], needs_power=v["power"], current_status=status,
                         当前状态=STATUS_ZH[status]))
    write_csv(out / "customers.csv", crow, list(crow[0].keys()))

    EVENTS.sort(key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(EVENTS, 1):
        r["event_id"] = f"E{i:07d}"
    write_csv(out / "events.csv", EVENTS, widen(EVENTS, ["event_id", "customer_id", "ts", "touchpoint_id",
                                                         "session_id", "action", "device", "channel"]))
    ORDERS.sort(key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(ORDERS, 1):
        r["order_id"] = f"OR{i:06d}"
    write_csv(out / "orders.csv", ORDERS, widen(ORDERS, ["order_id", "customer_id", "ts", "amount", "status",
                                                         "channel", "device"]))

    FEEDBACK.sort(key=lambda r: (r["ts"] is None, r["ts"] or START, r["customer_id"] or ""))
    frows, truth = [], []
    for i, f in enumerate(FEEDBACK, 1):
        fid = f"FB{i:05d}"
        m = MARKETS[f["market_id"]]
        rating = nps = None
        if f["channel"] in RATED:
            vals, p = RATING[f["topic"]]
            rating = int(pick(vals, p))
        if f["channel"] == "vendor_survey":
            base = {1: 2, 2: 4, 3: 6, 4: 8, 5: 9}[rating]
            nps = int(np.clip(base + rng.integers(-2, 3), 0, 10))
        frows.append(dict(feedback_id=fid, text=text_for(f["topic"], f["lang"]), ts=f["ts"],
                          customer_id=f["customer_id"], touchpoint_id=f["touchpoint_id"], channel=f["channel"],
                          rating=rating, nps=nps, language=f["lang"], respondent=f["respondent"],
                          market_id=f["market_id"], market=m["zh"], market_en=m["en"]))
        truth.append(dict(feedback_id=fid, topic=f["topic"]))
    write_csv(out / "feedback.csv", frows, list(frows[0].keys()))
    write_csv(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic"])
    print(f"customers {len(crow)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(frows)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
