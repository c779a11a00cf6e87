"""城框户外 CityFrame Outdoor: roadside billboards, bus-shelter light boxes and outdoor LED screens sold to small
businesses, chains and media agencies in Shenzhen, Guangzhou, Hong Kong, Singapore and Kuala Lumpur
(synthetic, written blind).

A new advertiser browses the site map (点位地图), sends an enquiry (询价表单), gets a media proposal from an account
manager (投放方案), sometimes inspects the site (实地看点), puts sites on hold (点位预留) and signs the booking (签约下单).
A campaign (session CP…) then goes: artwork submitted (画面提交) → artwork review (画面审核, pass / fail with a reason,
up to three rounds) → artwork approved (画面定稿) → printing (喷绘制作; not for LED screens) → posting (上刊安装, by a
posting crew, `late` when after the booked start) → proof-of-posting photos (上刊监测照片, `proof_hours` after
posting) → in-flight inspection (在刊巡检, `issue`) → repair (画面维修) → invoice (开具发票, `invoice_error`, reissued)
→ payment (回款结清). Some bookings are cancelled (订单取消, with a reason). Existing clients come back via a renewal
request (续投咨询). Support tickets (客服工单), a post-campaign survey (结案回访, NPS), portal reviews, emails, call
notes and social posts give feedback.

A/B test quote_format_2025: enquiries 2025-09-01 .. 2025-12-31 got either an instant online quote (instant_quote)
or the usual PDF proposal from the account manager (pdf_proposal).

Data 2024-10-01 .. 2026-05-31 (extract taken 2026-06-04). Naive times are local. Money: `amount` in CNY, plus
`currency` and `amount_local`.

    python generate.py OUTDIR

Deterministic (seed 20260604), numpy + stdlib. Also writes OUTDIR/_truth/feedback_truth.csv (not a DATA.md table).
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260604
rng = np.random.default_rng(SEED)
T0 = datetime(2024, 10, 1)
TEND = datetime(2026, 5, 31, 23, 59, 59)
AB_START, AB_END = datetime(2025, 9, 1), datetime(2025, 12, 31, 23, 59, 59)


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(0, len(items)))]
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def biz(t: datetime, h0=9, h1=19) -> datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(seconds=int(u(h0 * 3600, h1 * 3600)))


def later(t: datetime, d0: float, d1: float, h0=9, h1=19) -> datetime:
    x = biz(t + timedelta(days=u(d0, d1)), h0, h1)
    return x if x > t else t + timedelta(minutes=ri(30, 300))


def lognorm_days(median, sigma=0.5):
    return float(median * np.exp(rng.normal(0, sigma)))


# ---------------- reference data ----------------
# region: (zh, weight of new leads, currency, CNY per unit, share writing zh, price multiplier, account manager)
REGIONS = {
    "shenzhen": ("深圳", 0.30, "CNY", 1.0, 0.97, 1.0, "Huang Xiaolin"),
    "guangzhou": ("广州", 0.24, "CNY", 1.0, 0.97, 0.85, "Chen Zhiqiang"),
    "hong_kong": ("香港", 0.17, "HKD", 0.92, 0.45, 1.45, "Leung Ka-yan"),
    "singapore": ("新加坡", 0.16, "SGD", 5.35, 0.25, 1.3, "Tan Mei Ling"),
    "kuala_lumpur": ("吉隆坡", 0.13, "MYR", 1.55, 0.15, 0.6, "Amir Hakim"),
}
AM_ZH = {"Huang Xiaolin": "黄晓琳", "Chen Zhiqiang": "陈志强", "Leung Ka-yan": "梁嘉欣", "Tan Mei Ling": "陈美玲",
         "Amir Hakim": "阿米尔·哈金"}
CTYPES = {"small_business": ("小商户", 0.55), "chain_brand": ("连锁品牌", 0.2), "agency": ("广告代理", 0.25)}
INDUSTRIES = {"restaurant": ("餐饮", 0.24), "education": ("教育培训", 0.16), "real_estate": ("房产", 0.16),
              "healthcare": ("医疗健康", 0.12), "retail": ("零售", 0.2), "auto": ("汽车", 0.12)}
FORMATS = {"billboard": ("大型路牌", 38000.0), "bus_shelter": ("公交候车亭灯箱", 3200.0),
           "digital_screen": ("户外LED大屏", 15000.0)}
PACKAGES = {"single_site": "单点投放", "shelter_network": "候车亭网络包", "landmark": "地标大牌", "screen_loop": "大屏轮播"}
CREWS = {"shenzhen": ["SZ-Crew-A", "SZ-Crew-B"], "guangzhou": ["GZ-Crew-A", "GZ-Swift"],
         "hong_kong": ["HK-Crew"], "singapore": ["SG-Crew"], "kuala_lumpur": ["KL-Crew"]}
REJECT = {"low_resolution": "分辨率不足", "wrong_bleed": "尺寸出血不对", "ad_law_wording": "违反广告法用语",
          "missing_license": "缺少资质文件", "text_too_small": "文字太小"}
CANCEL = {"budget_cut": "预算削减", "artwork_not_ready": "画面没赶上", "site_unavailable": "点位被占",
          "found_cheaper": "找到更便宜的"}
ISSUES = {"none": "无", "light_out": "灯箱不亮", "torn_vinyl": "画面破损", "blocked_view": "视线遮挡"}
ACQ = {"google_search": 0.2, "baidu": 0.14, "xiaohongshu": 0.14, "referral": 0.18, "linkedin": 0.1,
       "trade_show": 0.1, "walk_in": 0.06, "facebook": 0.08}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_site_map", "点位地图", "Site map", "awareness", "web", "digital", "marketing", "点位查询|site finder|inventory map"),
    ("tp_enquiry", "询价表单", "Enquiry form", "consideration", "web", "digital", "sales", "询价|留资|enquiry|RFQ"),
    ("tp_proposal", "投放方案", "Media proposal", "consideration", "email", "digital", "sales", "方案书|报价方案|proposal|quote"),
    ("tp_site_visit", "实地看点", "Site inspection", "consideration", "store", "physical", "sales", "看点|site visit"),
    ("tp_hold", "点位预留", "Site hold", "consideration", "web", "digital", "sales", "锁点|预留|option hold|hold"),
    ("tp_contract", "签约下单", "Booking signed", "purchase", "other", "digital", "sales", "签约|下单|booking|contract"),
    ("tp_renewal", "续投咨询", "Renewal request", "loyalty", "phone", "digital", "sales", "续投|续约|renewal|rebooking"),
    ("tp_artwork_submit", "画面提交", "Artwork submitted", "service", "web", "digital", "creative_ops", "交稿|上传画面|artwork upload"),
    ("tp_artwork_review", "画面审核", "Artwork review", "service", "web", "digital", "creative_ops", "审稿|artwork check|compliance review"),
    ("tp_artwork_ok", "画面定稿", "Artwork approved", "service", "web", "digital", "creative_ops", "定稿|过稿|artwork sign-off"),
    ("tp_print", "喷绘制作", "Printing", "service", "other", "physical", "production", "喷绘|印刷|print production"),
    ("tp_posting", "上刊安装", "Posting", "service", "other", "physical", "field_ops", "上刊|上画|install|go-live"),
    ("tp_proof", "上刊监测照片", "Proof-of-posting photos", "service", "email", "digital", "field_ops", "监测照片|上刊照片|proof photos|POP photos"),
    ("tp_inspection", "在刊巡检", "In-flight inspection", "service", "other", "physical", "field_ops", "巡检|site check"),
    ("tp_repair", "画面维修", "Repair / re-post", "service", "other", "physical", "field_ops", "维修|补画|re-posting"),
    ("tp_invoice", "开具发票", "Invoice issued", "service", "email", "digital", "finance", "开票|发票|invoice|fapiao"),
    ("tp_payment", "回款结清", "Payment received", "service", "other", "digital", "finance", "回款|付款|结清|payment"),
    ("tp_cancel", "订单取消", "Booking cancelled", "purchase", "other", "digital", "sales", "取消|退订|cancellation"),
    ("tp_support", "客服工单", "Support ticket", "service", "phone", "digital", "customer_service", "工单|投诉|ticket"),
    ("tp_survey", "结案回访", "Post-campaign survey", "loyalty", "email", "digital", "customer_service", "回访|满意度调查|survey|NPS"),
]

JOURNEYS = [
    ("enquiry_to_booking", "询价到签约", "Enquiry to booking", 30,
     ["tp_enquiry", "tp_proposal", "tp_hold", "tp_contract"]),
    ("artwork", "画面审核到定稿", "Artwork to approval", 21, ["tp_artwork_submit", "tp_artwork_review", "tp_artwork_ok"]),
    ("go_live", "签约到上刊", "Booking to go-live", 60, ["tp_contract", "tp_artwork_ok", "tp_posting", "tp_proof"]),
    ("billing", "开票回款", "Invoice to cash", 90, ["tp_invoice", "tp_payment"]),
]

# ---------------- feedback templates ----------------
# topic -> (zh phrases, en phrases); markers: see gold.py TOPIC_MARKERS
NEG = {
    "artwork": (["画面审核来回打回三次，{reason_zh}，设计师都快崩溃了", "画面审核标准太死板，退稿也不说清楚哪里要改",
                 "交了稿等了两天才告诉我们画面审核不通过，耽误上刊", "画面审核要求的格式说明能不能早点发给我们？"],
                ["The artwork got bounced three times for {reason_en}, our designer is losing it",
                 "Your artwork checks are way too strict and the feedback is vague",
                 "Took two days to tell us the artwork failed the check, it pushed our start date",
                 "Please send the artwork specs up front, we wasted a week on resubmissions"]),
    "proof": (["上刊好几天了还没收到监测照片，客户一直在催我", "监测照片拖了快一周才发，没法跟老板交代",
               "监测照片迟迟不来，都不知道到底有没有上刊"],
              ["Still waiting on the proof photos days after the go-live, my client keeps chasing",
               "Proof photos took almost a week, that is not acceptable for an agency",
               "No proof photos yet so I can't even confirm the boards are up"]),
    "late": (["说好周一上刊，结果上刊延迟了三天，活动都开始了", "上刊延迟也没人提前通知，开业活动白白浪费",
              "又一次上刊延迟，安装队排期太乱"],
             ["The boards were posted late, three days after the booked start", "Posted late again with zero heads-up",
              "Our shelters were posted late and we missed the opening weekend"]),
    "light": (["候车亭灯箱不亮，晚上根本看不到广告", "灯箱不亮报修了好几天才来修", "巡检发现灯箱不亮，这几天的曝光谁来补？"],
              ["The shelter lightbox was dark for days, nobody sees the ad at night",
               "Reported the lightbox outage and it took ages to fix",
               "Half the lightbox faces in our network were off, who compensates the lost nights?"]),
    "invoice": (["发票抬头开错了，重开又等了一周", "发票金额和合同对不上，财务退回来了", "发票一直开不出来，我们没法走付款流程"],
                ["The invoice had the wrong company name, reissuing took a week",
                 "Invoice amount doesn't match the contract, finance bounced it",
                 "Invoice still not issued so we can't pay you"]),
    "slow": (["询价之后客户经理回复太慢，等了四五天才收到方案", "回复太慢了，别家当天就给报价", "找客户经理要个方案，回复太慢"],
             ["Your account manager was slow to respond, four days for a proposal",
              "Sales team is slow to respond, competitors quoted the same day",
              "Asked for a quote and the rep was slow to respond"]),
    "price": (["价格偏高，小店真的扛不住", "同样的点位，你们比别家价格偏高不少", "套餐价格偏高，希望有小商户优惠"],
              ["A bit pricey for a small shop like ours", "Shelter packages are pricey compared to what we expected",
               "Pricey, hope there is a small-business discount"]),
}
POS = {
    "location": (["点位位置很好，门店客流明显多了", "路牌位置很好，正对红绿灯路口", "位置很好，开业那周咨询电话翻倍"],
                 ["Great location, foot traffic to the store went up", "The board has a great location right at the junction",
                  "Great location and the calls doubled that week"]),
    "am_praise": (["黄晓琳很专业，方案当天就出了", "感谢黄晓琳，全程跟进很细心", "黄晓琳帮我们挑的点位效果很好"],
                  ["Xiaolin was super professional, proposal the same day", "Thanks to Xiaolin for following up on everything",
                   "Xiaolin picked sites that really worked for us"]),
    "crew": (["安装师傅很细致，画面贴得很平整", "安装师傅准时上画，效率高"],
             ["The install crew did a neat job, no bubbles at all", "Install crew was on time and tidy"]),
}
NEUTRAL = (["活动结束了，整体还行", "下次再考虑续投", "效果一般般吧，还在看数据"],
           ["Campaign wrapped up, it was ok overall", "Might book again next quarter", "Results were so-so, still looking at the numbers"])
TICKET_TEXT = {
    "artwork": ("画面审核没通过，想问下具体要改哪里", "Why did my artwork fail? Need details"),
    "proof": ("请尽快发监测照片", "Please send the proof photos asap"),
    "light": ("候车亭灯箱不亮，请安排维修", "Lightbox at our shelter is off, please fix"),
    "invoice": ("发票信息有误需要重开", "Invoice details are wrong, please reissue"),
    "late": ("上刊延迟了，什么时候能装好？", "We were posted late, when will it be up?"),
}


class W:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exps, self.customers = [], [], [], [], [], []
        self.n = {}

    def nid(self, p, width=6):
        self.n[p] = self.n.get(p, 0) + 1
        return f"{p}{self.n[p]:0{width}d}"

    def ev(self, c, t, tp, action, session=None, **kw):
        if t > TEND or t < T0:
            return
        row = dict(event_id=self.nid("E", 7), customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
                   session_id=session, action=action, device=kw.pop("device", "pc"), channel=kw.pop("channel", None),
                   region=c["region"], 城市=c["城市"], customer_type=c["customer_type"], 客户类型=c["客户类型"],
                   industry=c["industry"], 行业=c["行业"], account_manager=c["account_manager"],
                   客户经理=c["客户经理"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, order_type, status, session, **kw):
        if t > TEND or t < T0:
            return
        reg = REGIONS[c["region"]]
        self.orders.append(dict(order_id=self.nid("O", 6), customer_id=c["customer_id"], ts=t,
                                amount=round(amount, 2), status=status, channel="contract", device="pc",
                                order_type=order_type, currency=reg[2], amount_local=round(amount / reg[3], 2),
                                region=c["region"], 城市=c["城市"], customer_type=c["customer_type"],
                                客户类型=c["客户类型"], account_manager=c["account_manager"], campaign_id=session, **kw))

    def fb(self, c, t, topics, sent, tp, channel, rating=None, nps=None, no_ts=False, no_cust=False, extra=None):
        if t is not None and (t > TEND or t < T0):
            return
        zh = chance(REGIONS[c["region"]][4]) if c else chance(0.5)
        parts = []
        for tpc in topics:
            src = NEG.get(tpc) or POS.get(tpc)
            parts.append(pick(src[0] if zh else src[1]))
        if not parts:
            parts.append(pick(NEUTRAL[0] if zh else NEUTRAL[1]))
        text = ("，" if zh else ". ").join(parts)
        if extra:
            text = text.format(**extra)
        fid = self.nid("FB", 5)
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=None if no_ts else t,
            customer_id=None if no_cust else c["customer_id"], touchpoint_id=tp, channel=channel, rating=rating,
            nps=nps, language="zh" if zh else "en", region=c["region"] if c else None, 城市=c["城市"] if c else None,
            customer_type=None if no_cust else c["customer_type"],
            account_manager=None if no_cust else c["account_manager"],
            客户经理=None if no_cust else c["客户经理"]))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))


w = W()


def make_customer(i, signup, existing):
    region = pick(list(REGIONS), [r[1] for r in REGIONS.values()])
    ct = pick(list(CTYPES), [v[1] for v in CTYPES.values()])
    ind = pick(list(INDUSTRIES), [v[1] for v in INDUSTRIES.values()])
    am = REGIONS[region][6]
    return dict(customer_id=f"ADV{i:05d}", signup_at=signup, segment=None, region=region, 城市=REGIONS[region][0],
                acquisition_channel=pickd(ACQ), tier="key_account" if (ct != "small_business" and chance(0.35)) else "standard",
                customer_type=ct, 客户类型=CTYPES[ct][0], industry=ind, 行业=INDUSTRIES[ind][0], account_manager=am,
                客户经理=AM_ZH[am], existing=existing, campaigns=0, bad=0, good=0)


def choose_format(c, t):
    dig = 0.12 + 0.25 * max(0.0, (t - T0).days / 600)
    if c["customer_type"] == "small_business":
        w_ = {"billboard": 0.2, "bus_shelter": 0.8 - dig, "digital_screen": dig}
    else:
        w_ = {"billboard": 0.45, "bus_shelter": 0.55 - dig, "digital_screen": dig}
    fmt = pickd(w_)
    if fmt == "billboard":
        pkg = "landmark" if chance(0.3) else "single_site"
        sites = 1 if pkg == "landmark" else ri(1, 3)
    elif fmt == "bus_shelter":
        pkg = "shelter_network" if chance(0.5) else "single_site"
        sites = ri(8, 20) if pkg == "shelter_network" else ri(1, 4)
    else:
        pkg, sites = "screen_loop", ri(1, 3)
    weeks = pick([2, 4, 8, 12], [0.25, 0.45, 0.2, 0.1] if c["customer_type"] == "small_business" else [0.1, 0.4, 0.3, 0.2])
    return fmt, pkg, sites, weeks


def price(c, fmt, sites, weeks, pkg):
    base = FORMATS[fmt][1] * sites * weeks / 4 * REGIONS[c["region"]][5]
    if pkg == "landmark":
        base *= 2.2
    if pkg == "shelter_network":
        base *= 0.85
    if c["customer_type"] == "agency":
        base *= 0.85
    return base * u(0.95, 1.05)


def spec(c, fmt, pkg, sites, weeks):
    return dict(media_format=fmt, 媒体类型=FORMATS[fmt][0], package=pkg, 套餐=PACKAGES[pkg], sites=sites, weeks=weeks)


def campaign(c, t_contract, lead_session=None, variant=None):
    """one booked campaign; returns a dict of what happened (for feedback)."""
    sess = w.nid("CP", 5)
    fmt, pkg, sites, weeks = choose_format(c, t_contract)
    sp = spec(c, fmt, pkg, sites, weeks)
    amt = price(c, fmt, sites, weeks, pkg)
    res = dict(session=sess, fmt=fmt, topics=[], reason=None)
    w.ev(c, t_contract, "tp_contract", "submit", sess, booking_amount=round(amt, 2), variant=variant, **sp)
    start = biz(t_contract + timedelta(days=ri(12, 25)))
    # artwork
    t = later(t_contract, 1, 6)
    p_rej = {"small_business": 0.45, "chain_brand": 0.2, "agency": 0.1}[c["customer_type"]]
    rounds, cancelled = 0, False
    approved_t = None
    for rnd in (1, 2, 3):
        w.ev(c, t, "tp_artwork_submit", "submit", sess, review_round=rnd, **sp)
        tr = later(t, 0.3, 2.0)
        p = p_rej if rnd == 1 else (p_rej * 0.45 if rnd == 2 else 0.08)
        if c["industry"] == "healthcare":
            p = min(0.9, p + 0.2)
        rounds = rnd
        if chance(p):
            if c["industry"] == "healthcare" and chance(0.7):
                reason = pick(["ad_law_wording", "missing_license"], [0.75, 0.25])
            else:
                reason = pickd({"low_resolution": 0.45, "wrong_bleed": 0.25 if fmt != "digital_screen" else 0.05,
                                "text_too_small": 0.15, "ad_law_wording": 0.1, "missing_license": 0.05})
            res["reason"] = reason
            w.ev(c, tr, "tp_artwork_review", "fail", sess, review_round=rnd, reject_reason=reason,
                 退稿原因=REJECT[reason], **sp)
            if rnd == 3 or (rnd == 2 and chance(0.4)):
                cancelled = True
                break
            t = later(tr, 0.5, 3.5)
        else:
            w.ev(c, tr, "tp_artwork_review", "pass", sess, review_round=rnd, **sp)
            approved_t = tr + timedelta(minutes=ri(5, 60))
            w.ev(c, approved_t, "tp_artwork_ok", "success", sess, review_round=rnd, **sp)
            break
    if rounds >= 2:
        res["topics"].append("artwork")
    if not cancelled and chance(0.03):
        cancelled = True
        reason = pickd({"budget_cut": 0.5, "site_unavailable": 0.25, "found_cheaper": 0.25})
    elif cancelled:
        reason = "artwork_not_ready"
    if cancelled:
        tc = later(approved_t or t, 0.5, 4)
        w.ev(c, tc, "tp_cancel", "submit", sess, cancel_reason=reason, 取消原因=CANCEL[reason], **sp)
        w.order(c, t_contract, amt, "media_booking", "cancelled", sess, media_format=fmt, 媒体类型=FORMATS[fmt][0],
                package=pkg, weeks=weeks, sites=sites)
        res["cancelled"] = True
        res["t_cancel"] = tc
        return res
    w.order(c, t_contract, amt, "media_booking", "paid", sess, media_format=fmt, 媒体类型=FORMATS[fmt][0],
            package=pkg, weeks=weeks, sites=sites)
    crew = pick(CREWS[c["region"]])
    if fmt != "digital_screen":
        tp_ = later(approved_t, 1, 3)
        w.ev(c, tp_, "tp_print", "success", sess, **sp)
        w.order(c, tp_, (900 if fmt == "bus_shelter" else 4200) * sites * REGIONS[c["region"]][5] * u(0.95, 1.05),
                "production", "paid", sess, media_format=fmt, 媒体类型=FORMATS[fmt][0], package=pkg, weeks=weeks,
                sites=sites)
        ready = tp_
    else:
        ready = approved_t
    # posting: late when the crew is GZ-Swift in Q4 2025 or the artwork came after the start
    p_late = 0.06
    if crew == "GZ-Swift" and datetime(2025, 10, 1) <= start < datetime(2026, 1, 1):
        p_late = 0.45
    late = ready > start or chance(p_late)
    tpost = max(start, ready) + timedelta(days=u(1, 4) if late else 0)
    tpost = biz(tpost, 6, 23) if not late else biz(tpost, 8, 22)
    if late and tpost <= start:
        tpost = start + timedelta(days=1)
    w.ev(c, tpost, "tp_posting", "success", sess, posting_crew=crew, late=late, booked_start=start.date().isoformat(),
         **sp)
    if late:
        res["topics"].append("late")
    # proof photos: KL slow after the photo vendor change on 2025-09-01
    slow_proof = c["region"] == "kuala_lumpur" and tpost >= datetime(2025, 9, 1)
    hours = lognorm_days(100 if slow_proof else 18, 0.4)
    tproof = tpost + timedelta(hours=hours)
    w.ev(c, tproof, "tp_proof", "success", sess, proof_hours=round(hours, 1), device="pc", **sp)
    if hours > 72:
        res["topics"].append("proof")
    # in-flight inspection
    tin = tpost + timedelta(days=weeks * 7 / 2 + u(-2, 2))
    issue = "none"
    if fmt == "bus_shelter":
        p_light = 0.28 if datetime(2026, 1, 1) <= tin < datetime(2026, 4, 1) else 0.05
        if chance(p_light):
            issue = "light_out"
    if issue == "none" and fmt != "digital_screen" and chance(0.04):
        issue = pick(["torn_vinyl", "blocked_view"])
    w.ev(c, biz(tin), "tp_inspection", "success" if issue == "none" else "fail", sess, issue=issue,
         巡检问题=ISSUES[issue], **sp)
    if issue != "none":
        trep = biz(tin) + timedelta(days=lognorm_days(3.0 if issue == "light_out" else 1.5, 0.5))
        w.ev(c, trep, "tp_repair", "success", sess, issue=issue, 巡检问题=ISSUES[issue], **sp)
        if issue == "light_out":
            res["topics"].append("light")
            if chance(0.3):
                w.order(c, trep, 0.1 * amt, "make_good", "refunded", sess, media_format=fmt,
                        媒体类型=FORMATS[fmt][0], package=pkg, weeks=weeks, sites=sites)
    # invoice and payment
    tend = tpost + timedelta(days=weeks * 7)
    tinv = later(tend, 0, 3)
    p_err = 0.26 if c["customer_type"] == "agency" else 0.07
    err = chance(p_err)
    w.ev(c, tinv, "tp_invoice", "submit", sess, invoice_error=err, invoice_amount=round(amt, 2), **sp)
    if err:
        res["topics"].append("invoice")
        w.ev(c, later(tinv, 3, 9), "tp_invoice", "resubmit", sess, invoice_error=False, invoice_amount=round(amt, 2), **sp)
    med = 38 if c["customer_type"] == "agency" else (20 if c["customer_type"] == "chain_brand" else 7)
    dpay = lognorm_days(med + (14 if err else 0), 0.35)
    tpay = later(tinv, dpay, dpay + 0.5)
    w.ev(c, tpay, "tp_payment", "success", sess, **sp)
    res["end"] = tend
    res["crew"] = crew
    return res


def campaign_feedback(c, res):
    if res.get("cancelled"):
        if chance(0.4):
            topics = ["artwork"] if "artwork" in res["topics"] else ["price"]
            w.fb(c, later(res["t_cancel"], 0, 2), topics, "negative", "tp_cancel", "email",
                 extra=dict(reason_zh=REJECT.get(res["reason"] or "low_resolution"),
                            reason_en=(res["reason"] or "low_resolution").replace("_", " ")))
        return
    neg = [x for x in res["topics"]]
    if c["account_manager"] == "Chen Zhiqiang" and c.get("slow_lead") and chance(0.6):
        neg.append("slow")
    if c["customer_type"] == "small_business" and chance(0.12):
        neg.append("price")
    tsur = later(res["end"], 1, 6)
    extra = dict(reason_zh=REJECT.get(res["reason"] or "low_resolution"),
                 reason_en=(res["reason"] or "low_resolution").replace("_", " "))
    if chance(0.55):
        if neg and chance(0.7):
            topics = neg[:2]
            sent = "negative"
            nps = ri(0, 6) if chance(0.85) else ri(7, 8)
        else:
            topics = []
            if chance(0.5):
                topics.append("location")
            if c["account_manager"] == "Huang Xiaolin" and chance(0.5):
                topics.append("am_praise")
            elif chance(0.2):
                topics.append("crew")
            sent = "positive" if topics else "neutral"
            nps = ri(9, 10) if (topics and chance(0.85)) else ri(7, 10)
            if c["account_manager"] == "Chen Zhiqiang" and chance(0.5):
                nps = ri(2, 6)
        rating = None
        if chance(0.5):
            rating = ri(1, 2) if sent == "negative" else (ri(4, 5) if sent == "positive" else ri(3, 4))
        w.fb(c, tsur, topics, sent, "tp_survey", "survey", rating=rating, nps=nps, extra=extra)
    # tickets while the campaign runs
    for tpc in res["topics"]:
        if tpc in TICKET_TEXT and chance(0.35):
            zh = chance(REGIONS[c["region"]][4])
            fid = w.nid("FB", 5)
            tt = res["end"] - timedelta(days=u(3, 20))
            if tt > TEND:
                continue
            tp = {"artwork": "tp_artwork_review", "proof": "tp_proof", "light": "tp_repair", "invoice": "tp_invoice",
                  "late": "tp_posting"}[tpc]
            w.feedback.append(dict(feedback_id=fid, text=TICKET_TEXT[tpc][0 if zh else 1], ts=tt,
                                   customer_id=c["customer_id"], touchpoint_id=tp, channel="ticket", rating=None,
                                   nps=None, language="zh" if zh else "en", region=c["region"], 城市=c["城市"],
                                   customer_type=c["customer_type"], account_manager=c["account_manager"],
                                   客户经理=c["客户经理"]))
            w.truth.append(dict(feedback_id=fid, topics=tpc, sentiment="negative"))
            w.ev(c, tt, "tp_support", "submit", res["session"], ticket_topic=tpc)
    # a portal review sometimes
    if chance(0.18):
        topics = neg[:1] if neg else (["location"] if chance(0.6) else ["crew"])
        sent = "negative" if neg else "positive"
        rating = ri(1, 2) if neg else ri(4, 5)
        tp = {"artwork": "tp_artwork_review", "proof": "tp_proof", "light": "tp_inspection", "invoice": "tp_invoice",
              "late": "tp_posting", "slow": "tp_proposal", "price": "tp_proposal", "location": "tp_posting",
              "crew": "tp_posting"}[topics[0]]
        w.fb(c, later(res["end"], 0, 10), topics, sent, tp, "portal_review", rating=rating, extra=extra)
    # call notes (no ts)
    if neg and chance(0.08):
        w.fb(c, res["end"], neg[:1], "negative", "tp_support", "call_note", no_ts=True, extra=extra)


def lead(c, t):
    """a new advertiser's enquiry; returns the contract time or None."""
    sess = w.nid("LD", 5)
    dev = pick(["pc", "ios", "android"], [0.55, 0.25, 0.2])
    if chance(0.6):
        w.ev(c, t - timedelta(minutes=ri(3, 90)), "tp_site_map", "view", sess, device=dev, utm_source=c["acquisition_channel"])
    w.ev(c, t, "tp_enquiry", "submit", sess, device=dev, utm_source=c["acquisition_channel"])
    variant = None
    if AB_START <= t <= AB_END:
        variant = "instant_quote" if chance(0.5) else "pdf_proposal"
        w.exps.append(dict(experiment_id="quote_format_2025", variant=variant, customer_id=c["customer_id"],
                           assigned_at=t))
    am = c["account_manager"]
    p_prop = 0.68 if am == "Chen Zhiqiang" else 0.86
    if variant == "instant_quote":
        p_prop, delay = 0.97, lognorm_days(0.05, 0.5)
    else:
        delay = lognorm_days(4.5 if am == "Chen Zhiqiang" else 0.9, 0.45)
    if not chance(p_prop):
        return None
    c["slow_lead"] = delay > 3
    tprop = t + timedelta(days=delay)
    w.ev(c, tprop, "tp_proposal", "submit", sess, channel="email", variant=variant,
         quote_type=variant or "pdf_proposal")
    tt = tprop
    if chance(0.3):
        tt = later(tt, 1, 5)
        w.ev(c, tt, "tp_site_visit", "success", sess, channel="store")
    p_hold = 0.62 if variant != "instant_quote" else 0.74
    if delay > 3:
        p_hold -= 0.2
    if not chance(p_hold):
        return None
    th = later(tt, 0.5, 6)
    w.ev(c, th, "tp_hold", "submit", sess, device=dev)
    p_sign = 0.62 if variant != "instant_quote" else 0.72
    if not chance(p_sign):
        return None
    return later(th, 1, 9), variant


