"""缘定 Forever Wedding Studio: a wedding photography & planning chain with one studio in each of Shanghai, Hangzhou,
Chengdu and Wuhan. Couples inquire (WeChat, Xiaohongshu, Douyin ad lead form, walk-in, referral), visit for a
consultation, book a package with a deposit, schedule and do the shoot, select photos, wait for retouching, get the
album and pay the balance; upsells (wedding video, extra outfits, extra photos, album upgrade). 2024-10-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md, plus the generator's
truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ (not a DATA.md table; gold.py only).
Deterministic (fixed seed), plain Python + numpy, about a second. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 10, 1)
END = datetime(2026, 6, 30, 21, 0, 0)
D = timedelta
N_BASE = 3800
N_XHS_CAMPAIGN = 320                                                 # extra Xiaohongshu leads, March 2026

SH_PUSH = datetime(2025, 9, 1)           # Shanghai: selection upsell KPI for the selection staff from this date
CD_BACKLOG = datetime(2025, 12, 1)       # Chengdu: two retouchers left; selections from here wait much longer
VIDEO_HIKE = datetime(2025, 7, 1)        # wedding video add-on 2,999 -> 3,999
XHS_CAMPAIGN = (datetime(2026, 3, 1), datetime(2026, 3, 31, 23, 59))  # "99元婚纱照体验" Xiaohongshu campaign
P16_START = datetime(2026, 3, 1)         # Wuhan hires photographer P16

STUDIOS = [  # id, city, city_zh, region, name_zh, name_en, weight, en-speaking share, ios share
    ("SH01", "Shanghai", "上海", "华东", "上海静安旗舰店", "Shanghai Jing'an flagship", 0.32, 0.14, 0.68),
    ("HZ01", "Hangzhou", "杭州", "华东", "杭州西湖店", "Hangzhou West Lake", 0.24, 0.06, 0.58),
    ("CD01", "Chengdu", "成都", "西南", "成都太古里店", "Chengdu Taikoo Li", 0.24, 0.04, 0.50),
    ("WH01", "Wuhan", "武汉", "华中", "武汉楚河汉街店", "Wuhan Chuhe Hanjie", 0.20, 0.03, 0.45),
]
ST = {s[0]: s for s in STUDIOS}
PHOTOGRAPHERS = {  # id: (studio, name_zh, name_en, mean shoot-day rating)
    "P01": ("SH01", "老周", "Zhou", 4.2), "P02": ("SH01", "Kiki", "Kiki", 4.1), "P03": ("SH01", "阿宁", "Ning", 4.2),
    "P04": ("SH01", "大伟", "David", 4.0), "P05": ("HZ01", "小鹿", "Lulu", 4.1), "P06": ("HZ01", "阿杰", "AJ", 4.85),
    "P07": ("HZ01", "Momo", "Momo", 4.1), "P08": ("HZ01", "老陈", "Chen", 4.0), "P09": ("CD01", "小白", "Bai", 4.1),
    "P10": ("CD01", "阿May", "May", 4.2), "P11": ("CD01", "西西", "Xixi", 4.0), "P12": ("CD01", "大熊", "Bear", 4.1),
    "P13": ("WH01", "阿凯", "Kai", 4.1), "P14": ("WH01", "小龙", "Long", 3.35), "P15": ("WH01", "Yoyo", "Yoyo", 4.1),
    "P16": ("WH01", "阿乐", "Le", 5.0),
}
CONSULTANTS = {s: [f"C{3 * i + k + 1:02d}" for k in range(3)] for i, s in enumerate(ST)}
SOURCES = ["wechat", "xiaohongshu", "douyin_ads", "walk_in", "referral"]
SOURCE_ZH = {"wechat": "微信", "xiaohongshu": "小红书", "douyin_ads": "抖音广告", "walk_in": "到店", "referral": "转介绍"}
SOURCE_W = [0.28, 0.26, 0.22, 0.10, 0.14]
P_CONSULT = {"wechat": 0.62, "xiaohongshu": 0.48, "douyin_ads": 0.52, "walk_in": 1.0, "referral": 0.78}
P_BOOK = {"wechat": 0.56, "xiaohongshu": 0.52, "douyin_ads": 0.34, "walk_in": 0.70, "referral": 0.72}
BUDGETS = ["under_8k", "8k_15k", "15k_25k", "25k_plus"]
BUDGET_ZH = {"under_8k": "8千以下", "8k_15k": "8千-1.5万", "15k_25k": "1.5万-2.5万", "25k_plus": "2.5万以上"}
BUDGET_W = {"douyin_ads": [0.62, 0.28, 0.08, 0.02], "default": [0.22, 0.40, 0.26, 0.12]}
PACKAGES = {  # id: zh, en, list price, deposit
    "DY3999": ("抖音特惠套系", "Douyin Special", 3999, 1200),
    "CLASSIC": ("经典套系", "Classic", 6999, 2100),
    "PREMIUM": ("轻奢套系", "Premium", 12999, 3900),
    "SIGNATURE": ("臻选套系", "Signature", 19999, 6000),
    "DESTINATION": ("旅拍套系", "Destination", 29999, 9000),
}
UPSELL_ZH = {"video": "婚礼视频", "extra_outfits": "加服装", "extra_photos": "加选照片", "album_upgrade": "相册升级"}
LOCATION_ZH = {"studio": "内景", "outdoor": "外景", "destination": "旅拍"}
SEASON = {1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer", 8: "summer",
          9: "autumn", 10: "autumn", 11: "autumn", 12: "winter"}
SEASON_ZH = {"spring": "春季", "summer": "夏季", "autumn": "秋季", "winter": "冬季"}
SHOOT_MONTH_W = {1: 0.5, 2: 0.5, 3: 1.2, 4: 2.0, 5: 2.0, 6: 1.0, 7: 0.7, 8: 0.7, 9: 1.6, 10: 2.0, 11: 1.3, 12: 0.6}
WEDDING_MONTH_W = {1: 1.1, 2: 0.6, 3: 0.7, 4: 1.2, 5: 1.9, 6: 0.8, 7: 0.5, 8: 0.6, 9: 1.5, 10: 2.6, 11: 1.3,
                   12: 1.0}  # 国庆 (October) and May Day are the peak wedding months
PAY = ["wechat_pay", "alipay", "bank_card", "bank_transfer"]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "线上咨询/留资", "Inquiry", "awareness", "social", "digital", "市场部",
     "咨询|询价|留资|私信|问价|加微信|inquiry|enquiry|lead|DM|first contact"),
    ("tp_consult", "到店面谈", "Consultation visit", "consideration", "store", "physical", "销售部",
     "进店|到店|面谈|看样片|谈单|consultation|studio visit|consult"),
    ("tp_booking", "签单付定金", "Package booked (deposit)", "purchase", "store", "physical", "销售部",
     "签单|下定|付定金|交定金|订套系|booking|deposit|signed|book a package"),
    ("tp_shoot_scheduled", "预约拍摄档期", "Shoot scheduled", "purchase", "mini_program", "digital", "客服部",
     "约档期|排档期|定拍摄日期|schedule shoot|shoot date|scheduling"),
    ("tp_reschedule", "拍摄改期", "Shoot rescheduled", "service", "phone", "digital", "客服部",
     "改期|延期|换日期|reschedule|postpone"),
    ("tp_cancel", "退单", "Booking cancelled", "service", "phone", "digital", "客服部",
     "取消|退单|解约|退定|cancel|cancellation|refund deposit"),
    ("tp_shoot_day", "拍摄日", "Shoot day", "service", "store", "physical", "摄影部",
     "拍摄|拍照|拍婚纱照|外景|内景|化妆|shoot|photo shoot|shooting day"),
    ("tp_selection", "选片", "Photo selection", "service", "store", "physical", "选片部",
     "选片|挑照片|看片|加选|selection|photo selection|choosing photos|pick photos"),
    ("tp_upsell", "加购", "Upsell purchase", "purchase", "store", "physical", "销售部",
     "加购|加选|升级|二销|upsell|add-on|extra photos|extra outfits|video add-on|album upgrade"),
    ("tp_retouch", "精修确认", "Retouched proofs approved", "service", "mini_program", "digital", "后期部",
     "修片|精修|修图|看精修|retouch|retouching|editing|proofs"),
    ("tp_album_delivery", "相册交付", "Album delivered", "service", "store", "physical", "后期部",
     "取相册|交付|出片|拿相册|相册|album|delivery|album delivery|got the album"),
    ("tp_balance_paid", "付尾款", "Balance paid", "purchase", "store", "physical", "财务部",
     "尾款|结尾款|结清|补款|balance|final payment|pay the rest"),
    ("tp_review", "满意度回访", "Satisfaction survey", "loyalty", "mini_program", "digital", "客服部",
     "回访|评价|满意度|问卷|review|survey|feedback"),
    ("tp_referral", "转介绍", "Referral", "loyalty", "social", "digital", "市场部",
     "转介绍|推荐朋友|老带新|referral|refer a friend"),
    ("tp_complaint", "客诉", "Complaint", "service", "phone", "digital", "客服部",
     "投诉|客诉|工单|维权|complaint|ticket|escalation"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("sales", "咨询到签单", "Inquiry to booking", 30, ["tp_inquiry", "tp_consult", "tp_booking"]),
    ("prep", "签单到拍摄", "Booking to shoot", 180, ["tp_booking", "tp_shoot_scheduled", "tp_shoot_day"]),
    ("production", "拍摄到交付", "Shoot to delivery", 120,
     ["tp_shoot_day", "tp_selection", "tp_retouch", "tp_album_delivery", "tp_balance_paid"]),
    ("selection_upsell", "选片加购", "Selection upsell", 1, ["tp_selection", "tp_upsell"]),
]

TOPICS = {  # topic: sentiment, zh templates, en templates (markers per topic are checked in gold.py)
    "hidden_charge": ("neg", [
        "说好的3999全包，结果化妆、服装、外景都要另外加钱，隐形消费太多了",
        "付尾款的时候突然多了{fee}的附加费，签单时根本没提，典型的隐形消费",
        "套餐写着全包，拍摄当天才说精致妆和第三套衣服要加钱，隐形消费防不胜防",
        "抖音团购进来的，最后算下来比标价多花了{fee}，全是隐形消费，心累",
        "隐形消费太多：底片要钱、相框要钱，连外景车费都让我们出",
    ], [
        "The 'all-inclusive' package was full of hidden charges - makeup upgrade, outfits, location fee.",
        "Final bill came out {fee} higher than the quote. Hidden charges nobody mentioned when we signed.",
        "Beware of hidden charges: the Douyin deal price is only the start.",
        "So many hidden charges at the end, we felt misled.",
    ]),
    "pushy_sales": ("neg", [
        "选片的时候销售一直推销加选，不加就甩脸色，体验很差",
        "选片变成了推销会，三个小时都在劝我们加钱买底片和升级相册",
        "本来很开心去选片，结果被推销得很烦，最后只想赶紧走",
        "选片环节强行推销，说不加选的照片就要删掉，太过分了",
        "推销太狠了，选片师一直说这张不选可惜那张不选可惜",
    ], [
        "Photo selection turned into a pushy sales session, they kept pressing us to buy more photos.",
        "Very pushy at the selection - we were told the unselected photos would be deleted unless we paid.",
        "Selection day was exhausting, the staff were pushy about the album upgrade.",
    ]),
    "slow_delivery": ("neg", [
        "拍完快{m}个月了相册还没拿到，进度太慢了",
        "相册交付太慢，婚礼都办完了照片还没出来",
        "修图太慢了，每次问客服都说在排队",
        "出片速度慢得离谱，说好45天，结果等了{d}天",
        "精修一拖再拖，效率太慢，婚礼上都没照片可以放",
    ], [
        "Album delivery is painfully slow - still nothing {w} weeks after the shoot.",
        "Retouching was so slow that we had no photos for our wedding day.",
        "Really slow turnaround, customer service just says the retouchers are busy.",
    ]),
    "great_photographer": ("pos", [
        "摄影师{ph}超级棒，很会引导动作，完全不尴尬",
        "摄影师和助理都特别用心，拍出来的效果超出预期",
        "给摄影师{ph}点赞！外景拍得太美了",
        "摄影师很专业，拍了一整天一点不耐烦都没有",
    ], [
        "Our photographer {ph_en} was amazing - super patient and great at posing us.",
        "Huge thanks to the photographer, the outdoor shots look stunning.",
        "The photographer made us feel relaxed all day. Highly recommend.",
    ]),
    "deposit_refund": ("neg", [
        "取消了拍摄，定金一直不给退，客服踢皮球",
        "婚期变了想取消，结果说定金不退，合同里写得很模糊",
        "定金退款拖了一个多月才到账",
    ], [
        "We cancelled months ahead and they still refused to return the deposit.",
        "Deposit refund took over a month and several calls.",
    ]),
    "reschedule": ("neu", [
        "下雨改期了一次，还好最后天气不错",
        "因为天气改期，沟通还算及时",
    ], [
        "Shoot got rescheduled because of rain, communication was ok.",
    ]),
    "video_price": ("neg", [
        "婚礼视频加购比去年贵了一千，有点不值",
        "视频要另加3999，犹豫了还是没加",
    ], [
        "The video add-on is now 3,999 yuan, too expensive for us.",
    ]),
    "consultant_good": ("pos", [
        "顾问小姐姐很耐心，套餐讲得很清楚",
        "顾问没有硬推，给我们推荐了合适的套系",
    ], [
        "The consultant explained every package clearly, no pressure.",
    ]),
}
GENERIC = {  # touchpoint: {pos|neu|neg: (zh list, en list)}
    "tp_consult": {
        "pos": (["门店环境很好，样片很多，很心动", "接待很热情，套系对比表一目了然"],
                ["Lovely studio, lots of sample albums to look at."]),
        "neu": (["咨询了一下，价格还要再对比", "样片还行，再看看别家"], ["Got the price list, still comparing studios."]),
        "neg": (["到店等了半小时才有人接待", "报价和线上说的不一样，有点不舒服"],
                ["Nobody talked to us for half an hour after we arrived."]),
    },
    "tp_shoot_day": {
        "pos": (["拍摄当天流程很顺，妆容也很好看", "服装选择多，拍得很开心"],
                ["Shoot day went smoothly, makeup was lovely.", "Great choice of dresses, we had fun."]),
        "neu": (["拍摄还行，就是换衣服有点赶", "拍摄中规中矩"], ["Shoot was ok, a bit rushed between outfits."]),
        "neg": (["拍摄当天很赶，一套衣服只拍了十几分钟", "化妆师迟到了一个小时，后面全程赶时间", "引导很少，全程很尴尬"],
                ["The shoot felt rushed, only 15 minutes per outfit.", "Makeup artist was an hour late."]),
    },
    "tp_selection": {
        "pos": (["选片很顺利，照片都很好看，选得很纠结", "选片师很耐心，帮我们挑得很好"],
                ["Selection went well, loved almost every shot."]),
        "neu": (["选片花了挺久，照片整体还可以", "选片一般般"], ["Selection took a while, photos are decent."]),
        "neg": (["选片的时候能用的照片有点少，好几套衣服没几张能看", "底片闭眼的很多，可选的不多"],
                ["Too few usable photos for some outfits."]),
    },
    "tp_album_delivery": {
        "pos": (["相册质感很好，全家都很喜欢", "精修效果很自然，相册做得很精致", "整体很满意，会推荐给朋友"],
                ["Album quality is beautiful, family loved it.", "Overall very happy, would recommend."]),
        "neu": (["相册收到了，还可以", "相册中规中矩，没有特别惊艳"], ["Album arrived, it's fine."]),
        "neg": (["相册有一页印刷偏色", "精修P得太假，脸都不像自己了"],
                ["One page of the album had a colour cast.", "Over-edited, our faces don't look like us."]),
    },
    "tp_balance_paid": {
        "pos": (["尾款结算清楚，和合同一致"], ["Final payment matched the contract exactly."]),
        "neu": (["尾款付了，流程正常"], ["Paid the balance, normal process."]),
        "neg": (["尾款只能现场付，不能线上转，很麻烦"], ["Could only pay the balance in person, inconvenient."]),
    },
}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, truth, customers = [], [], [], [], []
    counters = {"e": 0, "o": 0, "f": 0, "s": 0}

    def nid(kind, prefix, width=6):
        counters[kind] += 1
        return f"{prefix}{counters[kind]:0{width}d}"

    def pick(seq, p=None):
        return seq[int(rng.choice(len(seq), p=p))]

    def at_hour(day: datetime, lo=10, hi=19) -> datetime:
        return day.replace(hour=0, minute=0, second=0) + D(hours=int(rng.integers(lo, hi)),
                                                           minutes=int(rng.integers(0, 60)))

    def add_event(c, ts, tp, action, **extra):
        if ts > END:
            return None
        eid = nid("e", "E", 7)
        digital = tp in ("tp_inquiry", "tp_shoot_scheduled", "tp_retouch", "tp_review", "tp_referral")
        ch = extra.pop("channel", None) or ("mini_program" if digital else "store")
        row = {"event_id": eid, "customer_id": c["customer_id"], "ts": ts, "touchpoint_id": tp, "action": action,
               "device": c["primary_device"] if digital and ch != "store" else None, "channel": ch,
               "session_id": extra.pop("session_id", None), "studio_id": c["studio_id"]}
        row.update(extra)
        events.append(row)
        return row

    def add_order(c, ts, otype, amount, status="paid", **extra):
        if ts > END:
            return None
        row = {"order_id": nid("o", "O", 6), "customer_id": c["customer_id"], "ts": ts, "amount": round(amount, 2),
               "status": status, "channel": "store", "device": None, "order_type": otype,
               "studio_id": c["studio_id"], "city": c["city"], "city_zh": c["city_zh"],
               "consultant_id": c["consultant_id"], "payment_method": pick(PAY, [0.55, 0.25, 0.12, 0.08])}
        row.update(extra)
        orders.append(row)
        return row

    def add_fb(c, ts, tp, channel, topic, sentiment, text, rating=None, nps=None, **extra):
        if ts is not None and ts > END:
            return
        fid = nid("f", "FB", 5)
        row = {"feedback_id": fid, "text": text, "ts": ts, "customer_id": c["customer_id"] if c else None,
               "touchpoint_id": tp, "channel": channel, "rating": rating, "nps": nps,
               "studio_id": extra.pop("studio_id", c["studio_id"] if c else None),
               "language": extra.pop("language", c["language"] if c else "zh")}
        row.update(extra)
        feedback.append(row)
        truth.append({"feedback_id": fid, "topic": topic, "sentiment": sentiment})

    def topic_text(topic, lang, **fmt):
        sent, zh, en = TOPICS[topic]
        t = pick(en if lang == "en" else zh)
        return sent, t.format(**fmt) if fmt else t.replace("{", "").replace("}", "")

    def generic_text(tp, bucket, lang):
        zh, en = GENERIC[tp][bucket]
        return pick(en if lang == "en" else zh)

    def rating_from(mean):
        if mean >= 5:
            return 5
        return int(np.clip(round(rng.normal(mean, 0.75)), 1, 5))

    def bucket(r):
        return "pos" if r >= 4 else ("neu" if r == 3 else "neg")

    def fb_step(c, ts, tp, mean, topic_hint=None, p_topic=0.0, nps_p=0.0, channel="survey", extra_fmt=None, **extra):
        r = rating_from(mean)
        lang = c["language"]
        if topic_hint and rng.random() < p_topic:
            sent, text = topic_text(topic_hint, lang, **(extra_fmt or {}))
            if sent == "neg":
                r = min(r, int(rng.choice([1, 2, 2, 3])))
            elif sent == "pos":
                r = max(r, 4)
            topic = topic_hint
        else:
            b = bucket(r)
            text, topic, sent = generic_text(tp, b, lang), "generic_" + b, b
        nps = None
        if rng.random() < nps_p:
            nps = int(np.clip(round(rng.normal({1: 1, 2: 3, 3: 6, 4: 8, 5: 9.4}[r], 1.0)), 0, 10))
        add_fb(c, ts, tp, channel, topic, sent, text, rating=r, nps=nps, **extra)

    # ---------- inquiry dates ----------
    ndays = (datetime(2026, 6, 25) - START).days
    days = [START + D(days=i) for i in range(ndays)]
    w = np.array([{1: 1.4, 2: 1.2, 3: 1.3, 4: 1.0, 5: 0.9, 6: 1.0, 7: 1.1, 8: 1.1, 9: 0.9, 10: 0.8, 11: 1.0,
                   12: 1.1}[d.month] * (1.25 if d.weekday() >= 5 else 1.0) for d in days])
    w /= w.sum()
    first_days = [days[i] for i in rng.choice(ndays, size=N_BASE, p=w)]
    camp_days = [XHS_CAMPAIGN[0] + D(days=int(x)) for x in rng.integers(0, 31, N_XHS_CAMPAIGN)]
    people = [(d, None) for d in first_days] + [(d, "xiaohongshu") for d in camp_days]
    people.sort(key=lambda x: x[0])

    studio_ids = list(ST)
    studio_w = np.array([s[6] for s in STUDIOS])
    for idx, (day0, forced) in enumerate(people, 1):
        sid = pick(studio_ids, studio_w)
        s = ST[sid]
        src = forced or pick(SOURCES, SOURCE_W)
        budget = pick(BUDGETS, BUDGET_W.get(src, BUDGET_W["default"]))
        lang = "en" if rng.random() < s[7] else "zh"
        c = {"customer_id": f"CP{idx:05d}", "studio_id": sid, "city": s[1], "city_zh": s[2], "region": s[3],
             "acquisition_channel": src, "source_zh": SOURCE_ZH[src], "budget_band": budget,
             "budget_band_zh": BUDGET_ZH[budget], "language": lang,
             "primary_device": "ios" if rng.random() < s[8] else "android",
             "consultant_id": pick(CONSULTANTS[sid]), "bride_age_band": pick(["22-25", "26-28", "29-31", "32+"],
                                                                            [0.2, 0.38, 0.28, 0.14])}
        wcand = [day0 + D(days=k) for k in range(90, 421, 3)]
        ww = np.array([WEDDING_MONTH_W[x.month] for x in wcand])
        wedding = wcand[int(rng.choice(len(wcand), p=ww / ww.sum()))]
        c["wedding_date"] = wedding.date().isoformat()
        c["wedding_season"] = SEASON[wedding.month]
        c["wedding_season_zh"] = SEASON_ZH[c["wedding_season"]]
        t0 = at_hour(day0, 9, 22)
        c["signup_at"] = t0
        state = "lead"
        in_campaign = forced is not None or (src == "xiaohongshu" and XHS_CAMPAIGN[0] <= day0 <= XHS_CAMPAIGN[1])
        # inquiry messages (walk-ins inquire at the studio)
        ich = {"wechat": "wechat", "xiaohongshu": "xiaohongshu", "douyin_ads": "douyin", "walk_in": "store",
               "referral": "wechat"}[src]
        sess = f"S{idx:05d}"
        add_event(c, t0, "tp_inquiry", "message", channel=ich, session_id=sess)
        if src != "walk_in":
            for _ in range(int(rng.poisson(0.7))):
                add_event(c, t0 + D(hours=float(rng.uniform(0.2, 36))), "tp_inquiry", "message", channel=ich,
                          session_id=sess)
        # consultation visit
        p_consult = 0.27 if in_campaign else P_CONSULT[src]
        if rng.random() >= p_consult:
            c["segment"] = state
            customers.append(c)
            continue
        if src == "walk_in":
            t_consult = t0 + D(minutes=int(rng.integers(5, 40)))
        else:
            late = rng.random() < 0.07
            t_consult = at_hour(t0 + D(days=int(rng.integers(31, 60) if late else rng.integers(1, 22))))
        if add_event(c, t_consult, "tp_consult", "visit", consultant_id=c["consultant_id"]) is None:
            c["segment"] = state
            customers.append(c)
            continue
        state = "consulted"
        if rng.random() < 0.3:
            # Douyin leads come for the 3,999 ad price and hear at the studio what it does not include
            fb_step(c, t_consult + D(hours=float(rng.uniform(2, 30))), "tp_consult",
                    3.3 if src == "douyin_ads" else 4.2, "consultant_good", 0.1 if src == "douyin_ads" else 0.25)
        # booking
        p_book = P_BOOK[src] * {"under_8k": 0.9, "8k_15k": 1.0, "15k_25k": 1.05, "25k_plus": 1.1}[budget]
        if rng.random() >= p_book:
            c["segment"] = state
            customers.append(c)
            continue
        if rng.random() < 0.45:
            t_book = t_consult + D(minutes=int(rng.integers(40, 150)))
        else:
            t_book = at_hour(t_consult + D(days=int(rng.integers(1, 26))))
        if src == "douyin_ads" and budget in ("under_8k", "8k_15k") and rng.random() < 0.85:
            pkg = "DY3999"
        else:
            pkg = {"under_8k": "CLASSIC", "8k_15k": pick(["CLASSIC", "PREMIUM"], [0.6, 0.4]),
                   "15k_25k": pick(["PREMIUM", "SIGNATURE"], [0.55, 0.45]),
                   "25k_plus": pick(["SIGNATURE", "DESTINATION"], [0.6, 0.4])}[budget]
        pz, pe, price, dep = PACKAGES[pkg]
        c["package_id"] = pkg
        location = "destination" if pkg == "DESTINATION" else pick(["studio", "outdoor"], [0.45, 0.55])
        common = dict(package_id=pkg, package_name=pz, package_name_en=pe)
        if add_event(c, t_book, "tp_booking", "deposit_paid", consultant_id=c["consultant_id"], **common) is None:
            c["segment"] = state
            customers.append(c)
            continue
        state = "booked"
        cancel = rng.random() < (0.11 if pkg == "DY3999" else 0.06)
        refund_ok = rng.random() < 0.65
        st_cancel = "refunded" if cancel and refund_ok else "paid"
        booked_orders = [add_order(c, t_book, "deposit", dep, status=st_cancel, list_price=price, **common)]
        t_up = t_book + D(minutes=int(rng.integers(5, 30)))
        p_video = (0.36 if t_book < VIDEO_HIKE else 0.17) * (1.5 if pkg in ("SIGNATURE", "DESTINATION") else 1.0)
        if rng.random() < p_video:
            amt = 2999 if t_book < VIDEO_HIKE else 3999
            add_event(c, t_up, "tp_upsell", "purchase", upsell_type="video", upsell_type_zh=UPSELL_ZH["video"],
                      upsell_amount=amt, **common)
            booked_orders.append(add_order(c, t_up, "upsell", amt, status="refunded" if cancel else "paid",
                                           upsell_type="video", upsell_type_zh=UPSELL_ZH["video"], **common))
        if rng.random() < 0.22:
            n = int(rng.integers(1, 3))
            add_event(c, t_up + D(minutes=3), "tp_upsell", "purchase", upsell_type="extra_outfits",
                      upsell_type_zh=UPSELL_ZH["extra_outfits"], upsell_amount=800 * n, **common)
            booked_orders.append(add_order(c, t_up + D(minutes=3), "upsell", 800 * n,
                                           status="refunded" if cancel else "paid", upsell_type="extra_outfits",
                                           upsell_type_zh=UPSELL_ZH["extra_outfits"], **common))
        t_sched = at_hour(t_book + D(days=int(rng.integers(1, 15))), 9, 21)
        add_event(c, t_sched, "tp_shoot_scheduled", "submit", session_id=f"S{idx:05d}b", **common)
        # shoot date: 20..150 days after booking, seasonal
        cand = [t_book + D(days=k) for k in range(20, 151)]
        cw = np.array([SHOOT_MONTH_W[x.month] * (1.6 if x.weekday() >= 5 else 1.0) for x in cand])
        shoot_day = cand[int(rng.choice(len(cand), p=cw / cw.sum()))]
        if cancel:
            t_c = at_hour(t_sched + D(days=int(rng.integers(3, 60))))
            if t_c < shoot_day and add_event(c, t_c, "tp_cancel", "cancel", **common) is not None:
                c["segment"] = "cancelled"
                customers.append(c)
                if not refund_ok and rng.random() < 0.5:
                    sent, text = topic_text("deposit_refund", lang)
                    tsf = t_c + D(days=int(rng.integers(3, 20)))
                    add_event(c, tsf - D(hours=1), "tp_complaint", "submit", channel="phone", complaint_topic="deposit_refund")
                    add_fb(c, tsf, "tp_cancel", "wechat_cs", "deposit_refund", sent, text)
                continue
            for o in booked_orders:  # cancellation too late / never happened: keep as a normal booking
                if o is not None:
                    o["status"] = "paid"
        if rng.random() < 0.1:
            t_rs = at_hour(shoot_day - D(days=int(rng.integers(1, 5))))
            add_event(c, t_rs, "tp_reschedule", "reschedule", **common)
            shoot_day = shoot_day + D(days=int(rng.integers(7, 22)))
            if rng.random() < 0.25:
                sent, text = topic_text("reschedule", lang)
                add_fb(c, t_rs + D(hours=5), "tp_reschedule", "wechat_cs", "reschedule", sent, text)
        t_shoot = shoot_day.replace(hour=int(rng.integers(7, 10)), minute=int(rng.integers(0, 60)))
        pool = [p for p, v in PHOTOGRAPHERS.items() if v[0] == sid and (p != "P16" or t_shoot >= P16_START)]
        pw = np.array([1.5 if p == "P16" else 1.0 for p in pool])
        ph = pick(pool, pw / pw.sum())
        common_s = dict(common, photographer_id=ph, shoot_location=location, shoot_location_zh=LOCATION_ZH[location])
        if add_event(c, t_shoot, "tp_shoot_day", "complete", **common_s) is None:
            c["segment"] = state
            customers.append(c)
            continue
        state = "shot"
        pinfo = PHOTOGRAPHERS[ph]
        if rng.random() < 0.12:
            add_event(c, t_shoot + D(hours=2), "tp_upsell", "purchase", upsell_type="extra_outfits",
                      upsell_type_zh=UPSELL_ZH["extra_outfits"], upsell_amount=800, **common_s)
            add_order(c, t_shoot + D(hours=2), "upsell", 800, upsell_type="extra_outfits",
                      upsell_type_zh=UPSELL_ZH["extra_outfits"], photographer_id=ph, **common)
        if rng.random() < 0.5:
            fb_step(c, t_shoot + D(hours=float(rng.uniform(10, 60))), "tp_shoot_day", pinfo[3],
                    "great_photographer", 0.45 if pinfo[3] >= 4.5 else 0.1, photographer_id=ph,
                    extra_fmt={"ph": pinfo[1], "ph_en": pinfo[2]})
        # selection
        t_sel = at_hour(t_shoot + D(days=int(rng.integers(5, 13))))
        if add_event(c, t_sel, "tp_selection", "complete", photos_selected=int(rng.integers(30, 61)),
                     **common_s) is None:
            c["segment"] = state
            customers.append(c)
            continue
        push = sid == "SH01" and t_sel >= SH_PUSH
        if rng.random() < (0.63 if push else 0.3):
            kind = pick(["extra_photos", "album_upgrade"], [0.65, 0.35])
            amt = 100 * int(rng.integers(10, 31)) if kind == "extra_photos" else 1800
            t_u = t_sel + D(minutes=int(rng.integers(60, 180)))
            add_event(c, t_u, "tp_upsell", "purchase", upsell_type=kind, upsell_type_zh=UPSELL_ZH[kind],
                      upsell_amount=amt, **common_s)
            add_order(c, t_u, "upsell", amt, upsell_type=kind, upsell_type_zh=UPSELL_ZH[kind], photographer_id=ph,
                      **common)
        if rng.random() < 0.45:
            fb_step(c, t_sel + D(hours=float(rng.uniform(4, 40))), "tp_selection", 2.8 if push else 4.05,
                    "pushy_sales", 0.55 if push else 0.03)
        # retouching and album
        backlog = sid == "CD01" and t_sel >= CD_BACKLOG
        if backlog:
            ret_days = int(rng.integers(28, 69))
        else:
            ret_days = int(rng.integers(35, 51) if rng.random() < 0.06 else rng.integers(14, 34))
        t_ret = at_hour(t_sel + D(days=ret_days), 9, 23)
        if add_event(c, t_ret, "tp_retouch", "approve", session_id=f"S{idx:05d}r", **common_s) is None:
            c["segment"] = state
            customers.append(c)
            continue
        t_alb = at_hour(t_ret + D(days=int(rng.integers(7, 19))))
        turnaround = (t_alb - t_shoot).days
        if turnaround > 60 and rng.random() < 0.35:
            t_cs = at_hour(t_shoot + D(days=int(rng.integers(55, max(56, min(turnaround, 75))))))
            if t_cs < t_alb:
                add_event(c, t_cs - D(minutes=20), "tp_complaint", "submit", channel="phone", complaint_topic="slow_delivery")
                sent, text = topic_text("slow_delivery", lang, m=2, d=(t_cs - t_shoot).days,
                                        w=(t_cs - t_shoot).days // 7)
                add_fb(c, t_cs, "tp_album_delivery", "wechat_cs", "slow_delivery", sent, text)
        if add_event(c, t_alb, "tp_album_delivery", "deliver", delivery_method=pick(["pickup", "courier"], [0.6, 0.4]),
                     days_since_shoot=turnaround, **common_s) is None:
            c["segment"] = "in_production"
            customers.append(c)
            continue
        state = "delivered"
        # balance (with extra fees for the Douyin special package)
        extra_fee = 0
        if pkg == "DY3999" and rng.random() < 0.72:
            extra_fee = 100 * int(rng.integers(8, 23))
        elif pkg != "DY3999" and rng.random() < 0.07:
            extra_fee = 100 * int(rng.integers(3, 9))
        r = rng.random()
        t_bal = None if r < 0.04 + (0.06 if extra_fee else 0) else (
            t_alb + D(minutes=int(rng.integers(10, 40))) if r < 0.88 else at_hour(t_alb + D(days=int(rng.integers(1, 11)))))
        if t_bal is not None and add_event(c, t_bal, "tp_balance_paid", "pay", extra_fee=extra_fee, **common) is not None:
            add_order(c, t_bal, "balance", price - dep + extra_fee, list_price=price, extra_fee=extra_fee,
                      photographer_id=ph, **common)
            state = "completed"
        if extra_fee and pkg == "DY3999" and rng.random() < 0.7:
            tf = (t_bal or t_alb) + D(hours=float(rng.uniform(1, 48)))
            ch = pick(["survey", "wechat_cs"], [0.6, 0.4])
            sent, text = topic_text("hidden_charge", lang, fee=f"{extra_fee}元" if lang == "zh" else f"{extra_fee} yuan")
            if ch == "wechat_cs":
                add_event(c, tf - D(minutes=15), "tp_complaint", "submit", channel="phone", complaint_topic="hidden_charge")
            add_fb(c, tf, "tp_balance_paid", ch, "hidden_charge", sent, text,
                   rating=int(rng.choice([1, 2, 2])) if ch == "survey" else None)
        elif t_bal is not None and rng.random() < 0.12:
            fb_step(c, t_bal + D(hours=float(rng.uniform(1, 30))), "tp_balance_paid", 4.0)
        # delivery survey
        if rng.random() < 0.55:
            mean = 4.4 if turnaround <= 45 else (3.7 if turnaround <= 60 else 2.6)
            tsv = t_alb + D(days=float(rng.uniform(1, 6)))
            add_event(c, tsv - D(minutes=2), "tp_review", "submit", session_id=f"S{idx:05d}v")
            if pkg in ("SIGNATURE", "DESTINATION") and t_book >= VIDEO_HIKE and rng.random() < 0.06:
                sent, text = topic_text("video_price", lang)
                add_fb(c, tsv, "tp_upsell", "survey", "video_price", sent, text, rating=3)
            else:
                fb_step(c, tsv, "tp_album_delivery", mean, "slow_delivery", 0.6 if turnaround > 60 else 0.0,
                        nps_p=0.45, extra_fmt={"m": max(2, turnaround // 30), "d": turnaround, "w": turnaround // 7})
        if rng.random() < (0.2 if src == "referral" else 0.1):
            add_event(c, t_alb + D(days=int(rng.integers(10, 120))), "tp_referral", "refer", channel="wechat")
        c["segment"] = state
        customers.append(c)

    # ---------- public social posts (no customer), some without a date ----------
    n_posts = 300
    for k in range(n_posts):
        sid = pick(studio_ids, studio_w)
        day = START + D(days=int(rng.integers(30, (END - START).days)))
        ts = at_hour(day, 8, 23)
        lang = "en" if rng.random() < ST[sid][7] else "zh"
        if sid == "SH01" and day >= SH_PUSH and rng.random() < 0.35:
            topic = "pushy_sales"
        elif sid == "CD01" and day >= CD_BACKLOG + D(days=45) and rng.random() < 0.4:
            topic = "slow_delivery"
        else:
            topic = pick(["great_photographer", "hidden_charge", "generic"], [0.45, 0.2, 0.35])
        ph = pick([p for p, v in PHOTOGRAPHERS.items() if v[0] == sid and p != "P16"])
        if topic == "generic":
            tp = pick(["tp_shoot_day", "tp_album_delivery", "tp_consult"])
            b = pick(["pos", "neu", "neg"], [0.55, 0.25, 0.2])
            text, sent, topic = generic_text(tp, b, lang), b, "generic_" + b
        else:
            tp = {"pushy_sales": "tp_selection", "slow_delivery": "tp_album_delivery",
                  "great_photographer": "tp_shoot_day", "hidden_charge": "tp_balance_paid"}[topic]
            sent, text = topic_text(topic, lang, ph=PHOTOGRAPHERS[ph][1], ph_en=PHOTOGRAPHERS[ph][2], m=3, d=85, w=11,
                                    fee="1500元" if lang == "zh" else "1,500 yuan")
        channel = pick(["xiaohongshu", "dianping"], [0.6, 0.4])
        rating = None
        if channel == "dianping":
            rating = {"pos": int(rng.choice([4, 5, 5])), "neu": 3, "neg": int(rng.choice([1, 2]))}[sent]
            if ts >= END:
                continue
        elif rng.random() < 0.3:
            ts = None
        add_fb(None, ts, tp, channel, topic, sent, text, rating=rating, studio_id=sid, language=lang,
               photographer_id=ph if topic == "great_photographer" else None)

    write_all(out, customers, events, orders, feedback, truth)


def write_all(out, customers, events, orders, feedback, truth):
    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        return v

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(k)) for k in cols])

    write(out / "touchpoints.csv",
          [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                name=f"{t[1]} / {t[2]}") for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [{"journey_id": j, "journey_name": f"{zh} / {en}", "journey_name_zh": zh, "journey_name_en": en,
            "step": k, "touchpoint_id": tp, "window_days": win}
           for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps, 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "source_zh", "budget_band",
           "budget_band_zh", "city", "city_zh", "studio_id", "consultant_id", "package_id", "wedding_date",
           "wedding_season", "wedding_season_zh", "bride_age_band", "primary_device", "language"])
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id", "studio_id",
           "consultant_id", "photographer_id", "package_id", "package_name", "package_name_en", "shoot_location",
           "shoot_location_zh", "upsell_type", "upsell_type_zh", "upsell_amount", "photos_selected",
           "delivery_method", "days_since_shoot", "extra_fee", "complaint_topic"])
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "package_id",
           "package_name", "package_name_en", "list_price", "upsell_type", "upsell_type_zh", "extra_fee",
           "studio_id", "city", "city_zh", "consultant_id", "photographer_id", "payment_method"])
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "studio_id",
           "photographer_id", "language"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
