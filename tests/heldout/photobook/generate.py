"""印记 PrintMemory: an online photo-book and photo-printing service (synthetic, written blind).

Customers come through the app, the website or the WeChat mini-program, upload photos, create a project (photo
book, desk calendar, photo prints, framed print), open the editor, preview, order and pay; the order is printed in
one of three factories, quality-checked, shipped by a courier and delivered. Some customers get a free reprint
for a defect, some a refund; many order again. Events 2024-07-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260611
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 5000
D = lambda x: timedelta(days=float(x))  # noqa: E731
H = lambda x: timedelta(hours=float(x))  # noqa: E731
M = lambda x: timedelta(minutes=float(x))  # noqa: E731

rng = np.random.default_rng(SEED)

CRASH_FROM, CRASH_TO = datetime(2025, 9, 18), datetime(2025, 12, 5)   # Android 5.2.0 / 5.2.1 editor crash
INK_FROM, INK_TO = datetime(2025, 6, 1), datetime(2025, 12, 31, 23, 59)  # Dongguan factory: bad ink batch
FEE_CHANGE = datetime(2026, 3, 1)                                       # free-shipping threshold 99 -> 149
PEAKS = [(datetime(2024, 11, 8), datetime(2024, 11, 25)), (datetime(2025, 1, 15), datetime(2025, 2, 10)),
         (datetime(2025, 11, 8), datetime(2025, 11, 25)), (datetime(2026, 2, 1), datetime(2026, 2, 25))]

USER_ZH = {"parents": "亲子家庭", "couples": "情侣夫妻", "travelers": "旅行爱好者", "students": "学生党"}
USER_W = {"parents": 0.34, "couples": 0.22, "travelers": 0.26, "students": 0.18}
TIER_ZH = {"tier1": "一线城市", "new_tier1": "新一线城市", "tier2": "二线城市", "tier3_below": "三线及以下"}
CITIES = {  # tier -> [(zh, en, region)]
    "tier1": [("上海", "Shanghai", "east"), ("北京", "Beijing", "north"), ("广州", "Guangzhou", "south"),
              ("深圳", "Shenzhen", "south")],
    "new_tier1": [("杭州", "Hangzhou", "east"), ("成都", "Chengdu", "west"), ("武汉", "Wuhan", "central"),
                  ("南京", "Nanjing", "east"), ("西安", "Xi'an", "west"), ("长沙", "Changsha", "central")],
    "tier2": [("厦门", "Xiamen", "south"), ("济南", "Jinan", "north"), ("昆明", "Kunming", "west"),
              ("南宁", "Nanning", "south"), ("合肥", "Hefei", "east")],
    "tier3_below": [("赣州", "Ganzhou", "central"), ("湛江", "Zhanjiang", "south"), ("绵阳", "Mianyang", "west"),
                    ("临沂", "Linyi", "north"), ("台州", "Taizhou", "east"), ("岳阳", "Yueyang", "central")],
}
SOURCE_ZH = {"app_store": "应用商店", "wechat": "微信", "xiaohongshu": "小红书", "douyin": "抖音",
             "baidu_search": "百度搜索", "referral": "好友推荐"}
LEVEL_ZH = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员", "platinum": "铂金会员"}
PRODUCT_ZH = {"photo_book": "照片书", "calendar": "台历", "prints": "照片冲印", "framed_print": "装框画"}
PAPER_ZH = {"matte": "哑光", "glossy": "亮光", "silk": "绒面", "pearl": "珠光"}
COURIER_ZH = {"sf_express": "顺丰速运", "zto": "中通快递", "yto": "圆通速递", "jd_logistics": "京东物流"}
FACTORY_ZH = {"songjiang": "上海松江工厂", "dongguan": "东莞工厂", "chengdu": "成都工厂"}
FACTORY_BY_REGION = {"east": "songjiang", "north": "songjiang", "south": "dongguan", "central": "dongguan",
                     "west": "chengdu"}
PLATFORM_W = {"parents": [0.55, 0.15, 0.30], "couples": [0.40, 0.20, 0.40], "travelers": [0.45, 0.35, 0.20],
              "students": [0.25, 0.10, 0.65]}                      # app, web, mini_program
PLATFORMS = ["app", "web", "mini_program"]
PRODUCT_W = {"parents": [0.50, 0.20, 0.25, 0.05], "couples": [0.55, 0.15, 0.20, 0.10],
             "travelers": [0.60, 0.10, 0.25, 0.05], "students": [0.35, 0.10, 0.50, 0.05]}
PRODUCTS = ["photo_book", "calendar", "prints", "framed_print"]
PAPER_W = {"photo_book": ([0.35, 0.25, 0.20, 0.20]), "calendar": ([0.6, 0.4, 0, 0]), "prints": ([0.3, 0.45, 0.25, 0]),
           "framed_print": ([0.5, 0, 0, 0.5])}
PAPERS = ["matte", "glossy", "silk", "pearl"]
RATE = {"parents": 1 / 95, "couples": 1 / 230, "travelers": 1 / 140, "students": 1 / 250}   # projects per day
LEVEL_MULT = {"regular": 0.8, "silver": 1.0, "gold": 1.4, "platinum": 1.8}
SEASON = {1: 0.9, 2: 0.9, 3: 0.75, 4: 0.8, 5: 0.9, 6: 1.1, 7: 1.1, 8: 1.35, 9: 1.2, 10: 1.3, 11: 1.45, 12: 1.6}
TRANSIT = {"sf_express": 1.6, "jd_logistics": 1.9, "yto": 3.0, "zto": 4.3}   # median days, ship -> deliver
COURIER_W = {"tier1": [0.40, 0.25, 0.15, 0.20], "new_tier1": [0.32, 0.32, 0.18, 0.18],
             "tier2": [0.25, 0.38, 0.22, 0.15], "tier3_below": [0.15, 0.50, 0.25, 0.10]}  # sf, zto, yto, jd
COURIERS = ["sf_express", "zto", "yto", "jd_logistics"]

TOUCHPOINTS = [
    ("tp_install", "下载安装App", "App install", "awareness", "app", "digital", "growth",
     "装App|下载App|安装|install|app download"),
    ("tp_web_visit", "访问官网", "Website visit", "awareness", "web", "digital", "growth",
     "官网|网站访问|website|web visit|site visit"),
    ("tp_mp_visit", "打开小程序", "Mini-program visit", "awareness", "mini_program", "digital", "growth",
     "小程序|微信小程序|mini program|mini-program|wechat"),
    ("tp_upload", "上传照片", "Photos uploaded", "consideration", "other", "digital", "product",
     "传照片|上传|导入照片|upload|photo upload"),
    ("tp_project", "创建作品", "Project created", "consideration", "other", "digital", "product",
     "新建作品|建项目|选模板|create project|new project|start a book"),
    ("tp_editor", "打开编辑器", "Editor opened", "consideration", "other", "digital", "product",
     "编辑器|排版|编辑页面|editor|layout editor|editing"),
    ("tp_preview", "预览作品", "Preview", "consideration", "other", "digital", "product",
     "预览|效果预览|3D预览|preview|proof"),
    ("tp_pay", "下单支付", "Order placed & paid", "purchase", "other", "digital", "commerce",
     "下单|付款|支付|结算|checkout|order|payment|place order"),
    ("tp_print", "印刷生产", "Printing", "service", "other", "physical", "production",
     "印刷|生产|打印|冲印|printing|production"),
    ("tp_qc", "质检", "Quality check", "service", "other", "physical", "production",
     "质量检查|品检|QC|quality check|inspection"),
    ("tp_ship", "发货", "Shipped", "service", "other", "physical", "logistics",
     "出库|寄出|发快递|shipped|dispatch|shipping"),
    ("tp_deliver", "签收", "Delivered", "service", "other", "physical", "logistics",
     "收货|送达|到货|签收|delivered|delivery|received"),
    ("tp_reprint", "补印重印", "Reprint", "service", "other", "physical", "customer_service",
     "重印|补印|返工|reprint|remake|redo"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "customer_service",
     "退钱|退款|refund|money back"),
    ("tp_reorder", "再次下单", "Reorder", "loyalty", "other", "digital", "crm",
     "复购|回购|再买|返单|reorder|repeat order|buy again"),
    ("tp_product", "成品质量", "Finished product", "service", "other", "physical", "production",
     "成品|做出来的书|印刷质量|实物|finished product|print quality|the book"),
    ("tp_cs", "客服咨询", "Customer service", "service", "phone", "digital", "customer_service",
     "客服|人工客服|在线客服|customer service|support|agent"),
]
JOURNEYS = [
    ("create_order", "作品下单", "Create & order", ["tp_upload", "tp_project", "tp_editor", "tp_preview", "tp_pay"],
     14),
    ("fulfilment", "生产配送", "Print & deliver", ["tp_pay", "tp_print", "tp_qc", "tp_ship", "tp_deliver"], 30),
    ("activation", "新装激活", "App activation", ["tp_install", "tp_upload"], 7),
    ("reorder", "收货后复购", "Reorder after delivery", ["tp_deliver", "tp_reorder"], 180),
]

# ---------------------------------------------------------------- feedback texts
# topic -> (sentiment, touchpoint, zh texts, en texts); {d} days, {n} photos, {p} product
TEXTS = {
    "color": ("neg", "tp_product", [
        "收到的{p}颜色偏黄，和手机上看到的差太多了", "色差太严重了，宝宝的脸印出来发红", "整本书偏色，蓝天印成了灰紫色",
        "照片印出来颜色发暗，跟预览完全不一样", "色差明显，肤色都发黄了，要求重印", "第二次买了，这次颜色不对，偏绿",
        "颜色失真，海边的照片全是灰蒙蒙的", "印刷色差大，送人都拿不出手"], [
        "The colors in the {p} are way off, everything looks yellow.",
        "Strong color cast on every page, skin tones look orange.",
        "Colours printed much darker than the preview, very disappointed."]),
    "blur": ("neg", "tp_product", [
        "好多照片印出来是模糊的，手机上看明明很清楚", "照片有点糊，放大后全是像素点", "印出来模糊不清，小程序上传的是不是被压缩了",
        "合照里的人脸都是模糊的", "冲印出来的照片发糊，边缘全是锯齿", "封面那张照片模糊，太可惜了"], [
        "Several photos came out blurry even though they look sharp on my phone.",
        "Prints are pixelated, looks like the upload compressed them.",
        "The cover photo is blurry, such a shame."]),
    "crop": ("neg", "tp_preview", [
        "照片被自动裁掉了一部分，人头都切掉了", "预览的时候没注意，印出来两边被裁了", "自动裁剪把孩子的脚切掉了",
        "冲印的照片四周都被裁了一圈，构图全毁了"], [
        "The auto-crop cut off people's heads in the prints.", "Half of my photos got cropped at the edges."]),
    "crash": ("neg", "tp_editor", [
        "一次传了{n}张照片，编辑器直接闪退", "安卓手机上编辑器一直闪退，做了一半的书全没了", "照片多了就崩溃，试了五次都打不开编辑器",
        "更新之后编辑器闪退，根本没法做相册", "编辑器卡死然后闪退，白忙活一晚上", "华为手机打开编辑器就崩溃，客服说等更新"], [
        "The editor crashes every time I add more than {n} photos.",
        "App crashed in the editor and I lost my whole book.", "Editor keeps crashing on my Android phone since the update."]),
    "slow_ship": ("neg", "tp_deliver", [
        "快递太慢了，等了{d}天才到", "物流信息三天没更新，急死了", "发货后{d}天才签收，快递太磨叽，生日礼物都错过了",
        "中通物流太慢，下次能不能换顺丰", "快递一直在中转站不动，催了好几次", "物流慢得离谱，纪念日都过了才收到"], [
        "Delivery took {d} days, way too slow.", "The parcel sat at the courier hub for days, slow delivery.",
        "Slow delivery, missed the birthday I ordered it for."]),
    "fee": ("neg", "tp_pay", [
        "现在要满149才包邮，一本小书还要付运费", "运费太贵了，以前满99就包邮", "包邮门槛提高了，有点不想买了",
        "就印几张照片还要12块运费，不划算"], [
        "Free shipping now needs 149 yuan, the shipping fee is annoying.",
        "Why did the free shipping threshold go up? Not buying small orders anymore."]),
    "quality": ("pos", "tp_product", [
        "照片书质感太好了，纸张厚实，爸妈爱不释手", "做工精美，送给老公当纪念日礼物他超喜欢", "成品比想象中好看，印刷很细腻",
        "珠光纸的效果绝了，每一页都很高级", "宝宝成长册做得很精美，已经推荐给朋友", "台历很漂亮，放在办公桌上同事都问在哪做的",
        "毕业纪念册质感很好，全班都订了", "旅行相册印得很漂亮，翻起来很有回忆"], [
        "Beautiful quality, the paper feels premium.", "The photo book looks gorgeous, my parents loved it.",
        "Lovely print quality, exactly what I hoped for."]),
    "packaging": ("pos", "tp_deliver", [
        "包装很用心，有气泡膜和硬纸盒", "包装严实，书角一点都没磕到"], [
        "Well packed, arrived in perfect condition."]),
    "editor_good": ("pos", "tp_editor", [
        "模板很多，排版很方便", "编辑器很好用，拖拽就能排版", "智能排版省了很多时间"], [
        "The editor is easy to use and the templates are nice."]),
    "upload_slow": ("neg", "tp_upload", [
        "上传照片特别慢，一百多张传了半个小时", "上传老是失败，要重新选照片"], [
        "Uploading photos takes forever."]),
    "binding": ("neg", "tp_product", [
        "装订有问题，翻几次就掉页了", "书脊脱胶，内页松了"], [
        "The binding came apart after a few days."]),
    "price": ("neu", "tp_preview", [
        "价格有点贵，等活动再买", "比别家贵一点，不过还行"], [
        "A bit pricey, waiting for a coupon."]),
    "cs_good": ("pos", "tp_cs", [
        "客服很耐心，帮我调整了排版", "联系客服很快就处理了"], [
        "Customer service sorted it out quickly."]),
    "cs_bad": ("neg", "tp_cs", [
        "客服回复太慢，等了两天才有人理", "找客服一直是机器人回复，解决不了问题"], [
        "Customer service only gives bot replies, no help."]),
    "refund": ("neg", "tp_refund", [
        "申请退款处理了好久", "退款流程太麻烦，要拍一堆照片"], [
        "The refund process was slow and painful."]),
    "neutral": ("neu", "tp_product", [
        "还行，中规中矩", "一般般吧，符合预期"], [
        "It's ok, as expected."]),
}
RATING = {"neg": ([1, 2, 3], [0.45, 0.40, 0.15]), "neu": ([3, 4], [0.6, 0.4]), "pos": ([4, 5], [0.3, 0.7])}


def pick(options, weights):
    w = np.asarray(weights, dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def evening(d: datetime) -> datetime:
    """Move a time to a plausible hour (people upload in the evening)."""
    h = float(rng.choice([9, 12, 13, 19, 20, 21, 22], p=[0.1, 0.12, 0.1, 0.18, 0.2, 0.2, 0.1]))
    return datetime(d.year, d.month, d.day) + H(h + rng.random())


def app_version(t: datetime) -> str:
    if t < datetime(2025, 3, 1):
        return "4.8.2"
    if t < CRASH_FROM:
        return "5.1.0"
    if t < datetime(2025, 10, 28):
        return "5.2.0"
    if t < CRASH_TO:
        return "5.2.1"
    if t < datetime(2026, 4, 1):
        return "5.2.3"
    return "5.3.0"


def in_peak(t: datetime) -> bool:
    return any(a <= t <= b for a, b in PEAKS)


def price(product, paper, t):
    if product == "photo_book":
        pages = int(pick([20, 30, 40, 60], [0.3, 0.35, 0.25, 0.1]))
        base = {20: 99, 30: 129, 40: 159, 60: 219}[pages]
        base += {"pearl": 40, "silk": 20}.get(paper, 0)
        return float(base), pages
    if product == "calendar":
        return float(pick([68, 88], [0.7, 0.3])), 13
    if product == "prints":
        n = int(pick([10, 20, 30, 50, 80, 100], [0.15, 0.25, 0.2, 0.2, 0.1, 0.1]))
        return round(n * (1.5 if paper == "silk" else 1.2), 2), n
    return float(pick([129, 169], [0.6, 0.4]) + (30 if paper == "pearl" else 0)), 1


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.customers = [], [], [], []
        self.n_ev = self.n_pj = self.n_ord = self.n_vs = 0

    def ev(self, c, ts, tp, sess, action, ch, dev, **kw):
        if ts > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
                   session_id=sess, action=action, device=dev, channel=ch)
        row.update(kw)
        self.events.append(row)
        return row

    def fb(self, c, ts, topic, channel, extra=None, dated=True, rating=True, nps=False, fmt=None, anon=False):
        sent, tp, zh, en = TEXTS[topic]
        lang = c["language"] if c else "zh"
        pool = en if lang == "en" else zh
        f = {"d": 6, "n": 200, "p": "照片书"}
        f.update(fmt or {})
        text = pool[int(rng.integers(len(pool)))].format(**f)
        if ts is not None and ts > END:
            return
        row = dict(text=text, ts=ts if dated else None, customer_id=None if (anon or not c) else c["customer_id"],
                   touchpoint_id=tp, channel=channel, language=lang, sentiment_label=sent, _topic=topic, _sortts=ts,
                   user_type=c["user_type"] if c else None)
        if rating:
            vals, p = RATING[sent]
            row["rating"] = int(rng.choice(vals, p=p))
        if nps:
            lo, hi = {"neg": (0, 5), "neu": (6, 8), "pos": (8, 10)}[sent]
            row["nps"] = int(rng.integers(lo, hi + 1))
        if extra:
            row.update(extra)
        self.feedback.append(row)


def make_customers():
    out = []
    for i in range(1, N + 1):
        while True:
            x = rng.random()
            if rng.random() < (1 + 1.3 * x) / 2.3:
                break
        first = START + D(x * ((END - START).days - 5)) + H(rng.uniform(1, 24))
        ut = pick(list(USER_W), list(USER_W.values()))
        tier = pick(list(TIER_ZH), [0.26, 0.27, 0.25, 0.22])
        city = CITIES[tier][int(rng.integers(len(CITIES[tier])))]
        plat = pick(PLATFORMS, PLATFORM_W[ut])
        if plat == "app":
            dev = pick(["ios", "android"], [0.45, 0.55])
            src = pick(["app_store", "douyin", "xiaohongshu", "referral"], [0.5, 0.2, 0.2, 0.1])
        elif plat == "mini_program":
            dev = pick(["ios", "android"], [0.4, 0.6])
            src = pick(["wechat", "xiaohongshu", "referral"], [0.6, 0.15, 0.25])
        else:
            dev = pick(["pc", "mobile_web"], [0.8, 0.2])
            src = pick(["baidu_search", "xiaohongshu", "referral"], [0.5, 0.2, 0.3])
        lvl = pick(list(LEVEL_ZH), [0.55, 0.25, 0.15, 0.05])
        lang = "en" if rng.random() < (0.09 if tier == "tier1" else 0.03) else "zh"
        age = {"parents": pick(["25-34", "35-44"], [0.5, 0.5]), "couples": pick(["18-24", "25-34"], [0.3, 0.7]),
               "travelers": pick(["25-34", "35-44", "45+"], [0.45, 0.35, 0.2]), "students": "18-24"}[ut]
        out.append(dict(customer_id=f"C{i:05d}", first=first, user_type=ut, city_tier=tier, city=city, platform=plat,
                        device=dev, source=src, level=lvl, language=lang, age=age, paid=0, last_paid=None,
                        delivered=False, gender=pick(["female", "male"], [0.68, 0.32])))
    return out


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    g = Gen()
    custs = make_customers()

    def project(c, t):
        """One project attempt; returns 'good', 'bad', or None (abandoned / not delivered)."""
        g.n_pj += 1
        pj = f"PJ{g.n_pj:06d}"
        ch = c["platform"] if rng.random() < 0.85 else pick(PLATFORMS, [0.5, 0.2, 0.3])
        dev = c["device"] if ch == c["platform"] else (
            pick(["ios", "android"], [0.45, 0.55]) if ch != "web" else "pc")
        if ch != "web" and dev in ("pc", "mobile_web"):
            dev = "ios" if rng.random() < 0.45 else "android"
        ver = app_version(t) if ch == "app" else None
        kw = dict(app_version=ver)
        if ch == "web":
            g.ev(c, t - M(rng.uniform(2, 40)), "tp_web_visit", pj, "view", "web", dev, **kw)
        elif ch == "mini_program":
            g.ev(c, t - M(rng.uniform(1, 20)), "tp_mp_visit", pj, "view", "mini_program", dev, **kw)
        prod = pick(PRODUCTS, [w * ({11: 3.0, 12: 6.0}.get(t.month, 1.0) if i == 1 else 1.0) *
                               (1.8 if (i == 0 and c["user_type"] == "students" and t.month in (5, 6)) else 1.0)
                               for i, w in enumerate(PRODUCT_W[c["user_type"]])])
        paper = pick(PAPERS, PAPER_W[prod])
        mu = {"photo_book": 120, "calendar": 24, "prints": 45, "framed_print": 4}[prod]
        photos = max(1, int(mu * np.exp(rng.normal(0, 0.55))))
        kw.update(product=prod, 产品=PRODUCT_ZH[prod])
        if g.ev(c, t, "tp_upload", pj, "success", ch, dev, photo_count=photos, **kw) is None:
            return None
        if rng.random() < 0.004 * (1 + (photos > 150)):
            g.fb(c, t + M(20), "upload_slow", "app_review" if ch == "app" else "ticket",
                 dict(device=dev, app_version=ver, platform=ch), dated=rng.random() > 0.2, rating=ch == "app")
        if rng.random() > (0.80 if ch == "mini_program" else 0.85):
            return None
        t = t + M(rng.uniform(2, 40))
        g.ev(c, t, "tp_project", pj, "create", ch, dev, paper_type=paper, 纸张=PAPER_ZH[paper], **kw)
        if rng.random() > 0.92:
            return None
        t = t + (M(rng.uniform(1, 90)) if rng.random() < 0.8 else D(rng.uniform(1, 4)))
        if ver is not None:
            kw["app_version"] = app_version(t)
        crash = (ch == "app" and dev == "android" and CRASH_FROM <= t < CRASH_TO and photos > 80
                 and rng.random() < (0.85 if kw["app_version"] == "5.2.0" else 0.4))   # 5.2.1: partial fix
        if crash:
            g.ev(c, t, "tp_editor", pj, "fail", ch, dev, error_code="EDITOR_OOM_CRASH", photo_count=photos, **kw)
            if rng.random() < 0.45:
                g.fb(c, t + M(rng.uniform(5, 300)), "crash", "app_review",
                     dict(device=dev, app_version=kw["app_version"], platform=ch), dated=rng.random() > 0.25,
                     fmt={"n": int(photos // 10 * 10)})
            elif rng.random() < 0.3:
                g.fb(c, t + M(rng.uniform(5, 600)), "crash", "ticket",
                     dict(device=dev, app_version=kw["app_version"], platform=ch), rating=False,
                     fmt={"n": int(photos // 10 * 10)})
            if rng.random() > 0.2:
                return None
            t = t + H(rng.uniform(2, 72))
            g.ev(c, t, "tp_editor", pj, "view", ch, dev, **kw)
            p_prev = 0.8
        else:
            g.ev(c, t, "tp_editor", pj, "view", ch, dev, **kw)
            p_prev = 0.84
        if ch == "app" and rng.random() < 0.01:
            g.fb(c, t + M(30), "editor_good", "app_review", dict(device=dev, app_version=kw["app_version"],
                                                                  platform=ch), dated=rng.random() > 0.3)
        if rng.random() > p_prev:
            return None
        t = t + M(rng.uniform(10, 180))
        g.ev(c, t, "tp_preview", pj, "view", ch, dev, **kw)
        amount, qty = price(prod, paper, t)
        threshold = 149 if t >= FEE_CHANGE else 99
        fee = 0.0 if amount >= threshold else 12.0
        p_pay = {"app": 0.68, "web": 0.74, "mini_program": 0.60}[ch] - (0.06 if c["user_type"] == "students" else 0)
        if fee > 0 and t >= FEE_CHANGE:
            p_pay -= 0.22
        if rng.random() > p_pay:
            if fee > 0 and t >= FEE_CHANGE and rng.random() < 0.05:
                g.fb(c, t + M(30), "fee", pick(["app_review", "ticket", "social"], [0.4, 0.3, 0.3]),
                     dict(platform=ch, device=dev), dated=rng.random() > 0.15, rating=False)
            elif rng.random() < 0.012:
                g.fb(c, t + M(30), "price", pick(["app_review", "social"], [0.5, 0.5]), dict(platform=ch),
                     dated=rng.random() > 0.3, rating=False)
            return None
        t = t + (M(rng.uniform(1, 60)) if rng.random() < 0.85 else H(rng.uniform(2, 60)))
        order_no = f"PM{t:%y%m}{g.n_pj:06d}"
        kw.pop("app_version")
        ox = dict(order_no=order_no, project_id=pj, product=prod, 产品=PRODUCT_ZH[prod], paper_type=paper,
                  纸张=PAPER_ZH[paper], quantity=qty, channel=ch, device=dev)
        pe = g.ev(c, t, "tp_pay", pj, "success", ch, dev, order_no=order_no, paper_type=paper,
                  纸张=PAPER_ZH[paper], app_version=ver and app_version(t), **kw)
        if pe is None:
            return None
        if c["delivered"]:
            g.ev(c, t + timedelta(seconds=1), "tp_reorder", pj, "success", ch, dev, order_no=order_no, **kw)
        p_coupon = 0.5 if c["user_type"] == "students" else 0.22
        if datetime(t.year, 11, 1) <= t < datetime(t.year, 11, 12):
            p_coupon += 0.25
        coupon = 0.0
        code = None
        if rng.random() < p_coupon:
            coupon = -float(min(pick([10, 15, 20, 30], [0.3, 0.3, 0.25, 0.15]), round(amount * 0.3)))
            code = pick(["NEW10", "STUDENT15", "DOUBLE11", "MEMBER20", "BDAY30"], [0.25, 0.25, 0.2, 0.2, 0.1])
            if c["user_type"] == "students":
                code = "STUDENT15"
        lines = [dict(order_id=order_no, line_type="product", amount=amount)]
        if fee:
            lines.append(dict(order_id=order_no + "-S", line_type="shipping", amount=fee))
        if coupon:
            lines.append(dict(order_id=order_no + "-C", line_type="coupon", amount=coupon, coupon_code=code))
        rows = []
        for ln in lines:
            r = dict(customer_id=c["customer_id"], ts=t, status="paid", **ox)
            r.update(ln)
            rows.append(r)
        g.orders.extend(rows)
        c["paid"] += 1
        c["last_paid"] = t
        if rng.random() < 0.015:                        # cancelled before printing
            for r in rows:
                r["status"] = "cancelled"
            return None
        # ---------------- fulfilment
        factory = FACTORY_BY_REGION[c["city"][2]]
        if rng.random() < 0.12:
            factory = pick(list(FACTORY_ZH), [0.5, 0.3, 0.2])
        fx = dict(order_no=order_no, product=prod, 产品=PRODUCT_ZH[prod], factory=factory, 工厂=FACTORY_ZH[factory])
        lead = rng.uniform(3, 20) + (20 if prod == "photo_book" else 0) + (24 if in_peak(t) or t.month == 12 else 0)
        tp_ = t + H(lead)
        ink = factory == "dongguan" and INK_FROM <= tp_ <= INK_TO
        g.ev(c, tp_, "tp_print", pj, "start", "factory", None, **fx)
        tq = tp_ + H(rng.uniform(2, 8))
        qfail = rng.random() < (0.13 if ink else 0.03)
        if qfail:
            dt = "color_shift" if (ink and rng.random() < 0.85) else pick(["color_shift", "binding", "crop", "scratch"],
                                                                         [0.3, 0.3, 0.2, 0.2])
            g.ev(c, tq, "tp_qc", pj, "fail", "factory", None, defect_type=dt, **fx)
            tp_ = tq + H(rng.uniform(10, 30))
            g.ev(c, tp_, "tp_print", pj, "restart", "factory", None, **fx)
            tq = tp_ + H(rng.uniform(2, 8))
        g.ev(c, tq, "tp_qc", pj, "pass", "factory", None, **fx)
        ts_ = tq + H(rng.uniform(2, 20))
        courier = pick(COURIERS, COURIER_W[c["city_tier"]])
        cx = dict(courier=courier, 快递公司=COURIER_ZH[courier], order_no=order_no)
        if g.ev(c, ts_, "tp_ship", pj, "shipped", "logistics", None, **cx) is None:
            return None
        med = TRANSIT[courier] + {"tier1": 0, "new_tier1": 0.2, "tier2": 0.5, "tier3_below": 1.0}[c["city_tier"]]
        if in_peak(ts_):
            med += 2.0
        transit = med * np.exp(rng.normal(0, 0.28))
        td = ts_ + D(transit)
        if g.ev(c, td, "tp_deliver", pj, "signed", "logistics", None, **cx) is None:
            return None
        c["delivered"] = True
        slow = transit > 5
        # ---------------- after delivery
        escaped = rng.random() < (0.07 if ink else 0.015)
        blur = rng.random() < ((0.10 if ch == "mini_program" else 0.018) if prod != "calendar" else 0.005)
        crop = prod == "prints" and rng.random() < 0.04
        binding = prod == "photo_book" and not escaped and rng.random() < 0.006
        defect = "color_shift" if escaped else "binding" if binding else "blur" if blur else "crop" if crop else None
        fbx = dict(order_no=order_no, product=prod, 产品=PRODUCT_ZH[prod], factory=factory, courier=courier,
                   platform=ch, device=dev)
        fmt = {"d": max(2, int(round(transit))), "p": PRODUCT_ZH[prod] if c["language"] == "zh" else
               prod.replace("_", " ")}
        bad = False
        refund_at = None
        if defect:
            bad = True
            topic = {"color_shift": "color", "binding": "binding", "blur": "blur", "crop": "crop"}[defect]
            tr = td + D(rng.uniform(0.5, 6))
            remedy = rng.random()
            p_reprint = {"color_shift": 0.7, "binding": 0.8, "blur": 0.25, "crop": 0.35}[defect]
            if remedy < p_reprint:
                if g.ev(c, tr, "tp_reprint", pj, "approved", "customer_service", None, defect_type=defect,
                        **fx) is not None:
                    g.orders.append(dict(order_id=order_no + "-R", customer_id=c["customer_id"], ts=tr, amount=0.0,
                                         status="paid", line_type="reprint", reprint_reason=defect, **ox))
            elif remedy < p_reprint + 0.25:
                refund_at = tr
                reason = "quality"
            if rng.random() < 0.55:
                g.fb(c, tr - H(rng.uniform(1, 20)), topic, "ticket", fbx, rating=False, fmt=fmt)
        if slow and not defect:
            bad = rng.random() < 0.7
            if rng.random() < 0.05:
                refund_at = td + D(rng.uniform(0.2, 3))
                reason = "late_delivery"
            if rng.random() < 0.25:
                g.fb(c, td - D(rng.uniform(0.5, 2)), "slow_ship", "ticket", fbx, rating=False, fmt=fmt)
        if refund_at is not None and refund_at <= END:
            for r in rows:
                r["status"], r["refunded_at"], r["refund_reason"] = "refunded", refund_at, reason
            g.ev(c, refund_at, "tp_refund", pj, "refunded", "customer_service", None, order_no=order_no,
                 refund_reason=reason)
            if rng.random() < 0.15:
                g.fb(c, refund_at + D(1), "refund", "ticket", fbx, rating=False)
        # survey after delivery
        if rng.random() < 0.30:
            st = td + D(rng.uniform(0.5, 7))
            if defect:
                topic = {"color_shift": "color", "binding": "binding", "blur": "blur", "crop": "crop"}[defect]
            elif slow and rng.random() < 0.75:
                topic = "slow_ship"
            else:
                topic = pick(["quality", "packaging", "neutral", "price", "cs_good", "cs_bad", "editor_good"],
                             [0.55, 0.12, 0.12, 0.06, 0.06, 0.04, 0.05])
                if fee and t >= FEE_CHANGE and rng.random() < 0.25:
                    topic = "fee"
            g.fb(c, st, topic, "survey", fbx, nps=rng.random() < 0.5, fmt=fmt)
        if not bad and rng.random() < 0.04:
            g.fb(c, td + D(rng.uniform(0.5, 10)), "quality", "social", fbx, dated=rng.random() > 0.4, rating=False,
                 fmt=fmt, anon=rng.random() < 0.5)
        if bad and rng.random() < 0.04:
            tpc = {"color_shift": "color", "blur": "blur"}.get(defect, "slow_ship") if defect != "crop" else "crop"
            g.fb(c, td + D(rng.uniform(0.5, 10)), tpc, "social", fbx, dated=rng.random() > 0.4, rating=False,
                 fmt=fmt, anon=rng.random() < 0.5)
        c["pearl"] = paper == "pearl"
        return "bad" if bad else "good"

    # ---------------------------------------------------------------- run customers through time
    for c in custs:
        t = c["first"]
        sess_extra = 0
        if c["platform"] == "app":
            g.n_vs += 1
            g.ev(c, t, "tp_install", f"IN{g.n_vs:06d}", "install", "app", c["device"], app_version=app_version(t))
            if rng.random() < 0.22:
                c["signup"] = t
                continue                                # installed, never uploaded
            t = t + (H(rng.uniform(0.1, 30)) if rng.random() < 0.75 else D(rng.uniform(8, 60)))
        else:
            c["signup"] = t
            if rng.random() < 0.2:                      # visited, never uploaded
                g.n_vs += 1
                tp = "tp_web_visit" if c["platform"] == "web" else "tp_mp_visit"
                g.ev(c, t, tp, f"VS{g.n_vs:06d}", "view", c["platform"], c["device"])
                continue
        c.setdefault("signup", c["first"])
        rate = RATE[c["user_type"]] * LEVEL_MULT[c["level"]]
        n = 0
        while t <= END and n < 14:
            n += 1
            t = evening(t) if t.hour < 8 else t
            out = project(c, t)
            # browsing-only visits between projects
            if c["platform"] != "app" and rng.random() < 0.5:
                g.n_vs += 1
                tp = "tp_web_visit" if c["platform"] == "web" else "tp_mp_visit"
                g.ev(c, t + D(rng.uniform(1, 30)), tp, f"VS{g.n_vs:06d}", "view", c["platform"], c["device"])
                sess_extra += 1
            r = rate
            if out == "bad":
                r *= 0.4
            if c.get("pearl"):
                r *= 1.3
            if out is None and rng.random() < 0.35:     # abandoned: a quick second try
                gap = rng.uniform(1, 20)
            else:
                while True:
                    gap = rng.exponential(1 / r)
                    cand = t + D(gap)
                    if cand > END or rng.random() < SEASON[cand.month] / 1.6:
                        break
            t = evening(t + D(gap))

    # ---------------------------------------------------------------- customers table
    for c in custs:
        cnt = c["paid"]
        if c["level"] in ("gold", "platinum"):
            seg = "vip"
        elif cnt >= 2:
            seg = "returning"
        elif cnt >= 1 and c["last_paid"] < datetime(2026, 1, 1):
            seg = "at_risk"
        else:
            seg = "new"
        city = c["city"]
        g.customers.append({
            "customer_id": c["customer_id"], "signup_at": c["signup"].replace(microsecond=0), "segment": seg,
            "region": city[2], "acquisition_channel": c["source"], "tier": c["level"],
            "user_type": c["user_type"], "用户类型": USER_ZH[c["user_type"]],
            "city_tier": c["city_tier"], "城市等级": TIER_ZH[c["city_tier"]], "city": city[1], "城市": city[0],
            "signup_source": c["source"], "注册来源": SOURCE_ZH[c["source"]],
            "member_level": c["level"], "会员等级": LEVEL_ZH[c["level"]],
            "first_platform": c["platform"], "language": c["language"], "gender": c["gender"], "age_band": c["age"],
            "wechat_bound": bool(c["platform"] == "mini_program" or rng.random() < 0.5)})
    write_all(outdir, g)


def fmt_ts(v):
    if isinstance(v, datetime):
        return v.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}"
    return v


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt_ts(r.get(k)) for k in cols])


def write_all(outdir: Path, g: Gen) -> None:
    write(outdir / "touchpoints.csv",
          [dict(zip(("touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"), t),
                name=f"{t[1]} {t[2]}") for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=f"{zh} {en}", journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(outdir / "journeys.csv", jr,
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(outdir / "customers.csv", g.customers, list(g.customers[0]))
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    write(outdir / "events.csv", ev,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "photo_count", "product", "产品", "paper_type", "纸张", "order_no", "error_code", "factory",
           "工厂", "defect_type", "courier", "快递公司", "refund_reason"])
    orders = sorted(g.orders, key=lambda o: (o["ts"], o["order_id"]))
    write(outdir / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_no", "line_type",
           "product", "产品", "paper_type", "纸张", "quantity", "coupon_code", "project_id", "reprint_reason",
           "refunded_at", "refund_reason"])
    fbs = sorted(g.feedback, key=lambda r: (r["_sortts"], r["text"]))
    for i, r in enumerate(fbs, 1):
        r["feedback_id"] = f"FB{i:05d}"
    write(outdir / "feedback.csv", fbs,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "order_no", "product", "产品", "factory", "courier", "platform", "device", "app_version",
           "sentiment_label"])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