def simulate():
    i = 0
    customers = []
    # clients from before the extract
    for _ in range(460):
        i += 1
        c = make_customer(i, datetime(2021, 1, 1) + timedelta(days=u(0, 1360)), True)
        c["acquisition_channel"] = pick(list(ACQ))
        customers.append(c)
    # new leads, growing over time
    d = T0
    while d <= TEND:
        months = (d - T0).days / 30.4
        n = rng.poisson(1.9 + 0.1 * months)
        for _ in range(n):
            i += 1
            t = biz(d, 7, 23)
            c = make_customer(i, t, False)
            customers.append(c)
            r = lead(c, t)
            if r:
                tcon, variant = r
                c["campaigns"] += 1
                res = campaign(c, tcon, variant=variant)
                campaign_feedback(c, res)
                c["repeat_from"] = res.get("end")
        d += timedelta(days=1)
    # repeat bookings (renewal request -> proposal -> contract)
    for c in customers:
        if c["existing"]:
            t = T0 + timedelta(days=u(0, 160))
            rate = {"small_business": 110, "chain_brand": 75, "agency": 55}[c["customer_type"]]
        else:
            if not c.get("repeat_from"):
                continue
            t = c["repeat_from"] + timedelta(days=u(10, 80))
            rate = {"small_business": 150, "chain_brand": 90, "agency": 70}[c["customer_type"]]
        while t < TEND:
            if not chance(0.8 if c["existing"] else 0.55):
                break
            sess = w.nid("RN", 5)
            w.ev(c, t, "tp_renewal", "submit", sess, channel="phone")
            tp_ = later(t, 0.2, 3)
            w.ev(c, tp_, "tp_proposal", "submit", sess, channel="email", quote_type="renewal")
            if chance(0.85):
                c["campaigns"] += 1
                res = campaign(c, later(tp_, 1, 6))
                campaign_feedback(c, res)
                t = (res.get("end") or t) + timedelta(days=lognorm_days(rate, 0.5))
            else:
                t = t + timedelta(days=lognorm_days(rate * 1.5, 0.5))
    # segments
    for c in customers:
        if c["campaigns"] == 0:
            c["segment"] = "prospect"
        elif not c["existing"] and c["campaigns"] == 1:
            c["segment"] = "new"
        elif c["campaigns"] >= 6 or c["tier"] == "key_account" and c["campaigns"] >= 3:
            c["segment"] = "vip"
        else:
            c["segment"] = "returning"
    last_seen = {}
    for e in w.events:
        last_seen[e["customer_id"]] = max(last_seen.get(e["customer_id"], T0), e["ts"])
    for c in customers:
        if c["segment"] in ("returning", "vip") and last_seen.get(c["customer_id"], T0) < TEND - timedelta(days=150):
            c["segment"] = "at_risk"
    # social posts (no customer; some without ts) and call notes
    for _ in range(110):
        c = pick(customers)
        topic = pickd({"light": 0.3, "late": 0.15, "price": 0.2, "location": 0.35})
        sent = "positive" if topic in POS else "negative"
        t = datetime(2024, 10, 1) + timedelta(days=u(0, 600))
        w.fb(c, t, [topic], sent, {"light": "tp_inspection", "late": "tp_posting", "price": "tp_proposal",
                                     "location": "tp_posting"}[topic], "social", no_ts=chance(0.4), no_cust=True)
    # the carrier of proof photos resends some events (exact duplicates)
    dups = [dict(e) for e in w.events if e["touchpoint_id"] == "tp_proof"][:: 90]
    w.events.extend(dups)
    w.events.sort(key=lambda e: e["ts"])
    return customers


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k)
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                elif isinstance(v, bool):
                    v = "true" if v else "false"
                elif v is None:
                    v = ""
                out.append(v)
            wr.writerow(out)


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    customers = simulate()
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "tier", "customer_type",
           "客户类型", "industry", "行业", "account_manager", "客户经理"])
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "region",
             "城市", "customer_type", "客户类型", "industry", "行业", "account_manager", "客户经理", "media_format",
             "媒体类型", "package", "套餐", "sites", "weeks", "booking_amount", "variant", "quote_type", "utm_source",
             "review_round", "reject_reason", "退稿原因", "posting_crew", "booked_start", "late", "proof_hours", "issue",
             "巡检问题", "invoice_error", "invoice_amount", "cancel_reason", "取消原因", "ticket_topic"]
    write(out / "events.csv", w.events, ecols)
    write(out / "orders.csv", sorted(w.orders, key=lambda o: o["ts"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "currency",
           "amount_local", "region", "城市", "customer_type", "客户类型", "account_manager", "campaign_id",
           "media_format", "媒体类型", "package", "weeks", "sites"])
    fb = sorted(w.feedback, key=lambda f: (f["ts"] or datetime(2000, 1, 1), f["feedback_id"]))
    write(out / "feedback.csv", fb,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "region", "城市", "customer_type", "account_manager", "客户经理"])
    write(out / "experiments.csv", w.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", w.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(customers)} events {len(w.events)} orders {len(w.orders)} feedback {len(w.feedback)} "
          f"experiments {len(w.exps)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
