"""童乐岛 JoyIsland: a chain of indoor kids' playgrounds (parties and classes) in 6 malls across 上海, 杭州 and 南京.
A parent sees a Dianping / Douyin deal (or walks by in the mall), buys a single-entry ticket or a deal voucher,
checks in at the gate (wristband), the child plays a timed session (2 hours included, overtime charged), the
family buys food and drinks, some parents buy a membership card (10-visit / monthly / annual), enquire about a
birthday party, book it with a deposit, hold the party, and renew the card. Data covers 2025-01-01 .. 2026-06-30
(the membership system went live in January 2025; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260815
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 21, 0, 0)
N = 4200
D = timedelta

BRANCHES = {  # id: zh, en, city, city_zh, weight, mall
    "B01": ("上海静安大悦城店", "Shanghai Jing'an Joy City", "Shanghai", "上海", 1.7, "静安大悦城"),
    "B02": ("上海七宝万科店", "Shanghai Qibao Vanke", "Shanghai", "上海", 1.1, "七宝万科广场"),
    "B03": ("杭州西溪印象城店", "Hangzhou Xixi InCity", "Hangzhou", "杭州", 1.0, "西溪印象城"),
    "B04": ("杭州滨江龙湖店", "Hangzhou Binjiang Longfor", "Hangzhou", "杭州", 1.0, "滨江龙湖天街"),
    "B05": ("南京河西万达店", "Nanjing Hexi Wanda", "Nanjing", "南京", 1.0, "河西万达广场"),
    "B06": ("南京新街口德基店", "Nanjing Xinjiekou Deji", "Nanjing", "南京", 1.0, "新街口德基广场"),
}
B06_OPEN = datetime(2026, 3, 1)            # newest branch: a handful of party enquiries, nearly all booked
CROWDED = "B01"                            # weekends packed: crowding complaints
STAR_BRANCH = "B02"                        # star party host 小鹿: best party enquiry -> deposit conversion
INJURY_BRANCH = "B04"                      # trampoline net broken: injuries Mar - Apr 2026, then visits drop
INJURY = (datetime(2026, 3, 1), datetime(2026, 4, 30, 23, 59))
AFTER_INJURY = datetime(2026, 3, 15)
SLOW_BRANCH = "B05"                        # party enquiries answered slowly (the party planner is shared)
FOOD_HIKE = datetime(2025, 10, 1)          # menu prices +25-35 %: fewer families buy food, "overpriced" comments
PROMO = (datetime(2025, 7, 1), datetime(2025, 8, 31, 23, 59))   # summer monthly card at 299 instead of 399

SOURCES = {"dianping": ("大众点评", 0.28), "douyin": ("抖音", 0.32), "walk_in": ("商场路过", 0.22),
           "wechat": ("微信社群", 0.10), "referral": ("老带新", 0.08)}
PLATFORM = {"dianping": "大众点评", "douyin": "抖音", "store": "门店", "mini_program": "小程序"}
BUY_P = {"dianping": 0.50, "douyin": 0.72}             # deal seen -> voucher bought
REDEEM_P = {"dianping": 0.87, "douyin": 0.47}          # voucher -> gate check-in (Douyin deal: weekdays only)
MEMBER_P = {"dianping": 0.22, "douyin": 0.07, "walk_in": 0.26, "wechat": 0.30, "referral": 0.36}
AGES = {"1-3": ("1-3岁", 0.24), "3-6": ("3-6岁", 0.50), "6-10": ("6-10岁", 0.26)}
CARDS = {"ten_visit": ("10次卡", 980), "monthly": ("月卡", 399), "annual": ("年卡", 2680)}
TIER_ZH = {"none": "非会员", **{k: v[0] for k, v in CARDS.items()}}
TICKET = {"single": "单次票", "deal_voucher": "团购券", "member_card": "会员卡"}
DEAL_PRICE = {"dianping": 79, "douyin": 69}
SINGLE_PRICE = {"weekday": 128, "weekend": 158}
DAYTYPE = {"weekday": "工作日", "weekend": "周末"}
FOOD = {"kids_meal": ("儿童套餐", 48, 62, 0.40), "drink": ("饮料", 18, 25, 0.29), "snack": ("小吃", 28, 36, 0.20),
        "coffee": ("咖啡", 25, 32, 0.11)}
PARTY = {"basic": ("基础套餐", 1680, 0.64), "deluxe": ("豪华套餐", 2880, 0.36)}
PAYS = {"wechat_pay": ("微信支付", 0.60), "alipay": ("支付宝", 0.29), "bank_card": ("银行卡", 0.07),
        "cash": ("现金", 0.04)}
REFUND_REASON = {"voucher_expired": "团购券过期未用", "injury": "孩子受伤赔付", "party_cancelled": "派对取消退定金",
                 "voucher_refund": "团购券申请退款"}
HOSTS = {"B01": ["阿杰", "糖糖", "大熊"], "B02": ["小鹿", "乐乐", "豆豆"], "B03": ["米粒", "阿宝", "橙子"],
         "B04": ["可可", "小杨", "泡泡"], "B05": ["果果", "阿明", "七七"], "B06": ["朵朵", "小北"]}
STAR_HOST = "小鹿"

TOUCHPOINTS = [
    ("tp_deal_view", "看到团购", "Saw a Dianping/Douyin deal", "awareness", "social", "digital", "marketing",
     "刷到团购|看到团购|团购曝光|点评团购|抖音团购|看到优惠|deal view|saw the deal|deal impression|Douyin deal|Dianping deal"),
    ("tp_ticket_buy", "购票/买团购券", "Ticket or voucher bought", "purchase", "mini_program", "digital", "sales",
     "买票|购票|下单|买团购|买券|团购券|单次票|single ticket|voucher purchase|buy ticket|deal voucher"),
    ("tp_checkin", "入园核销", "Gate check-in (wristband)", "service", "store", "physical", "front_desk",
     "入园|进场|核销|验券|戴手环|检票|到店|check-in|check in|wristband|gate|redeem|visit"),
    ("tp_play_session", "游玩场次", "Play session", "service", "store", "physical", "operations",
     "玩|游玩|畅玩|场次|超时|蹦床|滑梯|球池|play|session|overtime|trampoline"),
    ("tp_food", "餐饮消费", "Food & drinks", "service", "store", "physical", "food_and_beverage",
     "餐饮|吃的|小吃|饮料|水吧|儿童套餐|咖啡|food|snack|drinks|cafe|F&B"),
    ("tp_membership_buy", "办会员卡", "Membership card bought", "loyalty", "store", "physical", "membership",
     "办卡|开卡|买卡|次卡|10次卡|月卡|年卡|会员卡|membership|member card|join|sign up for a card"),
    ("tp_party_enquiry", "派对咨询", "Birthday party enquiry", "consideration", "phone", "digital", "party_sales",
     "生日会咨询|派对咨询|问生日会|问派对|生日派对咨询|party enquiry|party inquiry|birthday enquiry"),
    ("tp_party_booked", "派对预订(付定金)", "Party booked (deposit paid)", "purchase", "mini_program", "digital",
     "party_sales", "订派对|付定金|定金|预订生日会|派对预订|party booking|party booked|deposit"),
    ("tp_party_held", "派对举办", "Party held", "service", "store", "physical", "party_ops",
     "办派对|生日会当天|派对现场|生日会|主持人|party day|party held|birthday party|host"),
    ("tp_membership_renewal", "会员续卡", "Membership renewal", "loyalty", "store", "physical", "membership",
     "续卡|续费|再办卡|续会员|renewal|renew|re-up"),
]
JOURNEYS = [
    ("first_visit", "团购到首次到店", "Deal to first visit", 14, ["tp_deal_view", "tp_ticket_buy", "tp_checkin"]),
    ("membership", "到店办卡", "Visit to membership", 30, ["tp_checkin", "tp_membership_buy"]),
    ("party", "生日派对", "Birthday party", 60, ["tp_party_enquiry", "tp_party_booked", "tp_party_held"]),
    ("renewal", "会员续卡", "Membership renewal", 120, ["tp_membership_buy", "tp_membership_renewal"]),
]

# ---- feedback texts: topic -> (zh list, en list); markers in README / gold.py
ZH = {
    "crowded": ["周末人太多了，滑梯要排好久的队，孩子玩不痛快", "周六下午去的，里面挤得不行，到处都是小朋友，根本看不住",
                "周末别去，人太多太挤了，蹦床区排队二十分钟", "人太多了！建议周末限流，小孩子在里面太挤容易撞到",
                "星期天人太多，球池里全是人，挤得大人都进不去"],
    "clean": ["球池感觉不太干净，球上黏黏的，有点担心卫生", "宝宝才一岁多什么都往嘴里放，希望玩具能多消毒，卫生让人担心",
              "爬行区地垫有点脏，不知道多久消毒一次", "卫生一般，袜子玩完都是黑的，担心细菌",
              "小宝宝区域的玩具看着不干净，消毒记录能不能公示一下"],
    "staff": ["工作人员很贴心，孩子摔了一下马上过来看，还帮忙安抚", "店员小姐姐特别细心，一直在旁边看着小朋友，很放心",
              "工作人员很贴心，帮我们看着孩子让我喝了杯咖啡", "前台和场内的工作人员都很细心耐心，孩子很喜欢她们",
              "服务很贴心，孩子找不到鞋子工作人员帮着找了半天"],
    "good_play": ["孩子玩得很开心，设施很多，下次还来", "娃玩得很开心，滑梯和海洋球都喜欢，出来一身汗",
                  "环境不错，孩子玩得很开心，两个小时一转眼就过去了", "项目挺丰富的，孩子玩得很开心，回家就睡着了"],
    "overtime": ["超时费算得太死了，就超了五分钟也收了30", "超时按半小时收费，出门换鞋排队也算时间，不太合理",
                 "孩子玩得舍不得走，结果超时费又是六十块"],
    "food": ["吃的太贵了，一份薯条36块，一杯果汁25", "餐饮价格太贵，儿童套餐涨到62了，分量还少", "里面的饮料小吃都很贵，又不让带外食",
             "东西太贵了，咖啡32一杯，比商场里的咖啡店还贵", "儿童套餐太贵了，还不如出去商场里吃"],
    "food_ok": ["儿童套餐还可以，孩子吃得挺香", "水吧的果汁很新鲜，玩累了喝一杯正好"],
    "hurt": ["孩子在蹦床区受伤了，额头磕破了，安全网是松的", "我儿子从蹦床上摔下来手腕受伤，现场没有工作人员看着",
             "蹦床区的防护网坏了，孩子受伤流血了，太危险了", "孩子在里面磕到了头，鼓了个大包，希望加强安全巡查",
             "今天孩子在滑梯口被撞受伤，嘴唇磕破了，希望管理一下"],
    "neutral": ["停车有点麻烦，商场车位不好找", "整体还行吧，中规中矩", "手环扫码入园挺方便的，就是寄存柜少了点",
                "一般般，和别家差不多"],
    "voucher": ["抖音买的团购券说周末不能用，白买了", "团购券只能工作日用，买的时候没看清，周末带娃去被拒了",
                "抖音上的券到店才说周末节假日不可用，很坑", "买了券一直没空工作日去，最后过期了，希望能周末也能用"],
    "slow_reply": ["咨询生日派对好几天都没人回复，最后去别家订了", "问了派对套餐和价格，等了三天才回复，太慢了",
                   "派对咨询留了电话一直没人联系我，只好自己打过去", "想给孩子办生日会，问了两次都没人回复"],
    "host": ["派对主持人太棒了，小朋友们玩得超开心，全程不冷场", "主持人小鹿老师特别会带气氛，孩子说这是最好的生日",
             "生日会主持人很专业，游戏安排得很好，家长也轻松", "小鹿老师主持得太好了，强烈推荐给要办生日会的家长",
             "主持人很有亲和力，小寿星特别开心"],
    "party_ok": ["生日会整体不错，布置挺好看的", "派对流程顺利，蛋糕和布置都还可以", "生日派对办得还行，就是时间有点赶"],
    "member": ["办了年卡很划算，基本每周都来", "月卡挺值的，周末带娃来放电", "10次卡用完了，孩子还想来，准备续卡"],
}
EN = {
    "crowded": ["Way too crowded on Saturday, kids were queuing forever for the slide",
                "Sunday afternoon was packed and crowded, impossible to keep an eye on my kid",
                "Avoid weekends, it's so crowded you can barely move in the ball pit"],
    "clean": ["The ball pit didn't look clean, a bit worried about hygiene with a toddler",
              "Hygiene could be better, the toddler area mats looked dirty",
              "My baby puts everything in her mouth, hope toys are sanitized more often"],
    "staff": ["Staff were really caring, one of them comforted my son when he fell",
              "Very attentive and caring staff, they kept an eye on the little ones",
              "The staff are so caring and patient with toddlers"],
    "good_play": ["Kids had a blast, lots to do, will come back", "My daughter had a blast on the slides",
                  "Great place for a rainy day, the kids had a blast"],
    "overtime": ["The overtime charge is too strict, 5 minutes over and we paid 30 yuan",
                 "Overtime fee counts the time spent putting shoes back on, not fair"],
    "food": ["Food is overpriced, 36 yuan for fries", "Drinks and snacks are way overpriced and no outside food allowed",
             "Overpriced cafe, 32 for a coffee"],
    "food_ok": ["The kids meal was decent", "Fresh juice at the cafe, nice after playing"],
    "hurt": ["My son got hurt on the trampoline, the safety net was loose",
             "Our daughter got hurt at the slide and nobody from staff was around",
             "Child got hurt, cut his lip on the trampoline frame. Please fix the netting"],
    "neutral": ["Parking at the mall is a hassle", "It's ok, nothing special", "Wristband check-in is quick, lockers are few"],
    "voucher": ["Bought the Douyin voucher and was told it is not valid on weekends",
                "The voucher is weekday only, which wasn't clear when I bought it"],
    "slow_reply": ["Asked about a birthday party and nobody got back to me for days",
                   "Took three days to get a reply about party packages, we booked elsewhere"],
    "host": ["The party host was amazing, the kids loved every minute", "Xiaolu the host was fantastic, best birthday ever",
             "Great party host, very professional and fun"],
    "party_ok": ["Party was fine, decorations were nice", "Birthday party went smoothly overall"],
    "member": ["Annual card is great value, we come every week", "The monthly card pays off if you come on weekends"],
}
SENT = {"crowded": "neg", "clean": "neg", "staff": "pos", "good_play": "pos", "overtime": "neg", "food": "neg",
        "food_ok": "pos", "hurt": "neg", "neutral": "neu", "voucher": "neg", "slow_reply": "neg", "host": "pos",
        "party_ok": "neu", "member": "pos"}
RATING = {"crowded": (2, 3), "clean": (2, 3), "staff": (5, 5), "good_play": (4, 5), "overtime": (2, 3),
          "food": (1, 3), "food_ok": (4, 5), "hurt": (1, 2), "neutral": (3, 4), "voucher": (1, 2),
          "slow_reply": (1, 2), "host": (5, 5), "party_ok": (3, 4), "member": (4, 5)}
TOPIC_TP = {"crowded": "tp_play_session", "clean": "tp_play_session", "staff": "tp_play_session",
            "good_play": "tp_play_session", "overtime": "tp_play_session", "food": "tp_food", "food_ok": "tp_food",
            "hurt": "tp_play_session", "neutral": "tp_checkin", "voucher": "tp_ticket_buy",
            "slow_reply": "tp_party_enquiry", "host": "tp_party_held", "party_ok": "tp_party_held",
            "member": "tp_membership_buy"}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    customers, events, orders, feedback = [], [], [], []
    ids = {"e": 0, "o": 0, "f": 0, "v": 0, "p": 0, "q": 0, "m": 0}

    def nid(kind, prefix, width):
        ids[kind] += 1
        return f"{prefix}{ids[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    def pick(d, idx=None):
        keys = list(d)
        w = np.array([d[k][idx] if idx is not None else d[k] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def daytype(t):
        return "weekend" if t.weekday() >= 5 else "weekday"

    def bcols(cust):
        b = BRANCHES[cust["branch_id"]]
        return dict(branch_id=cust["branch_id"], branch=b[0], branch_en=b[1], city=b[2], 城市=b[3])

    def ev(cust, t, tp, **kw):
        r = dict(event_id=nid("e", "E", 7), customer_id=cust["customer_id"], ts=fmt(t), touchpoint_id=tp,
                 session_id=None, action=None, device=None, channel=None, **bcols(cust), day_type=daytype(t),
                 日期类型=DAYTYPE[daytype(t)])
        r.update(kw)
        if t <= END:
            events.append(r)
        return r

    def order(cust, t, amount, otype, otype_zh, status="paid", channel="store", device=None, pay=None, **kw):
        if pay is None:
            pay = pick(PAYS, 1) if channel == "store" else ("wechat_pay" if rng.random() < 0.7 else "alipay")
        pay_zh = "平台支付" if pay == "platform" else PAYS[pay][0]
        r = dict(order_id=nid("o", "O", 6), customer_id=cust["customer_id"], ts=fmt(t), amount=f"{amount:.2f}",
                 status=status, channel=channel, device=device, order_type=otype, 订单类型=otype_zh,
                 payment_method=pay, 支付方式=pay_zh, **bcols(cust))
        r.update(kw)
        orders.append(r)
        return r

    def fb(cust, t, topic, channel, dated=True, rating=True, nps=None, lang=None, host=None, tp=None):
        if t > END + D(days=2):        # the export was taken on 2026-07-02
            return
        if lang is None:
            lang = "en" if rng.random() < (0.2 if BRANCHES[cust["branch_id"]][2] == "Shanghai" else 0.05) else "zh"
        texts = (EN if lang == "en" else ZH)[topic]
        text = texts[int(rng.integers(len(texts)))]
        if topic == "host" and (host != STAR_HOST) and ("小鹿" in text or "Xiaolu" in text):
            text = ZH["host"][0] if lang == "zh" else EN["host"][0]
        lo, hi = RATING[topic]
        feedback.append(dict(feedback_id=nid("f", "F", 5), text=text, ts=fmt(t) if dated else None,
                             customer_id=cust["customer_id"], touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                             rating=int(lo + rng.integers(hi - lo + 1)) if rating else None, nps=nps, language=lang,
                             sentiment_label=SENT[topic], **bcols(cust), child_age_band=cust["child_age_band"],
                             孩子年龄段=cust["孩子年龄段"], host_name=host))

    def slot(t, weekend_p, age):
        """a visit time on or after t: weekend with probability weekend_p, else the next weekday."""
        want_weekend = rng.random() < weekend_p
        t_min, day = t, t
        while True:
            for _ in range(8):
                if (day.weekday() >= 5) == want_weekend:
                    break
                day += D(days=1)
            if day.weekday() >= 5:
                h = u(9.6, 17.5)
            elif age == "1-3" and rng.random() < 0.6:
                h = u(9.6, 11.5)
            else:
                h = u(15.0, 19.0)
            r = day.replace(hour=int(h), minute=int((h % 1) * 60), second=int(rng.integers(60)))
            if r > t_min:
                return r
            day = (day + D(days=1)).replace(hour=0, minute=0)

    def is_weekend(t):
        return t.weekday() >= 5

    def injury_window(cust, t):
        return cust["branch_id"] == INJURY_BRANCH and INJURY[0] <= t <= INJURY[1]

    def visit(cust, t, mode, card=None, voucher=None, platform=None):
        """One visit: optional ticket purchase, gate check-in, play session (checkout), food. Returns (end, hurt)."""
        vid = nid("v", "V", 6)
        dt = daytype(t)
        if mode == "ticket":
            ch = "store" if rng.random() < 0.55 else "mini_program"
            dev = cust["phone_os"] if ch == "mini_program" else None
            tb = t - D(minutes=float(u(1, 12)))
            ev(cust, tb, "tp_ticket_buy", session_id=vid, action="pay", channel=ch, device=dev, platform=ch,
               平台=PLATFORM[ch], ticket_type="single", 票种=TICKET["single"])
            if ch == "mini_program" and rng.random() < 0.04:
                order(cust, tb - D(minutes=float(u(1, 5))), SINGLE_PRICE[dt], "ticket", "门票", status="cancelled",
                      channel=ch, device=dev, item="single_ticket", 商品="单次票", ticket_type="single",
                      票种=TICKET["single"], day_type=dt)
            order(cust, tb, SINGLE_PRICE[dt], "ticket", "门票", channel=ch, device=dev, item="single_ticket",
                  商品="单次票", ticket_type="single", 票种=TICKET["single"], day_type=dt)
            tt = "single"
        elif mode == "voucher":
            tt = "deal_voucher"
        else:
            tt = "member_card"
        ev(cust, t, "tp_checkin", session_id=vid, action="check_in", channel="store", ticket_type=tt,
           票种=TICKET[tt], voucher_id=voucher, platform=platform, 平台=PLATFORM.get(platform),
           card_type=card, 卡种=CARDS[card][0] if card else None)
        if cust["visits"] == 0 or rng.random() < 0.07:
            order(cust, t + D(minutes=1), 15 * (1 + int(rng.random() < 0.3)), "socks", "防滑袜", item="socks",
                  商品="防滑袜")
        cust["visits"] += 1
        age = cust["child_age_band"]
        mean = {"1-3": 84, "3-6": 106, "6-10": 97}[age] + (8 if dt == "weekend" else 0)
        dur = max(25.0, float(rng.normal(mean, 20)))
        over = max(0, int(round(dur - 120)))
        fee = 30 * int(np.ceil(over / 30)) if over > 0 else 0
        tend = t + D(minutes=dur)
        ev(cust, tend, "tp_play_session", session_id=vid, action="check_out", channel="store",
           session_minutes=int(round(dur)), included_minutes=120, overtime_minutes=over, overtime_fee=fee)
        if fee:
            order(cust, tend + D(minutes=1), fee, "overtime", "超时费", item="overtime", 商品="超时费",
                  overtime_minutes=over)
        ate = rng.random() < (0.50 if t < FOOD_HIKE else 0.32)
        if ate:
            tf = t + D(minutes=float(u(15, max(16, dur - 5))))
            k = 1 + int(rng.random() < 0.35)
            amt = 0
            items = []
            for _ in range(k):
                it = pick(FOOD, 3)
                items.append(it)
                amt += FOOD[it][1] if t < FOOD_HIKE else FOOD[it][2]
            main_it = items[0]
            ev(cust, tf, "tp_food", session_id=vid, action="pay", channel="store", item=main_it, 商品=FOOD[main_it][0])
            order(cust, tf, amt, "food", "餐饮", item=main_it, 商品=FOOD[main_it][0], items_count=k)
        hurt = rng.random() < (0.09 if injury_window(cust, t) else 0.0006)
        if hurt:
            if rng.random() < 0.8:
                fb(cust, tend + D(hours=float(u(1, 30))), "hurt", "ticket", dated=rng.random() > 0.08, rating=False)
            if rng.random() < 0.35:
                fb(cust, tend + D(hours=float(u(3, 72))), "hurt", "dianping", dated=rng.random() > 0.12)
            if rng.random() < 0.7:
                amt = 10 * int(u(15, 60))
                order(cust, tend + D(days=float(u(1, 6))), amt, "refund", "退款", status="refunded",
                      refund_reason="injury", 退款原因=REFUND_REASON["injury"], item="refund", 商品="退款")
            return tend, True
        # comments after a visit
        r = rng.random()
        if r < 0.11:
            ch = "wechat_survey" if r < 0.065 else ("dianping" if r < 0.097 else "douyin")
            w = {"crowded": (0.75 if cust["branch_id"] == CROWDED else 0.17) if dt == "weekend" else 0.025,
                 "clean": 0.45 if age == "1-3" else 0.06, "staff": 0.2, "good_play": 0.3,
                 "overtime": 0.12 if fee else 0.005, "neutral": 0.12,
                 "food": (0.55 if t >= FOOD_HIKE else 0.10) if ate else 0.0,
                 "food_ok": (0.06 if t >= FOOD_HIKE else 0.14) if ate else 0.0,
                 "member": 0.08 if card else 0.0}
            topic = pick(w)
            if ch == "wechat_survey":
                fb(cust, tend + D(hours=float(u(0.5, 20))), topic, ch)
            elif ch == "dianping":
                fb(cust, tend + D(hours=float(u(1, 60))), topic, ch, dated=rng.random() > 0.12)
            else:
                fb(cust, tend + D(hours=float(u(1, 60))), topic, ch, dated=rng.random() > 0.1, rating=False)
        return tend, False

    def party(cust, t):
        """Birthday party enquiry -> deposit -> party held. Returns the party time or None."""
        bid = cust["branch_id"]
        pid = nid("p", "PT", 5)
        ch = pick({"phone": 0.4, "mini_program": 0.35, "store": 0.25})
        dev = cust["phone_os"] if ch == "mini_program" else None
        ev(cust, t, "tp_party_enquiry", session_id=pid, action="submit", channel=ch, device=dev)
        p = {"B02": 0.84, "B06": 0.97, "B05": 0.40}.get(bid, 0.52)
        if bid == INJURY_BRANCH and t >= AFTER_INJURY:
            p = 0.25
        slow = bid == SLOW_BRANCH
        if rng.random() > p:
            if slow and rng.random() < 0.3:
                fb(cust, t + D(days=float(u(2, 8))), "slow_reply", "ticket" if rng.random() < 0.6 else "dianping",
                   dated=rng.random() > 0.1, rating=False)
            return None
        tb = t + (D(days=float(u(1.5, 9.5))) if slow and rng.random() < 0.85 else D(days=float(rng.exponential(0.9)) + 0.04))
        if tb > END:
            return None
        pk = pick(PARTY, 2)
        hosts = HOSTS[bid]
        host = STAR_HOST if bid == STAR_BRANCH and rng.random() < 0.6 else hosts[int(rng.integers(len(hosts)))]
        guests = int(rng.integers(8, 26))
        bch = "mini_program" if rng.random() < 0.6 else "store"
        bdev = cust["phone_os"] if bch == "mini_program" else None
        ev(cust, tb, "tp_party_booked", session_id=pid, action="pay_deposit", channel=bch, device=bdev,
           party_package=pk, 派对套餐=PARTY[pk][0], host_name=host, guests=guests)
        th = slot(tb + D(days=float(u(5, 35))), 1.0, "3-6").replace(hour=int(rng.choice([10, 14, 17])), minute=0)
        cancel = rng.random() < 0.07 or th > END
        dep = order(cust, tb, 500, "party_deposit", "派对定金", channel=bch, device=bdev, item=pk,
                    商品=PARTY[pk][0], party_id=pid, party_package=pk, 派对套餐=PARTY[pk][0])
        if cancel:
            if th <= END:
                dep["status"] = "refunded"
                dep["refund_reason"], dep["退款原因"] = "party_cancelled", REFUND_REASON["party_cancelled"]
            return None
        ev(cust, th, "tp_party_held", session_id=pid, action="held", channel="store", party_package=pk,
           派对套餐=PARTY[pk][0], host_name=host, guests=guests)
        order(cust, th + D(hours=2.5), PARTY[pk][1] - 500, "party_balance", "派对尾款", item=pk, 商品=PARTY[pk][0],
              party_id=pid, party_package=pk, 派对套餐=PARTY[pk][0], guests=guests)
        if rng.random() < 0.55:
            topic = pick({"host": 0.85 if host == STAR_HOST else 0.33, "party_ok": 0.45,
                          "crowded": 0.25 if bid == CROWDED else 0.03, "food": 0.12 if th >= FOOD_HIKE else 0.03})
            score = {"host": (9, 10), "party_ok": (6, 8), "crowded": (3, 6), "food": (4, 7)}[topic]
            fb(cust, th + D(hours=float(u(3, 48))), topic, "party_survey", host=host,
               nps=score[0] + int(rng.random() * (score[1] - score[0] + 1)),
               tp="tp_party_held" if topic in ("host", "party_ok", "crowded") else "tp_food")
        return th

    def buy_card(cust, t, first, card=None):
        if card is None:
            promo = PROMO[0] <= t <= PROMO[1]
            card = pick({"ten_visit": 0.30, "monthly": 0.60, "annual": 0.10} if promo else
                        {"ten_visit": 0.45, "monthly": 0.35, "annual": 0.20})
        price = CARDS[card][1]
        promo_card = card == "monthly" and PROMO[0] <= t <= PROMO[1]
        if promo_card:
            price = 299
        ch = "store" if first or rng.random() < 0.5 else "mini_program"
        dev = cust["phone_os"] if ch == "mini_program" else None
        mid = nid("m", "MC", 5)
        ev(cust, t, "tp_membership_buy" if first else "tp_membership_renewal", session_id=mid, action="pay",
           channel=ch, device=dev, card_type=card, 卡种=CARDS[card][0], promo="summer_299" if promo_card else None)
        order(cust, t, price, "membership", "会员卡", channel=ch, device=dev, item=card, 商品=CARDS[card][0],
              card_type=card, 卡种=CARDS[card][0], purchase_type="new" if first else "renewal",
              购买类型="新办" if first else "续卡", promo="summer_299" if promo_card else None)
        cust["tier"], cust["会员等级"] = card, TIER_ZH[card]
        cust["cards"] += 1
        return card, promo_card

    # signup days: summer holiday and winter holiday busier, slow growth
    ndays = (END.date() - START.date()).days + 1
    w = np.ones(ndays)
    for k in range(ndays):
        d = START + D(days=k)
        w[k] *= 1.0 + 0.25 * k / ndays
        if d.month in (7, 8):
            w[k] *= 1.75
        if (d.month == 1 and d.day >= 15) or (d.month == 2 and d.day <= 25):
            w[k] *= 1.3
        if d.weekday() >= 5:
            w[k] *= 1.6
    cw = np.cumsum(w) / w.sum()
    days = np.searchsorted(cw, rng.random(N), side="right")

    for i in range(N):
        t0 = START + D(days=int(days[i]), hours=float(u(9, 22)))
        if t0 > END - D(hours=3):
            t0 = END - D(days=1)
        bw = {b: v[4] for b, v in BRANCHES.items() if b != "B06" or t0 >= B06_OPEN}
        if t0 >= datetime(2026, 4, 1):
            bw[INJURY_BRANCH] *= 0.45
        bid = pick(bw)
        src = pick(SOURCES, 1)
        age = pick(AGES, 1)
        b = BRANCHES[bid]
        cust = dict(customer_id=f"C{i + 1:05d}", signup_at=fmt(t0), segment=None, region=b[3],
                    acquisition_channel=src, tier="none", 会员等级=TIER_ZH["none"], 来源渠道=SOURCES[src][0],
                    child_age_band=age, 孩子年龄段=AGES[age][0], branch_id=bid, branch=b[0], branch_en=b[1],
                    city=b[2], 城市=b[3], mall=b[5], first_ticket_type=None, 首次票种=None,
                    phone_os="ios" if rng.random() < (0.58 if b[2] == "Shanghai" else 0.45) else "android",
                    parent_role=pick({"mother": 0.64, "father": 0.26, "grandparent": 0.10}),
                    child_gender="boy" if rng.random() < 0.52 else "girl", visits=0, cards=0)
        customers.append(cust)
        wk_p = {"1-3": 0.45, "3-6": 0.62, "6-10": 0.72}[age]

        # ---- how the first visit happens
        first_t, mode, voucher, plat = None, None, None, None
        if src in ("wechat", "referral", "walk_in") and rng.random() < 0.14:
            # came to ask about a birthday party first
            th = party(cust, t0)
            if th is None or rng.random() > 0.35:
                continue
            first_t, mode = slot(th + D(days=float(u(2, 30))), wk_p, age), "ticket"
        elif src in ("dianping", "douyin"):
            dev = cust["phone_os"]
            ev(cust, t0, "tp_deal_view", action="view", channel="social", device=dev, platform=src,
               平台=PLATFORM[src], deal_id=f"{src}_deal_{'2h' if src == 'douyin' else 'weekend'}")
            if rng.random() > BUY_P[src]:
                if rng.random() < 0.25:    # looked again a few days later, still did not buy
                    ev(cust, t0 + D(days=float(u(1, 10))), "tp_deal_view", action="view", channel="social",
                       device=dev, platform=src, 平台=PLATFORM[src])
                continue
            tb = t0 + D(minutes=float(u(1, 30))) if rng.random() < 0.6 else t0 + D(days=float(rng.exponential(2)))
            if tb > END:
                continue
            voucher = nid("q", "VC", 6)
            ev(cust, tb, "tp_ticket_buy", session_id=voucher, action="pay", channel="social", device=dev,
               platform=src, 平台=PLATFORM[src], ticket_type="deal_voucher", 票种=TICKET["deal_voucher"],
               voucher_id=voucher)
            vo = order(cust, tb, DEAL_PRICE[src], "ticket", "门票", channel=src, device=dev, pay="platform",
                       item="deal_voucher", 商品="团购券", ticket_type="deal_voucher", 票种=TICKET["deal_voucher"],
                       voucher_id=voucher)
            cust["first_ticket_type"], cust["首次票种"] = "deal_voucher", TICKET["deal_voucher"]
            if rng.random() > REDEEM_P[src]:
                # never redeemed: most Dianping vouchers are refunded automatically; Douyin ones often just expire
                if rng.random() < (0.9 if src == "dianping" else 0.45) and tb + D(days=30) <= END:
                    vo["status"] = "refunded"
                    vo["refund_reason"] = "voucher_expired" if rng.random() < 0.6 else "voucher_refund"
                    vo["退款原因"] = REFUND_REASON[vo["refund_reason"]]
                if src == "douyin" and rng.random() < 0.16:
                    fb(cust, tb + D(days=float(u(3, 30))), "voucher", "douyin", dated=rng.random() > 0.1,
                       rating=False)
                continue
            gap = float(rng.exponential(4.5)) + 0.1
            wp = 0.0 if src == "douyin" else wk_p        # Douyin deal: weekdays only
            first_t, mode, plat = slot(tb + D(days=gap), wp, age), "voucher", src
        else:
            first_t, mode = slot(t0, wk_p, age), "ticket"
            if mode == "ticket":
                cust["first_ticket_type"] = cust["first_ticket_type"] or "single"
        if first_t is None or first_t > END - D(hours=4):
            continue
        if cust["first_ticket_type"] is None:
            cust["first_ticket_type"] = "single"
        cust["首次票种"] = TICKET[cust["first_ticket_type"]]

        # ---- ticket visits until a card is bought (or they stop coming)
        t, member_at, hurt = first_t, None, False
        for k in range(6):
            tend, hurt = visit(cust, t, mode, voucher=voucher, platform=plat)
            if hurt:
                break
            pm = MEMBER_P[src] * (1.0 if k == 0 else 0.7) * (0.8 if age == "6-10" else 1.0)
            if cust["branch_id"] == INJURY_BRANCH and t >= AFTER_INJURY:
                pm *= 0.4
            if rng.random() < pm:
                member_at = tend + D(minutes=float(u(3, 20))) if rng.random() < 0.7 else \
                    tend + D(days=float(u(1, 20)))
                break
            if rng.random() > (0.22 if src == "douyin" else 0.36):
                break
            t = slot(tend + D(days=float(rng.exponential(22)) + 2), wk_p, age)
            if t > END - D(hours=4):
                break
            mode, voucher, plat = "ticket", None, None
            if src in ("dianping", "douyin") and rng.random() < 0.3:     # another deal voucher
                tv = t - D(days=float(u(0.2, 5)))
                voucher, plat = nid("q", "VC", 6), src
                ev(cust, tv, "tp_deal_view", action="view", channel="social", device=cust["phone_os"],
                   platform=src, 平台=PLATFORM[src])
                ev(cust, tv + D(minutes=float(u(1, 20))), "tp_ticket_buy", session_id=voucher, action="pay",
                   channel="social", device=cust["phone_os"], platform=src, 平台=PLATFORM[src],
                   ticket_type="deal_voucher", 票种=TICKET["deal_voucher"], voucher_id=voucher)
                order(cust, tv + D(minutes=20), DEAL_PRICE[src], "ticket", "门票", channel=src, device=cust["phone_os"],
                      pay="platform", item="deal_voucher", 商品="团购券", ticket_type="deal_voucher",
                      票种=TICKET["deal_voucher"], voucher_id=voucher)
                mode = "voucher"
                if src == "douyin" and t.weekday() >= 5:
                    t = slot(t, 0.0, age)
        party_done = False
        if not hurt and member_at is not None and member_at <= END:
            first = True
            card = None
            while True:
                card, promo_card = buy_card(cust, member_at, first, card)
                first = False
                # member visits on this card
                if card == "ten_visit":
                    n_max, valid, gap = 10, 180, 6.0
                elif card == "monthly":
                    n_max, valid, gap = 40, 30, 3.6
                else:
                    n_max, valid, gap = 200, 365, 8.0
                exp_at = member_at + D(days=valid)
                t = slot(member_at + D(days=float(rng.exponential(gap * 0.5)) + 0.5), wk_p, age)
                n, last = 0, member_at
                while n < n_max and t < exp_at and t <= END - D(hours=4):
                    if not party_done and rng.random() < 0.011 * (gap / 4.0):
                        party_done = True
                        party(cust, t - D(days=float(u(0.5, 3))))
                    _, hurt = visit(cust, t, "member", card=card)
                    n += 1
                    last = t
                    if hurt:
                        break
                    g = gap
                    if cust["branch_id"] == INJURY_BRANCH and t >= AFTER_INJURY:
                        g = gap / 0.45
                    t = slot(t + D(days=float(rng.exponential(g)) + 0.4), wk_p, age)
                if hurt:
                    break
                pr = {"ten_visit": 0.60, "monthly": 0.50, "annual": 0.55}[card]
                if promo_card:
                    pr = 0.22
                if card == "ten_visit" and n < n_max:
                    break              # data ended or card expired unused
                nxt = last + D(days=float(rng.exponential(5)) + 0.3) if card == "ten_visit" else \
                    exp_at + D(days=float(u(-3, 8)))
                if cust["branch_id"] == INJURY_BRANCH and nxt >= AFTER_INJURY:
                    pr *= 0.45
                if nxt > END or rng.random() > pr:
                    break
                member_at = nxt.replace(hour=int(u(10, 20)), minute=int(u(0, 59)))
                if rng.random() < 0.2:
                    card = pick({"ten_visit": 0.4, "monthly": 0.35, "annual": 0.25})
        elif not hurt and rng.random() < 0.05:
            tq = first_t + D(days=float(u(5, 120)))
            if tq < END:
                party(cust, tq)

    # segments
    for c in customers:
        if c["visits"] == 0:
            c["segment"] = "prospect"
        elif c["cards"] == 0:
            c["segment"] = "new" if c["visits"] == 1 else "returning"
        else:
            c["segment"] = "member"
    last_card = {}
    for e in events:
        if e["touchpoint_id"] in ("tp_membership_buy", "tp_membership_renewal"):
            last_card[e["customer_id"]] = (e["ts"], e["card_type"])
    for c in customers:
        if c["customer_id"] in last_card:
            ts, card = last_card[c["customer_id"]]
            valid = {"ten_visit": 180, "monthly": 30, "annual": 365}[card]
            if datetime.strptime(ts, "%Y-%m-%d %H:%M:%S") + D(days=valid) < END:
                c["segment"] = "lapsed"
        c.pop("visits")
        c.pop("cards")

    # a few event rows re-sent by the gate scanner (exact duplicates, loaded once)
    for k in range(15):
        events.append(dict(events[(k * 7919 + 13) % len(events)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", sorted(orders, key=lambda r: r["order_id"]))
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    names = list(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([["" if r.get(c) is None else r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
