"""栖安智能门锁 HavenLock smart door locks: online shop, developer projects, install, app, firmware, battery and
after-sales (synthetic, written blind).

A smart door-lock brand selling four models (B1 basic fingerprint, S3 fingerprint, F5 3D-face, V7 face + peephole
camera) on Tmall, JD, Douyin (live-stream shop) and its own WeChat mini program, and in bulk to property developers
who fit the locks in finished flats (精装房) before the handover. Online buyers: product page -> add to cart -> order
-> courier delivery -> installation booking -> installer visit (in-house team in Shanghai / Hangzhou, partner
network 邻家师傅 in Suzhou / Nanjing / Shenzhen, outsourced 快装联盟 QuickFit Alliance in Chengdu / Wuhan; a visit can
fail when the door needs re-drilling) -> pairing the lock with the 栖安家 app -> enrolling fingerprints / faces.
Developer flat owners get the lock at the handover (交房) and may pair it in the app later (or never). Paired locks
get firmware updates (OTA), low-battery alerts in the app; lock-outs bring calls to the 24 h emergency hotline;
problems become after-sales tickets (some with a technician visit) that are closed resolved or unresolved.
Feedback: e-commerce reviews, installation ratings, app store reviews, ticket CSAT comments, hotline call notes,
30-day NPS survey, social posts (Douyin / Xiaohongshu / Weibo) and paper handover questionnaires (no date).
Data 2025-01-01 .. 2026-05-31 (the extract was taken in early June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 5, 31, 23, 59, 59)
N_DAYS = (END.date() - START.date()).days + 1

# app 4.8.0 (2025-12-02) broke Bluetooth pairing on Android 14/15 (permission prompt); fixed by 4.8.2 on 2025-12-29
APP_BUG = (datetime(2025, 12, 2), datetime(2025, 12, 29))
APP_VERSIONS = [(datetime(2024, 6, 1), "4.5.1"), (datetime(2025, 4, 21), "4.6.0"), (datetime(2025, 8, 18), "4.7.3"),
                (APP_BUG[0], "4.8.0"), (APP_BUG[1], "4.8.2"), (datetime(2026, 4, 13), "4.9.0")]
# firmware rollouts: (date, version, models); 3.1.0 for the face models wiped enrolled faces / fingerprints on some locks
FIRMWARE = [(datetime(2025, 5, 12), "2.4.0", ("B1", "S3", "F5", "V7")),
            (datetime(2025, 9, 15), "2.6.0", ("B1", "S3", "F5", "V7")),
            (datetime(2026, 1, 12), "2.7.0", ("B1", "S3")),
            (datetime(2026, 3, 9), "3.1.0", ("F5", "V7")),
            (datetime(2026, 4, 2), "3.1.1", ("F5", "V7"))]
WIPE_VERSION, WIPE_P = "3.1.0", 0.27
AB = (datetime(2025, 9, 1), datetime(2025, 12, 1))      # enrolment guide experiment, by first successful pairing
SPRING = [(datetime(2025, 1, 24), datetime(2025, 2, 7)), (datetime(2026, 2, 12), datetime(2026, 2, 26))]
PROMOS = [("双11", "double11", datetime(2025, 10, 31), datetime(2025, 11, 12), 0.15),
          ("618", "618", datetime(2025, 5, 30), datetime(2025, 6, 19), 0.10),
          ("年货节", "new_year_sale", datetime(2026, 1, 5), datetime(2026, 1, 21), 0.08),
          ("618", "618", datetime(2026, 5, 28), datetime(2026, 6, 19), 0.10)]

MODELS = {  # code: zh, en, list price, has face
    "B1": ("栖安B1基础指纹锁", "HavenLock B1 Basic", 899, False),
    "S3": ("栖安S3指纹锁", "HavenLock S3 Fingerprint", 1499, False),
    "F5": ("栖安F5 3D人脸锁", "HavenLock F5 3D Face", 2299, True),
    "V7": ("栖安V7猫眼人脸锁", "HavenLock V7 Face + Peephole", 2999, True),
}
BATTERY_DAYS = {"B1": 230, "S3": 190, "F5": 115, "V7": 52}
SHOPS = ["tmall", "jd", "douyin", "mini_program"]
SHOP_ZH = {"tmall": "天猫旗舰店", "jd": "京东自营", "douyin": "抖音直播间", "mini_program": "官方小程序",
           "developer": "开发商集采"}
P_CART = {"tmall": 0.31, "jd": 0.33, "douyin": 0.19, "mini_program": 0.38}
P_ORDER = {"tmall": 0.44, "jd": 0.48, "douyin": 0.26, "mini_program": 0.52}
CARRIER = {"tmall": [("sf_express", "顺丰速运", 0.5), ("zto", "中通快递", 0.5)], "jd": [("jd_logistics", "京东物流", 1.0)],
           "douyin": [("zto", "中通快递", 0.55), ("yunda", "韵达快递", 0.45)],
           "mini_program": [("sf_express", "顺丰速运", 1.0)]}
SHIP_DAYS = {"jd_logistics": 1.1, "sf_express": 1.9, "zto": 2.9, "yunda": 3.6}
CITIES = {  # zh: en, share of online buyers, installer
    "上海": ("Shanghai", 0.20, "inhouse"), "杭州": ("Hangzhou", 0.15, "inhouse"), "苏州": ("Suzhou", 0.12, "linjia"),
    "南京": ("Nanjing", 0.11, "linjia"), "深圳": ("Shenzhen", 0.14, "linjia"), "成都": ("Chengdu", 0.15, "quickfit"),
    "武汉": ("Wuhan", 0.13, "quickfit")}
INSTALLERS = {  # code: en, zh, first-visit failure, lead days, rating mean
    "inhouse": ("HavenLock in-house", "栖安自营安装", 0.05, 1.3, 4.5),
    "linjia": ("Linjia Partners", "邻家师傅", 0.08, 1.9, 4.1),
    "quickfit": ("QuickFit Alliance (outsourced)", "快装联盟（外包）", 0.21, 3.4, 3.0)}
VISIT_FAIL_ZH = {"door_thickness": "门厚不匹配", "redrill_needed": "需改孔", "missing_parts": "配件缺失"}
PAIR_FAIL_ZH = {"bluetooth_permission": "蓝牙权限异常", "wifi_5ghz": "不支持5G WiFi", "timeout": "连接超时",
                "wrong_admin_code": "管理员密码错误"}
RETURN_ZH = {"changed_mind": "七天无理由", "door_incompatible": "门体不匹配", "install_too_slow": "安装等太久",
             "too_complicated": "不会使用", "quality": "质量问题"}
UNLOCK_ZH = {"battery_dead": "电池耗尽", "firmware_wipe": "升级后指纹人脸丢失", "fingerprint_fail": "指纹识别失败",
             "forgot_password": "忘记密码", "mechanical": "锁体故障"}
ISSUE_ZH = {"battery": "电池续航", "fingerprint": "指纹识别", "face": "人脸识别", "pairing": "配网连接", "lock_jam": "锁体卡滞",
            "lockout": "被锁门外", "app": "App问题"}
PROJECTS = [  # id, zh, en, developer zh, city zh, units, model, contract date, handover from, to, contract price, pair p
    ("P01", "云栖府", "Yunqi Mansion", "禾润地产", "杭州", 320, "B1", datetime(2025, 1, 20), datetime(2025, 4, 14),
     datetime(2025, 5, 31), 690, 0.33),
    ("P02", "滨江壹号院", "Binjiang No.1", "中晟置业", "上海", 260, "F5", datetime(2025, 3, 18), datetime(2025, 9, 1),
     datetime(2025, 10, 15), 1650, 0.70),
    ("P03", "锦澜台", "Jinlan Terrace", "禾润地产", "苏州", 240, "B1", datetime(2025, 6, 5), datetime(2025, 11, 10),
     datetime(2025, 12, 20), 690, 0.49),
    ("P04", "星汇城", "Xinghui City", "蜀信置业", "成都", 300, "S3", datetime(2025, 8, 20), datetime(2026, 1, 5),
     datetime(2026, 3, 20), 1080, 0.56),
    ("P05", "南湖雅苑", "Nanhu Yayuan", "中晟置业", "武汉", 200, "F5", datetime(2025, 11, 3), datetime(2026, 3, 16),
     datetime(2026, 4, 30), 1650, 0.72),
]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_product_page", "商品详情页", "Product page", "consideration", "web", "digital", "电商运营部",
     "详情页|商品页|产品页|看商品|浏览|product page|PDP|listing|product detail"),
    ("tp_add_to_cart", "加入购物车", "Add to cart", "consideration", "web", "digital", "电商运营部",
     "加购|购物车|加车|add to cart|cart|basket"),
    ("tp_order", "下单支付", "Order paid", "purchase", "web", "digital", "电商运营部",
     "下单|付款|支付|购买|成交|order|checkout|purchase|buy"),
    ("tp_developer_handover", "精装交房", "Developer handover", "purchase", "store", "physical", "大客户部",
     "交房|精装交付|开发商交付|收房|工程渠道|developer handover|handover|new flat handover|B2B delivery"),
    ("tp_delivery", "物流签收", "Delivery", "purchase", "other", "physical", "供应链部",
     "物流|快递|发货|签收|配送|delivery|shipping|courier|parcel"),
    ("tp_install_booking", "预约安装", "Installation booking", "service", "app", "digital", "安装服务部",
     "预约安装|约安装|安装预约|排期|install booking|book installation|installation appointment"),
    ("tp_install_visit", "师傅上门安装", "Installer visit", "service", "other", "physical", "安装服务部",
     "上门安装|安装|师傅上门|装锁|改孔|installation|installer visit|fitting|install"),
    ("tp_app_pairing", "App绑定配网", "App pairing", "service", "app", "digital", "App产品部",
     "配网|绑定|连App|蓝牙连接|添加设备|激活|pairing|pair|bind|connect the app|activation|bluetooth"),
    ("tp_enrolment", "指纹人脸录入", "Fingerprint / face enrolment", "service", "app", "digital", "App产品部",
     "录指纹|录入|录人脸|添加指纹|enrolment|enrollment|enroll|add fingerprint|face enrolment"),
    ("tp_firmware_update", "固件升级", "Firmware update", "loyalty", "app", "digital", "固件研发部",
     "固件|升级|OTA|系统更新|firmware|update|OTA update|upgrade"),
    ("tp_low_battery", "低电量提醒", "Low-battery alert", "loyalty", "app", "digital", "App产品部",
     "低电量|电池|没电|换电池|续航|耗电|battery|low battery|battery alert|battery life"),
    ("tp_emergency_unlock", "应急开门", "Emergency unlock", "service", "phone", "physical", "客服中心",
     "应急开门|开锁|被锁门外|进不了门|紧急开锁|24小时热线|lockout|locked out|emergency unlock|emergency hotline"),
    ("tp_service_ticket", "售后工单", "After-sales ticket", "service", "phone", "digital", "客服中心",
     "售后|报修|工单|投诉|客服|after-sales|ticket|support ticket|complaint|repair request"),
    ("tp_repair_visit", "售后上门", "Service technician visit", "service", "other", "physical", "客服中心",
     "售后上门|维修上门|上门维修|service visit|technician visit|repair visit"),
    ("tp_ticket_closed", "工单关闭", "Ticket closed", "service", "other", "digital", "客服中心",
     "结单|工单关闭|已解决|closed|ticket closed|resolved"),
    ("tp_return", "退货退款", "Return and refund", "service", "web", "digital", "电商运营部",
     "退货|退款|七天无理由|退换|return|refund|send back"),
    ("tp_app", "栖安家App", "HavenLock app", "loyalty", "app", "digital", "App产品部",
     "App|栖安家|手机应用|应用|the app|mobile app|HavenLock app"),
    ("tp_daily_use", "日常开锁使用", "Daily unlocking", "loyalty", "other", "physical", "产品部",
     "日常使用|开门|开锁体验|识别|指纹识别|人脸识别|daily use|unlocking|recognition"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("online_purchase", "线上购买", "Online purchase", ["tp_product_page", "tp_add_to_cart", "tp_order"], 7),
    ("delivery_install", "送装交付", "Delivery and installation",
     ["tp_order", "tp_delivery", "tp_install_booking", "tp_install_visit"], 21),
    ("activation", "安装激活", "Activation after installation", ["tp_install_visit", "tp_app_pairing", "tp_enrolment"], 7),
    ("developer_activation", "精装房激活", "Developer flat activation",
     ["tp_developer_handover", "tp_app_pairing", "tp_enrolment"], 30),
    ("after_sales", "售后处理", "After-sales resolution", ["tp_service_ticket", "tp_ticket_closed"], 7),
]

# ---------------- feedback texts: topic -> (zh list, en list); markers are checked in gold.py ----------------
TEXTS = {
    "pairing": (["App配网一直失败，提示蓝牙权限，试了十几次", "安卓手机绑定不上锁，一直转圈然后报错", "蓝牙搜不到门锁，配网太难了",
                 "更新App以后绑定总是失败，售后让我换个苹果手机试？", "配网步骤太多了，家里老人根本弄不来",
                 "添加设备时蓝牙连上又断，绑定了一晚上"],
                ["Can't get the lock pairing with my Android phone, it keeps asking for bluetooth permission",
                 "Pairing failed six times in a row, terrible app", "The app won't find the lock over bluetooth since the update",
                 "Spent an hour on pairing before it finally worked"]),
    "lockout_fw": (["昨晚固件升级后指纹全没了，一家人被锁在门外两个小时", "升级完人脸和指纹都不认了，进不了家，只能打应急电话",
                    "推送的新固件把录好的数据清空了，老人被锁在门外", "自动升级以后锁就不认人了，下班回来进不了门"],
                   ["After the firmware update all our prints were wiped and we got locked out",
                    "The update reset the lock and my kids were locked out after school",
                    "Lock forgot every face after the update, I was locked out in the rain"]),
    "lockout_bat": (["低电量提醒根本没响，直接被锁在门外", "没有任何提醒就断电了，半夜进不了门", "提醒推送晚了一周，人被锁在门外"],
                    ["No low-power warning at all, I was locked out at midnight",
                     "The warning never came and it died, locked out with two kids"]),
    "lockout_em": (["被锁在门外，应急开门热线等了一个多小时才有人来", "晚上进不了家，打热线说师傅要明天才能上门",
                    "指纹突然不认，被锁在门外，远程指导半天才弄开"],
                   ["Locked out on a Sunday and the emergency line kept me waiting for ages",
                    "Got locked out, the hotline said nobody could come until morning"]),
    "battery": (["电池两个月就没电了，太耗电了", "猫眼款续航太差，一个多月就要换一次电池", "耗电快得离谱，低电量提醒三天两头弹",
                 "锂电池充一次用不到六周，说好的半年呢", "电池续航和宣传的差太远"],
                ["Battery lasts barely six weeks on this lock", "It eats batteries, I get a low battery alert every month",
                 "Battery life is nowhere near what was advertised"]),
    "fingerprint": (["指纹识别时灵时不灵，冬天手一干就按不开", "老人的指纹识别率太低了，按好几次才开", "指纹识别有时候要等两三秒"],
                    ["The fingerprint reader fails whenever my hands are wet", "Fingerprint recognition is hit and miss for my parents"]),
    "face": (["人脸识别逆光就不行，下午太阳一晒就开不了", "戴帽子人脸识别就认不出来", "晚上人脸识别反应很慢"],
             ["Face unlock doesn't work in direct sunlight", "Face recognition is slow at night"]),
    "enrol": (["指纹录入要按十几次，步骤太繁琐", "人脸录入一直提示请正对镜头，录了半小时", "给孩子录入指纹总是失败"],
              ["Enrolling my kids' prints took forever", "Face enrolment kept failing, had to try ten times"]),
    "install_delay": (["预约安装排到一周以后，锁到了只能干放着", "约好的师傅放鸽子，又改期了", "预约了三次才有人上门装"],
                      ["Installation booking slots were a week out", "The installer was a no-show twice",
                       "Took three booking attempts before anyone came"]),
    "install_quality": (["师傅说门厚不匹配要改孔，又加收一百", "锁装歪了，门关不严", "开孔开大了，门上留了个缝",
                         "第一次上门没带配件，白等半天"],
                        ["The installer drilled the wrong hole", "Lock was fitted misaligned, the door doesn't close properly",
                         "First visit they had to re-drill and come back"]),
    "install_praise": (["安装师傅很专业，还教我们设置", "师傅人很好，装完把垃圾都带走了", "上门准时，师傅很专业"],
                       ["The installer was great, very professional", "Installer was on time and really professional"]),
    "delivery": (["物流太慢，下单五天才到", "快递盒子压坏了，包装破损", "快递不送上楼，放驿站了"],
                 ["Shipping took almost a week", "Parcel arrived with the box crushed", "The courier left it at a pickup point"]),
    "app_crash": (["App经常闪退，开门记录都看不了", "App卡顿，远程开锁要等半天", "新版App一打开就闪退"],
                  ["App keeps crashing when I open the access log", "The app is so laggy, remote unlock takes forever"]),
    "lock_jam": (["锁体卡滞，把手要用力压才能开", "锁舌弹不回去，门关上又自己弹开", "反锁以后把手拧不动"],
                 ["The latch sticks and the handle jams", "Lock body is stiff, the handle jams half the time"]),
    "price": (["刚买就降价了三百，申请价保被拒", "这个价格太贵了，同配置别家便宜不少", "直播间说是最低价，结果天猫更便宜，太贵"],
              ["Too expensive for what it is", "Price dropped 300 right after I bought it"]),
    "praise": (["用了三个月很好用，再也不用带钥匙了", "颜值高，开门速度也快", "老人小孩都方便，远程开门很实用"],
               ["Love it, no more keys", "Really convenient, opens in a second", "Love the lock, looks great on our door"]),
    "dev_setup": (["交房时锁就装好了，但没人教怎么设置管理员", "开发商配的锁是最便宜的款，说明书都没有", "交房给的初始密码所有户都一样？安全吗"],
                  ["The developer fitted the lock but nobody explained the admin setup",
                   "Handover pack had no manual for the lock"]),
    "service_praise": (["客服态度很好，当天就解决了", "售后客服跟进很及时，点赞"],
                       ["Customer service sorted it the same day", "Customer service followed up quickly, thank you"]),
    "neutral": (["整体还行，再观察一段时间", "一般般吧，没有特别惊喜"], ["It is fine so far", "Average, nothing special"]),
}
SENT = {"praise": "positive", "install_praise": "positive", "service_praise": "positive", "neutral": "neutral"}
TOPIC_TP = {"pairing": "tp_app_pairing", "lockout_fw": "tp_firmware_update", "lockout_bat": "tp_low_battery",
            "lockout_em": "tp_emergency_unlock", "battery": "tp_low_battery", "fingerprint": "tp_daily_use",
            "face": "tp_daily_use", "enrol": "tp_enrolment", "install_delay": "tp_install_booking",
            "install_quality": "tp_install_visit", "install_praise": "tp_install_visit", "delivery": "tp_delivery",
            "app_crash": "tp_app", "lock_jam": "tp_service_ticket", "price": "tp_product_page", "praise": "tp_daily_use",
            "dev_setup": "tp_developer_handover", "service_praise": "tp_service_ticket", "neutral": None}
LOCKOUT_TP = {"firmware_wipe": "lockout_fw", "battery_dead": "lockout_bat"}
RATING = {"positive": [0, 0, 0, 0.25, 0.75], "neutral": [0, 0.1, 0.6, 0.3, 0], "negative": [0.55, 0.33, 0.12, 0, 0]}


def r() -> float:
    return float(rng.random())


def choice(items, p=None):
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return items[int(rng.choice(len(items), p=p))]


def app_version(ts):
    v = APP_VERSIONS[0][1]
    for t, ver in APP_VERSIONS:
        if ts >= t:
            v = ver
    return v


def in_spring(t):
    return any(a <= t < b for a, b in SPRING)


def promo(t):
    for zh, en, a, b, disc in PROMOS:
        if a <= t < b:
            return zh, en, disc
    return "无", "none", 0.0


def day_weights():
    w = np.ones(N_DAYS)
    for i in range(N_DAYS):
        t = START + D(days=i)
        w[i] *= 1.0 + 0.22 * (t.year == 2026)
        if in_spring(t):
            w[i] *= 0.45
        for _, en, a, b, _d in PROMOS:
            if a <= t < b:
                w[i] *= 3.2 if en == "double11" else 2.0 if en == "618" else 1.4
        if t.weekday() >= 5:
            w[i] *= 1.15
    return w / w.sum()


def at_hour(day: datetime, lo=8.0, hi=23.0):
    return day.replace(hour=0, minute=0, second=0) + D(hours=lo + (hi - lo) * r())


def evening(day: datetime):
    h = choice([10, 13, 15, 19, 20, 21, 22], [0.08, 0.1, 0.1, 0.15, 0.2, 0.22, 0.15])
    return day.replace(hour=0, minute=0, second=0) + D(hours=h + r())


def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") if t else ""


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.customers, self.experiments = [], [], [], [], []
        self.n_ev = 0
        self.n_tk = 0
        self.n_sn = 0
        self.n_order = 0
        self.cust = {}

    # ---------- writers ----------
    def ev(self, c, ts, tp, session, action, channel, device=None, **extra):
        if ts > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
                   session_id=session, action=action, device=device or "", channel=channel, **extra)
        self.events.append(row)
        return row

    def order(self, c, ts, amount, status, channel, device, otype, **extra):
        self.n_order += 1
        oid = f"SO{ts:%y%m}{self.n_order:06d}"
        self.orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                                status=status, channel=channel, device=device or "", order_type=otype, **extra))
        return self.orders[-1]

    def fb(self, c, ts, topic, channel, rating=None, nps=None, anon=False, lang=None, prefix="", **extra):
        if ts is not None and ts > END:
            return
        lang = lang or ("en" if c.get("english") else "zh")
        zh, en = TEXTS[topic]
        text = prefix + choice(en if lang == "en" else zh)
        sent = SENT.get(topic, "negative")
        if rating == "auto":
            rating = 1 + int(rng.choice(5, p=RATING[sent]))
        tp = TOPIC_TP[topic]
        if tp is None:
            tp = extra.pop("tp", None) or ""
        else:
            extra.pop("tp", None)
        self.feedback.append(dict(text=text, ts=ts, customer_id="" if anon else c["customer_id"], touchpoint_id=tp,
                                  channel=channel, rating=rating if rating is not None else "",
                                  nps=nps if nps is not None else "", language=lang, _topic=topic.split("_")[0]
                                  if topic.startswith("lockout") else topic, _sent=sent, **extra))

    # ---------- customers ----------
    def new_customer(self, **kw):
        cid = f"C{len(self.customers) + 1:06d}"
        c = dict(customer_id=cid, **kw)
        c["english"] = r() < (0.14 if c["region"] in ("上海", "深圳") else 0.05)
        c["locks"], c["orders_paid"], c["tickets"] = [], 0, []
        self.customers.append(c)
        self.cust[cid] = c
        return c

    def online_customers(self, n):
        w = day_weights()
        cities = list(CITIES)
        for _ in range(n):
            ch = choice(SHOPS, [0.36, 0.26, 0.23, 0.15])
            city = choice(cities, [CITIES[x][1] for x in cities])
            os_ = choice(["ios", "android"], [0.44, 0.56])
            c = self.new_customer(region=city, acquisition_channel=ch, phone_os=os_,
                                  age_band=choice(["18-29", "30-39", "40-49", "50+"], [0.24, 0.41, 0.23, 0.12]),
                                  housing=choice(["自住商品房", "老房换锁", "出租房"], [0.55, 0.35, 0.10]),
                                  door=choice(["防盗门", "防火门", "木门"], [0.8, 0.11, 0.09]), project=None)
            fav = choice(list(MODELS), [0.12, 0.38, 0.32, 0.18] if ch != "douyin" else [0.1, 0.3, 0.3, 0.3])
            t = START + D(days=int(rng.choice(N_DAYS, p=w)))
            c["first_seen"] = None
            bought = 0
            for _s in range(1 + int(rng.poisson(0.9))):
                if t > END:
                    break
                sch = ch if r() < 0.86 else choice(SHOPS)
                dev = os_ if (sch in ("douyin", "mini_program") or r() < 0.83) else "pc"
                if self.browse(c, evening(t), sch, dev, fav):
                    bought += 1
                    if r() > 0.1 or bought > 1:
                        break
                t = t + D(days=3 + float(rng.exponential(24)))

    def browse(self, c, t, sch, dev, fav):
        sess = f"W{self.n_ev + 1:07d}"
        c["first_seen"] = c["first_seen"] or t
        for k in range(1 + int(rng.poisson(1.2))):
            m = fav if r() < 0.7 else choice(list(MODELS))
            self.ev(c, t, "tp_product_page", sess, "view", sch, dev, model=m, app_version="", shop=SHOP_ZH[sch])
            t += D(minutes=0.5 + 4 * r())
        p_cart = P_CART[sch] * (0.75 if in_spring(t) else 1.0)
        if r() >= p_cart:
            return False
        t += D(minutes=1 + 15 * r()) if r() < 0.7 else D(hours=1 + 70 * r())
        self.ev(c, t, "tp_add_to_cart", sess, "add", sch, dev, model=fav, shop=SHOP_ZH[sch])
        p_order = P_ORDER[sch] * (1.25 if promo(t)[2] else 1.0)
        if r() >= p_order:
            if r() < 0.18:   # an unpaid order that timed out (orders table only; the tracker logs paid orders)
                price = MODELS[fav][2]
                self.order(c, t + D(minutes=3), price, "cancelled", sch, dev, "lock", model=fav,
                           model_name_zh=MODELS[fav][0], list_price=price, discount=0, promo="无", payer="consumer",
                           developer_project="", refund_reason="", returned_at=None)
            return False
        t += D(minutes=2 + 25 * r()) if r() < 0.6 else D(hours=1 + 110 * r())
        if t > END:
            return False
        self.buy(c, t, sch, dev, fav)
        return True

    def buy(self, c, t, sch, dev, model):
        pz, pen, disc = promo(t)
        price = MODELS[model][2]
        coupon = float(choice([0, 0, 0, 50, 100]))
        amount = round(price * (1 - disc) - coupon, 2)
        o = self.order(c, t, amount, "paid", sch, dev, "lock", model=model, model_name_zh=MODELS[model][0],
                       list_price=price, discount=round(price - amount, 2), promo=pz, payer="consumer",
                       developer_project="", refund_reason="", returned_at=None)
        self.ev(c, t, "tp_order", o["order_id"], "paid", sch, dev, model=model, order_id=o["order_id"], amount=amount,
                shop=SHOP_ZH[sch])
        care = None
        if r() < 0.17:
            care = self.order(c, t + D(minutes=1), 199, "paid", sch, dev, "care_plus", model=model,
                              model_name_zh="栖安延保服务2年", list_price=199, discount=0, promo=pz, payer="consumer",
                              developer_project="", refund_reason="", returned_at=None)
            c["care_plus"] = True
        self.fulfil(c, o, care, t, sch, dev, model)

    def cancel(self, o, care, status, t, reason):
        o["status"], o["returned_at"], o["refund_reason"] = status, t, reason
        if care:
            care["status"], care["returned_at"], care["refund_reason"] = "refunded", t, reason

    def fulfil(self, c, o, care, t, sch, dev, model):
        oid = o["order_id"]
        if r() < 0.02:
            self.cancel(o, care, "refunded", t + D(hours=2 + 20 * r()), "未发货退款")
            return
        carrier, carrier_zh, _ = choice(CARRIER[sch], [x[2] for x in CARRIER[sch]])
        ship = SHIP_DAYS[carrier] * (1.0 + 0.6 * in_spring(t)) * float(rng.gamma(4, 0.25)) + 0.2
        if promo(t)[1] == "double11":
            ship += 1.5 * r()
        td = at_hour(t + D(days=ship), 9, 20)
        if td <= t:
            td = t + D(hours=20)
        if self.ev(c, td, "tp_delivery", oid, "signed", "logistics", None, model=model, order_id=oid, carrier=carrier,
                   carrier_zh=carrier_zh) is None:
            return
        c["locks"].append(dict(model=model, got=td, sn=None))
        ship_days = (td - t).total_seconds() / 86400
        english = c["english"]
        p_noinst = 0.13 if sch == "douyin" else 0.035
        team = CITIES[c["region"]][2]
        tname, tzh, pfail, lead, rmean = INSTALLERS[team]
        review = dict(ship_days=ship_days, lead=None, failed=False, returned=False)
        if r() < p_noinst:
            tr = td + D(days=0.5 + 5 * r())
            reason = choice(["changed_mind", "door_incompatible", "too_complicated", "quality"], [0.6, 0.14, 0.13, 0.13])
            self.ret(c, o, care, tr, sch, dev, model, reason)
            review["returned"] = True
            self.ecom_review(c, o, td, sch, model, review)
            return
        if r() < 0.07:   # self-installed
            self.activate(c, td + D(days=0.3 + 3 * r()), model, installer=False, sch=sch)
            self.ecom_review(c, o, td, sch, model, review)
            return
        tb = td + D(hours=1 + float(rng.exponential(30)))
        bch = choice(["app", "mini_program", "phone"], [0.5, 0.3, 0.2])
        lead_days = lead * float(rng.gamma(3, 1 / 3)) + (5 + 4 * r() if in_spring(tb) else 0) + 0.3
        tv = at_hour(tb + D(days=lead_days), 9, 19)
        if tv <= tb:
            tv = tb + D(hours=3)
        self.ev(c, tb, "tp_install_booking", oid, "booked", bch, c["phone_os"] if bch != "phone" else None, model=model,
                order_id=oid, installer_team=tname, installer_zh=tzh, slot_date=fmt(tv)[:10], app_version=app_version(tb))
        review["lead"] = (tv - tb).total_seconds() / 86400
        if review["lead"] > 4 and r() < 0.35:
            self.fb(c, tv - D(hours=5 + 20 * r()), "install_delay", "social", anon=r() < 0.5,
                    source=choice(["小红书", "微博", "抖音"]))
        pf = pfail * (2.4 if c["door"] == "防火门" else 1.0)
        visit = 1
        tech = f"{team[:2].upper()}-{int(rng.integers(1, 25)):02d}"
        while True:
            if tv > END:
                return
            if r() < pf and visit == 1:
                reason = choice(["door_thickness", "redrill_needed", "missing_parts"], [0.35, 0.45, 0.2])
                self.ev(c, tv, "tp_install_visit", oid, "failed", "onsite", None, model=model, order_id=oid,
                        installer_team=tname, installer_zh=tzh, technician_id=tech, visit_no=visit,
                        fail_reason=reason, fail_reason_zh=VISIT_FAIL_ZH[reason], door_type=c["door"])
                review["failed"] = True
                if r() < 0.12:
                    self.ret(c, o, care, tv + D(days=1 + 3 * r()), sch, dev, model, "door_incompatible")
                    review["returned"] = True
                    self.install_rating(c, tv + D(hours=2), team, review)
                    self.ecom_review(c, o, td, sch, model, review)
                    return
                visit += 1
                tv = at_hour(tv + D(days=1.5 + 4 * r() * (1.6 if team == "quickfit" else 1)), 9, 19)
                continue
            self.ev(c, tv, "tp_install_visit", oid, "installed", "onsite", None, model=model, order_id=oid,
                    installer_team=tname, installer_zh=tzh, technician_id=tech, visit_no=visit, fail_reason="",
                    fail_reason_zh="", door_type=c["door"],
                    extra_fee=100 if visit > 1 and r() < 0.6 else 0)
            break
        self.install_rating(c, tv + D(hours=1 + 30 * r()), team, review)
        self.ecom_review(c, o, td, sch, model, review)
        with_installer = r() < 0.7
        tp = tv + D(minutes=10 + 30 * r()) if with_installer else tv + D(hours=2 + float(rng.exponential(30)))
        self.activate(c, tp, model, installer=with_installer, sch=sch)

    def ret(self, c, o, care, t, sch, dev, model, reason):
        if t > END:
            return
        self.ev(c, t, "tp_return", o["order_id"], "refunded", sch, dev, model=model, order_id=o["order_id"],
                return_reason=reason, return_reason_zh=RETURN_ZH[reason], amount=o["amount"])
        self.cancel(o, care, "returned", t, RETURN_ZH[reason])
        c["locks"] = c["locks"][:-1]

    # ---------- reviews tied to the purchase ----------
    def ecom_review(self, c, o, td, sch, model, review):
        if r() > 0.42:
            return
        if review["returned"]:
            topic = "install_quality" if review["failed"] else choice(["price", "delivery", "install_delay", "neutral"],
                                                                      [0.45, 0.2, 0.15, 0.2])
        elif review["ship_days"] > 4.5 and r() < 0.55:
            topic = "delivery"
        elif review["failed"] and r() < 0.6:
            topic = "install_quality"
        elif review["lead"] and review["lead"] > 4 and r() < 0.5:
            topic = "install_delay"
        else:
            opts = ["praise", "install_praise", "price", "neutral", "delivery", "fingerprint", "face"]
            p = [0.42, 0.14, 0.1 + 0.08 * (sch == "douyin"), 0.14, 0.05, 0.08, 0.07 * MODELS[model][3]]
            topic = choice(opts, p)
        t = td + D(days=2 + 12 * r())
        undated = r() < 0.16
        self.fb(c, None if undated else t, topic, "ecommerce_review", rating="auto", tp="tp_order", shop=SHOP_ZH[sch],
                model=model)

    def install_rating(self, c, t, team, review):
        if r() > 0.38:
            return
        tname, tzh, _, _, rmean = INSTALLERS[team]
        if review["failed"] and r() < 0.75:
            topic = "install_quality"
        elif review["lead"] and review["lead"] > 4 and r() < 0.6:
            topic = "install_delay"
        else:
            good = (rmean - 2.5) / 2.2
            topic = choice(["install_praise", "neutral", "install_quality"], [good, 0.22, max(0.05, 1 - good - 0.1)])
        self.fb(c, t, topic, "install_rating", rating="auto", tp="tp_install_visit", installer_team=tname,
                installer_zh=tzh)

    # ---------- activation ----------
    def pair_attempts(self, c, t, model, sn, installer):
        """returns the time of the successful pairing or None."""
        dev = c["phone_os"]
        tries_sessions = 0
        while t <= END and tries_sessions < 6:
            tries_sessions += 1
            for attempt in range(1, 4):
                bug = APP_BUG[0] <= t < APP_BUG[1] and dev == "android"
                p_fail = 0.78 if bug else 0.09 + (0.06 if c["project"] else 0)
                ver = app_version(t)
                if r() < p_fail:
                    reason = "bluetooth_permission" if bug else choice(
                        ["wifi_5ghz", "timeout", "wrong_admin_code", "bluetooth_permission"], [0.5, 0.24, 0.17, 0.09])
                    self.ev(c, t, "tp_app_pairing", sn, "fail", "app", dev, model=model, lock_sn=sn, app_version=ver,
                            fail_reason=reason, fail_reason_zh=PAIR_FAIL_ZH[reason], attempt_no=attempt,
                            assisted_by_installer=installer)
                    if bug and attempt == 1 and r() < 0.3:
                        self.fb(c, t + D(hours=1 + 20 * r()), "pairing", "app_review", rating=choice([1, 1, 2]),
                                anon=r() < 0.4, app_version=ver, device=dev)
                    elif bug and attempt == 3 and r() < 0.2:
                        self.ticket(c, sn, model, t + D(minutes=20 + 600 * r()), "pairing")
                    t += D(minutes=2 + 8 * r())
                    continue
                self.ev(c, t, "tp_app_pairing", sn, "success", "app", dev, model=model, lock_sn=sn, app_version=ver,
                        fail_reason="", fail_reason_zh="", attempt_no=attempt, assisted_by_installer=installer)
                return t
            installer = False
            if APP_BUG[0] <= t < APP_BUG[1] and dev == "android":
                if r() < 0.25:
                    return None
                t = APP_BUG[1] + D(days=float(rng.exponential(4)), hours=8 + 12 * r())
            else:
                if r() < 0.15:
                    return None
                t = t + D(days=0.5 + float(rng.exponential(2)))
        return None

    def activate(self, c, t, model, installer, sch=None):
        self.n_sn += 1
        sn = f"HL{model}{self.n_sn:06d}"
        if c["locks"]:
            c["locks"][-1]["sn"] = sn
        tp = self.pair_attempts(c, t, model, sn, installer)
        if tp is None:
            return
        if c["locks"]:
            c["locks"][-1]["paired"] = tp
        c.setdefault("signup_at", tp)
        p24 = 0.84
        if AB[0] <= tp < AB[1] and not c.get("ab") and not c["project"]:
            variant = "video_guide" if r() < 0.5 else "control"
            c["ab"] = variant
            self.experiments.append(dict(experiment_id="enrol_guide_2025q4", variant=variant,
                                         customer_id=c["customer_id"], assigned_at=fmt(tp), lock_sn=sn, model=model))
            p24 = 0.93 if variant == "video_guide" else 0.72
        if r() < p24:
            te = tp + D(minutes=3 + float(rng.exponential(35)))
        elif r() < 0.8:
            te = tp + D(days=1 + float(rng.exponential(2.5)))
        else:
            te = None
        if te:
            self.enrol(c, te, model, sn)
        self.lifecycle(c, sn, model, tp, te)
        if r() < 0.3 and tp + D(days=30) <= END:
            self.survey(c, tp + D(days=30, hours=r() * 48), model)

    def enrol(self, c, t, model, sn, reason="first"):
        types = ["fingerprint"] * (1 + int(rng.integers(1, 3))) + (["face"] if MODELS[model][3] else [])
        for et in types:
            if r() < (0.12 if et == "face" else 0.07):
                self.ev(c, t, "tp_enrolment", sn, "fail", "app", c["phone_os"], model=model, lock_sn=sn, enrol_type=et,
                        enrol_reason=reason, app_version=app_version(t))
                if reason == "first" and r() < 0.08:
                    self.fb(c, t + D(hours=2 + 48 * r()), "enrol", "app_review", rating=choice([1, 2, 2, 3]), anon=r() < 0.4, app_version=app_version(t))
                t += D(minutes=1 + 3 * r())
            self.ev(c, t, "tp_enrolment", sn, "success", "app", c["phone_os"], model=model, lock_sn=sn, enrol_type=et,
                    enrol_reason=reason, app_version=app_version(t))
            t += D(minutes=1 + 3 * r())

    # ---------- life of a paired lock ----------
    def lifecycle(self, c, sn, model, tp, te):
        fw = "2.3.1" if tp < FIRMWARE[0][0] else max((v for d, v, ms in FIRMWARE if d <= tp and model in ms),
                                                      key=lambda v: [int(x) for x in v.split(".")], default="2.3.1")
        bad = 0
        for d, ver, ms in FIRMWARE:
            if model not in ms or d <= tp:
                continue
            tu = d + D(days=float(rng.exponential(4.5)), hours=2 + 20 * r())
            if ver == "3.1.0" and tu >= datetime(2026, 4, 2):
                continue   # 3.1.0 withdrawn when 3.1.1 shipped
            if tu > END:
                break
            if r() < 0.04:
                self.ev(c, tu, "tp_firmware_update", sn, "failed", "app", c["phone_os"], model=model, lock_sn=sn,
                        firmware_from=fw, firmware=ver)
                tu += D(hours=3 + 30 * r())
            self.ev(c, tu, "tp_firmware_update", sn, "success", "app", c["phone_os"], model=model, lock_sn=sn,
                    firmware_from=fw, firmware=ver)
            fw = ver
            if ver == WIPE_VERSION and r() < WIPE_P:
                bad += 1
                tl = tu + D(hours=1 + float(rng.exponential(14)))
                if r() < 0.66:
                    self.lockout(c, sn, model, tl, "firmware_wipe", fw)
                self.enrol(c, tl + D(hours=0.5 + 3 * r()), model, sn, reason="re_enrol_after_update")
        # battery cycles
        days = BATTERY_DAYS[model]
        t = (te or tp) + D(days=days * (0.75 + 0.5 * r()))
        while t <= END:
            ta = at_hour(t, 7, 23)
            self.ev(c, ta, "tp_low_battery", sn, "alert", "app", c["phone_os"], model=model, lock_sn=sn, battery_pct=20,
                    firmware=fw)
            dead_p = 0.04 if model == "V7" else 0.012
            if r() < 0.35:
                self.ev(c, ta + D(days=2 + 4 * r()), "tp_low_battery", sn, "alert", "app", c["phone_os"], model=model,
                        lock_sn=sn, battery_pct=10, firmware=fw)
            if model == "V7" and r() < 0.3:
                self.order(c, ta + D(hours=1 + 30 * r()), 199, "paid", "mini_program", c["phone_os"], "accessory",
                           model=model, model_name_zh="V7专用锂电池", list_price=199, discount=0, promo="无",
                           payer="consumer", developer_project=c["project"] or "", refund_reason="", returned_at=None)
            if r() < dead_p:
                self.lockout(c, sn, model, ta + D(days=3 + 8 * r()), "battery_dead", fw)
            elif r() < (0.11 if model == "V7" else 0.015):
                self.ticket(c, sn, model, ta + D(hours=2 + 40 * r()), "battery")
            elif r() < (0.05 if model == "V7" else 0.01):
                sc = choice(["social", "app_review"])
                self.fb(c, ta + D(days=1 + 5 * r()), "battery", sc, anon=r() < 0.5,
                        rating=choice([1, 2, 2]) if sc == "app_review" else None,
                        source=choice(["小红书", "微博", "抖音"]) if sc == "social" else None, model=model)
            t = t + D(days=days * (0.75 + 0.5 * r()))
        # random issues by month
        t = tp + D(days=20 * r())
        while t <= END:
            hz = {"fingerprint": 0.0045 * (1.8 if model == "B1" else 1), "face": 0.005 * MODELS[model][3],
                  "lock_jam": 0.03 if c["project"] == "滨江壹号院" else 0.0016, "app": 0.0025,
                  "pairing": 0.002, "forgot": 0.0018}
            for issue, p in hz.items():
                if r() < p:
                    ti = at_hour(t + D(days=30 * r()), 7, 23)
                    if issue == "forgot":
                        self.lockout(c, sn, model, ti, choice(["forgot_password", "fingerprint_fail", "mechanical"],
                                                              [0.5, 0.35, 0.15]), fw)
                    elif issue == "app" and r() < 0.5:
                        self.fb(c, ti, "app_crash", "app_review", rating=choice([1, 2, 2, 3]), anon=r() < 0.5,
                                app_version=app_version(ti), device=c["phone_os"])
                    else:
                        self.ticket(c, sn, model, ti, issue)
            t += D(days=30)
        # praise / app reviews
        if r() < 0.05:
            self.fb(c, tp + D(days=5 + 60 * r()), choice(["praise", "praise", "neutral"]), "app_review", rating="auto",
                    anon=r() < 0.5, tp="tp_app", app_version=app_version(tp))

    def lockout(self, c, sn, model, t, reason, fw):
        if t > END:
            return
        t = at_hour(t, 6, 24) if reason != "firmware_wipe" else t
        action = "remote_guided" if r() < 0.68 else "technician_dispatched"
        self.ev(c, t, "tp_emergency_unlock", sn, action, "phone", None, model=model, lock_sn=sn, unlock_reason=reason,
                unlock_reason_zh=UNLOCK_ZH[reason], firmware=fw, wait_minutes=int(10 + rng.exponential(25))
                if action == "remote_guided" else int(40 + rng.exponential(60)))
        c.setdefault("lockouts", []).append(t)
        topic = LOCKOUT_TP.get(reason, "lockout_em")
        if r() < 0.42:
            self.fb(c, t + D(minutes=20), topic, "call_note", prefix="来电：" if not c["english"] else "Call: ")
        elif r() < 0.3:
            sc = choice(["social", "app_review"])
            self.fb(c, t + D(hours=3 + 40 * r()), topic, sc, anon=r() < 0.5,
                    rating=choice([1, 1, 2]) if sc == "app_review" else None, source=choice(["小红书", "微博", "抖音"])
                    if sc == "social" else None, model=model)
        if r() < (0.5 if reason == "firmware_wipe" else 0.35):
            self.ticket(c, sn, model, t + D(hours=1 + 20 * r()), "lockout", cause=reason)

    def ticket(self, c, sn, model, t, issue, cause=None):
        if t > END:
            return
        self.n_tk += 1
        tk = f"TK{t:%y%m}{self.n_tk:05d}"
        ch = choice(["phone", "app", "online_chat"], [0.45, 0.3, 0.25])
        self.ev(c, t, "tp_service_ticket", tk, "created", ch, c["phone_os"] if ch != "phone" else None, model=model,
                lock_sn=sn, ticket_id=tk, issue_type=issue, issue_type_zh=ISSUE_ZH[issue], developer_project=c["project"] or "")
        need_visit = {"lock_jam": 0.9, "fingerprint": 0.45, "face": 0.3, "lockout": 0.25, "battery": 0.15}.get(issue, 0.05)
        unresolved = {"lock_jam": 0.32 if c["project"] == "滨江壹号院" else 0.1, "battery": 0.24 if model == "V7" else 0.08}.get(
            issue, 0.07)
        tc = t + D(hours=1 + float(rng.lognormal(2.6, 0.9)))
        if r() < need_visit:
            tv = at_hour(t + D(days=0.5 + float(rng.exponential(1.6 if not in_spring(t) else 5))), 9, 20)
            if c["region"] in ("成都", "武汉"):
                tv += D(days=float(rng.exponential(1.5)))
            self.ev(c, tv, "tp_repair_visit", tk, "visited", "onsite", None, model=model, lock_sn=sn, ticket_id=tk,
                    issue_type=issue, issue_type_zh=ISSUE_ZH[issue], developer_project=c["project"] or "")
            tc = tv + D(hours=0.5 + 3 * r())
            if issue == "lock_jam" and r() < 0.4:   # waiting for a replacement lock body
                tc += D(days=2 + 10 * r())
        bad = r() < unresolved
        self.ev(c, tc, "tp_ticket_closed", tk, "unresolved" if bad else "resolved", "system", None, model=model,
                lock_sn=sn, ticket_id=tk, issue_type=issue, issue_type_zh=ISSUE_ZH[issue],
                developer_project=c["project"] or "")
        c["tickets"].append((tc, bad))
        if tc <= END and r() < 0.55:
            if not bad and r() < 0.3:
                topic = "service_praise"
            else:
                topic = {"battery": "battery", "fingerprint": "fingerprint", "face": "face", "pairing": "pairing",
                         "lock_jam": "lock_jam", "app": "app_crash",
                         "lockout": LOCKOUT_TP.get(cause, "lockout_em")}[issue]
            rating = choice([1, 2], [0.6, 0.4]) if bad else ("auto" if topic == "service_praise" else choice([2, 3, 4]))
            self.fb(c, tc + D(hours=1 + 20 * r()), topic, "ticket", rating=rating, ticket_id=tk, model=model,
                    developer_project=c["project"] or "")

    def survey(self, c, t, model):
        lk = c.get("lockouts", [])
        bad = len(lk) + sum(1 for _, b in c["tickets"] if b)
        nps = int(np.clip(round(rng.normal(8.6 - 2.5 * bad - (0.8 if c["project"] else 0), 1.6)), 0, 10))
        if nps >= 9:
            topic = choice(["praise", "install_praise", "service_praise"], [0.7, 0.2, 0.1])
        elif nps >= 7:
            topic = choice(["neutral", "praise", "fingerprint", "face" if MODELS[model][3] else "fingerprint"],
                           [0.45, 0.25, 0.15, 0.15])
        else:
            topic = choice(["battery", "fingerprint", "app_crash", "price", "dev_setup" if c["project"] else "pairing"],
                           [0.25 + 0.3 * (model == "V7"), 0.2, 0.2, 0.15, 0.2])
        self.fb(c, t, topic, "survey", nps=nps, tp="tp_daily_use", model=model)

    # ---------- developer projects ----------
    def developer(self):
        for pid, zh, en, dev_zh, city, units, model, contract, h0, h1, price, p_pair in PROJECTS:
            span = (h1 - h0).days
            for u in range(units):
                os_ = choice(["ios", "android"], [0.42, 0.58])
                c = self.new_customer(region=city, acquisition_channel="developer", phone_os=os_,
                                      age_band=choice(["18-29", "30-39", "40-49", "50+"], [0.15, 0.45, 0.28, 0.12]),
                                      housing="精装房", door=choice(["防盗门", "防火门"], [0.9, 0.1]), project=zh)
                c["developer"], c["project_id"] = dev_zh, pid
                building, room = 1 + u // 40, 101 + (u % 40)
                c["unit"] = f"{building}栋{room}"
                self.order(c, contract + D(minutes=u), price, "paid", "developer", None, "lock", model=model,
                           model_name_zh=MODELS[model][0], list_price=MODELS[model][2],
                           discount=MODELS[model][2] - price, promo="工程集采", payer="developer",
                           developer_project=zh, refund_reason="", returned_at=None, contract_id=f"CT-{pid}-{contract:%Y%m}")
                th = at_hour(h0 + D(days=int(span * r() ** 0.8)), 9, 18)
                if in_spring(th):
                    th += D(days=14)
                c["first_seen"] = th
                if th > END:
                    c["locks"].append(dict(model=model, got=None, sn=None))
                    continue
                self.ev(c, th, "tp_developer_handover", f"HO-{pid}-{u:04d}", "handed_over", "onsite", None,
                        model=model, developer_project=zh, project_en=en, developer=dev_zh, unit=c["unit"])
                c["locks"].append(dict(model=model, got=th, sn=None))
                if r() < 0.27:
                    topic = choice(["dev_setup", "praise", "neutral"], [0.55, 0.25, 0.2])
                    self.fb(c, None, topic, "handover_survey", rating="auto", developer_project=zh, source="纸质问卷",
                            tp="tp_developer_handover")
                x = r()
                if x < p_pair:
                    tp = th + D(days=min(29.5, float(rng.exponential(5))), hours=r() * 10)
                elif x < p_pair + 0.3 * (1 - p_pair):
                    tp = th + D(days=31 + 170 * r())
                else:
                    continue
                self.activate(c, tp, model, installer=False)

    # ---------- social noise ----------
    def social(self, n):
        owners = [c for c in self.customers if c["locks"]]
        for _ in range(n):
            c = owners[int(rng.integers(len(owners)))]
            t = START + D(days=int(rng.integers(N_DAYS)), hours=8 + 15 * r())
            topic = choice(["praise", "price", "neutral", "app_crash", "delivery"], [0.45, 0.25, 0.12, 0.1, 0.08])
            self.fb(c, t, topic, "social", anon=r() < 0.6, source=choice(["小红书", "微博", "抖音"]))

    # ---------- finish ----------
    def segments(self):
        recent = END - D(days=90)
        by = {}
        for o in self.orders:
            if o["order_type"] == "lock":
                by.setdefault(o["customer_id"], []).append(o)
        for c in self.customers:
            os_ = by.get(c["customer_id"], [])
            kept = [o for o in os_ if o["status"] == "paid"]
            ever = [o for o in os_ if o["status"] in ("paid", "returned", "refunded")]
            got = [lk["got"] for lk in c["locks"] if lk.get("got")]
            lock_recent = sum(1 for t in c.get("lockouts", []) if t >= recent)
            bad_recent = sum(1 for t, b in c["tickets"] if b and recent <= t <= END)
            if not ever:
                seg = "prospect"
            elif not kept:
                seg = "churned"
            elif lock_recent >= 2 or bad_recent >= 1:
                seg = "at_risk"
            elif len(kept) >= 2:
                seg = "vip"
            elif got and max(got) >= END - D(days=60):
                seg = "new_owner"
            elif not got:
                seg = "new_owner"
            else:
                seg = "owner"
            c["seg"] = seg

    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)

        def w(name, rows, cols):
            with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
                wr = csv.writer(f)
                wr.writerow(cols)
                for row in rows:
                    wr.writerow([fmt(row.get(k)) if isinstance(row.get(k), datetime) else
                                 ("" if row.get(k) is None else row.get(k)) for k in cols])

        w("touchpoints", [dict(touchpoint_id=t[0], name=f"{t[1]} / {t[2]}", name_zh=t[1], name_en=t[2], stage=t[3],
                               channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        w("journeys", [dict(journey_id=j[0], journey_name=f"{j[1]} / {j[2]}", journey_name_zh=j[1], journey_name_en=j[2],
                            step=k, touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
        self.segments()
        rows = []
        care = {o["customer_id"]: True for o in self.orders if o["order_type"] == "care_plus" and o["status"] == "paid"}
        for c in self.customers:
            locks = [lk for lk in c["locks"]]
            first = c["locks"][0]["model"] if c["locks"] else ""
            rows.append(dict(customer_id=c["customer_id"], signup_at=c.get("signup_at"), segment=c["seg"],
                             region=c["region"], acquisition_channel=c["acquisition_channel"],
                             tier="care_plus" if care.get(c["customer_id"]) else "standard",
                             city_en=CITIES[c["region"]][0], phone_os=c["phone_os"], age_band=c["age_band"],
                             房屋类型=c["housing"], door_type=c["door"], developer_project=c["project"] or "",
                             developer=c.get("developer", ""), lock_model=first, locks_owned=len(locks),
                             first_seen_at=c.get("first_seen"), preferred_language="en" if c["english"] else "zh"))
        w("customers", rows, list(rows[0]))
        self.events.sort(key=lambda e: (e["ts"], e["event_id"]))
        cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
        extra = []
        for e in self.events:
            for k in e:
                if k not in cols and k not in extra:
                    extra.append(k)
        ren = {"installer_zh": "安装服务商", "fail_reason_zh": "失败原因", "issue_type_zh": "问题类型",
               "unlock_reason_zh": "开门原因", "return_reason_zh": "退货原因", "carrier_zh": "快递公司"}
        for i, e in enumerate(self.events, 1):
            e["event_id"] = f"E{i:07d}"
        evs = list(self.events)
        dups = [dict(evs[int(i)]) for i in rng.choice(len(evs), 36, replace=False)]
        evs = evs + dups
        evs.sort(key=lambda e: (e["ts"], e["event_id"]))
        w("events", [{**e, **{ren[k]: e.get(k) for k in ren}} for e in evs],
          cols + [ren.get(k, k) for k in extra])
        self.orders.sort(key=lambda o: (o["ts"], o["order_id"]))
        ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "model",
                 "model_name_zh", "list_price", "discount", "promo", "payer", "developer_project", "contract_id",
                 "refund_reason", "returned_at", "活动"]
        w("orders", [{**o, "活动": o["promo"]} for o in self.orders], ocols)
        fbs = sorted(self.feedback, key=lambda f: (f["ts"] is None, f["ts"] or END, f["text"]))
        for i, f in enumerate(fbs, 1):
            f["feedback_id"] = f"FB{i:05d}"
        fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
                 "shop", "model", "installer_team", "installer_zh", "ticket_id", "developer_project", "source",
                 "app_version", "device", "firmware"]
        w("feedback", [{**f, "安装服务商": f.get("installer_zh")} for f in fbs],
          [c if c != "installer_zh" else "安装服务商" for c in fcols])
        w("_truth/feedback_truth", [dict(feedback_id=f["feedback_id"], topic=f["_topic"], sentiment=f["_sent"])
                                    for f in fbs], ["feedback_id", "topic", "sentiment"])
        w("experiments", self.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "lock_sn", "model"])


def main() -> int:
    out = Path(sys.argv[1])
    g = Gen()
    g.online_customers(8200)
    g.developer()
    g.social(160)
    g.write(out)
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"experiments {len(g.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
