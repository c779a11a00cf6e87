"""安装宝 FixInstall: appliance delivery & installation service of a home-appliance retailer in 北京 / 上海 / 广州 /
武汉 / 西安. Orders 2024-10-01 .. 2026-06-30, history up to 2026-07-31 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md table,
used only by gold.py to check its text markers). Deterministic (fixed seed), plain Python + numpy, ~2 s.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
START = datetime(2024, 10, 1)
ORDER_END = datetime(2026, 6, 30, 23, 59, 59)
END = datetime(2026, 7, 31, 23, 59, 59)
N = 5000
D = timedelta

CITIES = ["北京", "上海", "广州", "武汉", "西安"]
CITY_W = [0.22, 0.30, 0.20, 0.15, 0.13]
CITY_EN = {"北京": "Beijing", "上海": "Shanghai", "广州": "Guangzhou", "武汉": "Wuhan", "西安": "Xi'an"}
CODE = {"北京": "BJ", "上海": "SH", "广州": "GZ", "武汉": "WH", "西安": "XA"}
REGION = {"北京": "华北", "上海": "华东", "广州": "华南", "武汉": "华中", "西安": "西北"}
# two service centres per city: (zh, en); technicians T01-T05 belong to the first, T06-T10 to the second
CENTRES = {
    "北京": [("北京朝阳服务中心", "Beijing Chaoyang"), ("北京海淀服务中心", "Beijing Haidian")],
    "上海": [("上海浦东服务中心", "Shanghai Pudong"), ("上海闵行服务中心", "Shanghai Minhang")],
    "广州": [("广州天河服务中心", "Guangzhou Tianhe"), ("广州番禺服务中心", "Guangzhou Panyu")],
    "武汉": [("武汉江汉服务中心", "Wuhan Jianghan"), ("武汉洪山服务中心", "Wuhan Hongshan")],
    "西安": [("西安雁塔服务中心", "Xi'an Yanta"), ("西安未央服务中心", "Xi'an Weiyang")],
}
LATE_CENTRE = "武汉洪山服务中心"            # planted: understaffed, technicians arrive late
BAD_TECH = "WH-T08"                          # planted: no-shows and very late (洪山)
GOOD_TECH = "SH-T02"                         # planted: punctual, praised
CHARGE_CENTRE = "广州番禺服务中心"           # planted: from 2025-10-01 heavy AC material charges -> disputes
CHARGE_FROM = datetime(2025, 6, 1)
LEAK_CENTRE = "西安雁塔服务中心"             # planted: ACs installed in 2025 leak (early repair tickets)
LEAK_WINDOW = (datetime(2025, 1, 1), datetime(2026, 1, 1))
AC_PEAK = (datetime(2025, 6, 20), datetime(2025, 8, 21))   # planted: AC install backlog (bookings in this window)
HOT_SUMMER = (datetime(2025, 7, 1), datetime(2025, 9, 1))  # installs in Jul-Aug 2025: technicians later
ANDROID_BUG = (datetime(2026, 3, 2), datetime(2026, 4, 13))  # planted: delivery scheduling fails on Android app
SPRING_FESTIVAL = [(datetime(2025, 1, 26), datetime(2025, 2, 5)), (datetime(2026, 2, 14), datetime(2026, 2, 24))]

CATS = ["空调", "热水器", "电视", "洗衣机"]
CAT_EN = {"空调": "air conditioner", "热水器": "water heater", "电视": "TV", "洗衣机": "washing machine"}
CAT_W = [0.36, 0.22, 0.24, 0.18]
SEASON = {
    "空调": [.3, .3, .5, .9, 1.6, 2.6, 2.8, 2.0, .9, .5, .45, .3],
    "热水器": [1.5, 1.0, .8, .6, .5, .5, .5, .5, .8, 1.3, 1.8, 1.9],
    "电视": [1.3, .8, .8, .8, .9, 1.2, .9, .9, 1.0, 1.1, 1.6, 1.2],
    "洗衣机": [1.0, .8, 1.0, 1.0, 1.0, 1.1, 1.0, 1.0, 1.0, 1.0, 1.2, 1.0],
}
BRANDS = {
    "空调": (["Gree", "Midea", "Haier", "AUX", "Daikin"], [0.34, 0.30, 0.14, 0.12, 0.10]),
    "热水器": (["AO Smith", "Haier", "Midea", "Vanward"], [0.32, 0.30, 0.22, 0.16]),
    "电视": (["Hisense", "TCL", "Xiaomi", "Sony"], [0.30, 0.26, 0.30, 0.14]),
    "洗衣机": (["Haier", "Midea", "Little Swan", "Siemens"], [0.34, 0.20, 0.28, 0.18]),
}
PRICE = {"空调": (2600, 5200), "热水器": (1200, 3600), "电视": (1800, 7500), "洗衣机": (1500, 4500)}
PREMIUM = {"Daikin": 1.45, "Sony": 1.5, "Siemens": 1.3, "AO Smith": 1.2, "AUX": 0.85}
INSTALL_FEE = {"空调": 200, "热水器": 150, "电视": 120, "洗衣机": 50}
P_BOOK = {"空调": 0.985, "热水器": 0.95, "电视": 0.45, "洗衣机": 0.70}
INSTALL_MIN = {"空调": (90, 180), "热水器": (60, 120), "电视": (30, 60), "洗衣机": (20, 45)}
# extra materials: (zh, en, unit price), probability of each item on a job of the category
MATERIALS = {
    "空调": [(("铜管加长", "copper pipe extension", 80), 0.70), (("空调支架", "AC bracket", 150), 0.40),
             (("墙体打孔", "wall drilling", 60), 0.30), (("排水管加长", "drain hose extension", 30), 0.20)],
    "热水器": [(("角阀", "angle valve", 40), 0.60), (("混水阀", "mixing valve", 120), 0.45),
               (("进水管加长", "inlet hose extension", 50), 0.30)],
    "电视": [(("电视挂架", "TV wall bracket", 180), 1.0)],
    "洗衣机": [(("水龙头接头", "tap adapter", 25), 0.7), (("排水管加长", "drain hose extension", 30), 0.5)],
}
P_MATERIAL = {"空调": 0.50, "热水器": 0.35, "电视": 0.70, "洗衣机": 0.20}
HOUSING = ["商品房", "老小区", "别墅", "商铺办公"]
HOUSING_EN = {"商品房": "apartment", "老小区": "old estate", "别墅": "villa", "商铺办公": "shop / office"}
CTYPE_ZH = {"personal": "个人", "business": "企业"}
CHANNEL_ZH = {"online_store": "线上商城", "offline_store": "线下门店"}
ORDER_ZH = {"appliance": "商品", "install_fee": "安装费", "materials": "辅材费", "repair": "维修费"}
RESCHED = {"customer": ("客户临时有事", "customer unavailable"), "site": ("现场不具备安装条件", "site not ready"),
           "capacity": ("师傅排不过来", "no technician available"), "no_show": ("师傅爽约", "technician no-show")}
REPAIR_TYPES = {
    "空调": [("不制冷", "not cooling"), ("噪音大", "noisy"), ("遥控失灵", "remote not working")],
    "热水器": [("不出热水", "no hot water"), ("显示故障码", "error code"), ("噪音大", "noisy")],
    "电视": [("无信号", "no signal"), ("屏幕闪烁", "screen flicker"), ("挂架松动", "loose wall bracket")],
    "洗衣机": [("脱水异常", "spin problem"), ("噪音大", "noisy"), ("进水慢", "slow water inlet")],
}
LEAK = ("漏水", "water leak")

TOUCHPOINTS = [
    ("tp_order_placed", "下单", "Order placed", "purchase", "web", "digital", "sales",
     "下单|购买|买|订单|order|purchase|bought|checkout"),
    ("tp_delivery_scheduled", "预约配送", "Delivery scheduled", "purchase", "app", "digital", "logistics",
     "约配送|预约送货|配送预约|送货时间|delivery booking|schedule delivery|delivery slot"),
    ("tp_delivered", "送货签收", "Delivered", "service", "other", "physical", "logistics",
     "送货|到货|签收|送达|配送|delivery|delivered|arrived"),
    ("tp_return", "退货退款", "Return & refund", "service", "store", "physical", "customer_service",
     "退货|退款|退换|return|refund"),
    ("tp_install_booked", "预约安装", "Installation booked", "service", "app", "digital", "service_centre",
     "约安装|预约安装|安装预约|报装|book installation|installation booking|install appointment"),
    ("tp_tech_assigned", "派单", "Technician assigned", "service", "other", "digital", "service_centre",
     "派单|派工|分配师傅|接单|dispatch|technician assigned|job assigned"),
    ("tp_reschedule", "改约", "Reschedule", "service", "phone", "digital", "service_centre",
     "改约|改期|重新预约|换时间|reschedule|rebook|change appointment"),
    ("tp_no_show", "师傅爽约", "Technician no-show", "service", "other", "physical", "service_centre",
     "爽约|放鸽子|没上门|师傅没来|no-show|no show|missed appointment"),
    ("tp_tech_on_way", "师傅出发", "Technician on the way", "service", "app", "digital", "service_centre",
     "师傅出发|在路上|上门途中|on the way|en route|technician departed"),
    ("tp_installed", "安装完成", "Installed", "service", "other", "physical", "service_centre",
     "安装|装好|安装完成|上门安装|installation|installed|install done"),
    ("tp_extra_charge", "辅材收费", "Extra material charge", "service", "other", "physical", "service_centre",
     "辅材|辅材费|加收|材料费|铜管|支架|extra charge|materials fee|copper pipe|bracket"),
    ("tp_charge_dispute", "费用争议", "Extra-charge dispute", "service", "phone", "digital", "customer_service",
     "费用争议|收费投诉|乱收费|charge dispute|billing complaint|overcharge"),
    ("tp_acceptance", "验收确认", "Acceptance confirmed", "service", "app", "digital", "service_centre",
     "验收|确认验收|签字确认|acceptance|sign-off|confirm installation"),
    ("tp_warranty_reg", "保修登记", "Warranty registered", "loyalty", "mini_program", "digital", "after_sales",
     "保修登记|延保|激活保修|电子保卡|warranty registration|warranty|register warranty"),
    ("tp_repair_ticket", "报修", "Repair ticket", "loyalty", "phone", "digital", "after_sales",
     "报修|维修|售后|故障|repair|repair ticket|after-sales|fault"),
    ("tp_repair_done", "维修完成", "Repair completed", "loyalty", "other", "physical", "after_sales",
     "修好|维修完成|售后完成|repair done|fixed|repair completed"),
]
JOURNEYS = [
    ("order_to_install", "下单到安装", "Order to installation", 30,
     ["tp_order_placed", "tp_delivery_scheduled", "tp_delivered", "tp_install_booked", "tp_installed",
      "tp_acceptance"]),
    ("onsite", "上门安装", "On-site installation visit", 14,
     ["tp_install_booked", "tp_tech_assigned", "tp_tech_on_way", "tp_installed"]),
    ("warranty", "保修登记", "Warranty registration", 30, ["tp_acceptance", "tp_warranty_reg"]),
    ("repair", "报修服务", "Repair service", 14, ["tp_repair_ticket", "tp_repair_done"]),
]

# ---------------- comment banks: every template of a topic carries that topic's marker words (see gold.py)
ZH = {
    "tech_late": ["约的上午9点，师傅迟到了快两个小时", "师傅迟到{m}分钟，电话也不打一个", "又迟到了，等了一上午，请了假白等",
                  "说好下午两点到，迟到到五点多才来", "师傅迟到还一点歉意都没有"],
    "no_show": ["约好的时间师傅根本没来，放鸽子", "师傅爽约，在家等了一整天", "第二次被放鸽子了，还要不要装了",
                "师傅爽约也不通知，打客服才知道要改期"],
    "extra_charge": ["装个空调辅材费收了{k}百多，比空调还黑", "铜管说要加{n}米，辅材费按米收，太坑了", "乱收费！支架和打孔都另外收钱",
                     "辅材费事先没说，装完才让付钱", "安装费之外又收辅材费，明细也不给", "乱收费，铜管价格比网上贵三倍"],
    "messy": ["装完一地垃圾没清理，墙灰到处都是", "打孔的灰没清理就走了", "安装完没清理现场，纸箱泡沫丢一地",
              "墙上打的孔周围一地垃圾，还得自己打扫"],
    "ac_leak": ["空调装好没几天就漏水，墙都湿了", "室内机漏水，滴到地板上", "空调漏水，师傅说是排水管没装好",
                "刚装的空调就漏水，太糟心了"],
    "app_bug": ["APP预约配送一直提交失败", "安卓手机上选配送时间就闪退", "APP约不了送货时间，点了没反应", "配送预约页面一直转圈，提交失败"],
    "fast_pro": ["师傅很专业，半小时就装好了", "{t}师傅又快又专业，还教我怎么用", "安装师傅专业细心，走之前还把地拖了",
                 "准时上门，装得专业，点赞", "师傅专业，讲解很清楚"],
    "delivery_slow": ["下单一周才送到，太慢了", "送货太慢了，催了好几次", "配送时间一拖再拖"],
    "delivery_good": ["送货很快，第二天就到了", "送货小哥很客气，搬上六楼", "配送准时，包装完好"],
    "repair_slow": ["报修三天了还没人来修", "维修一拖再拖，一直说在排队", "报修后没人联系我"],
    "repair_ok": ["维修师傅上门挺快的，问题解决了", "修好了，服务还可以"],
    "neutral": ["还行吧，中规中矩", "整体一般，没什么特别", "东西还可以，服务一般"],
    "general_pos": ["整体满意，下次还在这买", "体验不错，推荐给朋友了", "买得放心，装得也好"],
}
EN = {
    "tech_late": ["Technician showed up {m} minutes late without calling", "The installer was late again, wasted my morning",
                  "Booked the 9am slot, he arrived late around noon"],
    "no_show": ["Technician was a no-show, waited all day", "Second no-show in a row, nobody called us",
                "No-show for the installation appointment, very annoying"],
    "extra_charge": ["They added an extra charge for copper pipe I never agreed to", "Materials fee was not mentioned upfront",
                     "Overcharged for the bracket and drilling, an extra charge of several hundred",
                     "Extra charge for materials way above market price"],
    "messy": ["Left a mess of dust and packaging after the installation", "Drilling dust everywhere, what a mess",
              "Messy installation, didn't clean up at all"],
    "ac_leak": ["The AC started leaking two days after installation", "Water leaking from the indoor unit onto the floor",
                "AC leaks, they must have installed the drain hose wrong"],
    "app_bug": ["The app keeps failing when I try to pick a delivery slot", "Delivery booking in the app crashes on my phone"],
    "fast_pro": ["Fast and professional installer, done in 40 minutes", "Very professional technician, explained everything",
                 "Quick, professional and tidy, great service"],
    "delivery_slow": ["Delivery took a week, too slow", "Delivery kept being postponed"],
    "delivery_good": ["Delivered the next day, well packed", "Delivery guys were polite and careful"],
    "repair_slow": ["Repair request open for days, nobody came", "Still waiting for the repair visit"],
    "repair_ok": ["Repair done quickly, problem solved"],
    "neutral": ["It was ok, nothing special", "Average experience"],
    "general_pos": ["Happy with the purchase and service", "Good experience overall, would buy again"],
}
NEG = {"tech_late", "no_show", "extra_charge", "messy", "ac_leak", "app_bug", "delivery_slow", "repair_slow"}
POS = {"fast_pro", "delivery_good", "repair_ok", "general_pos"}


def in_win(t, w):
    return w[0] <= t < w[1]


def day_weights(cat):
    days, w = [], []
    d = START
    total = (ORDER_END - START).days
    while d <= ORDER_END:
        x = (0.8 + 0.5 * (d - START).days / total) * SEASON[cat][d.month - 1]
        if d.month == 6 and d.day <= 18:
            x *= 1.6                                       # 618
        if d.month == 11 and d.day <= 11:
            x *= 2.0                                       # 双11
        if any(a <= d < b for a, b in SPRING_FESTIVAL):
            x *= 0.3
        if d.weekday() >= 5:
            x *= 1.25
        days.append(d)
        w.append(x)
        d += D(days=1)
    w = np.array(w)
    return days, w / w.sum()


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    events, orders, feedback, truth, customers = [], [], [], [], []
    cnt = {"e": 0, "f": 0, "o": 0, "j": 0, "r": 0}
    weights = {c: day_weights(c) for c in CATS}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def after_festival(t):
        for a, b in SPRING_FESTIVAL:
            if a <= t < b:
                return b.replace(hour=t.hour, minute=t.minute) + D(days=int(rng.integers(0, 3)))
        return t

    def ev(j, t, tp, action, device="", channel="onsite", **kw):
        if t > END:
            return False
        r = dict(event_id=nid("e", "E", 7), customer_id=j["cid"], ts=fmt(t), touchpoint_id=tp, session_id=j["id"],
                 action=action, device=device, channel=channel, city=j["city"], job_id=j["id"],
                 appliance_category=j["cat"], appliance_category_en=CAT_EN[j["cat"]], brand=j["brand"],
                 quantity=j["qty"], service_centre=j["centre"][0], service_centre_en=j["centre"][1])
        r.update(kw)
        events.append(r)
        return True

    def order(j, t, kind, amount, status="paid", channel="app", **kw):
        if t > END:
            return None
        r = dict(order_id=nid("o", "SO", 6), customer_id=j["cid"], ts=fmt(t), amount=round(float(amount), 2),
                 status=status, channel=channel, device=j["device"] if kind == "appliance" else "",
                 order_type=kind, order_type_zh=ORDER_ZH[kind], job_id=j["id"], city=j["city"],
                 service_centre=j["centre"][0], service_centre_en=j["centre"][1], appliance_category=j["cat"],
                 appliance_category_en=CAT_EN[j["cat"]], brand=j["brand"], quantity=j["qty"],
                 payment_method=j["pay"], currency="CNY", technician_id=j.get("tech", ""))
        r.update(kw)
        orders.append(r)
        return r

    def comment(j, t, topic, channel, tp, rating=None, nps=None, p_no_ts=0.0):
        if t > END:
            return
        bank = ZH if j["lang"] == "zh" else EN
        txt = str(bank[topic][int(rng.integers(len(bank[topic])))])
        txt = txt.format(m=int(rng.choice([40, 50, 60, 90, 120])), k=int(rng.integers(3, 9)),
                         n=int(rng.integers(3, 9)), t=str(rng.choice(["王", "李", "张", "刘", "陈", "赵"])))
        if j["lang"] == "zh" and rng.random() < 0.3:
            txt += str(rng.choice(["。", "！", "，希望改进" if topic in NEG else "，点赞", "~"]))
        fid = nid("f", "FB", 5)
        feedback.append(dict(feedback_id=fid, text=txt, ts="" if rng.random() < p_no_ts else fmt(t),
                             customer_id=j["cid"], touchpoint_id=tp, channel=channel,
                             rating="" if rating is None else int(rating), nps="" if nps is None else int(nps),
                             language=j["lang"], job_id=j["id"], city=j["city"], service_centre=j["centre"][0],
                             technician_id=j.get("tech", ""), appliance_category=j["cat"]))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment="neg" if topic in NEG else
                          ("pos" if topic in POS else "neu"), language=j["lang"]))

    def at_hour(day, lo=9, hi=21):
        return day.replace(hour=0, minute=0, second=0) + D(hours=int(rng.integers(lo, hi)),
                                                           minutes=int(rng.integers(0, 60)),
                                                           seconds=int(rng.integers(0, 60)))

    # ---------------- customers and their jobs (one job = one order of one appliance category)
    jobs = []
    for i in range(N):
        cid = f"C{i + 1:05d}"
        city = CITIES[int(rng.choice(5, p=CITY_W))]
        ctype = "business" if rng.random() < 0.10 else "personal"
        if ctype == "business":
            housing = "商铺办公" if rng.random() < 0.85 else "商品房"
            k = int(rng.choice([1, 2, 3], p=[0.5, 0.3, 0.2]))
        else:
            housing = HOUSING[int(rng.choice(3, p=[0.55, 0.36, 0.09]))]
            k = int(rng.choice([1, 2, 3], p=[0.80, 0.16, 0.04]))
        online = rng.random() < (0.60 if ctype == "personal" else 0.40)
        chan = "online_store" if online else "offline_store"
        device = ["ios", "android", "pc"][int(rng.choice(3, p=[0.44, 0.42, 0.14]))]
        lang = "en" if rng.random() < {"上海": 0.10, "北京": 0.07, "广州": 0.05}.get(city, 0.02) else "zh"
        centre = CENTRES[city][0 if rng.random() < 0.55 else 1]
        tier = str(rng.choice(["regular", "silver", "gold"], p=[0.62, 0.28, 0.10]))
        seg = str(rng.choice(["new", "returning", "vip"], p=[0.58, 0.34, 0.08]))
        pay = str(rng.choice(["wechat_pay", "alipay", "card", "corporate_transfer"],
                             p=[0.5, 0.35, 0.15, 0.0] if ctype == "personal" else [0.2, 0.15, 0.1, 0.55]))
        cjobs = []
        for _ in range(k):
            cat = CATS[int(rng.choice(4, p=CAT_W))]
            days, w = weights[cat]
            day = days[int(rng.choice(len(days), p=w))]
            cjobs.append((day, cat))
        cjobs.sort()
        first = cjobs[0][0]
        signup = at_hour(first - D(days=int(rng.integers(0, 500))), 8, 23)
        if signup > first:
            signup = first
        customers.append(dict(customer_id=cid, signup_at=fmt(signup), segment=seg, region=REGION[city],
                              acquisition_channel=chan, 购买渠道=CHANNEL_ZH[chan], tier=tier, city=city,
                              city_en=CITY_EN[city], customer_type=ctype, 客户类型=CTYPE_ZH[ctype],
                              housing_type=housing, housing_type_en=HOUSING_EN[housing], language=lang,
                              primary_device=device if online else "",
                              home_service_centre=centre[0], home_service_centre_en=centre[1]))
        for n, (day, cat) in enumerate(cjobs):
            jchan = chan if (n == 0 or rng.random() < 0.7) else ("offline_store" if online else "online_store")
            brands, bw = BRANDS[cat]
            brand = brands[int(rng.choice(len(brands), p=bw))]
            if ctype == "business":
                qty = int(rng.integers(2, 9)) if cat == "空调" else int(rng.integers(1, 4))
            else:
                qty = int(rng.choice([1, 2, 3], p=[0.6, 0.3, 0.1])) if cat == "空调" else 1
            jobs.append(dict(cid=cid, city=city, ctype=ctype, housing=housing, chan=jchan,
                             device=device if jchan == "online_store" else "", lang=lang, centre=centre, cat=cat,
                             brand=brand, qty=qty, pay=pay,
                             t=at_hour(day, 9, 24) if jchan == "online_store" else at_hour(day, 10, 21)))
    jobs.sort(key=lambda j: j["t"])

    techs = {}
    for city, cs in CENTRES.items():
        for ci, (zh, _) in enumerate(cs):
            techs[zh] = [f"{CODE[city]}-T{ci * 5 + k + 1:02d}" for k in range(5)]

    for j in jobs:
        cnt["j"] += 1
        j["id"] = f"J{cnt['j']:06d}"
        cat, t0 = j["cat"], j["t"]
        lo, hi = PRICE[cat]
        unit = round(float(rng.uniform(lo, hi)) * PREMIUM.get(j["brand"], 1.0), -1) - 1
        ev(j, t0, "tp_order_placed", "submit", j["device"], j["chan"], order_channel=j["chan"],
           下单渠道=CHANNEL_ZH[j["chan"]])
        app_order = order(j, t0, "appliance", unit * j["qty"], channel=j["chan"])
        # ---- delivery scheduling (Android app bug in spring 2026)
        p_sched = 0.965
        if j["device"] == "android" and in_win(t0, ANDROID_BUG):
            p_sched = 0.60
        if rng.random() > p_sched:
            app_order["status"] = "cancelled"
            if j["device"] == "android" and in_win(t0, ANDROID_BUG) and rng.random() < 0.5:
                comment(j, t0 + D(hours=float(rng.uniform(1, 30))), "app_bug", "app_review", "tp_delivery_scheduled",
                        rating=int(rng.choice([1, 2], p=[0.7, 0.3])))
            continue
        sch_t = t0 + D(hours=float(rng.uniform(0.2, 30)))
        sch_dev = j["device"] if j["chan"] == "online_store" else ""
        ev(j, sch_t, "tp_delivery_scheduled", "schedule", sch_dev,
           "app" if sch_dev else "phone")
        if j["chan"] == "online_store" and rng.random() < 0.02:
            pos = rng.random() < 0.8
            comment(j, sch_t + D(hours=float(rng.uniform(1, 48))), "general_pos" if pos else "neutral",
                    "app_review", "tp_delivery_scheduled", rating=int(rng.choice([4, 5], p=[.4, .6])) if pos else 3)
        ddays = 0.6 + float(rng.exponential(1.3)) + (1.0 if cat == "空调" and t0.month in (6, 7, 8) else 0)
        del_t = after_festival(at_hour(sch_t + D(days=ddays), 9, 20))
        if not ev(j, del_t, "tp_delivered", "sign", "", "logistics",
                  delivery_days=round((del_t - t0).total_seconds() / 86400, 1)):
            continue
        dd = (del_t - t0).total_seconds() / 86400
        if rng.random() < 0.10:
            if dd > 5:
                comment(j, del_t + D(hours=float(rng.uniform(1, 40))), "delivery_slow", "survey", "tp_delivered",
                        rating=int(rng.choice([1, 2, 3], p=[.3, .4, .3])))
            else:
                tpc = "delivery_good" if rng.random() < 0.75 else "neutral"
                comment(j, del_t + D(hours=float(rng.uniform(1, 40))), tpc, "survey", "tp_delivered",
                        rating=int(rng.choice([4, 5], p=[.4, .6])) if tpc == "delivery_good" else 3)
        # ---- returns
        if rng.random() < (0.035 if cat == "电视" else 0.012):
            rt = del_t + D(days=float(rng.uniform(0.5, 6)))
            if ev(j, rt, "tp_return", "refund", "", "store", return_reason=str(rng.choice(["运输破损", "不想要了", "尺寸不合适"]))):
                app_order["status"] = "refunded"
            continue
        # ---- installation booking
        p_book = P_BOOK[cat] * (0.9 if j["chan"] == "online_store" and cat == "电视" else 1.0)
        if rng.random() > p_book:
            continue
        book_t = del_t + D(hours=float(rng.uniform(0.1, 60)))
        bdev = j["device"] if (j["device"] and rng.random() < 0.7) else ""
        ev(j, book_t, "tp_install_booked", "book", bdev, "app" if bdev else str(rng.choice(["phone", "mini_program"])))
        peak = cat == "空调" and in_win(book_t, AC_PEAK)
        wait = (3.0 + float(rng.exponential(2.5))) if peak else (0.6 + float(rng.exponential(1.0)))
        slot_day = after_festival(book_t + D(days=wait))
        tech_pool = techs[j["centre"][0]]
        tech = tech_pool[int(rng.integers(5))]
        j["tech"] = tech
        asg_t = book_t + D(hours=float(rng.uniform(0.3, 12)))
        ev(j, asg_t, "tp_tech_assigned", "assign", technician_id=tech)
        # reschedules / no-shows (each loop = one planned visit)
        noshow_n = 0
        visits = 0
        while True:
            visits += 1
            slot = slot_day.replace(hour=int(rng.choice([9, 11, 14, 16])), minute=0, second=0)
            if slot <= asg_t + D(hours=3):
                slot = slot + D(days=1)
            reason = None
            if visits <= 2:
                if peak and rng.random() < 0.28:
                    reason = "capacity"
                elif rng.random() < 0.05:
                    reason = "customer"
                elif rng.random() < 0.02:
                    reason = "site"
            p_ns = 0.30 if tech == BAD_TECH else 0.025
            if reason is None and visits <= 2 and rng.random() < p_ns:
                reason = "no_show"
            if reason is None:
                break
            if reason == "no_show":
                noshow_n += 1
                ns_t = slot + D(hours=float(rng.uniform(1.5, 4)))
                ev(j, ns_t, "tp_no_show", "miss", technician_id=tech)
                if rng.random() < 0.45:
                    comment(j, ns_t + D(hours=float(rng.uniform(0.5, 8))), "no_show",
                            str(rng.choice(["call_note", "ticket"])), "tp_no_show", p_no_ts=0.08)
                rs_t = ns_t + D(hours=float(rng.uniform(0.3, 6)))
            else:
                rs_t = slot - D(hours=float(rng.uniform(3, 40)))
                if rs_t <= asg_t:
                    rs_t = asg_t + D(hours=float(rng.uniform(0.2, 2)))
            zh, en = RESCHED[reason]
            ev(j, rs_t, "tp_reschedule", "reschedule", "", "phone", technician_id=tech, initiated_by=(
                "customer" if reason in ("customer", "site") else "service_centre"), reschedule_reason=zh,
               reschedule_reason_en=en)
            slot_day = after_festival(rs_t + D(days=float(rng.uniform(1, 3.5) if reason != "capacity"
                                                            else rng.uniform(2, 5))))
            if reason == "no_show" and rng.random() < 0.5:
                tech = tech_pool[int(rng.integers(5))]
                j["tech"] = tech
                asg_t = rs_t + D(hours=float(rng.uniform(0.2, 3)))
                ev(j, asg_t, "tp_tech_assigned", "assign", technician_id=tech)
            asg_t = max(asg_t, rs_t)
        # arrival, lateness
        p_late, scale = 0.22, 22.0
        if in_win(slot, HOT_SUMMER):
            p_late, scale = 0.40, 35.0
        if j["centre"][0] == LATE_CENTRE:
            p_late, scale = max(p_late, 0.55), 45.0
        if tech == BAD_TECH:
            p_late, scale = 0.70, 70.0
        if tech == GOOD_TECH:
            p_late, scale = 0.05, 10.0
        late = int(round(5 + float(rng.exponential(scale)))) if rng.random() < p_late else 0
        arrive = slot + D(minutes=late + float(rng.uniform(-10, 0)) if late else float(rng.uniform(-25, 0)))
        ev(j, arrive - D(minutes=float(rng.uniform(20, 80))), "tp_tech_on_way", "depart", "", "app",
           technician_id=tech)
        mins = int(rng.integers(*INSTALL_MIN[cat])) * (1 if j["qty"] == 1 else min(j["qty"], 4))
        inst_t = arrive + D(minutes=mins)
        if not ev(j, inst_t, "tp_installed", "complete", technician_id=tech, arrival_delay_min=late,
                  install_minutes=mins, visits=visits):
            continue
        order(j, inst_t + D(minutes=float(rng.uniform(1, 20))), "install_fee", INSTALL_FEE[cat] * j["qty"],
              technician_id=tech)
        # extra materials
        charge_centre = j["centre"][0] == CHARGE_CENTRE and inst_t >= CHARGE_FROM and cat == "空调"
        p_mat = P_MATERIAL[cat] * (1.3 if j["housing"] == "老小区" and cat == "空调" else 1.0)
        if charge_centre:
            p_mat = 0.92
        mat_total = 0.0
        mat_orders = []
        if rng.random() < p_mat:
            items = [(it, p) for it, p in MATERIALS[cat]]
            chosen = [it for it, p in items if rng.random() < (0.95 if charge_centre and it[0] in ("铜管加长", "空调支架")
                                                              else p)]
            if not chosen:
                chosen = [items[0][0]]
            for zh, en, price in chosen:
                units = int(rng.integers(2, 6)) if zh == "铜管加长" else 1
                if charge_centre and zh == "铜管加长":
                    units = int(rng.integers(4, 9))
                amt = price * units * (1.6 if charge_centre else 1.0) * (j["qty"] if cat == "空调" else 1)
                ev(j, inst_t + D(minutes=float(rng.uniform(1, 10))), "tp_extra_charge", "charge", technician_id=tech,
                   material_item=zh, material_item_en=en, material_units=units, charge_amount=round(amt, 2))
                mat_orders.append(order(j, inst_t + D(minutes=float(rng.uniform(10, 30))), "materials", amt,
                                        technician_id=tech, material_item=zh, material_item_en=en))
                mat_total += amt
        disputed = False
        if mat_total:
            p_disp = 0.30 if charge_centre else (0.07 if mat_total > 400 else 0.03)
            if rng.random() < p_disp:
                disputed = True
                dt = inst_t + D(hours=float(rng.uniform(2, 72)))
                refunded = rng.random() < 0.45
                ev(j, dt, "tp_charge_dispute", "dispute", "", "phone", technician_id=tech,
                   dispute_result="退款" if refunded else "维持原价",
                   dispute_result_en="refunded" if refunded else "upheld", disputed_amount=round(mat_total, 2))
                if refunded:
                    for o in mat_orders:
                        if o is not None:
                            o["status"] = "refunded"
                if rng.random() < 0.6:
                    comment(j, dt + D(hours=float(rng.uniform(0.5, 24))), "extra_charge", "ticket",
                            "tp_charge_dispute", p_no_ts=0.05)
        # acceptance + survey
        messy = rng.random() < (0.05 if tech != GOOD_TECH else 0.01)
        j.update(late=late, mat_total=mat_total, messy=messy)
        p_acc = 0.95 - (0.15 if messy else 0) - (0.2 if disputed else 0) - (0.05 * noshow_n)
        if rng.random() < p_acc:
            acc_t = inst_t + D(hours=float(rng.uniform(0.1, 30)))
            if not ev(j, acc_t, "tp_acceptance", "confirm", j["device"] if j["device"] and rng.random() < 0.5 else "",
                      str(rng.choice(["app", "mini_program", "onsite"])), technician_id=tech):
                continue
            if rng.random() < (0.65 if (late > 30 or noshow_n or disputed) else 0.42):   # angry customers answer more
                r = 4.5 - 0.012 * min(late, 150) - 0.7 * noshow_n - (1.0 if disputed else 0) \
                    - (0.3 if mat_total > 400 else 0) - (1.0 if messy else 0) + rng.normal(0, 0.55)
                r += 0.3 if tech == GOOD_TECH else 0
                rating = int(np.clip(round(r), 1, 5))
                nps = int(np.clip(round(rating * 2 + rng.normal(0, 1.3)), 0, 10))
                if noshow_n and rng.random() < 0.6:
                    tpc = "no_show"
                elif late > 30 and rng.random() < 0.75:
                    tpc = "tech_late"
                elif (disputed or mat_total > 400) and rng.random() < 0.65:
                    tpc = "extra_charge"
                elif messy and rng.random() < 0.8:
                    tpc = "messy"
                elif rating >= 4:
                    tpc = "fast_pro" if rng.random() < (0.75 if tech == GOOD_TECH else 0.35) else "general_pos"
                elif rating <= 2:
                    tpc = "tech_late" if late > 15 else ("extra_charge" if mat_total else "neutral")
                else:
                    tpc = "neutral"
                comment(j, acc_t + D(hours=float(rng.uniform(0.5, 48))), tpc, "survey", "tp_acceptance",
                        rating=rating, nps=nps)
            # warranty registration
            p_w = 0.78 if j["chan"] == "online_store" else 0.36
            if rng.random() < p_w:
                wt = acc_t + D(days=float(rng.exponential(6) if rng.random() < 0.92 else rng.uniform(30, 90)))
                ev(j, wt, "tp_warranty_reg", "register", j["device"] if j["device"] else "",
                   "mini_program" if rng.random() < 0.6 else "app")
        # ---- repairs
        tickets = []
        leak_case = j["centre"][0] == LEAK_CENTRE and cat == "空调" and in_win(inst_t, LEAK_WINDOW)
        if leak_case and rng.random() < 0.24:
            tickets.append((inst_t + D(days=float(rng.uniform(1, 25))), LEAK))
        elif cat == "空调" and rng.random() < 0.03:
            tickets.append((inst_t + D(days=float(rng.uniform(1, 28))), LEAK))
        elif rng.random() < 0.02:
            rts = REPAIR_TYPES[cat]
            tickets.append((inst_t + D(days=float(rng.uniform(1, 28))), rts[int(rng.integers(len(rts)))]))
        if rng.random() < {"空调": 0.07, "热水器": 0.08, "电视": 0.03, "洗衣机": 0.05}[cat]:
            rts = REPAIR_TYPES[cat]
            tickets.append((inst_t + D(days=float(rng.uniform(35, 500))), rts[int(rng.integers(len(rts)))]))
        for rt0, (rz, re_) in tickets:
            rt0 = at_hour(rt0, 8, 22)
            cnt["r"] += 1
            ticket = f"RT{cnt['r']:05d}"
            rdev = j["device"] if (j["device"] and rng.random() < 0.5) else ""
            if not ev(j, rt0, "tp_repair_ticket", "open", rdev, "app" if rdev else "phone", ticket_id=ticket,
                      repair_type=rz, repair_type_en=re_, days_since_install=round((rt0 - inst_t).total_seconds()
                                                                                   / 86400, 1)):
                break
            if rz == LEAK[0] and cat == "空调" and rng.random() < 0.55:
                comment(j, rt0 + D(hours=float(rng.uniform(0.2, 12))), "ac_leak",
                        str(rng.choice(["ticket", "call_note", "social"], p=[.5, .3, .2])), "tp_repair_ticket",
                        p_no_ts=0.1)
            if rng.random() < 0.06:
                if rng.random() < 0.5:
                    comment(j, rt0 + D(days=float(rng.uniform(3, 10))), "repair_slow", "ticket", "tp_repair_ticket")
                continue
            fix = 0.3 + float(rng.exponential(2.4 if j["city"] != "武汉" else 3.5))
            ft = rt0 + D(days=fix)
            rtech = techs[j["centre"][0]][int(rng.integers(5))]
            if not ev(j, ft, "tp_repair_done", "fixed", "", "onsite", ticket_id=ticket, repair_type=rz,
                      repair_type_en=re_, technician_id=rtech):
                break
            if (rt0 - inst_t).days > 365:
                order(j, ft, "repair", float(rng.integers(8, 40)) * 10, technician_id=rtech)
            if rng.random() < 0.5:
                slow = fix > 4
                rating = int(rng.choice([1, 2, 3], p=[.35, .4, .25])) if slow else \
                    int(rng.choice([2, 3, 4, 5], p=[.15, .35, .3, .2]))
                tpc = "repair_slow" if slow else ("repair_ok" if rating >= 4 else "neutral")
                comment(j, ft + D(hours=float(rng.uniform(1, 48))), tpc, "repair_survey", "tp_repair_done",
                        rating=rating)

    # social posts (小红书 / 微博 / 抖音) about past installs: half without a date
    done = [j for j in jobs if "late" in j]
    pick = rng.choice(len(done), size=200, replace=False)
    for k in pick:
        j = done[int(k)]
        t = j["t"] + D(days=float(rng.uniform(3, 60)))
        if t > END:
            t = END - D(days=float(rng.uniform(1, 20)))
        if j["late"] > 30 and rng.random() < 0.8:
            tpc = "tech_late"
        elif j["mat_total"] > 400 and rng.random() < 0.7:
            tpc = "extra_charge"
        elif j["messy"] and rng.random() < 0.8:
            tpc = "messy"
        else:
            tpc = str(rng.choice(["extra_charge", "tech_late", "messy", "fast_pro", "general_pos", "neutral"],
                                 p=[0.06, 0.04, 0.04, 0.3, 0.4, 0.16]))
        tp = {"extra_charge": "tp_extra_charge", "tech_late": "tp_tech_on_way"}.get(tpc, "tp_installed")
        comment(j, t, tpc, "social", tp, p_no_ts=0.5)

    # 30 exact duplicate event rows (re-sent by the dispatch system; the same event_id)
    dup_idx = rng.choice(len(events), size=30, replace=False)
    events.extend(dict(events[int(k)]) for k in dup_idx)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])

    def write(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
            wr.writeheader()
            for r in rows:
                wr.writerow({k: r.get(k, "") for k in cols})

    write("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                   kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys.csv", [dict(journey_id=jr[0], journey_name=jr[1], journey_name_zh=jr[1], journey_name_en=jr[2],
                                step=k + 1, touchpoint_id=tp, window_days=jr[3])
                           for jr in JOURNEYS for k, tp in enumerate(jr[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers.csv", customers, list(customers[0].keys()))
    write("events.csv", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                                 "channel", "city", "job_id", "order_channel", "下单渠道", "appliance_category",
                                 "appliance_category_en", "brand", "quantity", "service_centre", "service_centre_en",
                                 "technician_id", "delivery_days", "return_reason", "arrival_delay_min",
                                 "install_minutes", "visits", "initiated_by", "reschedule_reason",
                                 "reschedule_reason_en", "material_item", "material_item_en", "material_units",
                                 "charge_amount", "dispute_result", "dispute_result_en", "disputed_amount",
                                 "ticket_id", "repair_type", "repair_type_en", "days_since_install"])
    write("orders.csv", sorted(orders, key=lambda r: r["order_id"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "job_id", "city", "service_centre", "service_centre_en", "appliance_category", "appliance_category_en",
           "brand", "quantity", "material_item", "material_item_en", "technician_id", "payment_method", "currency"])
    write("feedback.csv", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "language", "job_id", "city", "service_centre", "technician_id",
                                     "appliance_category"])
    write("_truth/feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/appliance_data"))
