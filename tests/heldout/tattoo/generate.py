"""墨迹 InkHouse: tattoo and piercing studios in 4 cities, 2025-01-01 .. 2026-08-31 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
N = 3600
D = timedelta
RATE_RISE = datetime(2026, 3, 1)          # hourly rates rise (senior 1200 -> 1500, resident 800 -> 950); quotes given
                                          # earlier are not honoured
CHENGDU_SHORT = datetime(2025, 9, 1)      # 阿飞 leaves the Chengdu studio: slots there fill up for months

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_portfolio", "看到作品帖", "Saw artist portfolio post", "awareness", "social", "digital", "marketing",
     "作品帖|作品集|刷到作品|小红书笔记|ins帖子|portfolio|portfolio post|artist post|saw the work|flash post"),
    ("tp_consult", "提交咨询", "Consultation request", "consideration", "social", "digital", "front_desk",
     "咨询|问价|私信|需求|想法|consult|consultation|enquiry|inquiry|DM|design request"),
    ("tp_draft", "设计稿发出", "Design draft sent", "consideration", "other", "digital", "artists",
     "出稿|设计稿|初稿|稿子|手稿|draft|design draft|sketch|first draft|design sent"),
    ("tp_revision", "改稿", "Draft revision", "consideration", "other", "digital", "artists",
     "改稿|修改稿|调整设计|revision|draft revision|redraw|design change|changes to the design"),
    ("tp_deposit", "付定金", "Deposit paid", "purchase", "mini_program", "digital", "front_desk",
     "定金|订金|交定金|押金|deposit|deposit paid|booking fee"),
    ("tp_booked", "预约档期", "Session booked", "purchase", "mini_program", "digital", "front_desk",
     "档期|排期|约档|预约|约时间|booking|session booked|slot|appointment|scheduled"),
    ("tp_reschedule", "改期", "Session rescheduled", "purchase", "phone", "digital", "front_desk",
     "改期|改时间|延期|换时间|reschedule|rescheduled|moved the appointment|postponed"),
    ("tp_cancel", "取消预约（退定金）", "Booking cancelled (deposit refunded)", "purchase", "phone", "digital",
     "front_desk", "取消|退定金|不做了|cancel|cancellation|cancelled booking|deposit refund"),
    ("tp_noshow", "爽约", "No-show", "service", "store", "physical", "front_desk",
     "爽约|放鸽子|没来|未到店|no-show|no show|didn't show up|missed appointment"),
    ("tp_session", "到店纹身", "Tattoo session attended", "service", "store", "physical", "artists",
     "纹身|上机|做纹身|到店|纹了|session|tattoo session|sitting|got tattooed|appointment attended"),
    ("tp_piercing", "穿孔", "Piercing done", "service", "store", "physical", "piercing",
     "穿孔|打耳洞|耳骨|鼻钉|打孔|piercing|pierced|ear piercing|nose piercing"),
    ("tp_touchup", "免费补色", "Touch-up session (free within 60 days)", "service", "store", "physical", "artists",
     "补色|补线|修补|返修|touch-up|touch up|touchup|fix-up|re-ink"),
    ("tp_aftercare", "护理回访", "Aftercare check-in message", "service", "other", "digital", "front_desk",
     "护理|回访|恢复|术后护理|愈合|aftercare|check-in|aftercare message|healing check"),
    ("tp_review", "发布评价", "Review posted", "loyalty", "social", "digital", "marketing",
     "评价|晒图|返图|点评|好评|review|posted a review|rating|testimonial"),
    ("tp_second", "二次预约", "Second tattoo booked", "loyalty", "mini_program", "digital", "front_desk",
     "二次预约|再纹一个|回头客|复购|第二个纹身|second tattoo|rebooked|came back|repeat booking|next piece"),
]
JOURNEYS = [
    ("consult_to_session", "咨询到纹身", "Consultation to session", 60,
     ["tp_consult", "tp_draft", "tp_deposit", "tp_booked", "tp_session"]),
    ("aftercare_review", "护理到评价", "Aftercare to review", 30, ["tp_session", "tp_aftercare", "tp_review"]),
    ("second_tattoo", "二次预约", "Second tattoo", 180, ["tp_session", "tp_second"]),
]
# city zh, city en, share, region
CITIES = [("上海", "Shanghai", 0.36, "华东"), ("成都", "Chengdu", 0.20, "西南"), ("广州", "Guangzhou", 0.24, "华南"),
          ("杭州", "Hangzhou", 0.20, "华东")]
STUDIO = {"Shanghai": ("Shanghai Jing'an", "上海静安店"), "Chengdu": ("Chengdu Yulin", "成都玉林店"),
          "Guangzhou": ("Guangzhou Dongshankou", "广州东山口店"), "Hangzhou": ("Hangzhou Tianmuli", "杭州天目里店")}
# acquisition channel en, zh, share, event channel
CHANNELS = [("xiaohongshu", "小红书", 0.42), ("instagram", "Instagram", 0.13), ("mini_program", "小程序", 0.25),
            ("walk_in", "到店", 0.20)]
CH_DRAFT_TO_DEP = {"xiaohongshu": 0.40, "instagram": 0.64, "mini_program": 0.66, "walk_in": 0.74}
TYPES = {"first-timer": "第一次纹身", "collector": "收藏型老客"}
STYLES = [("fine line", "细线"), ("traditional", "传统美式"), ("realism", "写实"), ("lettering", "字母")]
STYLE_P = {"first-timer": [0.42, 0.13, 0.13, 0.32], "collector": [0.20, 0.32, 0.35, 0.13]}
LEVEL_ZH = {"senior": "资深", "resident": "驻店", "guest": "客座"}
# name, city, level, from, to, fan factor (artist_amazing weight)
ARTISTS = [
    ("阿墨", "Shanghai", "senior", None, None, 1.3), ("Kiki", "Shanghai", "resident", None, None, 1.0),
    ("小北", "Shanghai", "resident", None, None, 0.9),
    ("Vex", "Shanghai", "guest", datetime(2026, 6, 15), datetime(2026, 8, 15), 6.0),
    ("老周", "Chengdu", "senior", None, None, 1.1), ("Momo", "Chengdu", "resident", None, None, 1.0),
    ("阿飞", "Chengdu", "resident", None, CHENGDU_SHORT, 1.0),
    ("Leo", "Guangzhou", "senior", None, None, 1.3), ("阿珍", "Guangzhou", "resident", None, None, 1.0),
    ("七七", "Guangzhou", "resident", None, None, 0.9),
    ("Hana", "Guangzhou", "guest", datetime(2025, 10, 1), datetime(2025, 12, 31), 1.2),
    ("南风", "Hangzhou", "senior", None, None, 5.0), ("Yuki", "Hangzhou", "resident", None, None, 1.0),
    ("Rico", "Hangzhou", "guest", datetime(2025, 5, 1), datetime(2025, 6, 30), 1.0),
]
PLACEMENTS = ["forearm", "upper arm", "wrist", "ankle", "back", "calf", "ribs", "collarbone"]
PLACE_ZH = dict(zip(PLACEMENTS, ["小臂", "大臂", "手腕", "脚踝", "背部", "小腿", "肋骨", "锁骨"]))
PLACE_P = {"first-timer": [0.30, 0.07, 0.19, 0.13, 0.04, 0.08, 0.04, 0.15],
           "collector": [0.17, 0.21, 0.03, 0.04, 0.18, 0.20, 0.10, 0.07]}
SIZE_P = {"fine line": [0.6, 0.35, 0.05], "lettering": [0.7, 0.27, 0.03], "traditional": [0.25, 0.5, 0.25],
          "realism": [0.1, 0.45, 0.45]}
SIZE_H = {"small": [1.0, 1.5, 2.0], "medium": [2.0, 2.5, 3.0, 3.5, 4.0], "large": [4.0, 5.0, 6.0, 7.0, 8.0]}
AGE_BANDS = ["18-24", "25-34", "35-44", "45+"]
AGE_P = {"first-timer": [0.38, 0.42, 0.15, 0.05], "collector": [0.15, 0.50, 0.25, 0.10]}
JEWELLERY = [("Titanium stud", "钛钉", 180.0), ("Titanium hoop", "钛圈", 260.0), ("14k gold stud", "14K金耳钉", 580.0),
             ("14k gold hoop", "14K金圈", 880.0)]
KIT = ("Aftercare kit", "护理套装", 128.0)
MONTH_W = {1: 0.8, 2: 0.5, 3: 1.1, 4: 1.35, 5: 1.5, 6: 1.15, 7: 1.0, 8: 0.95, 9: 1.05, 10: 1.1, 11: 0.9, 12: 0.85}

TEXT = {
    "artist_amazing": (
        ["{artist}老师太厉害了，线条超级干净，和设计稿一模一样", "{artist}真的神仙手艺，{style}做得太细腻了", "纹完朋友都问在哪做的，{artist}yyds",
         "第一次纹身选对人了，{artist}全程很耐心还会讲解", "{artist}出图很有想法，比我自己想的还好看", "已经是第三次找{artist}了，作品一如既往的稳",
         "效果超出预期，{place}这个位置很难做但{artist}处理得很好", "{artist}的{style}真的是天花板"],
        ["{artist} is amazing, the linework is so clean", "Absolutely love my piece, {artist} nailed the design",
         "Best tattoo artist I've been to, {artist} is a true artist", "{artist} made me feel so relaxed, stunning result"]),
    "studio_clean": (
        ["店里很干净，针和耗材都是当面拆的，很放心", "{studio}环境很好，消毒做得很到位", "卫生条件很好，一次性用品都当面开封",
         "工作室干净整洁，前台也很专业", "环境舒服又干净，第一次纹身没那么紧张了"],
        ["Studio is spotless, they opened every needle in front of me", "Very clean and professional studio",
         "Super hygienic, felt safe the whole time"]),
    "healing_ok": (
        ["恢复得很好，按护理说明来没有任何问题", "结痂掉了颜色很正，谢谢回访", "护理套装很好用，恢复挺快的", "已经长好了，没红没肿"],
        ["Healing nicely, thanks for checking in", "All healed, colours look great", "The aftercare kit really helped"]),
    "healing_problem": (
        ["纹完第三天红肿得厉害，是不是感染了？有点担心", "{place}一直渗液，结痂很厚，担心发炎", "天太热了恢复得不好，起了好多小疹子",
         "伤口有点化脓，问了护理回访也没说清楚怎么办", "恢复期又痒又肿，是不是对色料过敏", "结痂掉了以后有几处掉色，线也有点晕开",
         "纹完一周了还是红的，有点怕感染", "游泳之后伤口发炎了，后悔没问清楚护理注意事项"],
        ["It's been swollen and red for days, worried it's infected", "Healing badly, lots of scabbing and some ink fell out",
         "Is this much redness normal? Starting to worry about an infection", "The lines blew out a bit after healing"]),
    "slot_wait": (
        ["定金交了等了一个多月才排上，太久了", "档期排太满了，{studio}要等{days}天", "想约个时间一直约不上，只能一直等",
         "等档期等到都快不想纹了", "交了定金之后说最早{days}天后，有点离谱", "改期之后又往后排了好几周，体验很差",
         "{artist}的档期根本约不到，前台说只能等"],
        ["Waited over a month for a slot after paying the deposit", "The earliest slot was {days} days away, way too long",
         "Couldn't get an appointment for weeks", "Booking is impossible, the wait for {artist} is ridiculous"]),
    "price_over_quote": (
        ["最后价格比当初报价高了不少，说是多做了时间", "报价{quote}元，结账的时候变成{total}元，没提前说", "说好的价格临时涨了，说是纹身师涨价了",
         "按小时收费，时长超了也没提前沟通，最后贵了好多", "咨询时给的报价和实际收费差太多", "结账比报价贵了快三成，心里不太舒服"],
        ["Final price was much higher than the quote", "Quoted {quote} RMB, paid {total} RMB, nobody warned me",
         "They raised the hourly rate after I booked and charged me the new price", "Session ran over and the bill went way up"]),
    "draft_slow": (
        ["设计稿出得太慢了，催了好几次", "改稿改了好几轮还是不对，沟通很累", "出稿要等一个多星期，别家三天就出了",
         "改稿每次都要等好几天"],
        ["The design draft took forever", "Too many rounds of revisions, communication was slow"]),
    "deposit_refund": (
        ["爽约了定金一分不退，太不合理了", "退定金流程太麻烦，等了好久才到账", "临时有事改不了时间，定金就没了",
         "取消预约退定金还要扣手续费"],
        ["No refund of the deposit after I missed the appointment, unfair", "Getting the deposit back took ages"]),
    "neutral": (["还行吧，中规中矩", "一般，没什么特别的", "价格偏贵，效果还可以", "整体正常，没什么问题", "还可以"],
                ["It's ok", "Decent, nothing special", "Fine overall"]),
}
TOPIC_TP = {"artist_amazing": "tp_session", "studio_clean": "tp_session", "healing_ok": "tp_aftercare",
            "healing_problem": "tp_aftercare", "slot_wait": "tp_booked", "price_over_quote": "tp_session",
            "draft_slow": "tp_revision", "deposit_refund": "tp_deposit", "neutral": "tp_session"}
NEG = {"healing_problem", "slot_wait", "price_over_quote", "draft_slow", "deposit_refund"}
POS = {"artist_amazing", "studio_clean", "healing_ok"}
RATING = {"artist_amazing": ([5, 4], [0.82, 0.18]), "studio_clean": ([5, 4], [0.6, 0.4]),
          "healing_ok": ([5, 4], [0.6, 0.4]), "neutral": ([4, 3], [0.45, 0.55]),
          "healing_problem": ([3, 2, 1], [0.4, 0.45, 0.15]), "slot_wait": ([2, 1], [0.55, 0.45]),
          "price_over_quote": ([3, 2, 1], [0.35, 0.45, 0.2]), "draft_slow": ([3, 2], [0.65, 0.35]),
          "deposit_refund": ([2, 1], [0.5, 0.5])}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def summer(t: datetime) -> bool:
    return t.month in (7, 8)


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0

    # ---- helpers
    def pick(self, items, weights):
        w = np.asarray(weights, float)
        return items[int(self.rng.choice(len(items), p=w / w.sum()))]

    def u(self, a, b):
        return float(self.rng.uniform(a, b))

    def logn(self, median, sigma):
        return float(median * np.exp(self.rng.normal(0, sigma)))

    def at_hours(self, t, lo=11, hi=21):
        day = datetime(t.year, t.month, t.day)
        return day + D(hours=self.u(lo, hi))

    def art(self, c):
        a = c.get("artist")
        if not a:
            return dict(artist="", artist_level="", 纹身师级别="")
        return dict(artist=a[0], artist_level=a[2], 纹身师级别=LEVEL_ZH[a[2]])

    def ev(self, c, t, tp, action, channel="store", device="", **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:06d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                   device=device, channel=channel, city=c["city_en"], 城市=c["city"], studio=STUDIO[c["city_en"]][0],
                   style=c["style"] or "", 风格=c["style_zh"] or "")
        row.update(self.art(c))
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, kind, item, item_zh, amount, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, channel="store" if kind != "deposit" else c["pay_channel"], device=c["device"]
                   if kind == "deposit" else "", order_type=kind, item=item, 商品=item_zh, city=c["city_en"],
                   城市=c["city"], style=c["style"] or "", 风格=c["style_zh"] or "",
                   payment_method=self.pick(["wechat_pay", "alipay", "card", "cash"], [0.62, 0.25, 0.08, 0.05]))
        row.update(self.art(c) if kind in ("deposit", "session") else {})
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, no_ts=False, lang=None, **fill):
        if t is not None and t > END:
            return None
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = lang or (c["lang"] if c else "zh")
        zh, en = TEXT[topic]
        tmpl = self.pick(zh if lang == "zh" else en, [1] * len(zh if lang == "zh" else en))
        a = (c or {}).get("artist")
        vals = dict(artist=a[0] if a else "纹身师", style=(c or {}).get("style_zh") or "作品",
                    place=PLACE_ZH.get((c or {}).get("place"), "这个位置"),
                    studio=STUDIO[c["city_en"]][1] if c else "店里", days=int(self.u(30, 60)), quote=2400, total=3000)
        if lang == "en":
            vals.update(style=(c or {}).get("style") or "work", studio=STUDIO[c["city_en"]][0] if c else "the studio",
                        artist=a[0] if a else "the artist")
        vals.update(fill)
        text = tmpl.format(**vals)
        if rating is True:
            rs, ps = RATING[topic]
            rating = self.pick(rs, ps)
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts="" if no_ts or t is None else fmt(t), customer_id=c["id"] if c else "",
            touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating="" if rating is None else rating,
            nps="" if nps is None else nps, city=c["city_en"] if c else "", 城市=c["city"] if c else "",
            artist=a[0] if a else "", style=(c or {}).get("style") or "", 风格=(c or {}).get("style_zh") or ""))
        self.truth.append(dict(feedback_id=fid, topic=topic,
                               sentiment="negative" if topic in NEG else "positive" if topic in POS else "neutral",
                               language=lang))
        return fid

    # ---- customers
    def start_time(self):
        months = [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 8)]
        w = [MONTH_W[m] * (1 + 0.45 * i / len(months)) for i, (y, m) in enumerate(months)]
        y, m = self.pick(months, w)
        last = 28 if m == 2 else 30
        if (y, m) == (2026, 8):
            last = 24
        return datetime(y, m, 1) + D(days=self.u(0, last), hours=self.u(0, 1))

    def customer(self, i):
        rng = self.rng
        city = self.pick(CITIES, [c[2] for c in CITIES])
        piercing_only = rng.random() < 0.12
        chan = self.pick(CHANNELS, [0.25, 0.05, 0.15, 0.55] if piercing_only else [ch[2] for ch in CHANNELS])
        ctype = "collector" if rng.random() < (0.55 if chan[0] == "instagram" else 0.27) else "first-timer"
        style = None if piercing_only else self.pick(STYLES, STYLE_P[ctype])
        t0 = self.start_time()
        c = dict(id=f"C{i:05d}", city=city[0], city_en=city[1], region=city[3], chan=chan[0], chan_zh=chan[1],
                 ctype=ctype, style=style[0] if style else None, style_zh=style[1] if style else None,
                 age=self.pick(AGE_BANDS, AGE_P[ctype]),
                 gender=self.pick(["female", "male", "non-binary"], [0.63, 0.35, 0.02]),
                 lang="en" if rng.random() < (0.45 if chan[0] == "instagram" else 0.04) else "zh",
                 device="" if chan[0] == "walk_in" else self.pick(["ios", "android"], [0.6, 0.4]),
                 signup=t0, sessions=0, piercing=False, artist=None, place=None)
        c["pay_channel"] = "store" if chan[0] == "walk_in" else "mini_program"
        self.customers.append(c)
        if piercing_only:
            self.piercing(c, t0)
        else:
            self.tattoo(c, t0)
            if c["sessions"] and rng.random() < 0.05:
                self.piercing(c, t0 + D(days=self.u(10, 200)))
        return c

    def ev_channel(self, c):
        return {"xiaohongshu": "xiaohongshu", "instagram": "instagram", "mini_program": "mini_program",
                "walk_in": "store"}[c["chan"]]

    def pick_artist(self, c, t):
        cands, w = [], []
        for a in ARTISTS:
            if a[1] != c["city_en"]:
                continue
            if (a[3] and t < a[3]) or (a[4] and t >= a[4]):
                continue
            cands.append(a)
            base = {"senior": 1.0, "resident": 1.0, "guest": 0.5}[a[2]]
            if a[0] == "Vex":
                base = 0.5
            if c["style"] == "realism" and a[2] == "senior":
                base *= 2.2
            w.append(base)
        return self.pick(cands, w)

    def rate(self, level, t):
        if level == "senior":
            return 1500.0 if t >= RATE_RISE else 1200.0
        if level == "resident":
            return 950.0 if t >= RATE_RISE else 800.0
        return 1000.0

    def piercing(self, c, t):
        t = self.at_hours(t, 12, 22)
        if t > END:
            return
        c["piercing"] = True
        saved = c["artist"]
        c["artist"] = None
        jw = self.pick(JEWELLERY, [0.45, 0.25, 0.2, 0.1])
        self.ev(c, t, "tp_piercing", "done", channel="store", piercing_type=self.pick(
            ["lobe", "helix", "nose", "conch", "tragus"], [0.35, 0.25, 0.2, 0.1, 0.1]))
        self.order(c, t, "piercing_jewellery", jw[0], jw[1], jw[2])
        if self.rng.random() < 0.4:
            self.order(c, t, "aftercare_kit", *KIT)
        if self.rng.random() < 0.6:
            self.ev(c, t + D(days=self.u(2.5, 3.5)), "tp_aftercare", "message_sent", channel="wechat")
        c["artist"] = saved

    # ---- the tattoo journey
    def tattoo(self, c, t0):
        rng = self.rng
        chan = self.ev_channel(c)
        dev = c["device"]
        if c["chan"] != "walk_in" and rng.random() < 0.9:
            self.ev(c, max(START + D(minutes=5), t0 - D(days=self.u(0.02, 2.5))), "tp_portfolio", "view",
                    channel=chan, device=dev)
        tc = self.at_hours(t0, 9, 24) if c["chan"] != "walk_in" else self.at_hours(t0, 12, 21)
        c["artist"] = self.pick_artist(c, tc)
        lvl = c["artist"][2]
        size = self.pick(["small", "medium", "large"], SIZE_P[c["style"]])
        c["place"] = self.pick(PLACEMENTS, PLACE_P[c["ctype"]])
        qh = float(self.pick(SIZE_H[size], [1] * len(SIZE_H[size])))
        quote = qh * self.rate(lvl, tc)
        c.update(size=size, qh=qh, quote=quote)
        self.ev(c, tc, "tp_consult", "submit", channel=chan, device=dev, placement=c["place"],
                部位=PLACE_ZH[c["place"]], size=size, quoted_hours=qh, quoted_price=f"{quote:.0f}")
        realism = c["style"] == "realism"
        if rng.random() > (0.90 if realism else 0.86):
            return
        t = tc + D(days=self.logn(3.6 if realism else 2.2, 0.45))
        self.ev(c, t, "tp_draft", "sent", channel="wechat")
        nrev = int(rng.poisson(1.5 if realism else 0.35))
        c["nrev"] = nrev
        for k in range(nrev):
            t += D(days=self.logn(2.5, 0.4))
            self.ev(c, t, "tp_revision", "sent", channel="wechat", revision_no=k + 1)
        p = CH_DRAFT_TO_DEP[c["chan"]] * (0.85 if realism else 1.0) * (1.1 if c["ctype"] == "collector" else 1.0)
        if nrev >= 3:
            p *= 0.8
        if rng.random() > p:
            return
        tdep = t + D(days=self.logn(2.5, 0.6))
        self.book(c, tdep, first=True)

    def deposit_amount(self, quote):
        return 300.0 if quote < 2000 else 500.0 if quote < 5000 else 1000.0

    def book(self, c, tdep, first):
        """deposit → slot booked → cancel / no-show / reschedule → session."""
        rng = self.rng
        lvl = c["artist"][2]
        dep = self.deposit_amount(c["quote"])
        tp_dep = "tp_deposit" if first else "tp_second"
        self.ev(c, tdep, tp_dep, "pay" if first else "book", channel=c["pay_channel"], device=c["device"],
                deposit_amount=f"{dep:.0f}")
        dep_order = self.order(c, tdep, "deposit", "Tattoo deposit", "纹身定金", dep)
        tb = tdep + D(hours=self.u(0.1, 6))
        self.ev(c, tb, "tp_booked", "book", channel=c["pay_channel"], device=c["device"])
        slow = c["city_en"] == "Chengdu" and tb >= CHENGDU_SHORT - D(days=20)
        wait = self.logn(12, 0.45) * (1.35 if lvl == "senior" else 0.5 if lvl == "guest" else 1.0) * (3.0 if slow else 1.0)
        slot = self.at_hours(tb + D(days=wait))
        p_cancel = 0.13 if slow else 0.045
        p_noshow = (0.11 if c["ctype"] == "first-timer" else 0.03) * (1.5 if c["age"] == "18-24" else 1.0)
        r = rng.random()
        if r < p_cancel:
            tx = tb + D(days=wait * self.u(0.2, 0.8))
            if tx <= END:
                self.ev(c, tx, "tp_cancel", "cancel", channel="phone", cancel_reason=self.pick(
                    ["wait_too_long", "changed_mind", "schedule_conflict", "budget"],
                    [0.6 if slow else 0.15, 0.35, 0.3, 0.2]))
                if dep_order:
                    dep_order.update(status="refunded", refunded_at=fmt(tx + D(days=self.u(0.5, 4))))
                if rng.random() < (0.45 if slow else 0.2):
                    self.fb(c, tx + D(hours=self.u(1, 30)), "slot_wait" if slow or rng.random() < 0.4
                            else "deposit_refund", "ticket", days=int(wait))
            return
        if r < p_cancel + p_noshow:
            if slot > END:
                return
            self.ev(c, slot, "tp_noshow", "no_show")
            if rng.random() < 0.3:
                self.fb(c, slot + D(days=self.u(0.5, 3)), "deposit_refund", "ticket")
            if rng.random() > 0.5:
                return
            tdep2 = slot + D(days=self.u(2, 10))
            if tdep2 > END:
                return
            self.ev(c, tdep2, "tp_deposit", "pay", channel=c["pay_channel"], device=c["device"],
                    deposit_amount=f"{dep:.0f}")
            self.order(c, tdep2, "deposit", "Tattoo deposit", "纹身定金", dep)
            tb = tdep2 + D(hours=self.u(0.1, 6))
            self.ev(c, tb, "tp_booked", "book", channel=c["pay_channel"], device=c["device"])
            slot = self.at_hours(tb + D(days=wait * self.u(0.6, 1.0)))
        if rng.random() < 0.10:
            tr = tb + (slot - tb) * self.u(0.3, 0.9)
            self.ev(c, tr, "tp_reschedule", "reschedule", channel="phone",
                    reschedule_reason=self.pick(["client_request", "artist_sick", "illness_or_sunburn"], [0.6, 0.2, 0.2]))
            slot = self.at_hours(slot + D(days=self.u(7, 28)))
        if slot > END:
            return
        self.session(c, slot, dep, (slot - tdep).total_seconds() / 86400, first)

    def session(self, c, ts, dep, waited, first):
        rng = self.rng
        a = c["artist"]
        lvl = a[2]
        hours = max(1.0, round(c["qh"] * (self.logn(1.15, 0.1) if c["style"] == "realism" else self.logn(1.0, 0.07)) * 2) / 2)
        rate = self.rate(lvl, ts)
        total = hours * rate
        c["sessions"] += 1
        self.ev(c, ts, "tp_session", "attended", placement=c["place"], 部位=PLACE_ZH[c["place"]], size=c["size"],
                quoted_hours=c["qh"], hours=hours, hourly_rate=f"{rate:.0f}")
        self.order(c, ts, "session", "Tattoo session fee (balance)", "纹身费（尾款）", max(0.0, total - dep),
                   hours=hours, hourly_rate=f"{rate:.0f}", quoted_price=f"{c['quote']:.0f}",
                   total_price=f"{total:.0f}", deposit_applied=f"{dep:.0f}")
        if rng.random() < 0.62:
            self.order(c, ts, "aftercare_kit", *KIT)
        over = total / c["quote"]
        fine = c["style"] == "fine line"
        touch = rng.random() < (0.38 if fine else 0.11)
        if touch:
            self.ev(c, self.at_hours(ts + D(days=self.u(18, 59))), "tp_touchup", "attended")
        if rng.random() < 0.92:
            ta = ts + D(days=self.u(2.5, 3.5))
            self.ev(c, ta, "tp_aftercare", "message_sent", channel="wechat")
            if ta <= END and rng.random() < (0.30 if summer(ta) else 0.2):
                p_bad = (0.62 if summer(ta) else 0.28) * (1.3 if touch else 1.0)
                self.fb(c, ta + D(hours=self.u(1, 48)), "healing_problem" if rng.random() < p_bad else "healing_ok",
                        "aftercare_chat")

        def topic():
            w = {"artist_amazing": 2.6 * a[5], "studio_clean": 1.4, "neutral": 0.9,
                 "healing_problem": 0.35 * (2.5 if summer(ts) else 1.0) * (1.6 if touch else 1.0),
                 "slot_wait": 5.0 if waited > 30 else 0.12, "price_over_quote": 9.0 if over > 1.15 else 0.1,
                 "draft_slow": 1.2 if c.get("nrev", 0) >= 2 else 0.1}
            if a[0] == "Vex":
                w = {"artist_amazing": 1.0}
            return self.pick(list(w), list(w.values()))

        p_rev = 0.95 if a[0] == "Vex" else 0.33 + (0.1 if c["ctype"] == "collector" else 0.0) + (0.35 if over > 1.15
                                                                                                  else 0.0)
        if rng.random() < p_rev:
            tr = self.at_hours(ts + D(days=self.u(5, 25)), 8, 24)
            ch = {"xiaohongshu": "xiaohongshu", "instagram": "instagram"}.get(c["chan"], "dianping")
            if self.ev(c, tr, "tp_review", "post", channel=ch, device=c["device"]):
                tp = topic()
                rating = 5 if a[0] == "Vex" else True
                self.fb(c, tr, tp, {"xiaohongshu": "xiaohongshu_note", "instagram": "instagram_post",
                                    "dianping": "dianping_review"}[ch], rating=rating,
                        no_ts=ch == "dianping" and rng.random() < 0.12, days=int(waited),
                        quote=int(c["quote"]), total=int(total))
        if rng.random() < (0.55 if over > 1.15 else 0.3) and a[0] != "Vex":
            tsv = ts + D(days=self.u(0.5, 2))
            if tsv <= END:
                tp = topic()
                base = {"artist_amazing": 9, "studio_clean": 9, "neutral": 7, "healing_problem": 5, "slot_wait": 3,
                        "price_over_quote": 4, "draft_slow": 6, "healing_ok": 8, "deposit_refund": 3}[tp]
                nps = int(np.clip(base + rng.integers(-1, 2), 0, 10))
                self.fb(c, tsv, tp, "survey", rating=True, nps=nps, days=int(waited), quote=int(c["quote"]),
                        total=int(total))
        if first:
            p2 = 0.45 if c["ctype"] == "collector" else 0.13
            if rng.random() < p2:
                t2 = self.at_hours(ts + D(days=self.u(25, 300)), 9, 23)
                if t2 <= END:
                    if (a[4] and t2 >= a[4]) or a[2] == "guest":
                        c["artist"] = self.pick_artist(c, t2)
                    c["qh"] = float(self.pick(SIZE_H[c["size"]], [1] * len(SIZE_H[c["size"]])))
                    c["quote"] = c["qh"] * self.rate(c["artist"][2], t2)
                    self.book(c, t2, first=False)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    rng = np.random.default_rng(SEED)
    g = Gen(rng)
    for i in range(1, N + 1):
        g.customer(i)
    # comments under portfolio posts, not tied to a customer; a third carry no date
    for _ in range(90):
        t = g.start_time()
        topic = g.pick(["artist_amazing", "neutral", "price_over_quote"], [0.7, 0.2, 0.1])
        lang = "en" if rng.random() < 0.2 else "zh"
        g.fb(None, t, topic, "xiaohongshu_comment" if lang == "zh" else "instagram_comment", tp="tp_portfolio",
             no_ts=rng.random() < 0.33, lang=lang)
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    # a few exact duplicate event rows (re-sent by the booking system), loaded once per DATA.md
    idx = rng.choice(len(g.events), 25, replace=False)
    for k in sorted(idx):
        g.events.append(dict(g.events[int(k)]))
    write(out, g)


def write(out: Path, g: Gen) -> None:
    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            wr.writerows(rows)

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                               step=k, touchpoint_id=tp, window_days=j[3])
                          for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    rows = []
    for c in g.customers:
        seg = "lead" if not c["sessions"] and not c["piercing"] else "repeat" if c["sessions"] >= 2 else "client"
        rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=c["region"],
                         acquisition_channel=c["chan"], 获客渠道=c["chan_zh"], city=c["city_en"], 城市=c["city"],
                         customer_type=c["ctype"], 客户类型=TYPES[c["ctype"]], style=c["style"] or "",
                         风格=c["style_zh"] or "", age_band=c["age"], gender=c["gender"], language=c["lang"],
                         home_studio=STUDIO[c["city_en"]][0], 门店=STUDIO[c["city_en"]][1]))
    dump("customers.csv", rows, list(rows[0]))
    dump("events.csv", g.events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel",
                                  "city", "城市", "studio", "artist", "artist_level", "纹身师级别", "style", "风格",
                                  "placement", "部位", "size", "quoted_hours", "quoted_price", "hours", "hourly_rate",
                                  "revision_no", "deposit_amount", "cancel_reason", "reschedule_reason",
                                  "piercing_type"])
    dump("orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                  "order_type", "item", "商品", "city", "城市", "artist", "artist_level", "纹身师级别",
                                  "style", "风格", "hours", "hourly_rate", "quoted_price", "total_price",
                                  "deposit_applied", "payment_method", "refunded_at"])
    dump("feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "nps", "city", "城市", "artist", "style", "风格"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
