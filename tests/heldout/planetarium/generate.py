"""StarDome 星穹科学馆: a science museum and planetarium chain (Beijing, Wuhan, Xi'an, Toronto) selling timed
admission tickets with optional dome-show seats online (WeChat mini program, app, web), school group reservations,
memberships, a gift shop, an audio guide app and accessibility requests. 2024-07-01 .. 2026-05-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md.
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260601
START = datetime(2024, 7, 1)
END = datetime(2026, 5, 31, 21, 0, 0)
D = timedelta
N_CUST = 5200
BJ_DOME_RISE = datetime(2025, 7, 1)                       # Beijing dome show 60 -> 80 CNY per seat
SEAT_BUG = (datetime(2025, 9, 8), datetime(2025, 9, 30, 23, 59))   # Android app 5.2.0: seat map blank
AB = (datetime(2025, 11, 15), datetime(2026, 1, 15, 23, 59))       # smart seat pick A/B test
AUDIO_V3 = datetime(2025, 10, 1)                          # audio guide app v3: crashes grow month by month

BR = {  # id: zh, en, city zh, currency, weight, admission, dome price
    "BJ": ("北京馆", "Beijing", "北京", "CNY", 0.32, 40, 60),
    "WH": ("武汉馆", "Wuhan", "武汉", "CNY", 0.22, 30, 45),
    "XA": ("西安馆", "Xi'an", "西安", "CNY", 0.20, 30, 45),
    "TO": ("多伦多馆", "Toronto", "多伦多", "CAD", 0.26, 25, 15),
}
BIDS = list(BR)
SHOWS = [  # zh, en, start, end
    ("宇宙的起源", "Origins of the Universe", date(2024, 7, 1), date(2026, 5, 31)),
    ("黑洞探秘", "Black Holes", date(2024, 7, 1), date(2025, 6, 30)),
    ("火星之旅", "Journey to Mars", date(2025, 3, 1), date(2026, 5, 31)),
    ("极光之夜", "Aurora Nights", date(2025, 11, 1), date(2026, 3, 31)),
]
SEASON = {1: 0.9, 2: 1.1, 3: 0.8, 4: 0.9, 5: 1.0, 6: 0.9, 7: 1.5, 8: 1.6, 9: 0.8, 10: 1.2, 11: 0.8, 12: 0.9}
TYPES = ["family", "adult", "student", "senior", "teacher"]
TYPE_P = [0.40, 0.26, 0.16, 0.10, 0.08]
TYPE_ZH = {"family": "亲子家庭", "adult": "成人", "student": "学生", "senior": "长者", "teacher": "教师"}
SEGMENTS = ["new", "returning", "vip", "at_risk"]
SEG_P = [0.34, 0.40, 0.10, 0.16]
ACQ_CN = (["wechat", "douyin", "xiaohongshu", "meituan", "school_partner", "walk_in"], [0.3, 0.2, 0.18, 0.14, 0.08, 0.1])
ACQ_TO = (["google", "instagram", "school_partner", "tourism_toronto", "walk_in"], [0.35, 0.2, 0.1, 0.2, 0.15])
AUDIO_TOUR = ["天文展厅", "航天展厅", "儿童科学乐园", "Cosmos Hall", "Space Flight Gallery"]

TPS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social_ad", "社交媒体广告", "Social media ad", "awareness", "social", "digital", "市场部 Marketing",
     "抖音广告|小红书种草|Instagram ad|社媒投放"),
    ("tp_show_list", "节目与票务页", "Shows & tickets page", "consideration", "app", "digital", "票务 Ticketing",
     "排片页|节目单|购票首页|show listings|what's on"),
    ("tp_seat_select", "穹幕选座", "Dome seat selection", "purchase", "app", "digital", "票务 Ticketing",
     "选座|座位图|seat map|pick seats"),
    ("tp_checkout", "支付下单", "Checkout", "purchase", "app", "digital", "票务 Ticketing",
     "付款|支付页|结算|payment|pay page"),
    ("tp_gate", "入馆核验", "Entry gate", "service", "store", "physical", "场馆运营 Venue Ops",
     "检票|闸机|入馆|admission scan|front gate"),
    ("tp_dome_show", "穹幕影院观影", "Dome theatre show", "service", "store", "physical", "场馆运营 Venue Ops",
     "球幕|天象厅|穹幕电影|planetarium show|dome"),
    ("tp_audio_app", "语音导览App", "Audio guide app", "service", "app", "digital", "数字产品 Digital",
     "导览|讲解App|audio guide|guide app"),
    ("tp_gift_shop", "文创礼品店", "Gift shop", "purchase", "store", "physical", "零售 Retail",
     "文创店|纪念品|商店|museum shop|souvenirs"),
    ("tp_member_page", "会员权益页", "Membership page", "consideration", "app", "digital", "会员 Membership",
     "年卡介绍|会员介绍|membership info"),
    ("tp_member_buy", "开通会员", "Membership purchase", "purchase", "app", "digital", "会员 Membership",
     "办年卡|买年卡|join membership|buy membership"),
    ("tp_member_renew", "会员续费", "Membership renewal", "loyalty", "app", "digital", "会员 Membership",
     "年卡续费|续卡|renew membership"),
    ("tp_group_form", "团体预约申请", "School group request", "consideration", "web", "digital", "团体教育 Education",
     "团体预约|学校团队申请|研学预约|field trip request|group booking form"),
    ("tp_group_confirm", "团体预约确认", "Group booking confirmation", "purchase", "email", "digital",
     "团体教育 Education", "团体审核|团队确认|group confirmation|booking approved"),
    ("tp_group_visit", "团体到馆", "School group visit", "service", "store", "physical", "团体教育 Education",
     "研学到馆|团队入馆|field trip day|group arrival"),
    ("tp_access_request", "无障碍服务申请", "Accessibility request", "service", "web", "digital",
     "客户服务 Guest Services", "无障碍|轮椅预约|手语讲解|accessibility|wheelchair booking|sensory-friendly"),
    ("tp_refund", "退票", "Refunds", "service", "app", "digital", "客户服务 Guest Services",
     "退款|退票申请|refund request|cancel ticket"),
    ("tp_cs_hotline", "客服热线", "Guest services hotline", "service", "phone", "physical", "客户服务 Guest Services",
     "400电话|客服电话|call centre|phone line"),
]
JOURNEYS = [
    ("online_ticket", "线上购票入馆", "Online ticketing", ["tp_show_list", "tp_seat_select", "tp_checkout", "tp_gate"], 7),
    ("school_group", "学校团体预约", "School group reservation", ["tp_group_form", "tp_group_confirm", "tp_group_visit"], 60),
    ("membership", "会员开通", "Membership sign-up", ["tp_member_page", "tp_member_buy"], 14),
]

TEXT = {  # topic: (sentiment, zh list, en list)
    "dome_wow": ("pos", ["穹幕太震撼了，孩子看完一直说想当宇航员", "天象厅的《宇宙的起源》超级好看，值回票价", "球幕效果一流，星空很真实",
                         "穹幕电影很震撼，讲解也专业"],
                 ["The dome show was stunning, my kids were speechless", "Best planetarium show I've seen, the stars felt real",
                  "Loved the dome theatre, worth every dollar"]),
    "kids_loved": ("pos", ["小朋友玩得很开心，儿童科学乐园互动多", "亲子游首选，孩子不肯走", "带娃来的，动手实验区很棒"],
                   ["Kids had a blast at the hands-on science area", "Great family day out, our children loved it"]),
    "staff_helpful": ("pos", ["工作人员很耐心，帮我们找了座位", "志愿者讲解很细致，服务好"],
                      ["Staff were super friendly and helpful", "Volunteer explainer was great, very patient"]),
    "entry_queue": ("neg", ["周末入馆排队排了四十分钟，检票太慢", "入口排队太长了，闸机只开两个", "排队入馆等太久，预约了还要排"],
                    ["Waited 40 minutes in the entry queue on Saturday", "Entry line was ridiculously long even with timed tickets"]),
    "shop_price": ("neg", ["文创店东西太贵了，一个冰箱贴五十", "纪念品价格偏高"],
                   ["Gift shop is overpriced", "Souvenirs way too expensive for what they are"]),
    "neck_strain": ("neg", ["前排看穹幕脖子好酸，选座时没提示", "坐第一排仰着头看完全程，脖子疼"],
                    ["Front row seats in the dome = neck pain, no warning when picking seats",
                     "Sat in the front rows, had to crane my neck the whole show"]),
    "dome_price": ("neg", ["穹幕票涨到80了，一家三口光看电影就240，太贵", "天象厅涨价了，性价比变低", "穹幕票价涨得太多，不会再加购了"],
                   ["Dome tickets went up to 80 yuan, too pricey now", "The dome show price hike is steep"]),
    "seat_map_bug": ("neg", ["安卓App选座页面白屏，根本选不了座", "选座加载不出来，座位图一直转圈，买不了票", "App选座闪退，试了好几次都不行"],
                     ["Seat map is blank on my Android phone, can't pick seats", "The seat selection page won't load on the app"]),
    "audio_crash": ("neg", ["导览App一直闪退，听到一半就退出了", "语音导览打不开，更新后总是崩溃", "讲解App闪退，白下载了"],
                    ["Audio guide app keeps crashing halfway through", "The guide app crashes every time I open a stop",
                     "Audio guide app crashed after the update, useless"]),
    "audio_good": ("pos", ["语音导览内容很丰富，讲得很好", "导览App讲解很有意思"],
                   ["The audio guide was informative and fun", "Audio guide narration was great"]),
    "group_slow": ("neg", ["团体预约提交两周了还没审核，学校这边很着急", "研学团队申请审核太慢，没人回复", "学校团体预约确认太慢了，打电话也没人说清楚"],
                   ["Our school group request took forever to get confirmed", "Still waiting on group booking approval, no reply"]),
    "access_good": ("pos", ["轮椅借用很方便，工作人员全程协助", "无障碍通道设置得很好，感谢"],
                    ["Wheelchair was ready when we arrived, thank you", "The sensory-friendly session was perfect for my son"]),
    "access_bad": ("neg", ["提前申请了手语讲解，到了却没人安排", "无障碍申请没人回复，到馆才知道轮椅借完了"],
                   ["Requested an ASL interpreter but nobody showed up", "Accessibility request was ignored, no wheelchair available"]),
    "refund_slow": ("neg", ["退票退款一周了还没到账", "退款太慢，客服说要等七个工作日"],
                    ["Refund still hasn't arrived after a week", "Refund process is slow and confusing"]),
    "neutral": ("neu", ["还行吧，中规中矩", "展品有点旧，整体一般", "一般般，停车不太方便"],
                ["It was ok, nothing special", "Decent visit, parking was a bit of a hassle"]),
}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    days = []
    d = START.date()
    while d <= END.date():
        days.append(d)
        d += D(days=1)
    dw = np.array([SEASON[x.month] * (1.7 if x.weekday() >= 5 else 1.0) for x in days])
    dw /= dw.sum()

    def pick(seq, p=None):
        return seq[rng.choice(len(seq), p=p)]

    def rand_day(after: datetime) -> date | None:
        for _ in range(20):
            x = days[rng.choice(len(days), p=dw)]
            if datetime.combine(x, datetime.min.time()) >= after:
                return x
        return None

    def at(x: date, h0=9.0, h1=21.0) -> datetime:
        return datetime.combine(x, datetime.min.time()) + D(hours=float(rng.uniform(h0, h1)))

    customers, events, orders, feedback, exps = [], [], [], [], []
    ev_n = [0]
    od_n = [0]
    fb_n = [0]

    def ev(c, ts, tp, action, channel=None, device="", session="", **extra):
        ev_n[0] += 1
        b = BR[c["home_branch_id"]]
        row = dict(event_id=f"E{ev_n[0]:07d}", customer_id=c["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=session, action=action, device=device,
                   channel=channel or c["_channel"], branch=b[0], branch_en=b[1],
                   app_version="", show_title="", seat_zone="", party_size="", order_id="", request_type="")
        row.update(extra)
        events.append(row)
        return row

    def order(c, ts, product, amount, status, channel, device, **extra):
        od_n[0] += 1
        b = BR[c["home_branch_id"]]
        row = dict(order_id=f"SD{od_n[0]:06d}", customer_id=c["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   amount=f"{amount:.2f}", status=status, channel=channel, device=device, currency=b[3],
                   branch=b[0], branch_en=b[1], product=product, visit_date="", party_size="", dome_seats="",
                   dome_unit_price="", show_title="", seat_zone="", membership_plan="", membership_action="",
                   group_size="", grade_level="", refund_reason="")
        row.update(extra)
        orders.append(row)
        return row

    def fb(c, ts, tp, channel, topic, rating=True, with_nps=False, lang=None):
        fb_n[0] += 1
        sent, zh, en = TEXT[topic]
        lang = lang or (c["language"] if c else ("zh" if rng.random() < 0.65 else "en"))
        text = pick(zh if lang == "zh" else en)
        r = ""
        if rating:
            r = {"pos": int(rng.choice([4, 5], p=[0.3, 0.7])), "neu": 3,
                 "neg": int(rng.choice([1, 2, 3], p=[0.45, 0.45, 0.1]))}[sent]
        n = ""
        if with_nps:
            n = {"pos": int(rng.choice([8, 9, 10], p=[0.2, 0.4, 0.4])), "neu": int(rng.choice([6, 7, 8])),
                 "neg": int(rng.integers(0, 7))}[sent]
        b = BR[c["home_branch_id"]] if c else BR[pick(BIDS, [0.32, 0.22, 0.2, 0.26])]
        feedback.append(dict(feedback_id=f"FB{fb_n[0]:05d}", text=text,
                             ts=ts.strftime("%Y-%m-%d %H:%M:%S") if ts else "",
                             customer_id=c["customer_id"] if c else "", touchpoint_id=tp, channel=channel,
                             rating=r, nps=n, branch=b[0], branch_en=b[1], language=lang, topic=topic,
                             sentiment_label=sent))

    for i in range(N_CUST):
        bid = pick(BIDS, [BR[b][4] for b in BIDS])
        vt = pick(TYPES, TYPE_P)
        seg = pick(SEGMENTS, SEG_P)
        if rng.random() < 0.45:
            signup = datetime(2022, 1, 1) + D(days=float(rng.uniform(0, 900)))
        else:
            signup = at(days[rng.choice(len(days), p=dw)], 8, 22) - D(hours=1)
        if bid == "TO":
            ch = pick(["web", "app"], [0.55, 0.45])
            dev = "pc" if ch == "web" else pick(["ios", "android"], [0.62, 0.38])
            lang = "zh" if rng.random() < 0.18 else "en"
            acq = pick(*ACQ_TO)
        else:
            ch = pick(["mini_program", "app", "web"], [0.5, 0.3, 0.2])
            dev = "pc" if ch == "web" else pick(["ios", "android"], [0.4, 0.6])
            lang = "en" if rng.random() < 0.04 else "zh"
            acq = pick(*ACQ_CN)
        if vt == "teacher":
            acq = "school_partner"
        c = dict(customer_id=f"C{i + 1:05d}", signup_at=signup.strftime("%Y-%m-%d %H:%M:%S"), segment=seg,
                 region=BR[bid][2], acquisition_channel=acq, tier="none", home_branch_id=bid,
                 home_branch=BR[bid][0], home_branch_en=BR[bid][1], visitor_type=vt, visitor_type_zh=TYPE_ZH[vt],
                 country="CA" if bid == "TO" else "CN", language=lang, primary_device=dev, _channel=ch, primary_channel=ch,
                 ab_variant=pick(["control", "smart_seat"]), _access=rng.random() < 0.04)
        customers.append(c)
        t0 = max(signup, START)
        n_trips = int(rng.poisson(1.5)) + (1 if rng.random() < 0.85 else 0)
        if seg == "vip":
            n_trips += 2
        member_until = None
        ab_logged = False
        for _ in range(n_trips):
            day = rand_day(t0)
            if day is None:
                continue
            sess = f"S{ev_n[0] + 1:07d}"
            t = at(day, 8, 22)
            appv = ("5.2.0" if SEAT_BUG[0] <= t <= SEAT_BUG[1] else ("5.1.4" if t < SEAT_BUG[0] else "5.3.1")) \
                if ch == "app" else ""
            if rng.random() < 0.3:
                ev(c, t - D(days=float(rng.uniform(0.5, 5))), "tp_social_ad", "view", channel="social", device=dev)
            ev(c, t, "tp_show_list", "view", device=dev, session=sess, app_version=appv)
            if rng.random() > 0.62:
                continue
            t += D(minutes=float(rng.uniform(1, 8)))
            bug = ch == "app" and dev == "android" and SEAT_BUG[0] <= t <= SEAT_BUG[1]
            ev(c, t, "tp_seat_select", "fail" if bug and rng.random() < 0.8 else "view", device=dev, session=sess,
               app_version=appv)
            p = 0.55 if seg == "new" else 0.8
            if AB[0] <= t <= AB[1]:
                if not ab_logged:
                    exps.append(dict(experiment_id="smart_seat_pick", variant=c["ab_variant"],
                                     customer_id=c["customer_id"], assigned_at=t.strftime("%Y-%m-%d %H:%M:%S"),
                                     exp_name_zh="智能推荐座位", surface="seat_map"))
                    ab_logged = True
                if c["ab_variant"] == "smart_seat":
                    p = min(0.95, p + 0.12)
            if bug:
                p = 0.18
                if rng.random() < 0.5:
                    fb(c, t + D(minutes=20), "tp_seat_select", pick(["ticket", "app_review"]), "seat_map_bug")
            if rng.random() > p:
                continue
            t += D(minutes=float(rng.uniform(1, 6)))
            party = int({"family": rng.choice([2, 3, 4, 5], p=[0.2, 0.45, 0.28, 0.07]),
                         "adult": rng.choice([1, 2, 3], p=[0.4, 0.5, 0.1]), "student": rng.choice([1, 2, 3]),
                         "senior": rng.choice([1, 2]), "teacher": rng.choice([1, 2, 3])}[vt])
            adm, dome_p = BR[bid][5], BR[bid][6]
            if bid == "BJ" and t >= BJ_DOME_RISE:
                dome_p = 80
            p_dome = 0.58
            if bid == "BJ" and t >= BJ_DOME_RISE:
                p_dome = 0.38
            dome = rng.random() < p_dome
            show = zone = ""
            if dome:
                live = [s for s in SHOWS if s[2] <= t.date() <= s[3]]
                sh = live[rng.choice(len(live))]
                show = sh[1] if bid == "TO" else sh[0]
                zone = pick(["front", "center", "back"], [0.25, 0.5, 0.25])
            amount = party * adm + (party * dome_p if dome else 0)
            ev(c, t, "tp_checkout", "submit", device=dev, session=sess, app_version=appv)
            visit = t + D(days=int(rng.choice([0, 1, 2, 3, 4, 5], p=[0.35, 0.25, 0.15, 0.1, 0.1, 0.05])))
            vday = visit.date()
            status = "paid"
            r = rng.random()
            if r < 0.06:
                status = "cancelled"
            elif r < 0.11:
                status = "refunded"
            o = order(c, t, "ticket", amount, status, ch, dev, visit_date=vday.isoformat(), party_size=party,
                      dome_seats=party if dome else 0, dome_unit_price=dome_p if dome else "", show_title=show,
                      seat_zone=zone, refund_reason=pick(["change_of_plans", "weather", "illness", "wrong_date"])
                      if status == "refunded" else "")
            ev(c, t + D(seconds=30), "tp_checkout", "success" if status != "cancelled" else "fail", device=dev,
               session=sess, order_id=o["order_id"], app_version=appv)
            if status == "refunded":
                ev(c, t + D(hours=float(rng.uniform(2, 40))), "tp_refund", "submit", device=dev, order_id=o["order_id"])
                if rng.random() < 0.15:
                    fb(c, t + D(days=6), "tp_refund", "ticket", "refund_slow")
                continue
            if status == "cancelled" or rng.random() < 0.05:
                continue
            if c["_access"] and rng.random() < 0.8:
                rq = pick(["wheelchair", "sign_language", "sensory_friendly", "hearing_loop"], [0.5, 0.15, 0.2, 0.15])
                ev(c, t + D(minutes=10), "tp_access_request", "submit", channel="web", device=dev, request_type=rq)
                ok = rng.random() < 0.78
                ev(c, t + D(hours=float(rng.uniform(3, 30))), "tp_access_request", "fulfilled" if ok else "unfulfilled",
                   channel="web", device=dev, request_type=rq)
                if rng.random() < 0.45:
                    fb(c, at(vday, 17, 21), "tp_access_request", "survey", "access_good" if ok else "access_bad",
                       with_nps=rng.random() < 0.5)
            tg = at(vday, 9.2, 15.5)
            if tg <= t:
                tg = t + D(minutes=30)
            ev(c, tg, "tp_gate", "scan", channel="store", party_size=party, order_id=o["order_id"])
            if dome:
                ev(c, tg + D(minutes=float(rng.uniform(40, 180))), "tp_dome_show", "attend", channel="store",
                   show_title=show, seat_zone=zone, party_size=party, order_id=o["order_id"])
            crash_p = 0.04
            if tg >= AUDIO_V3:
                months = (tg.year - 2025) * 12 + tg.month - 10
                crash_p = min(0.6, 0.1 + 0.055 * months)
            if rng.random() < 0.35:
                crashed = rng.random() < crash_p
                ev(c, tg + D(minutes=15), "tp_audio_app", "crash" if crashed else "open", channel="app",
                   device=dev if dev != "pc" else pick(["ios", "android"]),
                   app_version="3.0.2" if tg >= AUDIO_V3 else "2.8.1")
                if crashed and rng.random() < 0.35:
                    fb(c, tg + D(hours=1) if rng.random() < 0.85 else None, "tp_audio_app", "app_review",
                       "audio_crash")
                elif not crashed and rng.random() < 0.05:
                    fb(c, tg + D(hours=1), "tp_audio_app", "app_review", "audio_good")
            if rng.random() < 0.28:
                base = float(rng.lognormal(np.log(95 if bid != "TO" else 24), 0.5))
                ts_shop = tg + D(minutes=float(rng.uniform(60, 240)))
                o2 = order(c, ts_shop, "gift_shop", round(base, 1), "paid", "store", "", visit_date=vday.isoformat())
                ev(c, ts_shop, "tp_gift_shop", "purchase", channel="store", order_id=o2["order_id"])
            if rng.random() < 0.17:
                wk = vday.weekday() >= 5
                opts = ["dome_wow", "kids_loved", "staff_helpful", "entry_queue", "shop_price", "neck_strain", "neutral"]
                w = [0.2 if dome else 0.02, 0.2 if vt == "family" else 0.05, 0.12, 0.2 if wk and bid == "BJ" else 0.06,
                     0.08, 0.15 if zone == "front" else 0.02, 0.12]
                if dome and bid == "BJ" and t >= BJ_DOME_RISE:
                    opts.append("dome_price")
                    w.append(0.25)
                w = np.array(w) / sum(w)
                top = pick(opts, list(w))
                tp = {"dome_wow": "tp_dome_show", "neck_strain": "tp_dome_show", "dome_price": "tp_dome_show",
                      "shop_price": "tp_gift_shop", "entry_queue": "tp_gate"}.get(top, "tp_gate")
                fb(c, at(vday, 17, 22), tp, "survey", top, with_nps=rng.random() < 0.5)
            # membership
            if (member_until is None or member_until < tg) and rng.random() < 0.14:
                tm = tg + D(hours=float(rng.uniform(3, 30)))
                ev(c, tm, "tp_member_page", "view", device=dev)
                if rng.random() < (0.45 if vt == "family" else 0.25):
                    tb = tm + D(days=float(rng.uniform(0, 9)))
                    if tb > END:
                        continue
                    plan = "family" if vt == "family" else "individual"
                    price = {"CNY": {"family": 598, "individual": 298}, "CAD": {"family": 159, "individual": 79}}[
                        BR[bid][3]][plan]
                    o3 = order(c, tb, "membership", price, "paid", ch, dev, membership_plan=plan,
                               membership_action="new")
                    ev(c, tb, "tp_member_buy", "success", device=dev, order_id=o3["order_id"])
                    c["tier"] = plan
                    member_until = tb + D(days=365)
                    tr = member_until - D(days=float(rng.uniform(0, 20)))
                    if tr <= END and rng.random() < 0.55:
                        o4 = order(c, tr, "membership", price, "paid", ch, dev, membership_plan=plan,
                                   membership_action="renewal")
                        ev(c, tr, "tp_member_renew", "success", device=dev, order_id=o4["order_id"])
                        member_until = tr + D(days=365)
        # school groups
        if vt == "teacher":
            for _ in range(int(rng.integers(1, 4))):
                day = rand_day(t0)
                if day is None or day.month in (1, 2, 7, 8):
                    continue
                tf = at(day, 8, 18)
                gsize = int(rng.integers(20, 61))
                grade = pick(["小学 primary", "初中 middle", "高中 high"], [0.55, 0.3, 0.15])
                ev(c, tf, "tp_group_form", "submit", channel="web", device="pc", party_size=gsize)
                if rng.random() > (0.55 if bid == "XA" else 0.78):
                    continue
                slow = bid == "WH" and tf >= datetime(2025, 9, 1)
                tc = tf + D(days=float(rng.uniform(8, 24) if slow else rng.uniform(1, 6)))
                ev(c, tc, "tp_group_confirm", "approved", channel="email", device="", party_size=gsize)
                if slow and rng.random() < 0.35:
                    fb(c, tc, "tp_group_confirm", pick(["ticket", "call_note"]), "group_slow", rating=False)
                if rng.random() > 0.9:
                    continue
                tv = tc + D(days=float(rng.uniform(5, 30)))
                if tv > END or (tv - tf).days >= 60:
                    continue
                unit = 15 if bid != "TO" else 8
                o5 = order(c, tc + D(hours=2), "school_group", gsize * unit, "paid", "web", "pc",
                           visit_date=tv.date().isoformat(), group_size=gsize, grade_level=grade, party_size=gsize)
                ev(c, tv, "tp_group_visit", "arrive", channel="store", device="", party_size=gsize,
                   order_id=o5["order_id"])
    # social posts: no ts, no customer
    for _ in range(140):
        top = pick(["dome_wow", "kids_loved", "entry_queue", "audio_crash", "dome_price", "shop_price", "neck_strain"],
                   [0.3, 0.2, 0.14, 0.14, 0.08, 0.08, 0.06])
        tp = {"dome_wow": "tp_dome_show", "neck_strain": "tp_dome_show", "dome_price": "tp_dome_show",
              "shop_price": "tp_gift_shop", "audio_crash": "tp_audio_app"}.get(top, "tp_gate")
        fb(None, None, tp, "social", top, rating=False)
    # hotline notes
    for c in customers[:: 97]:
        fb(c, at(days[rng.choice(len(days), p=dw)], 9, 18), "tp_cs_hotline", "call_note",
           pick(["refund_slow", "entry_queue", "staff_helpful"]), rating=False)

    lo, hi = START.strftime("%Y-%m-%d %H:%M:%S"), END.strftime("%Y-%m-%d %H:%M:%S")
    events[:] = [r for r in events if lo <= r["ts"] <= hi]
    orders[:] = [r for r in orders if lo <= r["ts"] <= hi]
    feedback[:] = [r for r in feedback if not r["ts"] or lo <= r["ts"] <= hi]

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TPS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", customers, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                                   "home_branch", "home_branch_en", "visitor_type", "visitor_type_zh", "country",
                                   "language", "primary_device", "primary_channel"])
    events.sort(key=lambda r: r["ts"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "branch", "branch_en", "app_version", "show_title", "seat_zone", "party_size",
                             "order_id", "request_type"])
    write("orders", orders, list(orders[0].keys()))
    write("feedback", feedback, list(feedback[0].keys()))
    write("experiments", exps, ["experiment_id", "variant", "customer_id", "assigned_at", "exp_name_zh", "surface"])
    print(f"customers {len(customers)} events {len(events)} orders {len(orders)} feedback {len(feedback)} "
          f"experiments {len(exps)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
