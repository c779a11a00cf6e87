"""次元衣橱 CosCloset: cosplay costume & wig rental (租衣 / 租假发) with three warehouses (Shanghai, Guangzhou, Chengdu),
an online shop (WeChat mini program / app / web) and two pickup stores (上海徐汇店, 广州天河店).
A coser browses by IP / character, opens an item page (款式详情), may use the size assistant (尺码助手), picks a rental
slot (档期: start date + 3 / 5 / 7 days) and a hand-over (快递到家 home shipping, 门店自提 store pickup or 漫展直送
con-event express to the convention venue), pays rent + deposit (押金; from 2025-10-01 Zhima-credit 芝麻免押 waives
it), receives the costume (or picks it up), may ask for a size exchange (换码), ships it back / drops it at the store,
the warehouse cleans and checks it (清洗检查), charges for stains / tangled wigs / damage / missing parts (损坏扣费),
refunds the deposit (押金退还), the coser may post a review with photos (评价返图) and rents again (再次租借).
Events 2025-01-01 .. 2026-08-31 (extract taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(topics of every comment: the generator's truth, not a DATA.md table). Fixed seed, numpy + stdlib, a few seconds.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 11000
ZHIMA = datetime(2025, 10, 1)                                   # 芝麻免押 launched
GZ_BACKLOG = (datetime(2025, 8, 4), datetime(2025, 10, 1))      # Guangzhou warehouse cleaning backlog
RUNNER_LATE = (datetime(2025, 7, 1), datetime(2025, 9, 1))      # GZ con express by local runner: summer chaos
CD_SF = datetime(2026, 3, 1)                                    # Chengdu warehouse switches ZTO -> SF

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_browse", "按IP逛衣橱", "Browse by IP", "awareness", "mini_program", "digital", "marketing",
     "逛|浏览|找角色|搜IP|看看有啥|browse|search character|looking around"),
    ("tp_item", "款式详情", "Item page", "consideration", "mini_program", "digital", "merchandising",
     "详情页|商品页|看款|款式|item page|product page|listing"),
    ("tp_size", "尺码助手", "Size assistant", "consideration", "mini_program", "digital", "merchandising",
     "尺码|量尺寸|尺码表|选码|size|sizing|fit|size chart"),
    ("tp_book", "选档期下单", "Slot booked", "purchase", "mini_program", "digital", "ops",
     "下单|档期|预约|选日期|book|booking|order|rental dates"),
    ("tp_pay", "付租金押金", "Payment (rent + deposit)", "purchase", "mini_program", "digital", "finance",
     "付款|支付|交押金|付租金|免押|pay|payment|checkout|deposit paid"),
    ("tp_cancel", "取消订单", "Order cancelled", "service", "mini_program", "digital", "ops",
     "取消|不租了|退单|cancel|cancellation"),
    ("tp_refund", "取消退款", "Cancellation refund", "service", "other", "digital", "finance",
     "退款|退租金|refund|money back"),
    ("tp_ship", "仓库发货", "Shipped from warehouse", "service", "other", "physical", "logistics",
     "发货|物流|快递|漫展直送|ship|shipping|courier|delivery|con express"),
    ("tp_receive", "签收到手", "Received", "service", "other", "physical", "logistics",
     "签收|到手|收到|收货|received|arrived|delivered"),
    ("tp_pickup", "门店自提", "Store pickup", "service", "store", "physical", "store_ops",
     "自提|到店取|门店取衣|pickup|pick up|collect in store"),
    ("tp_exchange", "换码", "Size exchange", "service", "mini_program", "digital", "ops",
     "换码|换尺码|换大一码|exchange|swap size|size swap"),
    ("tp_return", "归还寄回", "Returned", "service", "other", "physical", "logistics",
     "归还|寄回|还衣服|退回|return|send back|drop off"),
    ("tp_inspect", "清洗检查", "Cleaning & check", "service", "other", "physical", "warehouse",
     "清洗|检查|验收|质检|洗护|cleaning|inspection|check"),
    ("tp_damage", "损坏扣费", "Damage charge", "service", "other", "digital", "finance",
     "扣费|赔偿|损坏费|扣押金|damage fee|damage charge|charged"),
    ("tp_deposit_refund", "押金退还", "Deposit refund", "service", "other", "digital", "finance",
     "退押金|押金退回|押金到账|deposit refund|deposit back"),
    ("tp_review", "评价返图", "Review & photos", "loyalty", "mini_program", "digital", "marketing",
     "评价|返图|晒图|打分|review|photos|rating"),
    ("tp_rerent", "再次租借", "Repeat rental", "loyalty", "mini_program", "digital", "crm",
     "回头客|复租|再租|又来租|rent again|repeat rental|came back"),
]
JOURNEYS = [
    ("rent", "租借下单", "Rental order", ["tp_browse", "tp_item", "tp_book", "tp_pay"], 7),
    ("delivery", "物流到手", "Delivery", ["tp_ship", "tp_receive"], 7),
    ("closure", "归还退押", "Return & deposit", ["tp_return", "tp_inspect", "tp_deposit_refund"], 30),
    ("cancel", "取消退款", "Cancellation", ["tp_cancel", "tp_refund"], 30),
    ("rerent", "回头租", "Repeat rental", ["tp_return", "tp_rerent"], 90),
]
REGIONS = {"Shanghai": ("上海", 0.38), "Guangzhou": ("广州", 0.27), "Chengdu": ("成都", 0.20), "Other": ("其他", 0.15)}
WAREHOUSE_ZH = {"Shanghai": "上海仓", "Guangzhou": "广州仓", "Chengdu": "成都仓"}
CHANNELS = {  # en: zh, weight, rent-conversion multiplier, rerent multiplier
    "xiaohongshu": ("小红书", 0.32, 1.0, 1.2), "douyin": ("抖音", 0.24, 0.52, 0.7),
    "bilibili": ("B站", 0.2, 1.08, 1.0), "friend": ("朋友推荐", 0.12, 1.2, 1.05), "con_booth": ("漫展摊位", 0.12, 1.1, 0.95)}
LEVELS = {"newbie": ("萌新", 0.45, 0.28, 1.5), "intermediate": ("进阶", 0.38, 0.42, 1.0),
          "veteran": ("老手", 0.17, 0.6, 0.7)}           # zh, weight, rerent prob, size-problem multiplier
STORES = {"Shanghai": ("S1", "上海徐汇店", "Shanghai Xuhui"), "Guangzhou": ("S2", "广州天河店", "Guangzhou Tianhe")}
CONS = [  # zh, en, city, date
    ("CP漫展", "Comicup", "Shanghai", datetime(2025, 5, 3)), ("BW会场", "Bilibili World", "Shanghai", datetime(2025, 7, 11)),
    ("ChinaJoy", "ChinaJoy", "Shanghai", datetime(2025, 8, 1)), ("CP漫展", "Comicup", "Shanghai", datetime(2025, 11, 22)),
    ("CP漫展", "Comicup", "Shanghai", datetime(2026, 5, 2)), ("BW会场", "Bilibili World", "Shanghai", datetime(2026, 7, 10)),
    ("ChinaJoy", "ChinaJoy", "Shanghai", datetime(2026, 7, 31)),
    ("萤火虫漫展", "Firefly Con", "Guangzhou", datetime(2025, 7, 25)), ("萤火虫漫展", "Firefly Con", "Guangzhou", datetime(2025, 10, 3)),
    ("萤火虫漫展", "Firefly Con", "Guangzhou", datetime(2026, 1, 24)), ("萤火虫漫展", "Firefly Con", "Guangzhou", datetime(2026, 7, 24)),
    ("成都动漫嘉年华", "Chengdu Anime Carnival", "Chengdu", datetime(2025, 5, 1)),
    ("成都动漫嘉年华", "Chengdu Anime Carnival", "Chengdu", datetime(2025, 10, 2)),
    ("成都冬日祭", "Chengdu Winter Fest", "Chengdu", datetime(2026, 1, 10)),
    ("成都动漫嘉年华", "Chengdu Anime Carnival", "Chengdu", datetime(2026, 5, 1)),
]
IPS = {  # en: zh, weight 2025-01, weight 2026-08, characters [(zh, en)]
    "Genshin Impact": ("原神", 0.27, 0.2, [("雷电将军", "Raiden Shogun"), ("胡桃", "Hu Tao"), ("钟离", "Zhongli")]),
    "Honkai: Star Rail": ("崩坏：星穹铁道", 0.2, 0.17, [("流萤", "Firefly"), ("丹恒", "Dan Heng"), ("黄泉", "Acheron")]),
    "Love and Deepspace": ("恋与深空", 0.04, 0.36, [("沈星回", "Xavier"), ("黎深", "Zayne"), ("祁煜", "Rafayel")]),
    "Jujutsu Kaisen": ("咒术回战", 0.1, 0.06, [("五条悟", "Satoru Gojo"), ("虎杖悠仁", "Yuji Itadori")]),
    "Demon Slayer": ("鬼灭之刃", 0.09, 0.05, [("灶门炭治郎", "Tanjiro"), ("蝴蝶忍", "Shinobu")]),
    "Arknights": ("明日方舟", 0.1, 0.07, [("阿米娅", "Amiya"), ("银灰", "SilverAsh")]),
    "Blue Lock": ("蓝色监狱", 0.07, 0.04, [("凪诚士郎", "Seishiro Nagi"), ("潔世一", "Yoichi Isagi")]),
    "Hatsune Miku": ("初音未来", 0.08, 0.05, [("初音未来", "Hatsune Miku")]),
    "Spy x Family": ("间谍过家家", 0.05, 0.03, [("约尔", "Yor Forger"), ("阿尼亚", "Anya")]),
}
CATS = {  # en: zh, weight, 3-day rent range, deposit
    "costume": ("全套cos服", 0.5, (139, 329), (400, 800)), "wig": ("假发", 0.3, (39, 89), (100, 150)),
    "prop": ("道具", 0.13, (59, 199), (200, 500)), "shoes": ("cos鞋", 0.055, (49, 99), (150, 200)),
    "armor": ("铠甲", 0.015, (499, 699), (1500, 2000))}
ORIGIN_ZH = {"studio": "国产工作室", "jp_import": "日版进口"}
WIG_VENDORS = {"SilkyCos": "丝语假发", "ManFa": "漫发屋", "Kanekalon Lab": "卡纳卡龙"}
FUL_ZH = {"ship": "快递到家", "pickup": "门店自提", "con_express": "漫展直送"}
COURIER_ZH = {"SF": "顺丰", "ZTO": "中通", "local_runner": "同城跑腿"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "zhima_credit": "芝麻免押"}
INSPECT_ZH = {"ok": "正常", "stain": "妆污", "wig_tangle": "假发打结", "damage": "损坏", "missing": "缺件"}

TXT = {  # topic: (zh variants, en variants); each variant holds exactly its topic's markers
    "size": (["衣服尺码不对，按尺码表选的M还是偏小", "{ch}这套偏小一码，肩膀那里根本穿不上", "日版的衣服穿不上，腰围差了好几厘米",
              "尺码不对，裤子短了一截"],
             ["The size was off, the {ch} jacket was way too small", "Costume didn't fit at all even though I followed the chart",
              "The size was off, sleeves too small for me"]),
    "wig": (["{ch}的假发到手就打结了，梳了一个小时", "假发毛躁得不行，发尾全打结", "假发打结严重，完全没法直接戴"],
            ["The {ch} wig arrived tangled, took an hour to comb out", "Wig was matted and frizzy out of the bag",
             "Tangled mess of a wig"]),
    "late": (["漫展直送到晚了，没赶上第一天出片", "快递漫展前没到，白租了", "说好前一天到，结果到晚了，{con}都开场了",
              "物流太慢没赶上拍摄"],
             ["Con express arrived late, I missed the first morning of {con}", "Package came after the con had started",
              "Delivery arrived late and I missed my shoot"]),
    "deposit": (["衣服寄回去一周了押金还没退", "押金退得太慢了，催了好几次", "押金还没退，到底要等多久"],
                ["Returned it ten days ago and my deposit still hasn't come back", "The deposit refund takes forever",
                 "My deposit still isn't back"]),
    "damage": (["说道具有划痕扣了{fee}块，寄出去的时候就有", "赔偿标准不透明，一点小污渍扣了{fee}", "莫名其妙扣了我押金{fee}元"],
               ["They charged me {fee} for a scratch that was already there", "The damage fee of {fee} felt totally unfair",
                "Got hit with a damage fee for normal wear"]),
    "unclean": (["衣服有味道，领口还有粉底印，明显没洗干净", "收到的衣服没洗干净，有股味道", "领口一圈粉底印"],
                ["The costume smelled and had makeup stains on the collar", "Clearly not cleaned, it smelled of sweat",
                 "Makeup stains all over the inside"]),
    "quality": (["{ch}还原度超高，做工也好，返图被夸爆了", "做工很细，还原度在线", "还原度高，拍出来很出片"],
                ["Super accurate {ch} costume, the quality is great", "So accurate to the character, everyone asked where I got it",
                 "Great quality fabric and details"]),
    "service": (["客服很耐心，帮我推荐了合适的码", "客服回复快，态度很好"],
                ["Customer service was super helpful with sizing", "The customer service team replied fast and was lovely"]),
    "pickup_easy": (["门店自提很方便，当场试穿", "自提很方便，店员还帮忙调整了假发"],
                    ["Store pickup was easy and I could try it on", "Pickup was easy, staff were lovely"]),
    "queue": (["周末去自提排了四十分钟队", "自提等了很久，店里就一个人"],
              ["Long wait at the store pickup on Saturday", "Had to queue for ages to collect my costume"]),
}
GEN = {"pos": (["整体很满意，下次还租", "挺好的，推荐", "体验不错"], ["Smooth rental, would rent again", "Really happy overall", "Recommended"]),
       "neu": (["还行吧", "一般般，中规中矩"], ["It was okay", "Fine, nothing special"]),
       "neg": (["体验很差", "不会再租了"], ["Bad experience", "Won't rent again"])}
TOPIC_TP = {"size": "tp_size", "wig": "tp_receive", "late": "tp_ship", "deposit": "tp_deposit_refund",
            "damage": "tp_damage", "unclean": "tp_inspect", "quality": "tp_item", "service": "tp_review",
            "pickup_easy": "tp_pickup", "queue": "tp_pickup"}
NEG = {"size", "wig", "late", "deposit", "damage", "unclean", "queue"}
STARS = {"size": [0.25, 0.45, 0.25, 0.05, 0], "wig": [0.3, 0.45, 0.2, 0.05, 0], "late": [0.55, 0.35, 0.1, 0, 0],
         "deposit": [0.3, 0.45, 0.2, 0.05, 0], "damage": [0.85, 0.15, 0, 0, 0], "unclean": [0.35, 0.45, 0.2, 0, 0],
         "queue": [0.1, 0.4, 0.4, 0.1, 0], "quality": [0, 0, 0.05, 0.3, 0.65], "service": [0, 0, 0.05, 0.35, 0.6],
         "pickup_easy": [0, 0, 0.05, 0.35, 0.6], None: [0, 0.04, 0.26, 0.4, 0.3]}


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d):
    return {1: 0.8, 2: 0.65, 3: 0.9, 4: 1.0, 5: 1.25, 6: 1.0, 7: 1.55, 8: 1.45, 9: 0.95, 10: 1.35, 11: 1.0,
            12: 1.1}[d.month]


def build_items():
    items = []
    for ip, (ipzh, _, _, chars) in IPS.items():
        for chzh, chen in chars:
            for cat in CATS:
                if cat == "armor" and ip not in ("Arknights", "Genshin Impact"):
                    continue
                if cat == "armor" and chen not in ("SilverAsh", "Zhongli"):
                    continue
                if cat in ("prop", "shoes") and rng.random() < 0.3:
                    continue
                lo, hi = CATS[cat][2]
                dlo, dhi = CATS[cat][3]
                items.append(dict(item_id=f"IT{len(items) + 1:03d}", ip=ip, ip_zh=ipzh, character=chzh,
                                  character_en=chen, category=cat, cat_zh=CATS[cat][0],
                                  origin=("jp_import" if cat in ("costume", "shoes") and rng.random() < 0.35 else "studio"),
                                  wig_vendor=(pick(list(WIG_VENDORS), [0.4, 0.35, 0.25]) if cat == "wig" else None),
                                  price=float(rng.integers(lo // 10, hi // 10 + 1) * 10 - 1),
                                  deposit=float(rng.integers(dlo // 50, dhi // 50 + 1) * 50)))
    return items


ITEMS = build_items()


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts(t), touchpoint_id=tp, session_id=sid,
                   action=action, device=c["device"], channel="mini_program")
        if bk:
            row.update(bk)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"rental": "租金", "deposit": "押金", "damage_fee": "损坏赔偿", "purchase": "购买"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype, 订单类型=zh,
                   rental_id=bk["rental_id"])
        for k in ("item_id", "ip", "ip_zh", "category", "品类", "warehouse", "发货仓", "fulfillment", "取件方式",
                  "payment_method", "支付方式"):
            row[k] = bk.get(k)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, rating=None, nps=None, bk=None, undated=False, no_customer=False, gen=None,
           fee=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = c["lang"] if rng.random() < 0.85 else ("en" if c["lang"] == "zh" and rng.random() < 0.1 else c["lang"])
        li = 1 if lang == "en" else 0
        parts = []
        if topic:
            s = str(rng.choice(TXT[topic][li]))
            ch = (bk["character_en"] if li else bk["character"]) if bk else ("the" if li else "")
            con = (bk.get("con_en") if li else bk.get("con")) if bk else None
            s = s.replace("{ch}", ch or "").replace("{con}", con or ("the con" if li else "漫展"))
            s = s.replace("{fee}", str(int(fee or 100)))
            parts.append(s)
        if gen is None:
            gen = "neg" if topic in NEG else ("pos" if topic else "neu")
        if not topic or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["id"], touchpoint_id=TOPIC_TP.get(topic, "tp_review"),
                   channel=channel, rating=rating, nps=nps, language=lang, rental_id=bk["rental_id"] if bk else None)
        if bk:
            for k in ("ip", "ip_zh", "category", "品类", "origin", "版型", "warehouse", "发货仓", "fulfillment", "取件方式",
                      "store_id", "store", "store_en"):
                row[k] = bk.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics=topic or "", sentiment=gen))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 20):
            days.append((d, (0.6 + 0.9 * (d - START).days / 600) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            region = pick(list(REGIONS), [v[1] for v in REGIONS.values()])
            level = pick(list(LEVELS), [v[1] for v in LEVELS.values()])
            age = pick(["18-22", "23-26", "27-30", "31+"], [0.4, 0.33, 0.17, 0.1])
            en = 0.14 if region == "Shanghai" else (0.08 if region == "Guangzhou" else 0.03)
            self.cust.append(dict(
                id=f"C{i + 1:05d}", t0=days[k][0] + D(hours=float(rng.uniform(9, 23.9))), region=region,
                channel=pick(list(CHANNELS), [v[1] for v in CHANNELS.values()]), level=level, age=age,
                gender=pick(["female", "male", "other"], [0.72, 0.25, 0.03]),
                device=pick(["ios", "android", "pc"], [0.52, 0.42, 0.06]), lang="en" if rng.random() < en else "zh",
                spend=0.0, rentals=[], first_pay=None, last_return=None))

    def pick_item(self, t):
        f = min(1.0, max(0.0, (t - START).days / 600))
        ips = list(IPS)
        ip = pick(ips, [IPS[x][1] * (1 - f) + IPS[x][2] * f for x in ips])
        cat = pick(list(CATS), [v[1] for v in CATS.values()])
        cand = [it for it in ITEMS if it["ip"] == ip and it["category"] == cat] or \
               [it for it in ITEMS if it["ip"] == ip and it["category"] == "costume"]
        return cand[int(rng.integers(len(cand)))]

    # ---------- one rental attempt ----------
    def rental(self, c, t, first):
        self.n_bk += 1
        rid = f"RT{self.n_bk:06d}"
        it = self.pick_item(t)
        wh = c["region"] if c["region"] != "Other" else pick(["Shanghai", "Guangzhou", "Chengdu"], [0.5, 0.3, 0.2])
        bk = {"rental_id": rid, "item_id": it["item_id"], "ip": it["ip"], "ip_zh": it["ip_zh"],
              "character": it["character"], "character_en": it["character_en"], "category": it["category"],
              "品类": it["cat_zh"], "origin": it["origin"], "版型": ORIGIN_ZH[it["origin"]], "wig_vendor": it["wig_vendor"],
              "假发供应商": WIG_VENDORS.get(it["wig_vendor"]), "warehouse": wh, "发货仓": WAREHOUSE_ZH[wh]}
        chm = CHANNELS[c["channel"]][2]
        if first:
            self.ev(c, t, "tp_browse", rid, "view", bk, channel=c["channel"])
            p_item, p_book = 0.6, min(0.95, 0.66 * chm)
        else:
            self.ev(c, t, "tp_rerent", rid, "rerent", bk)
            p_item, p_book = 0.93, 0.86
        if rng.random() > p_item:
            return None
        t += D(minutes=float(rng.uniform(1, 25)))
        self.ev(c, t, "tp_item", rid, "view", bk)
        sized = it["category"] in ("costume", "shoes", "armor") and rng.random() < {"newbie": 0.35, "intermediate": 0.55,
                                                                                      "veteran": 0.6}[c["level"]]
        if sized:
            t += D(minutes=float(rng.uniform(1, 8)))
            self.ev(c, t, "tp_size", rid, "size_recommended", bk, size=pick(["S", "M", "L", "XL"], [0.25, 0.4, 0.25, 0.1]))
        if rng.random() > p_book:
            return None
        # slot and hand-over
        cons = [x for x in CONS if x[2] == wh and D(days=4) <= x[3] - t <= D(days=45)]
        ful = "ship"
        con = None
        if cons and rng.random() < 0.6:
            con, ful = cons[0], "con_express"
        elif wh in STORES and c["region"] == wh and rng.random() < 0.3:
            ful = "pickup"
        if con:
            start = con[3]
            days = 3
        else:
            start = datetime(t.year, t.month, t.day) + D(days=int(3 + rng.gamma(2.0, 5.0)))
            days = int(pick([3, 5, 7], [0.6, 0.25, 0.15]))
        need_by = start + D(hours=9 if con else 12)
        courier = None
        if ful == "con_express":
            courier = "local_runner" if wh == "Guangzhou" and start < datetime(2026, 1, 1) else (
                "ZTO" if wh == "Chengdu" and start < CD_SF else "SF")
        elif ful == "ship":
            courier = "ZTO" if wh == "Chengdu" and start < CD_SF else "SF"
        bk.update({"fulfillment": ful, "取件方式": FUL_ZH[ful], "courier": courier, "快递公司": COURIER_ZH.get(courier),
                   "con": con[0] if con else None, "con_en": con[1] if con else None,
                   "store_id": STORES[wh][0] if ful == "pickup" else None, "store": STORES[wh][1] if ful == "pickup" else None,
                   "store_en": STORES[wh][2] if ful == "pickup" else None,
                   "rent_start": start.strftime("%Y-%m-%d"), "rent_days": days, "need_by": ts(need_by)})
        t += D(minutes=float(rng.uniform(2, 30)))
        self.ev(c, t, "tp_book", rid, "submit", bk)
        p_pay = (0.72 if t < ZHIMA else 0.85) + (0.06 if not first else 0.0)
        if rng.random() > p_pay:
            return None
        t += D(minutes=float(rng.exponential(40)))
        if t < ZHIMA:
            pm = pick(["wechat_pay", "alipay"], [0.62, 0.38])
        else:
            pm = pick(["wechat_pay", "alipay", "zhima_credit"], [0.45, 0.25, 0.3])
        rent = it["price"] * {3: 1.0, 5: 1.5, 7: 1.9}[days] + (30 if ful == "con_express" else 0)
        dep = 0.0 if pm == "zhima_credit" else it["deposit"]
        bk.update({"payment_method": pm, "支付方式": PAY_ZH[pm]})
        if not self.ev(c, t, "tp_pay", rid, "paid", bk, amount=round(rent, 2), deposit=dep):
            return None
        c["rentals"].append(rid)
        c["first_pay"] = c["first_pay"] or t
        ro = self.order(c, t, rent, "rental", bk)
        do = self.order(c, t, dep, "deposit", bk) if dep > 0 else None
        if rng.random() < 0.2:
            self.order(c, t, float(rng.choice([9.9, 19.9, 29.9, 49.0, 69.0])), "purchase", bk,
                       product=pick(["wig_cap", "makeup_remover", "lens_case", "accessory_pack"], [0.4, 0.2, 0.1, 0.3]))
        # cancellation before hand-over
        lead = (start - t).total_seconds() / 86400
        if rng.random() < 0.07 and lead > 1.5:
            tc = t + D(days=float(rng.uniform(0.1, lead - 1)))
            if self.ev(c, tc, "tp_cancel", rid, "cancel", bk, cancel_reason=pick(
                    ["plan_changed", "found_elsewhere", "con_cancelled", "size_worry"], [0.5, 0.2, 0.1, 0.2])):
                tr = tc + D(minutes=float(rng.uniform(5, 180)))
                if self.ev(c, tr, "tp_refund", rid, "refund", bk, refund_amount=round(rent + dep, 2)):
                    for o in (ro, do):
                        if o:
                            o["status"] = "refunded"
                            o["refunded_at"] = ts(tr)
            return None
        bad = set()
        # hand-over
        if ful == "pickup":
            tp_t = start - D(days=1) + D(hours=float(rng.uniform(11, 20)))
            wait = float(rng.gamma(2, 6))
            if wh == "Guangzhou" and tp_t.weekday() >= 5:
                wait = float(rng.gamma(3, 12))
            if not self.ev(c, tp_t, "tp_pickup", rid, "picked_up", bk, channel="store", device=None,
                           wait_minutes=round(wait, 1)):
                return None
            t_have = tp_t
            if wait > 30:
                bad.add("queue")
        else:
            if ful == "con_express":
                ts_ship = start - D(days=1) + D(hours=float(rng.uniform(8, 12)))
                if courier == "local_runner" and RUNNER_LATE[0] <= start < RUNNER_LATE[1]:
                    arr = start + D(hours=float(rng.normal(8.8, 1.3)))
                else:
                    arr = start + D(hours=float(rng.normal(7.3, 0.9)))
                arr = max(arr, ts_ship + D(hours=2))
            else:
                ts_ship = start - D(days=2 if courier == "SF" else 3) + D(hours=float(rng.uniform(14, 19)))
                ts_ship = max(ts_ship, t + D(hours=2))
                transit = float(rng.gamma(6, 0.15)) if courier == "SF" else float(rng.gamma(4, 0.55))
                arr = ts_ship + D(days=transit)
            if not self.ev(c, ts_ship, "tp_ship", rid, "shipped", bk, channel="warehouse", device=None):
                return None
            late = arr > need_by
            if not self.ev(c, arr, "tp_receive", rid, "delivered", bk, channel="courier", device=None, late=late):
                return None
            t_have = arr
            if late:
                bad.add("late")
        # condition on arrival
        if it["category"] == "wig" and rng.random() < (0.2 if it["wig_vendor"] == "SilkyCos" else 0.05):
            bad.add("wig")
        if rng.random() < 0.035:
            bad.add("unclean")
        if it["category"] in ("costume", "shoes", "armor"):
            p = 0.05 * (3.6 if it["origin"] == "jp_import" else 1.0) * (1.9 if not sized else 0.8) * LEVELS[c["level"]][3]
            if rng.random() < min(p, 0.6):
                bad.add("size")
                self.ev(c, t_have + D(hours=float(rng.uniform(1, 20))), "tp_exchange", rid, "exchange_request", bk)
        # return, inspection
        t_ret = start + D(days=days) + D(hours=float(rng.uniform(10, 22)))
        if rng.random() < 0.05:
            t_ret += D(days=int(rng.integers(1, 4)))
        if not self.ev(c, t_ret, "tp_return", rid, "dropped_off" if ful == "pickup" else "shipped_back", bk,
                       channel="store" if ful == "pickup" else "courier"):
            c["last_return"] = None
            return None
        c["last_return"] = t_ret
        delay = (float(rng.uniform(0.3, 1.0)) if ful == "pickup" else float(rng.gamma(3, 0.5))) + float(rng.gamma(2, 0.3))
        if wh == "Guangzhou" and GZ_BACKLOG[0] <= t_ret < GZ_BACKLOG[1]:
            delay += float(rng.gamma(4, 1.6))
        t_ins = t_ret + D(days=delay)
        cat = it["category"]
        probs = {"costume": dict(stain=0.05, damage=0.025, missing=0.015), "wig": dict(
            wig_tangle=0.22 if it["wig_vendor"] == "SilkyCos" else 0.06), "prop": dict(damage=0.13, missing=0.03),
                 "shoes": dict(damage=0.03), "armor": dict(damage=0.33, missing=0.05)}[cat]
        res = pick(["ok"] + list(probs), [1 - sum(probs.values())] + list(probs.values()))
        if not self.ev(c, t_ins, "tp_inspect", rid, "checked", bk, channel="warehouse", device=None,
                       inspect_result=res, 检查结果=INSPECT_ZH[res]):
            return t_ret
        fee = 0.0
        t_dep = t_ins + D(hours=float(rng.uniform(1, 8)))
        if res != "ok":
            lo, hi = {"stain": (30, 60), "wig_tangle": (30, 80), "damage": (80, 500), "missing": (50, 200)}[res]
            if cat == "armor" and res == "damage":
                lo, hi = 300, 1200
            fee = float(rng.integers(lo // 10, hi // 10 + 1) * 10)
            t_dmg = t_ins + D(hours=float(rng.uniform(2, 20)))
            if self.ev(c, t_dmg, "tp_damage", rid, "charged", bk, channel="mini_program", device=None,
                       damage_fee=fee, damage_reason=res):
                self.order(c, t_dmg, fee, "damage_fee", bk,
                           settled_by="deposit_deduction" if dep > 0 else "zhima_credit")
                if rng.random() < 0.45:
                    bad.add("damage")
            t_dep = t_dmg + D(days=float(rng.uniform(0.5, 2.5)))
        if dep > 0:
            if self.ev(c, t_dep, "tp_deposit_refund", rid, "refunded", bk, channel="mini_program", device=None,
                       refund_amount=max(0.0, dep - fee)):
                do["status"] = "refunded"
                do["refunded_at"] = ts(t_dep)
                do["refund_amount"] = max(0.0, dep - fee)
                if (t_dep - t_ret).days >= 6:
                    bad.add("deposit")
        t_end = t_dep if dep > 0 else t_ins
        # feedback
        topic = next((x for x in ("damage", "late", "deposit", "size", "wig", "unclean", "queue") if x in bad), None)
        if topic is None:
            r = rng.random()
            topic = "quality" if r < 0.35 else ("service" if r < 0.5 else (
                "pickup_easy" if ful == "pickup" and r < 0.7 else None))
        if rng.random() < (0.45 if bad else 0.28):
            tr = t_end + D(hours=float(rng.uniform(2, 72)))
            stars = int(pick([1, 2, 3, 4, 5], STARS[topic]))
            if self.ev(c, tr, "tp_review", rid, "review", bk, stars=stars, photos=int(rng.integers(0, 7))):
                self.fb(c, tr, topic, "app_review", rating=stars, bk=bk, fee=fee,
                        gen="neg" if stars <= 2 else ("pos" if stars >= 4 else "neu"))
        for b in bad - {"queue", "unclean"}:
            if rng.random() < 0.35:
                self.fb(c, t_end + D(hours=float(rng.uniform(0, 30))) if b == "deposit" else
                        t_have + D(hours=float(rng.uniform(0.5, 30))), b, "ticket", bk=bk, fee=fee)
        if ful == "pickup" and rng.random() < 0.25:
            topic_d = "queue" if "queue" in bad else ("pickup_easy" if rng.random() < 0.6 else "quality")
            stars = int(pick([1, 2, 3, 4, 5], STARS[topic_d]))
            self.fb(c, t_have + D(hours=float(rng.uniform(2, 48))), topic_d, "dianping", rating=stars, bk=bk,
                    gen="neg" if stars <= 2 else ("pos" if stars >= 4 else "neu"))
        if dep > 0 and rng.random() < 0.16:
            nps = int(np.clip(round(rng.normal(8.4 - 2.2 * len(bad - {"queue"}), 1.6)), 0, 10))
            self.fb(c, t_end + D(days=float(rng.uniform(0.2, 3))), next(iter(sorted(bad)), None) if bad and
                    rng.random() < 0.5 else None, "survey", nps=nps, bk=bk, gen="pos" if nps >= 9 else (
                        "neg" if nps <= 6 else "neu"))
        if rng.random() < 0.06:
            tpc = next(iter(sorted(bad - {"queue"})), None) if bad and rng.random() < 0.7 else "quality"
            self.fb(c, t_end + D(days=float(rng.uniform(0, 5))), tpc, "xiaohongshu", bk=bk,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.15, fee=fee)
        c["spend"] += rent + fee
        return t_ret

    def run(self):
        self.customers()
        for c in self.cust:
            t = c["t0"]
            first = True
            while t <= END:
                t_ret = self.rental(c, t, first)
                if first and t_ret is None and not c["rentals"]:
                    # some browsers come back a few weeks later and try again
                    if rng.random() < 0.25:
                        t = t + D(days=float(rng.uniform(3, 60)))
                        continue
                    break
                first = False
                if t_ret is None:
                    if rng.random() < 0.3:
                        t = t + D(days=float(rng.uniform(5, 60)))
                        first = False
                        continue
                    break
                p = LEVELS[c["level"]][2] * CHANNELS[c["channel"]][3]
                if rng.random() > min(0.9, p):
                    break
                t = t_ret + D(days=float(rng.gamma(2.0, 18.0)))
        # a few exact duplicate events re-sent by the tracker
        for i in rng.choice(len(self.events), 25, replace=False):
            self.events.append(dict(self.events[int(i)]))

    def customers_rows(self):
        rows = []
        for c in self.cust:
            n = len(c["rentals"])
            if n == 0:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 6, 1):
                seg = "new"
            elif c["last_return"] is not None and c["last_return"] < datetime(2026, 3, 1):
                seg = "at_risk"
            elif n >= 4:
                seg = "loyal"
            else:
                seg = "returning"
            tier = "gold" if c["spend"] >= 800 else ("silver" if c["spend"] >= 400 else "regular")
            rows.append(dict(customer_id=c["id"], signup_at=ts(c["t0"]), segment=seg, region=c["region"],
                             城市=REGIONS[c["region"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员等级={"regular": "普通会员", "silver": "银卡", "gold": "金卡"}[tier],
                             coser_level=c["level"], 圈龄=LEVELS[c["level"]][0], gender=c["gender"], age_band=c["age"],
                             phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main():
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c_, stage=d, channel=e, kind=f,
                                         owner=o, aliases=al) for a, b, c_, d, e, f, o, al in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1,
                                      touchpoint_id=tp, window_days=w) for j, zh, en, steps, w in JOURNEYS
                                 for i, tp in enumerate(steps)])
    write(out / "customers.csv", g.customers_rows())
    write(out / "events.csv", g.events)
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.cust)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main()
