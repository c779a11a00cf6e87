"""行者 TrailMates: an outdoor hiking club running guided group day hikes and multi-day treks near five cities,
2025-01-01 .. 2026-07-31 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
N_NEW = 4200                               # customers who first find the club in the data window
N_LEGACY = 500                             # members who joined in 2024 (no discovery / join events)
D = timedelta
REFUND_SLOW = datetime(2026, 3, 1)         # finance moves refunds to a weekly manual batch
HZ_BUS = datetime(2026, 3, 1)              # Hangzhou switches coach contractor (Xihu Coach -> Yuntong Coach)
ANDROID_PAY = (datetime(2025, 9, 1), datetime(2025, 10, 1))   # WeChat Pay callback bug on Android
LIN_FROM = datetime(2026, 6, 20)
HOLIDAY_TREKS = {datetime(2025, 5, 1, 6, 30), datetime(2025, 10, 1, 6, 30), datetime(2025, 10, 4, 6, 30),
                 datetime(2026, 5, 1, 6, 30)}   # golden-week and May-day departures (every city)           # new guide 小林 Lin starts in Chengdu (small group)

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现行者", "Discovered TrailMates", "awareness", "social", "digital", "marketing",
     "发现|看到推文|看到笔记|小红书笔记|马蜂窝|微信群|朋友推荐|种草|discover|found us|saw a post|first touch"),
    ("tp_join", "加入会员", "Joined as member", "consideration", "mini_program", "digital", "membership",
     "入会|注册会员|成为会员|加入俱乐部|开卡|join|joined|membership|became a member|register"),
    ("tp_signup", "报名活动", "Signed up for a hike", "consideration", "mini_program", "digital", "operations",
     "报名|报名活动|报团|约活动|sign up|sign-up|registration|booked a hike|enrol"),
    ("tp_waitlist", "进入候补", "Waitlisted", "consideration", "mini_program", "digital", "operations",
     "候补|排队|满员候补|候补名单|waitlist|waiting list|wait-listed|hike full"),
    ("tp_pay", "支付活动费", "Fee paid", "purchase", "mini_program", "digital", "finance",
     "付款|缴费|交钱|支付|活动费|pay|paid|payment|fee paid|checkout"),
    ("tp_briefing", "行前说明", "Pre-trip briefing", "service", "social", "digital", "operations",
     "行前通知|行前会|行前说明会|出行须知|装备清单|briefing|pre-trip briefing|pre-trip info|kit list"),
    ("tp_cancel_weather", "天气原因取消", "Cancelled for weather", "service", "other", "digital", "operations",
     "天气取消|下雨取消|台风取消|活动取消|取消通知|weather cancellation|rained off|called off|cancelled for weather"),
    ("tp_refund", "退款到账", "Refund paid", "service", "other", "digital", "finance",
     "退款|退费|退钱|到账|refund|refunded|money back"),
    ("tp_checkin", "集合签到", "Checked in at meeting point", "service", "store", "physical", "guides",
     "签到|集合|集合点|到场|上车点|check in|check-in|meeting point|showed up|turned up"),
    ("tp_trailhead", "抵达起点", "Arrived at trailhead", "service", "other", "physical", "transport",
     "到达起点|到山脚|大巴|包车|坐车|上山口|trailhead|bus|coach|shuttle|arrived at the start"),
    ("tp_dropout", "中途下撤", "Dropped out midway", "service", "other", "physical", "guides",
     "下撤|中途退出|没走完|劝返|半路放弃|drop out|dropped out|quit midway|turned back|did not finish|DNF"),
    ("tp_complete", "完成路线", "Completed the route", "service", "other", "physical", "guides",
     "完成|走完|完赛|收队|全程走完|finished|completed|completion|finish the route"),
    ("tp_review", "晒照评价领队", "Photos & guide rating", "loyalty", "mini_program", "digital", "community",
     "评价|打分|给领队打分|晒照片|上传照片|点评|review|rating|rate the guide|photos|upload photos"),
    ("tp_upgrade", "报名进阶线路", "Signed up for a harder trek", "loyalty", "mini_program", "digital", "operations",
     "进阶|升级线路|报名更难的|挑战更高难度|harder trek|step up|upgrade|harder hike|next level"),
    ("tp_support", "客服咨询", "Customer service", "service", "phone", "digital", "customer_service",
     "客服|咨询|投诉|工单|打电话|support|customer service|hotline|ticket|complaint"),
]
JOURNEYS = [
    ("acquire", "发现到首次付款", "Discovery to first paid hike", 14,
     ["tp_discover", "tp_join", "tp_signup", "tp_pay"]),
    ("hike_day", "报名到走完", "Sign-up to finish", 45,
     ["tp_signup", "tp_pay", "tp_briefing", "tp_checkin", "tp_complete"]),
    ("step_up", "走完到进阶", "Finish to harder trek", 90, ["tp_complete", "tp_review", "tp_upgrade"]),
]
# city key: en, zh, weight, region
CITIES = {"bj": ("Beijing", "北京", 0.26, "华北"), "sh": ("Shanghai", "上海", 0.26, "华东"),
          "hz": ("Hangzhou", "杭州", 0.16, "华东"), "cd": ("Chengdu", "成都", 0.17, "西南"),
          "sz": ("Shenzhen", "深圳", 0.15, "华南")}
DIFF = {"easy": ("入门", 1), "moderate": ("进阶", 2), "challenging": ("挑战", 3)}
TRIP_ZH = {"day_hike": "单日徒步", "multi_day_trek": "多日徒步"}
LEVEL_ZH = {"beginner": "新手", "intermediate": "中级", "advanced": "资深"}
ACQ = {"wechat_group": "微信群", "xiaohongshu": "小红书", "mafengwo": "马蜂窝", "friend_referral": "朋友推荐"}
TIER_ZH = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
# guides: key -> (zh, en, city, weight within city)
GUIDES = {"lynx": ("山猫", "Lynx", "bj", 1.0), "bear": ("大熊", "Bear", "bj", 1.0), "jay": ("阿杰", "Jay", "bj", 0.8),
          "k": ("老K", "Kevin", "sh", 1.4), "aya": ("阿雅", "Aya", "sh", 1.0), "stone": ("石头", "Stone", "sh", 0.8),
          "deer": ("小鹿", "Deer", "hz", 1.0), "cloud": ("云朵", "Cloud", "hz", 1.0),
          "zhou": ("老周", "Zhou", "cd", 1.0), "fish": ("飞鱼", "Flyfish", "cd", 1.0), "lin": ("小林", "Lin", "cd", 0.0),
          "feng": ("风哥", "Feng", "sz", 1.0), "tu": ("阿土", "Tu", "sz", 1.0)}
# routes: city, zh, en, difficulty, fee, bus hours, walking hours (days for treks), trek?, popular
ROUTES = [
    ("bj", "香山-八大处", "Fragrant Hills to Badachu", "easy", 99, 0.9, 4.0, False, False),
    ("bj", "海坨山", "Mt. Haituo", "moderate", 149, 2.0, 6.0, False, False),
    ("bj", "灵山", "Mt. Lingshan", "challenging", 199, 2.5, 8.0, False, False),
    ("bj", "箭扣长城", "Jiankou Great Wall", "challenging", 219, 2.2, 7.0, False, True),
    ("bj", "五台山朝台", "Wutai Pilgrimage Trek", "challenging", 2380, 5.0, 3, True, False),
    ("sh", "佘山环线", "Sheshan Loop", "easy", 99, 1.3, 3.5, False, False),
    ("sh", "天目山", "Mt. Tianmu", "moderate", 159, 3.0, 6.0, False, False),
    ("sh", "大明山", "Mt. Daming", "challenging", 199, 3.2, 7.0, False, False),
    ("sh", "武功山", "Wugong Mountain Trek", "moderate", 1580, 5.0, 2, True, True),
    ("hz", "九溪十八涧", "Jiuxi Creek", "easy", 89, 0.6, 3.5, False, False),
    ("hz", "杭州十八峰", "Hangzhou 18 Peaks", "moderate", 139, 0.5, 7.0, False, False),
    ("hz", "龙门秘境", "Longmen Gorge", "challenging", 189, 1.5, 7.0, False, False),
    ("hz", "徽杭古道", "Huihang Ancient Trail Trek", "moderate", 1280, 3.0, 2, True, False),
    ("cd", "青城后山", "Qingcheng Back Mountain", "easy", 109, 1.5, 5.0, False, False),
    ("cd", "赵公山", "Mt. Zhaogong", "moderate", 149, 1.8, 6.0, False, False),
    ("cd", "九顶山", "Mt. Jiuding", "challenging", 229, 2.5, 8.0, False, False),
    ("cd", "四姑娘山大峰", "Siguniang Dafeng Trek", "challenging", 1980, 4.5, 3, True, True),
    ("sz", "马峦山", "Maluan Mountain", "easy", 89, 0.8, 4.0, False, False),
    ("sz", "梧桐山", "Mt. Wutong", "moderate", 129, 0.6, 6.0, False, False),
    ("sz", "东西涌穿越", "Dongxichong Coastal Traverse", "moderate", 149, 1.3, 6.0, False, True),
    ("sz", "七娘山", "Mt. Qiniang", "challenging", 179, 1.4, 7.0, False, False),
    ("sz", "船底顶", "Chuandiding Trek", "challenging", 1680, 4.0, 2, True, False),
]
GEAR = [("trekking_poles", "登山杖", 20), ("rain_jacket", "冲锋衣", 40), ("headlamp", "头灯", 10),
        ("backpack", "登山包", 30), ("sleeping_bag", "睡袋", 60)]
REGION = {"bj": "north", "sh": "east", "hz": "east", "cd": "west", "sz": "south"}
BUS_VENDOR = {"bj": "Jinglv Coach", "sh": "Shenlv Coach", "cd": "Rongcheng Coach", "sz": "Pengcheng Coach"}


SEASON = {1: 0.45, 2: 0.4, 3: 0.85, 4: 1.0, 5: 1.0, 6: 0.8, 7: 0.65, 8: 0.7, 9: 0.9, 10: 1.0, 11: 0.9, 12: 0.55}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def cancel_p(city: str, t: datetime) -> float:
    m = t.month
    if city in ("sh", "hz"):
        return {6: 0.28, 7: 0.15, 9: 0.10}.get(m, 0.04)
    if city == "sz":
        return {5: 0.10, 6: 0.16, 7: 0.15, 8: 0.16, 9: 0.14}.get(m, 0.03)
    if city == "bj":
        return {7: 0.16, 8: 0.12, 1: 0.05, 12: 0.05}.get(m, 0.03)
    return {7: 0.12, 8: 0.12}.get(m, 0.03)


# ---------------------------------------------------------------- feedback texts
TEXTS = {
    "guide_kind": {
        "zh": ["领队{guide}特别专业，一路讲解植物和地形，还一直照顾落在后面的人", "{guide}很贴心，帮我调登山杖，还分了能量胶给大家",
               "领队很负责，安全意识强，每个路口都清点人数，点赞", "{guide}人超好，耐心又专业，下次还跟他/她走",
               "领队和收队配合得很好，专业又温柔，新手也不慌"],
        "en": ["{guide} was professional and so kind, kept checking on the slower hikers.",
               "Great guide, explained the route and made sure nobody was left behind.",
               "Our guide was patient and really knew the mountain. Would hike with {guide} again."]},
    "scenery": {
        "zh": ["{route}风景太美了，山顶云海绝了，照片随手一拍都是大片", "{route}景色超棒，一路溪水和竹林，值回票价",
               "秋天的{route}太好看了，满山红叶", "这条线风景真的美，拍了好多照片已经上传了", "日出太震撼了，值得早起"],
        "en": ["Beautiful scenery on {route}, the views from the ridge were stunning.",
               "Amazing views all the way, best hike I have done near the city.",
               "The scenery was breathtaking, uploaded loads of photos."]},
    "group_vibe": {
        "zh": ["认识了一群志同道合的朋友，氛围很好", "团里的小伙伴都很友好，一路有说有笑", "一个人报名也不尴尬，大家互相照顾，下次还来"],
        "en": ["Met a lovely group of people, great atmosphere.", "Friendly group, felt welcome even as a first-timer."]},
    "neutral": {
        "zh": ["还行吧，中规中矩", "整体一般，路线有点普通", "可以，就是人有点多", "体验还可以，没什么特别的", "下次看时间吧"],
        "en": ["It was okay, nothing special.", "Fine overall, a bit crowded.", "Decent hike, average organisation."]},
    "pace_too_fast": {
        "zh": ["领队节奏太快了，根本跟不上，一路都在赶路", "{guide}带得太快，新手完全跟不上，最后只能下撤",
               "走得太急了，连拍照的时间都没有，像在拉练", "配速太快，中途也不怎么休息，膝盖受不了",
               "节奏太快，后面的人被甩开很远，收队也不管", "{guide}一直催着走，体力一般的人很难坚持下来",
               "说是进阶线，实际上配速按资深驴友来的，太累了"],
        "en": ["The pace was far too fast, I could not keep up and had to turn back.",
               "{guide} pushed the group way too hard, no breaks, felt like a race.",
               "Pace too fast for a moderate hike, the slower people were left behind."]},
    "bus_late": {
        "zh": ["大巴迟到了快一个小时，到起点都快中午了", "包车司机找不到路，晚到山脚一个多小时，后面的行程全压缩了",
               "车晚点太严重，六点半集合八点才出发", "换了新的大巴公司以后老是晚点，司机也不熟路", "去起点的车来得太晚了，白白在集合点等了很久"],
        "en": ["The bus was almost an hour late, we reached the trailhead at noon.",
               "Coach turned up late again and the driver got lost on the way to the trailhead.",
               "Waited ages at the meeting point because the bus was late."]},
    "refund_slow": {
        "zh": ["活动因为下雨取消了，退款一个星期还没到账", "天气取消的退款太慢了，催了客服两次才说在走流程",
               "取消都十天了钱还没退回来，以后不敢报名了", "退款怎么这么慢？以前第二天就退了", "退费迟迟不到账，客服只会说在处理"],
        "en": ["Hike was cancelled for rain and my refund still has not arrived after a week.",
               "Refund is painfully slow, had to chase customer service twice.",
               "Why does a weather refund take ten days now? It used to be next day."]},
    "waitlist": {
        "zh": ["候补了好几次都没排上，热门线路太难报了", "一放名额就满，候补一直不转正", "候补到出发前一天才告诉我没位置，太晚了"],
        "en": ["Stuck on the waitlist again, popular hikes fill up in minutes.",
               "Waitlisted three times and never got a place."]},
    "price_high": {
        "zh": ["活动费有点贵，一天一百多加上装备租赁不便宜", "多日线路套餐价格偏高，住宿条件一般", "今年涨价了，性价比没以前高"],
        "en": ["A bit pricey for a day hike once you add gear rental.", "The trek package is expensive for the basic lodging."]},
    "gear_poor": {
        "zh": ["租的登山杖锁扣坏了，走到一半缩回去了", "租的冲锋衣有股味道，还不防水", "头灯电池没电，装备检查不到位"],
        "en": ["The rented trekking poles kept collapsing.", "Rental rain jacket leaked, not waterproof at all."]},
    "payment_fail": {
        "zh": ["安卓手机在小程序里付款一直失败，报名没成功", "微信支付点了没反应，华为手机，付了三次都不行",
               "付款页面一直转圈，名额就这么被别人抢了"],
        "en": ["Payment keeps failing in the mini-program on my Android phone.",
               "Could not pay the hike fee on Android, the WeChat Pay screen just spins."]},
}
SENT = {"guide_kind": "positive", "scenery": "positive", "group_vibe": "positive", "neutral": "neutral",
        "pace_too_fast": "negative", "bus_late": "negative", "refund_slow": "negative", "waitlist": "negative",
        "price_high": "negative", "gear_poor": "negative", "payment_fail": "negative"}
TOPIC_TP = {"guide_kind": "tp_review", "scenery": "tp_complete", "group_vibe": "tp_complete",
            "neutral": "tp_complete", "pace_too_fast": "tp_complete", "bus_late": "tp_trailhead",
            "refund_slow": "tp_refund", "waitlist": "tp_waitlist", "price_high": "tp_pay",
            "gear_poor": "tp_checkin", "payment_fail": "tp_pay"}


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.hikes = []
        self.n_ev = self.n_fb = self.n_ord = self.n_part = 0

    def pick(self, items, weights):
        w = np.asarray(weights, dtype=float)
        return items[int(self.r.choice(len(items), p=w / w.sum()))]

    def logn(self, median, sigma):
        return float(median * np.exp(self.r.normal(0, sigma)))

    def work_time(self, t):
        base = datetime(t.year, t.month, t.day)
        if t.hour < 9:
            return base + D(hours=9 + float(self.r.uniform(0, 2)))
        if t.hour >= 19:
            return base + D(days=1, hours=9 + float(self.r.uniform(0, 2)))
        return t

    # ------------------------------------------------------------ hike calendar
    def calendar(self):
        r = self.r
        day = datetime(2025, 1, 3)
        holidays = {d.replace(hour=0) for d in HOLIDAY_TREKS}
        peak = (4, 5, 9, 10)
        n = 0
        while day < END + D(days=60):
            wd = day.weekday()
            # one weather draw per region and day: a storm calls off (almost) every hike in that region
            storms = {reg: r.random() < cancel_p(ck, day) for reg, ck in (("east", "sh"), ("north", "bj"),
                                                                          ("west", "cd"), ("south", "sz"))}
            if datetime(2026, 6, 1) <= day <= datetime(2026, 6, 30) and day != datetime(2026, 6, 14):
                storms["east"] = True       # the 2026 plum-rain season: rain every weekend but one
            for ck in CITIES:
                routes = [x for x in ROUTES if x[0] == ck]
                days_r = [x for x in routes if not x[7]]
                treks = [x for x in routes if x[7]]
                k_day = 0
                if wd == 5:
                    k_day = 1
                elif wd == 6 and (day.month in peak or day.isocalendar()[1] % 2 == 0):
                    k_day = 1
                chosen = []
                if k_day:
                    idx = r.choice(len(days_r), k_day, replace=False)
                    chosen += [days_r[int(i)] for i in idx]
                trek_day = (wd == 4 and day.isocalendar()[1] % 3 == ck_mod(ck)) or day in holidays
                if trek_day and not (day.month in (1, 2) and day not in holidays):
                    chosen += treks
                for rt in chosen:
                    n += 1
                    gkeys = [g for g, v in GUIDES.items() if v[2] == ck]
                    gw = [GUIDES[g][3] for g in gkeys]
                    if ck == "cd" and day >= LIN_FROM:
                        gw = [1.0 if g == "lin" else w for g, w in zip(gkeys, gw)]
                    guide = self.pick(gkeys, gw)
                    start = day + D(hours=6.5 if rt[7] else 7.5)
                    cancelled = storms[REGION[ck]] and r.random() < (0.75 if rt[7] else 0.92)
                    bus = self.logn(rt[5], 0.12)
                    if ck == "hz" and day >= HZ_BUS and not rt[7]:
                        bus += self.logn(0.85, 0.4)
                    vendor = BUS_VENDOR.get(ck) or ("Yuntong Coach" if day >= HZ_BUS else "Xihu Coach")
                    walk = rt[6] if not rt[7] else rt[6]
                    self.hikes.append(dict(hike_id=f"HK{day:%y%m%d}{ck.upper()}{n % 100:02d}", city=ck, route=rt,
                                           start=start, guide=guide, cancelled=cancelled, bus=bus, vendor=vendor,
                                           walk=walk, popular=rt[8]))
            day += D(days=1)
        self.by_city = {ck: [h for h in self.hikes if h["city"] == ck] for ck in CITIES}

    # ------------------------------------------------------------ rows
    def ev(self, c, t, tp, action, channel, device, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=kw.pop("session_id", ""), action=action, device=device, channel=channel)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, kind, amount, status, **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["customer_id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, order_type=kind)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, no_ts=False, lang=None, h=None):
        if t is not None and t > END:
            return
        lang = lang or (c["language"] if c else ("en" if self.r.random() < 0.08 else "zh"))
        tpl = TEXTS[topic][lang]
        text = tpl[int(self.r.integers(len(tpl)))]
        if h is not None:
            g = GUIDES[h["guide"]]
            text = text.format(guide=g[0] if lang == "zh" else g[1], route=h["route"][1] if lang == "zh" else
                               h["route"][2])
        else:
            text = text.format(guide="领队" if lang == "zh" else "the guide", route="这条线" if lang == "zh" else
                               "the route")
        sent = SENT[topic]
        if rating is None and channel in ("post_hike_review", "mini_program_feedback"):
            lo, hi = {"positive": (4, 5), "neutral": (3, 4), "negative": (1, 2)}[sent]
            rating = int(self.r.integers(lo, hi + 1))
            if sent == "negative" and self.r.random() < 0.2:
                rating = 3
        if nps is None and channel == "post_hike_review":
            lo, hi = {"positive": (8, 10), "neutral": (6, 8), "negative": (0, 6)}[sent]
            nps = int(self.r.integers(lo, hi + 1))
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts="" if (no_ts or t is None) else fmt(t),
                   customer_id=c["customer_id"] if c else "", touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps)
        if h is not None:
            row.update(self.hike_cols(h))
        elif c is not None:
            row.update(city=c["city"], 城市=c["城市"])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    @staticmethod
    def hike_cols(h):
        rt = h["route"]
        g = GUIDES[h["guide"]]
        return dict(hike_id=h["hike_id"], route=rt[1], route_en=rt[2], difficulty=rt[3], 难度=DIFF[rt[3]][0],
                    trip_type="multi_day_trek" if rt[7] else "day_hike",
                    活动类型=TRIP_ZH["multi_day_trek" if rt[7] else "day_hike"], guide=g[1], 领队=g[0],
                    city=CITIES[h["city"]][0], 城市=CITIES[h["city"]][1])

    # ------------------------------------------------------------ customers
    def customer(self, i, legacy=False):
        r = self.r
        ck = self.pick(list(CITIES), [v[2] for v in CITIES.values()])
        if legacy:
            disc = datetime(2024, 2, 1) + D(days=float(r.uniform(0, 320)))
        else:
            while True:
                t = START + D(days=float(r.uniform(0, (END - START).days - 1)))
                w = 0.5 + 0.7 * (t - START).days / 576
                w *= {1: 0.6, 2: 0.55, 3: 1.0, 4: 1.4, 5: 1.3, 6: 0.9, 7: 0.85, 8: 0.9, 9: 1.2, 10: 1.5, 11: 1.0,
                      12: 0.6}[t.month]
                if r.random() < w / 1.8:
                    disc = datetime(t.year, t.month, t.day) + D(hours=float(r.uniform(8, 23.5)))
                    break
        xhs_w = 0.30 if disc < datetime(2026, 1, 1) else 0.42
        acq = self.pick(list(ACQ), [0.34, xhs_w, 0.14, 0.20])
        level = self.pick(["beginner", "intermediate", "advanced"],
                          [0.62, 0.30, 0.08] if acq == "xiaohongshu" else [0.45, 0.38, 0.17])
        lang = "en" if ck in ("sh", "bj", "sz") and r.random() < 0.09 else "zh"
        os_ = "pc" if acq == "mafengwo" and r.random() < 0.3 else self.pick(["ios", "android"], [0.55, 0.45])
        c = dict(customer_id=f"TM{i:05d}", signup_at="", segment="", region=CITIES[ck][3],
                 acquisition_channel=acq, tier="", hiker_level=level, 徒步水平=LEVEL_ZH[level],
                 city=CITIES[ck][0], 城市=CITIES[ck][1], 获客渠道=ACQ[acq], 会员等级="",
                 age_band=self.pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.17, 0.42, 0.25, 0.11, 0.05]),
                 gender=self.pick(["F", "M"], [0.56, 0.44]), language=lang,
                 wechat_bound="yes" if r.random() < 0.93 else "no")
        c["_ck"], c["_os"], c["_disc"], c["_legacy"] = ck, os_, disc, legacy
        c["_spent"], c["_done"], c["_best"], c["_parts"] = 0.0, 0, 0, 0
        self.customers.append(c)
        return c

    def run(self, c):
        r = self.r
        acq, dev = c["acquisition_channel"], c["_os"]
        if c["_legacy"]:
            c["signup_at"] = fmt(c["_disc"])
            c["_best"] = int(r.integers(1, 3))
            t = START + D(days=float(r.exponential(40)))
        else:
            t = c["_disc"]
            self.ev(c, t, "tp_discover", "view", acq, "pc" if dev == "pc" else dev)
            p_join = {"friend_referral": 0.78, "wechat_group": 0.62, "mafengwo": 0.46, "xiaohongshu": 0.36}[acq]
            if r.random() > p_join:
                return self.finish(c)
            t = t + D(hours=self.logn(2 if acq == "friend_referral" else 14, 1.2))
            if not self.ev(c, t, "tp_join", "submit", "mini_program", dev):
                return self.finish(c)
            c["signup_at"] = fmt(t)
            p_first = {"friend_referral": 0.85, "wechat_group": 0.72, "mafengwo": 0.66, "xiaohongshu": 0.55}[acq]
            if r.random() > p_first:
                # some sign up much later, outside the 14-day window
                if r.random() < 0.25:
                    t = t + D(days=float(r.uniform(20, 120)))
                else:
                    return self.finish(c)
            else:
                t = t + D(hours=self.logn(30, 1.0))
        for _ in range(25):
            if t > END:
                break
            outcome, t_end = self.participation(c, t)
            p_next = {"completed": 0.82, "completed_bad": 0.6, "dropout": 0.45, "noshow": 0.5, "weather": 0.7,
                      "weather_slow": 0.45, "personal": 0.55, "unpaid": 0.35, "waitlist_out": 0.5}[outcome]
            if c["hiker_level"] == "advanced":
                p_next = min(0.9, p_next + 0.1)
            if r.random() > p_next:
                break
            mean = {"beginner": 38, "intermediate": 26, "advanced": 18}[c["hiker_level"]]
            t = t_end + D(days=1 + float(r.exponential(mean)), hours=float(r.uniform(0, 12)))
            while r.random() > SEASON[t.month]:      # fewer hikes in winter and in the summer heat
                t += D(days=float(r.exponential(12)) + 2)
        return self.finish(c)

    def finish(self, c):
        if not c["signup_at"]:
            c["segment"], c["tier"], c["会员等级"] = "prospect", "", ""
            return
        done, spent = c["_done"], c["_spent"]
        c["segment"] = "new" if done <= 1 else ("returning" if done < 6 else "core")
        if c["_legacy"] and done <= 1:
            c["segment"] = "lapsed"
        tier = "gold" if spent >= 3000 else ("silver" if spent >= 1000 else "regular")
        c["tier"], c["会员等级"] = tier, TIER_ZH[tier]

    def choose_hike(self, c, t):
        r = self.r
        level = c["hiker_level"]
        w = {"beginner": [0.70, 0.27, 0.03], "intermediate": [0.22, 0.50, 0.28], "advanced": [0.08, 0.37, 0.55]}[level]
        bump = min(c["_done"], 6) * 0.05
        w = [max(0.02, w[0] - bump), w[1], w[2] + bump]
        diff = self.pick(["easy", "moderate", "challenging"], w)
        p_trek = {"beginner": 0.04, "intermediate": 0.12, "advanced": 0.22}[level] + (0.05 if c["_done"] >= 3 else 0)
        if t.month == 9 or (t.month == 4 and t.day >= 10):     # planning the golden-week / May-day treks
            p_trek *= 1.8
        trek = r.random() < p_trek
        lo, hi = (t + D(days=7), t + D(days=45)) if trek else (t + D(days=2), t + D(days=20))
        cands = [h for h in self.by_city[c["_ck"]] if lo <= h["start"] <= hi and h["route"][7] == trek
                 and (trek or h["route"][3] == diff)]
        if not cands:
            cands = [h for h in self.by_city[c["_ck"]] if t + D(days=2) <= h["start"] <= t + D(days=30)]
        if not cands:
            return None
        wts = [(2.2 if h["popular"] else 1.0) * (4.0 if h["start"] in HOLIDAY_TREKS else 1.0) for h in cands]
        return self.pick(cands, wts)

    def participation(self, c, t):
        """one hike: sign-up → (waitlist) → pay → briefing → (weather cancel → refund) → check-in → trailhead →
        complete / drop out → review; returns (outcome, end time)."""
        r = self.r
        h = self.choose_hike(c, t)
        if h is None:
            return "unpaid", t + D(days=20)
        rt = h["route"]
        trek = rt[7]
        dev = c["_os"] if r.random() < 0.95 else self.pick(["ios", "android"], [0.5, 0.5])
        chn = "web" if dev == "pc" else "mini_program"
        hc = self.hike_cols(h)
        self.n_part += 1
        sess = f"SG{self.n_part:06d}"
        t = max(t, datetime(t.year, t.month, t.day) + D(hours=float(r.uniform(8, 23.5))))
        if t >= h["start"] - D(days=1):
            t = h["start"] - D(days=1, hours=float(r.uniform(2, 10)))
        cancel_at = h["start"] - D(hours=float(r.uniform(14, 36))) if h["cancelled"] else None
        if cancel_at and t >= cancel_at:
            t = cancel_at - D(hours=float(r.uniform(6, 30)))
        month = h["start"].month
        p_wait = 0.34 if h["popular"] else (0.14 if month in (4, 5, 10) else 0.06)
        waitlisted = r.random() < p_wait
        if not self.ev(c, t, "tp_signup", "submit", chn, dev, session_id=sess,
                       signup_status="waitlisted" if waitlisted else "confirmed", **hc):
            return "unpaid", END
        c["_parts"] += 1
        if c["_done"] >= 1 and DIFF[rt[3]][1] > c["_best"]:
            self.ev(c, t + D(seconds=20), "tp_upgrade", "submit", chn, dev, session_id=sess,
                    from_difficulty=[k for k, v in DIFF.items() if v[1] == c["_best"]][0], **hc)
        fee = rt[4] * (1.1 if h["start"] >= datetime(2026, 1, 1) else 1.0)
        fee = float(round(fee))
        kind = "trek_package" if trek else "hike_fee"
        pay_m = self.pick(["wechat_pay", "alipay"], [0.86, 0.14])
        okw = dict(channel=chn, device=dev, payment_method=pay_m, **hc)
        if waitlisted:
            self.ev(c, t + D(seconds=5), "tp_waitlist", "waitlisted", chn, dev, session_id=sess, **hc)
            if r.random() > 0.42:
                if r.random() < 0.09:
                    self.fb(c, h["start"] - D(hours=float(r.uniform(2, 30))), "waitlist", "mini_program_feedback",
                            h=h)
                return "waitlist_out", h["start"]
            tp = h["start"] - D(days=float(r.uniform(1, 6)))
            t = max(tp, t + D(hours=2))
            if cancel_at and t + D(hours=1) >= cancel_at:
                return "waitlist_out", h["start"]
            p_pay = 0.86
        else:
            p_pay = 0.91 if c["acquisition_channel"] != "xiaohongshu" or c["_parts"] > 1 else 0.84
        bug = ANDROID_PAY[0] <= t < ANDROID_PAY[1] and dev == "android"
        if bug:
            p_pay = 0.58
        if r.random() > p_pay:
            self.order(c, t + D(minutes=float(r.uniform(1, 5))), kind, fee, "cancelled", **okw)
            if bug and r.random() < 0.4:
                self.fb(c, t + D(minutes=float(r.uniform(5, 300))), "payment_fail", "mini_program_feedback", h=h)
            return "unpaid", t + D(days=1)
        tpay = t + D(minutes=float(r.uniform(1, 40)))
        if not self.ev(c, tpay, "tp_pay", "success", chn, dev, session_id=sess, amount=fee, **hc):
            return "unpaid", END
        main = self.order(c, tpay, kind, fee, "paid", **okw)
        rows = [main]
        days = rt[6] if trek else 1
        if trek or r.random() < 0.36:
            rows.append(self.order(c, tpay, "insurance", 15.0 * days if not trek else 40.0 * days / 2 + 10, "paid",
                                   related_order_id=main["order_id"], **okw))
        p_gear = {"beginner": 0.30, "intermediate": 0.12, "advanced": 0.05}[c["hiker_level"]] * (1.6 if trek else 1)
        gear = None
        if r.random() < p_gear:
            opts = GEAR if trek else GEAR[:4]
            gear = self.pick(opts, [0.45, 0.25, 0.15, 0.15, 0.3][:len(opts)])
            rows.append(self.order(c, tpay, "gear_rental", gear[2] * days, "paid", item=gear[0], 物品=gear[1],
                                   related_order_id=main["order_id"], **okw))
        spent = sum(float(x["amount"]) for x in rows)
        c["_spent"] += spent
        for x in rows:
            x["participation_id"] = sess
        # personal cancellation
        if r.random() < 0.035:
            tc = tpay + (h["start"] - tpay) * float(r.uniform(0.2, 0.7))
            delay = self.logn(6.5 if tc >= REFUND_SLOW else 1.2, 0.35 if tc >= REFUND_SLOW else 0.5)
            tr = self.work_time(tc + D(days=delay))
            if tr <= END:
                self.ev(c, tr, "tp_refund", "refunded", "system", "", session_id=sess, refund_reason="personal",
                        refund_amount=round(fee * 0.8 + spent - fee, 2), **hc)
                for x in rows:
                    x["status"], x["refunded_at"], x["refund_reason"] = "refunded", fmt(tr), "personal"
                    x["refund_amount"] = f"{float(x['amount']) * (0.8 if x is main else 1.0):.2f}"
                c["_spent"] -= spent
            return "personal", tc
        # briefing
        tb = h["start"] - D(days=3 if trek else 1) + D(hours=20 + float(r.uniform(0, 2)) - h["start"].hour
                                                        - h["start"].minute / 60)
        read = r.random() < (0.80 if trek else 0.88)
        if read and tb > tpay and (cancel_at is None or tb < cancel_at):
            self.ev(c, tb, "tp_briefing", "attended" if trek else "read", "wechat", dev, session_id=sess, **hc)
        if cancel_at:
            self.ev(c, cancel_at, "tp_cancel_weather", "notified", "wechat", "", session_id=sess,
                    cancel_reason=self.pick(["heavy_rain", "typhoon", "thunderstorm", "high_wind"],
                                            [0.5, 0.2, 0.2, 0.1] if h["city"] in ("sh", "hz", "sz")
                                            else [0.5, 0.0, 0.35, 0.15]), **hc)
            slow = cancel_at >= REFUND_SLOW
            delay = self.logn(6.5, 0.35) if slow else self.logn(1.2, 0.5)
            tr = self.work_time(cancel_at + D(days=delay))
            if tr <= END:
                self.ev(c, tr, "tp_refund", "refunded", "system", "", session_id=sess, refund_reason="weather",
                        refund_amount=round(spent, 2), **hc)
                for x in rows:
                    x["status"], x["refunded_at"], x["refund_reason"] = "refunded", fmt(tr), "weather"
                    x["refund_amount"] = x["amount"]
            c["_spent"] -= spent
            wait = (min(tr, END) - cancel_at).total_seconds() / 86400
            if wait > 4:
                if r.random() < 0.5:
                    self.ev(c, cancel_at + D(days=float(r.uniform(3, min(wait, 8)))), "tp_support", "contact",
                            "phone", "", session_id=sess, contact_reason="refund_status", **hc)
                if r.random() < 0.6:
                    self.fb(c, min(tr, END) - D(hours=float(r.uniform(1, 40))), "refund_slow",
                            self.pick(["mini_program_feedback", "ticket", "wechat_group"], [0.45, 0.35, 0.2]), h=h,
                            no_ts=r.random() < 0.05)
                return "weather_slow", tr
            return "weather", tr
        # hike day
        p_ns = {"easy": 0.11, "moderate": 0.07, "challenging": 0.045}[rt[3]] * (0.4 if trek else 1)
        if not read:
            p_ns += 0.06
        if r.random() < p_ns:
            return "noshow", h["start"]
        tci = h["start"] - D(minutes=float(r.uniform(0, 25)))
        if not self.ev(c, tci, "tp_checkin", "checked_in", "offline", "", session_id=sess, **hc):
            return "noshow", END
        depart = h["start"] + D(minutes=10)
        tth = depart + D(hours=h["bus"])
        if not self.ev(c, tth, "tp_trailhead", "arrived", "offline", "", session_id=sess, bus_vendor=h["vendor"],
                       **hc):
            return "noshow", END
        p_drop = {"easy": 0.02, "moderate": 0.045, "challenging": 0.075}[rt[3]]
        if c["hiker_level"] == "beginner" and rt[3] == "challenging":
            p_drop *= 2.6
        if h["guide"] == "k":
            p_drop *= 3.4
        if h["guide"] == "lin":
            p_drop = 0.42
        p_drop = min(p_drop, 0.6)
        late = h["bus"] - rt[5] > 0.6
        if r.random() < p_drop:
            span = (rt[6] if not trek else 10.0) * 0.7
            td = tth + D(hours=float(r.uniform(0.8, max(1.0, span))))
            self.ev(c, td, "tp_dropout", "dropped_out", "offline", "", session_id=sess,
                    dropout_reason=self.pick(["exhausted", "knee_pain", "unwell", "injury"], [0.5, 0.25, 0.15, 0.1]),
                    **hc)
            if r.random() < 0.4:
                topic = "pace_too_fast" if r.random() < (0.75 if h["guide"] == "k" else 0.35) else "neutral"
                self.review(c, td + D(hours=float(r.uniform(3, 60))), h, sess, dev, topic)
                return "dropout", td
            return "dropout", td
        if trek:
            tdone = datetime(h["start"].year, h["start"].month, h["start"].day) + D(days=days - 1, hours=16) \
                + D(minutes=float(r.uniform(0, 120)))
        else:
            tdone = tth + D(hours=rt[6] * float(np.exp(r.normal(0, 0.08))) * (0.85 if h["guide"] == "k" else 1))
        if not self.ev(c, tdone, "tp_complete", "finished", "offline", "", session_id=sess, **hc):
            return "completed", END
        c["_done"] += 1
        c["_best"] = max(c["_best"], DIFF[rt[3]][1])
        outcome = "completed"
        if r.random() < 0.42:
            if h["guide"] == "k" and r.random() < 0.33:
                topic = "pace_too_fast"
            elif late and r.random() < 0.7:
                topic = "bus_late"
            elif gear and r.random() < 0.12:
                topic = "gear_poor"
            else:
                topic = self.pick(["guide_kind", "scenery", "group_vibe", "neutral", "price_high"],
                                  [0.34, 0.32, 0.13, 0.14, 0.08 if h["start"].year == 2026 else 0.04])
            self.review(c, tdone + D(hours=float(r.uniform(2, 70))), h, sess, dev, topic)
            if SENT[topic] == "negative":
                outcome = "completed_bad"
        return outcome, tdone

    def review(self, c, t, h, sess, dev, topic):
        r = self.r
        sent = SENT[topic]
        lo, hi = {"positive": (4, 5), "neutral": (3, 4), "negative": (1, 2)}[sent]
        rating = int(r.integers(lo, hi + 1))
        if sent == "negative" and r.random() < 0.25:
            rating = 3
        photos = int(r.integers(0, 12)) if sent != "negative" else int(r.integers(0, 4))
        if self.ev(c, t, "tp_review", "submit", "mini_program", dev, session_id=sess, guide_rating=rating,
                   photos_uploaded=photos, **self.hike_cols(h)):
            self.fb(c, t + D(seconds=30), topic, "post_hike_review", tp=None, rating=rating, h=h,
                    no_ts=r.random() < 0.02)

    def extra_feedback(self):
        """小红书 notes (no customer, a third undated) and WeChat-group messages (some undated)."""
        r = self.r
        topics = ["scenery", "guide_kind", "group_vibe", "pace_too_fast", "bus_late", "refund_slow", "price_high",
                  "neutral", "waitlist"]
        for _ in range(110):
            topic = self.pick(topics, [0.3, 0.14, 0.12, 0.06, 0.05, 0.07, 0.08, 0.1, 0.08])
            t = START + D(days=float(r.uniform(0, 576)), hours=float(r.uniform(8, 23)))
            hs = [h for h in self.hikes if h["start"] <= t and h["start"] >= t - D(days=10)]
            h = hs[int(r.integers(len(hs)))] if hs and topic not in ("refund_slow", "waitlist", "price_high") else None
            self.fb(None, t, topic, "xiaohongshu", no_ts=r.random() < 0.33, h=h)
        members = [c for c in self.customers if c["signup_at"]]
        for _ in range(90):
            c = members[int(r.integers(len(members)))]
            topic = self.pick(topics, [0.2, 0.2, 0.2, 0.05, 0.05, 0.05, 0.05, 0.15, 0.05])
            t = START + D(days=float(r.uniform(0, 576)), hours=float(r.uniform(8, 23)))
            self.fb(c, t, topic, "wechat_group", no_ts=r.random() < 0.25)


def ck_mod(ck):
    return {"bj": 0, "sh": 1, "hz": 2, "cd": 0, "sz": 1}[ck]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen(np.random.default_rng(SEED))
    g.calendar()
    for i in range(1, N_LEGACY + 1):
        g.run(g.customer(i, legacy=True))
    for i in range(N_LEGACY + 1, N_LEGACY + N_NEW + 1):
        g.run(g.customer(i))
    g.extra_feedback()
    # a few exact duplicate event rows (re-sent by the mini-program's event queue): same event_id, same content
    dup_idx = g.r.choice(len(g.events), 25, replace=False)
    g.events.extend(dict(g.events[int(i)]) for i in dup_idx)
    g.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write(out, g)


def write(out: Path, g: Gen) -> None:
    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for row in rows:
                w.writerow({k: row.get(k, "") for k in cols})

    dump("touchpoints.csv", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                       "aliases"], tp)) | {"name": tp[1]} for tp in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    dump("customers.csv", g.customers,
         ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "hiker_level", "徒步水平",
          "city", "城市", "获客渠道", "会员等级", "age_band", "gender", "language", "wechat_bound"])
    hcols = ["hike_id", "route", "route_en", "difficulty", "难度", "trip_type", "活动类型", "guide", "领队", "city",
             "城市"]
    dump("events.csv", g.events,
         ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"] + hcols +
         ["signup_status", "amount", "from_difficulty", "cancel_reason", "refund_reason", "refund_amount",
          "bus_vendor", "dropout_reason", "guide_rating", "photos_uploaded", "contact_reason"])
    dump("orders.csv", g.orders,
         ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "item", "物品",
          "related_order_id", "participation_id", "payment_method"] + hcols +
         ["refunded_at", "refund_reason", "refund_amount"])
    dump("feedback.csv", g.feedback,
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps"] + hcols)
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
