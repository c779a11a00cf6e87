"""ExpoHub 会展通: a trade-show organiser running four B2B show series (consumer electronics in Shenzhen, food &
beverage and auto parts in Shanghai, home & building materials in Guangzhou), six editions between March 2025 and
May 2026. Exhibitors (companies) enquire, get a booth quote, sign the exhibition contract, pay a 30 % booth deposit and
the 70 % balance, add services (power hook-up, furniture hire, advertising), move in, exhibit and re-book the next
edition on site. Visitors (trade buyers) get an invitation, pre-register online, receive a QR e-badge, may buy a VIP
ticket, check in at the gate, scan exhibitors' booths, attend forums, use the hall Wi-Fi and answer a post-show survey.
Events 2024-09-01 .. 2026-06-30 (extract taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2024, 9, 1), datetime(2026, 6, 30, 23, 59, 59)
BADGE_BUG = (datetime(2026, 2, 16), datetime(2026, 3, 9))     # ExpoHub app 5.2.0: Android e-badge not issued

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ex_enquiry", "参展咨询", "Exhibitor enquiry", "awareness", "web", "digital", "sales",
     "参展咨询|询展|招展咨询|问展位|enquiry|inquiry|exhibit enquiry|lead"),
    ("tp_ex_quote", "展位报价", "Booth quote", "consideration", "email", "digital", "sales",
     "报价|展位报价|报价单|quote|quotation|booth price"),
    ("tp_ex_contract", "签订参展合同", "Exhibition contract signed", "purchase", "other", "digital", "sales",
     "签约|签合同|参展合同|contract|signed|sign-up"),
    ("tp_ex_deposit", "支付展位定金", "Booth deposit paid", "purchase", "other", "digital", "finance",
     "定金|订金|首付款|deposit|down payment"),
    ("tp_ex_balance", "支付展位尾款", "Booth balance paid", "purchase", "other", "digital", "finance",
     "尾款|余款|结清|balance|final payment"),
    ("tp_ex_cancel", "退展", "Exhibitor cancellation", "service", "other", "digital", "sales",
     "退展|取消参展|撤展位|cancel booth|withdraw|cancellation"),
    ("tp_ex_services", "加订增值服务", "Add-on services ordered", "purchase", "web", "digital", "exhibitor_services",
     "增值服务|加订|用电|家具租赁|广告位|add-on|extra services|power|furniture|advertising"),
    ("tp_ex_movein", "布展进场", "Move-in / build-up", "service", "store", "physical", "operations",
     "布展|进场|搭建|move-in|build-up|setup day"),
    ("tp_ex_showdays", "展期参展", "Exhibiting on show days", "service", "store", "physical", "operations",
     "展期|开展|参展现场|展位接待|show days|exhibiting|on the stand"),
    ("tp_ex_rebook", "现场续展", "Re-booking next edition", "loyalty", "store", "physical", "sales",
     "续展|续订|明年再来|rebook|re-booking|next edition|renewal"),
    ("tp_vi_invite", "观众邀请触达", "Visitor invitation", "awareness", "social", "digital", "marketing",
     "邀请|推广|宣传|看到展会|invitation|promo|invite"),
    ("tp_vi_register", "在线预登记", "Online pre-registration", "consideration", "mini_program", "digital",
     "visitor_services", "预登记|观众登记|报名|注册|pre-registration|register|sign up"),
    ("tp_vi_badge", "电子胸卡发放", "QR e-badge issued", "consideration", "mini_program", "digital", "it",
     "胸卡|电子胸卡|入场二维码|证件|badge|e-badge|qr badge"),
    ("tp_vi_vip", "购买VIP门票", "VIP ticket purchase", "purchase", "mini_program", "digital", "visitor_services",
     "VIP票|VIP门票|贵宾票|vip ticket|vip pass"),
    ("tp_vi_checkin", "入口验证入场", "Gate check-in", "service", "store", "physical", "operations",
     "入场|验证|检票|安检|闸机|排队入场|check-in|entrance|gate|admission"),
    ("tp_vi_boothscan", "展位扫码", "Booth scan", "service", "store", "physical", "exhibitor_services",
     "扫码|展位扫码|留资|逛展|booth scan|lead scan|visiting booths"),
    ("tp_vi_forum", "参加同期论坛", "Forum session attended", "service", "store", "physical", "conference",
     "论坛|峰会|同期活动|演讲|forum|conference|talk|session"),
    ("tp_vi_wifi", "展馆Wi-Fi登录", "Hall Wi-Fi login", "service", "store", "physical", "it",
     "wifi|wi-fi|无线网|网络|上网|hall wifi"),
    ("tp_vi_survey", "展后观众问卷", "Post-show visitor survey", "loyalty", "email", "digital", "marketing",
     "问卷|展后调查|满意度调查|survey|post-show survey"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booth_sales", "展位销售", "Booth sales", ["tp_ex_enquiry", "tp_ex_quote", "tp_ex_contract", "tp_ex_deposit",
                                                "tp_ex_balance"], 180),
    ("visitor_reg", "观众预登记到场", "Visitor registration to entry", ["tp_vi_invite", "tp_vi_register",
                                                                       "tp_vi_badge", "tp_vi_checkin"], 90),
    ("onsite", "现场逛展", "On-site visit", ["tp_vi_checkin", "tp_vi_boothscan"], 3),
    ("rebook", "展商续展", "Exhibitor re-booking", ["tp_ex_movein", "tp_ex_rebook"], 30),
]
SERIES = {  # code: industry en, industry zh, standard booth price (9 sqm), raw space price / sqm
    "CE": ("consumer_electronics", "消费电子", 15800, 1500),
    "FB": ("food_beverage", "食品饮料", 12800, 1200),
    "HM": ("home_building", "家居建材", 11800, 1100),
    "AP": ("auto_parts", "汽车零部件", 13800, 1300),
}
SHOWS = [  # id, zh, en, series, city en, city zh, venue, first day, new enquiries, invitations
    ("CE25", "2025深圳国际消费电子展", "Shenzhen Consumer Electronics Expo 2025", "CE", "Shenzhen", "深圳",
     "深圳国际会展中心", datetime(2025, 3, 18), 400, 2300),
    ("FB25", "2025上海国际食品饮料展", "Shanghai Food & Beverage Expo 2025", "FB", "Shanghai", "上海",
     "国家会展中心(上海)", datetime(2025, 5, 20), 370, 2100),
    ("HM25", "2025广州家居建材展", "Guangzhou Home & Building Expo 2025", "HM", "Guangzhou", "广州",
     "琶洲广交会展馆", datetime(2025, 9, 9), 340, 1800),
    ("AP25", "2025上海汽车零部件展", "Shanghai Auto Parts Expo 2025", "AP", "Shanghai", "上海",
     "国家会展中心(上海)", datetime(2025, 11, 25), 300, 1600),
    ("CE26", "2026深圳国际消费电子展", "Shenzhen Consumer Electronics Expo 2026", "CE", "Shenzhen", "深圳",
     "深圳国际会展中心", datetime(2026, 3, 17), 420, 2700),
    ("FB26", "2026上海国际食品饮料展", "Shanghai Food & Beverage Expo 2026", "FB", "Shanghai", "上海",
     "国家会展中心(上海)", datetime(2026, 5, 19), 390, 2400),
]
NEXT_EDITION = {"CE25": "CE26", "FB25": "FB26", "HM25": "HM26", "AP25": "AP26", "CE26": "CE27", "FB26": "FB27"}
NEXT_DATE = {"HM26": datetime(2026, 9, 8), "AP26": datetime(2026, 11, 24), "CE27": datetime(2027, 3, 16),
             "FB27": datetime(2027, 5, 18)}
HALLS = {"H1": ("1号馆", "Hall 1"), "H2": ("2号馆", "Hall 2"), "H3": ("3号馆", "Hall 3"), "H4": ("4号馆", "Hall 4")}
REGIONS = {  # en: zh, exhibitor weight, visitor weight, share writing in English
    "east_china": ("华东", 0.36, 0.38, 0.08), "south_china": ("华南", 0.30, 0.31, 0.08),
    "north_china": ("华北", 0.14, 0.14, 0.08), "central_west": ("华中西部", 0.12, 0.11, 0.05),
    "overseas": ("海外", 0.08, 0.06, 0.92)}
EX_CHANNELS = {  # en: zh, weight, quote -> contract probability
    "sales_call": ("电话招展", 0.35, 0.40), "website": ("官网询展", 0.30, 0.20),
    "referral": ("老展商推荐", 0.18, 0.62), "association": ("行业协会", 0.17, 0.70)}
VI_CHANNELS = {  # en: zh, weight, invite -> register, badge -> check-in
    "wechat": ("微信公众号", 0.34, 0.58, 0.66), "email_invite": ("邮件邀请", 0.24, 0.34, 0.42),
    "partner_media": ("合作媒体", 0.17, 0.45, 0.52), "exhibitor_invite": ("展商邀请", 0.15, 0.72, 0.80),
    "website": ("官网", 0.10, 0.76, 0.62)}
SIZES = {"small": "小型(<100人)", "medium": "中型(100-999人)", "large": "大型(1000人以上)"}
JOBS = {"buyer": "采购", "engineer": "工程技术", "management": "企业管理", "distributor": "经销代理", "media": "媒体"}
SERVICES = {  # en: zh, probability, price range
    "power": ("电力接驳", 0.55, (2800, 8800)), "furniture": ("家具租赁", 0.45, (800, 3600)),
    "advertising": ("广告位", 0.22, (6000, 30000))}
PACKAGES = {"gold_sponsor": ("金牌赞助", 120000), "silver_sponsor": ("银牌赞助", 60000),
            "forum_title": ("论坛冠名", 80000)}
FORUMS = {"CE": ("AIoT新品发布论坛", "AIoT Launch Forum"), "FB": ("新消费品牌峰会", "New Consumer Brands Summit"),
          "HM": ("整装设计论坛", "Whole-home Design Forum"), "AP": ("新能源汽车供应链论坛", "NEV Supply Chain Forum")}
GATES = {"east": ("东门", "East Gate"), "south": ("南门", "South Gate"), "west": ("西门", "West Gate")}
JOB_W = {"buyer": (0.40,), "engineer": (0.22,), "management": (0.18,), "distributor": (0.15,), "media": (0.05,)}
DEV_W = {"ios": (0.40,), "android": (0.38,), "pc": (0.22,)}
OTYPES = {"booth_deposit": "展位定金", "booth_balance": "展位尾款", "add_on": "增值服务", "sponsorship": "赞助套餐",
          "vip_ticket": "VIP门票"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "queue": (["入口排队排了快一个小时", "早上进馆排队太久了，闸机扫码特别慢", "排队入场的队伍绕了好几圈",
               "第一天排队进场简直崩溃"],
              ["we queued almost an hour at the entrance", "the queue at the gate was ridiculous",
               "the entry queue on day one was a mess"]),
    "wifi": (["展馆Wi-Fi根本连不上", "Wi-Fi一直掉线，扫码加好友都加不了", "现场Wi-Fi太差了，手机只能用流量"],
             ["the hall Wi-Fi kept dropping", "Wi-Fi was useless all day", "could not connect to the Wi-Fi at all"]),
    "crowd": (["过道太挤了，人挤人", "主通道太挤，走都走不动", "下午过道太挤，展位前面站不下人"],
              ["the aisles were packed, hard to move", "way too crowded in the main aisles"]),
    "booth_location": (["展位位置太偏了，在最里面的新馆，几乎没观众走过来", "给我们分的展位位置太偏，整天没几个人",
                        "展位位置太偏，还要出馆走过去，太亏了"],
                       ["our booth location was terrible, tucked away in the annex", "bad booth location, almost no "
                        "visitors found us", "the booth location in the far hall killed our traffic"]),
    "power": (["布展当天展位一直没通电，等到晚上", "申请的用电到了现场还没通电，耽误搭建", "通电拖了大半天，电工找不到人"],
              ["our stand had no power until the evening of build-up day", "the power hook-up was hours late"]),
    "furniture": (["租的家具少了两把椅子", "家具送错了，桌子尺寸不对"],
                  ["the rented furniture was missing a table", "wrong furniture delivered to our stand"]),
    "invoice": (["尾款的发票迟迟开不出来", "发票抬头开错了，重开要等两周"],
                ["still waiting for the invoice for our balance payment", "the invoice had the wrong company name"]),
    "badge_issue": (["报名成功了但是电子胸卡二维码一直不显示", "安卓手机上二维码加载不出来", "收不到入场二维码，短信也没有"],
                    ["registered but the QR code never showed up in the app", "my e-badge QR code would not load"]),
    "refund_slow": (["VIP票退款申请两周了还没到账", "退款一直没到账，客服说在处理"],
                    ["my VIP ticket refund still hasn't come through", "the refund has taken weeks"]),
    "leads_good": (["这次收到不少意向客户，很值", "展会带来的意向客户质量很高", "意向客户比去年多"],
                   ["we got plenty of quality leads", "good leads from serious buyers this year"]),
    "forum_good": (["同期论坛的嘉宾很有干货", "论坛内容很专业，收获很大"],
                   ["the forum sessions were really insightful", "great speakers at the forum"]),
    "service_good": (["主办方对接人很专业，响应很快", "招展经理服务很周到"],
                      ["the organiser team was very helpful", "our account manager was super responsive"]),
    "service_bad": (["问了三次都没人回复，主办方客服太慢", "客服回复太慢，问个布展时间等了两天"],
                    ["emailed the organiser twice and nobody got back to us", "customer service was slow to reply"]),
    "reg_easy": (["小程序预登记很方便，一分钟搞定", "预登记流程简单"],
                 ["pre-registration took a minute, very smooth", "easy online pre-registration"]),
}
GEN = {
    "pos": (["整体组织得不错，明年还来", "展会规模大，值得一逛", "收获满满"],
            ["well organised show overall", "worth the trip", "a great show, see you next year"]),
    "neu": (["整体还行", "中规中矩", "和往年差不多"],
            ["it was ok", "pretty average show", "about the same as last year"]),
    "neg": (["体验一般，有点失望", "这届办得不太行", "下届要考虑一下了"],
            ["disappointing this time", "not well run this year", "not sure we will come back"]),
}
TOPIC_TP = [("queue", "tp_vi_checkin"), ("badge_issue", "tp_vi_badge"), ("wifi", "tp_vi_wifi"),
            ("crowd", "tp_vi_boothscan"), ("booth_location", "tp_ex_showdays"), ("power", "tp_ex_movein"),
            ("furniture", "tp_ex_movein"), ("invoice", "tp_ex_balance"), ("refund_slow", "tp_vi_vip"),
            ("forum_good", "tp_vi_forum"), ("leads_good", "tp_ex_showdays"), ("service_bad", "tp_ex_services"),
            ("service_good", "tp_ex_services"), ("reg_easy", "tp_vi_register")]
NEG_TOPICS = {"queue", "wifi", "crowd", "booth_location", "power", "furniture", "invoice", "badge_issue",
              "refund_slow", "service_bad"}
POS_TOPICS = {"leads_good", "forum_good", "service_good", "reg_easy"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


_CUM = {}


def pick(d: dict, idx: int = 1):
    key = (id(d), idx)
    if key not in _CUM:
        w = np.array([v[idx] for v in d.values()], dtype=float)
        _CUM[key] = (list(d), np.cumsum(w / w.sum()))
    keys, cum = _CUM[key]
    return keys[min(int(np.searchsorted(cum, rng.random(), side="right")), len(keys) - 1)]


def day_at(d: datetime, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(h0, h1)))


def app_version(t: datetime) -> str:
    return "5.1.3" if t < datetime(2025, 8, 1) else "5.1.8" if t < BADGE_BUG[0] else "5.2.0" if t < BADGE_BUG[1] \
        else "5.2.1"


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.cust = {}
        self.n_ex = self.n_vi = 0
        self.pool_ex = {s: [] for s in SERIES}
        self.pool_vi = {s: [] for s in SERIES}

    # ---------- customers ----------
    def new_exhibitor(self, series):
        self.n_ex += 1
        reg = pick(REGIONS, 1)
        c = dict(customer_id=f"EX{self.n_ex:04d}", kind="exhibitor", region=reg, channel=pick(EX_CHANNELS),
                 industry=series, size=str(rng.choice(list(SIZES), p=[0.45, 0.40, 0.15])), first=None,
                 en_share=REGIONS[reg][3], shows=[], spend=0.0, contracts=[])
        self.cust[c["customer_id"]] = c
        self.pool_ex[series].append(c)
        return c

    def new_visitor(self, series):
        self.n_vi += 1
        reg = pick(REGIONS, 2)
        c = dict(customer_id=f"V{self.n_vi:05d}", kind="visitor", region=reg, channel=pick(VI_CHANNELS),
                 industry=series, job=pick(JOB_W, 0), first=None,
                 en_share=REGIONS[reg][3], shows=[], spend=0.0, vip=False,
                 device=pick(DEV_W, 0))
        self.cust[c["customer_id"]] = c
        self.pool_vi[series].append(c)
        return c

    # ---------- rows ----------
    def ev(self, c, t, tp, show, action, **kw):
        if t > END or t < START:
            return False
        self.n_ev += 1
        if c["first"] is None or t < c["first"]:
            c["first"] = t
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=f"{show[0]}-{c['customer_id']}", action=action, show_id=show[0], 展会名称=show[1],
                   show_name=show[2], show_city=show[4], 举办城市=show[5])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, show, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, order_type=otype, 订单类型=OTYPES[otype], show_id=show[0], 展会名称=show[1],
                   show_name=show[2], currency="CNY")
        row.update(kw)
        if status == "paid":
            c["spend"] += amount
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, show, tp=None, rating=None, nps=None, undated=False, gen=None,
           no_customer=False, **kw):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        neg = bool(set(topics) & NEG_TOPICS)
        if gen is None:
            gen = "neg" if neg else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics),
                      "tp_ex_showdays" if c["kind"] == "exhibitor" else "tp_vi_survey")
        if rating is not None:
            base = 4.2 - 1.4 * len(set(topics) & NEG_TOPICS) + 0.5 * len(set(topics) & POS_TOPICS)
            base += {"pos": 0.3, "neg": -0.8, "neu": -0.4}[gen]
            rating = int(np.clip(round(base + rng.normal(0, 0.7)), 1, 5))
        if nps is not None:
            base = 8.0 - 2.2 * len(set(topics) & NEG_TOPICS) + 0.8 * len(set(topics) & POS_TOPICS)
            base += {"pos": 0.6, "neg": -1.5, "neu": -0.5}[gen]
            nps = int(np.clip(round(base + rng.normal(0, 1.3)), 0, 10))
        senti = "negative" if (neg or gen == "neg" or (rating is not None and rating <= 2)) else \
            ("positive" if gen == "pos" or set(topics) & POS_TOPICS else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, customer_type=c["kind"],
                   客户类型="展商" if c["kind"] == "exhibitor" else "观众",
                   show_id=show[0], 展会名称=show[1], show_name=show[2])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=senti))

    # ---------- exhibitors ----------
    def exhibitor_sales(self, show, c, t_enq, renewal=False):
        """enquiry -> quote -> contract -> deposit -> balance (renewals start at the contract)."""
        sid, _, _, ser, *_ = show
        d0 = show[7]
        raw = rng.random() < (0.70 if c["region"] == "overseas" else 0.40 if c["size"] == "large" else 0.22)
        sqm = int(rng.choice([36, 54, 72, 108, 144, 216], p=[0.30, 0.25, 0.20, 0.12, 0.08, 0.05])) if raw \
            else int(rng.choice([9, 18], p=[0.8, 0.2]))
        fee = sqm * SERIES[ser][3] if raw else sqm / 9 * SERIES[ser][2]
        btype = "raw_space" if raw else "standard"
        bt = dict(booth_type=btype, 展位类型="光地" if raw else "标准展位", booth_sqm=sqm)
        if not renewal:
            if not self.ev(c, t_enq, "tp_ex_enquiry", show, "submit", channel=c["channel"], device="pc", **bt):
                if t_enq > END:
                    return
            if rng.random() > 0.86:
                return
            t = t_enq + D(days=float(rng.exponential(3) + 0.2))
            self.ev(c, t, "tp_ex_quote", show, "quote_sent", channel="email", amount=round(fee, 2), **bt)
            p = EX_CHANNELS[c["channel"]][2]
            if rng.random() > p:
                return
            t = t + D(days=float(rng.uniform(3, 40)))
        else:
            t = t_enq
        fee = round(fee * (0.95 if renewal else 1.0), 2)
        if t > d0 - D(days=12):
            return
        late = (d0 - t).days < 75
        if ser == "HM" and sid == "HM25" and late:
            hall = "H4"                                   # late signers go to the new annex hall
        elif raw:
            hall = str(rng.choice(["H1", "H2", "H3"]))
        else:
            hall = str(rng.choice(["H1", "H2", "H3", "H4"], p=[0.25, 0.25, 0.25, 0.25])) if sid != "HM25" \
                else str(rng.choice(["H1", "H2", "H3"]))
        booth_no = f"{hall[1]}{chr(65 + int(rng.integers(0, 8)))}{int(rng.integers(1, 60)):02d}"
        bt.update(hall=HALLS[hall][1], 展馆=HALLS[hall][0], booth_no=booth_no)
        ok = self.ev(c, t, "tp_ex_contract", show, "signed", channel="other", amount=fee, **bt)
        if not ok:
            return
        c["contracts"].append(sid)
        t = t + D(days=float(rng.uniform(1, 12)))
        dep = round(fee * 0.3, 2)
        self.ev(c, t, "tp_ex_deposit", show, "paid", amount=dep, payment_method="bank_transfer", **bt)
        cancel = rng.random() < (0.10 if c["channel"] == "website" else 0.05)
        dep_row = self.order(c, t, dep, "booth_deposit", show, channel="bank_transfer", booth_type=btype,
                             展位类型=bt["展位类型"], hall=bt["hall"], 展馆=bt["展馆"])
        if rng.random() < (0.16 if raw else 0.07) and not cancel:
            pkg = str(rng.choice(list(PACKAGES), p=[0.25, 0.45, 0.30]))
            st = "cancelled" if rng.random() < 0.12 else "paid"
            self.order(c, t + D(days=float(rng.uniform(2, 20))), PACKAGES[pkg][1], "sponsorship", show, status=st,
                       channel="bank_transfer", package=pkg, 套餐=PACKAGES[pkg][0])
        if cancel:
            tc = t + D(days=float(rng.uniform(5, 40)))
            if tc < d0 - D(days=5):
                refund = (d0 - tc).days >= 90
                self.ev(c, tc, "tp_ex_cancel", show, "cancelled", reason=str(rng.choice(
                    ["budget_cut", "schedule_conflict", "booth_location", "other"])), **bt)
                if refund and dep_row is not None and tc <= END:
                    dep_row["status"] = "refunded"
                    dep_row["refunded_at"] = ts(tc + D(days=float(rng.uniform(3, 15))))
                    c["spend"] -= dep
                return
        tb = min(d0 - D(days=float(rng.uniform(20, 35))), t + D(days=float(rng.uniform(15, 90))))
        tb = max(tb, t + D(days=2))
        bal = round(fee - dep, 2)
        if not self.ev(c, tb, "tp_ex_balance", show, "paid", amount=bal, payment_method="bank_transfer", **bt):
            return
        self.order(c, tb, bal, "booth_balance", show, channel="bank_transfer", booth_type=btype,
                   展位类型=bt["展位类型"], hall=bt["hall"], 展馆=bt["展馆"])
        for s, (zh, p, (lo, hi)) in SERVICES.items():
            if rng.random() < p + (0.25 if raw and s == "power" else 0):
                tsv = tb + D(days=float(rng.uniform(1, 15)))
                amt = round(float(rng.uniform(lo, hi)), -2)
                self.ev(c, tsv, "tp_ex_services", show, "ordered", service_item=s, 服务项目=zh, amount=amt, **bt)
                self.order(c, tsv, amt, "add_on", show, channel="online", service_item=s, 服务项目=zh)
                if s == "power":
                    c.setdefault("power", set()).add(sid)
        if d0 > END:
            return
        c["shows"].append(dict(show=show, bt=bt, raw=raw, hall=hall))

    def exhibitor_onsite(self, show, c, info, leads):
        sid, ser, d0 = show[0], show[3], show[7]
        bt = info["bt"]
        tm = day_at(d0 - D(days=1), 8, 17)
        self.ev(c, tm, "tp_ex_movein", show, "checked_in", **bt)
        self.ev(c, day_at(d0, 8.5, 9.0), "tp_ex_showdays", show, "exhibiting", leads_scanned=leads, **bt)
        remote = sid == "HM25" and info["hall"] == "H4"
        has_power = sid in c.get("power", set())
        # move-in tickets
        p_power = (0.38 if sid == "AP25" else 0.05) if has_power else 0.0
        if rng.random() < p_power:
            self.fb(c, tm + D(hours=float(rng.uniform(0.5, 4))), ["power"], "ticket", show, **bt_fb(bt))
        if rng.random() < 0.04:
            self.fb(c, tm + D(hours=float(rng.uniform(0.5, 4))), ["furniture"], "ticket", show, **bt_fb(bt))
        if rng.random() < 0.03:
            self.fb(c, tm - D(days=float(rng.uniform(5, 20))), ["invoice"], "ticket", show, **bt_fb(bt))
        # post-show exhibitor survey (rating 1-5 and NPS)
        if rng.random() < 0.55:
            topics = []
            if remote and rng.random() < 0.75:
                topics.append("booth_location")
            elif not remote and rng.random() < 0.02:
                topics.append("booth_location")
            if sid == "AP25" and has_power and rng.random() < 0.25:
                topics.append("power")
            if sid == "CE26" and rng.random() < 0.35:
                topics.append("wifi")
            if not remote and rng.random() < (0.40 if leads >= 15 else 0.15):
                topics.append("leads_good")
            r = rng.random()
            if r < 0.18:
                topics.append("service_good")
            elif r < 0.25:
                topics.append("service_bad")
            self.fb(c, day_at(d0 + D(days=float(rng.integers(3, 12))), 9, 20), topics, "exhibitor_survey", show,
                    rating=1, nps=1, **bt_fb(bt))
        # re-booking the next edition on site / right after the show
        p = 0.55 + (0.15 if info["raw"] else 0) - (0.35 if remote else 0) + (0.1 if leads >= 15 else 0)
        if rng.random() < p:
            tr = day_at(d0 + D(days=float(rng.integers(0, 3))), 10, 17)
            if rng.random() < 0.25:
                tr = tr + D(days=float(rng.uniform(3, 25)))
            nxt = NEXT_EDITION[sid]
            self.ev(c, tr, "tp_ex_rebook", show, "renewal_signed", next_edition=nxt, **bt)
            c.setdefault("renew", {})[nxt] = tr

    # ---------- visitors ----------
    def visitor(self, show, c):
        sid, ser, d0 = show[0], show[3], show[7]
        ch = VI_CHANNELS[c["channel"]]
        ti = day_at(d0 - D(days=float(rng.uniform(8, 75))), 8, 22)
        self.ev(c, ti, "tp_vi_invite", show, "view", channel=c["channel"])
        if rng.random() > ch[2]:
            return None
        tr = ti + D(days=float(min(rng.exponential(5), (d0 - ti).days - 1)))
        av = app_version(tr)
        dev = c["device"]
        self.ev(c, tr, "tp_vi_register", show, "submit", device=dev, app_version=av, channel=c["channel"])
        if rng.random() < 0.05:
            self.fb(c, tr + D(hours=float(rng.uniform(0.1, 30))), ["reg_easy"], "app_review", show, rating=1,
                    app_version=av)
        bug = dev == "android" and BADGE_BUG[0] <= tr < BADGE_BUG[1]
        fail = rng.random() < (0.30 if bug else 0.02)
        if not fail:
            tb = tr + D(minutes=float(rng.uniform(0.2, 3)))
            self.ev(c, tb, "tp_vi_badge", show, "issued", device=dev, app_version=av)
        else:
            self.ev(c, tr + D(seconds=float(rng.uniform(2, 20))), "tp_vi_register", show, "badge_error",
                    device=dev, app_version=av, error_code="BADGE_RENDER_ERR" if bug else "SMS_TIMEOUT")
            if rng.random() < 0.35:
                self.fb(c, tr + D(hours=float(rng.uniform(0.5, 48))), ["badge_issue"], "app_review", show, rating=1,
                        app_version=av)
            elif rng.random() < 0.25:
                self.fb(c, tr + D(hours=float(rng.uniform(1, 72))), ["badge_issue"], "call_note", show,
                        undated=rng.random() < 0.3)
            if rng.random() < 0.5:
                return None
            tb = tr + D(hours=float(rng.uniform(2, 60)))
            self.ev(c, tb, "tp_vi_badge", show, "reissued", device=dev, app_version=av)
        vip = False
        if rng.random() < (0.10 if c["job"] in ("management", "distributor") else 0.05):
            tv = tb + D(days=float(rng.uniform(0, max(0.5, (d0 - tb).days - 1))))
            early = (d0 - tv).days >= 30
            price = 299.0 if early else 399.0
            r = rng.random()
            status = "cancelled" if r < 0.04 else "refunded" if r < 0.11 else "paid"
            self.ev(c, tv, "tp_vi_vip", show, "paid" if status != "cancelled" else "payment_timeout",
                    device=dev, amount=price, ticket_type="early_bird" if early else "standard")
            row = self.order(c, tv, price, "vip_ticket", show, status=status, channel="mini_program", device=dev,
                             ticket_type="early_bird" if early else "standard",
                             票种="早鸟VIP" if early else "标准VIP")
            if status == "refunded" and row is not None:
                tref = tv + D(days=float(rng.uniform(1, 18)))
                row["refunded_at"] = ts(tref)
                if (tref - tv).days > 10 and rng.random() < 0.6:
                    self.fb(c, tref - D(days=float(rng.uniform(0, 5))), ["refund_slow"], "call_note", show,
                            undated=rng.random() < 0.3)
            vip = status == "paid"
            c["vip"] = c["vip"] or vip
        p_show = 0.93 if vip else ch[3]
        if rng.random() > p_show or d0 > END:
            return None
        day = int(rng.choice(3, p=[0.47, 0.34, 0.19]))
        tc = day_at(d0 + D(days=day), 8.8, 11.5) if rng.random() < 0.7 else day_at(d0 + D(days=day), 11.5, 15.5)
        gate = str(rng.choice(list(GATES), p=[0.5, 0.3, 0.2]))
        if vip:
            qm = float(rng.lognormal(np.log(3), 0.4))
        elif sid == "FB25" and day == 0 and tc.hour < 12:
            qm = float(rng.lognormal(np.log(38), 0.35))        # new gate system jammed on opening morning
        elif sid in ("CE25", "CE26") and day == 0 and tc.hour < 12:
            qm = float(rng.lognormal(np.log(12), 0.4))
        else:
            qm = float(rng.lognormal(np.log(6), 0.5))
        self.ev(c, tc, "tp_vi_checkin", show, "scan_ok", gate=gate, 入口=GATES[gate][0], gate_en=GATES[gate][1],
                queue_minutes=round(qm, 1), lane="vip" if vip else "regular", show_day=day + 1)
        c["shows"].append(sid)
        return dict(tc=tc, vip=vip, queue=qm, day=day)

    def visitor_onsite(self, show, c, v, exhibitors):
        sid, ser, d0 = show[0], show[3], show[7]
        t = v["tc"]
        n_scan = int(rng.poisson(4.2 if v["vip"] else 3.3))
        if exhibitors and n_scan:
            w = np.array([(2.0 if e[1]["raw"] else 1.0) * (0.25 if sid == "HM25" and e[1]["hall"] == "H4" else 1.0)
                          for e in exhibitors])
            idx = rng.choice(len(exhibitors), size=min(n_scan, len(exhibitors)), replace=False, p=w / w.sum())
            for i in idx:
                t = t + D(minutes=float(rng.uniform(5, 40)))
                ex, info = exhibitors[int(i)]
                info["leads"] = info.get("leads", 0) + 1
                self.ev(c, t, "tp_vi_boothscan", show, "scan", exhibitor_id=ex["customer_id"], hall=info["bt"]["hall"],
                        展馆=info["bt"]["展馆"], booth_no=info["bt"]["booth_no"])
        forum = rng.random() < (0.55 if v["vip"] else 0.20)
        if forum:
            self.ev(c, day_at(d0 + D(days=v["day"]), 13.5, 14.2), "tp_vi_forum", show, "attend",
                    forum=FORUMS[ser][1], 论坛=FORUMS[ser][0])
        wifi_fail = False
        if rng.random() < 0.5:
            wifi_fail = rng.random() < (0.45 if sid == "CE26" else 0.05)
            self.ev(c, v["tc"] + D(minutes=float(rng.uniform(10, 90))), "tp_vi_wifi", show,
                    "fail" if wifi_fail else "success")
        topics = []
        if v["queue"] > 25 and rng.random() < 0.7:
            topics.append("queue")
        elif v["queue"] <= 25 and rng.random() < 0.02:
            topics.append("queue")
        if (wifi_fail and rng.random() < 0.6) or (not wifi_fail and rng.random() < 0.02):
            topics.append("wifi")
        if rng.random() < (0.18 if ser == "CE" else 0.06):
            topics.append("crowd")
        if forum and rng.random() < 0.3:
            topics.append("forum_good")
        if rng.random() < 0.08:
            topics.append("service_good")
        r = rng.random()
        if r < 0.14:
            ts_ = day_at(d0 + D(days=float(rng.integers(3, 10))), 9, 22)
            self.ev(c, ts_, "tp_vi_survey", show, "submit")
            self.fb(c, ts_, topics, "visitor_survey", show, nps=1)
        elif r < 0.17 and topics:
            self.fb(c, day_at(d0 + D(days=v["day"]), 10, 22), topics, "social", show, undated=rng.random() < 0.4,
                    platform=str(rng.choice(["weibo", "xiaohongshu", "linkedin"], p=[0.45, 0.45, 0.10])))
        elif r < 0.19:
            self.fb(c, day_at(d0 + D(days=float(rng.integers(1, 6))), 9, 22), topics, "app_review", show, rating=1,
                    app_version=app_version(d0))

    def run(self):
        for show in SHOWS:
            sid, zh, en, ser, city, cityzh, venue, d0, n_enq, n_inv = show
            # renewals from the previous edition
            for c in list(self.pool_ex[ser]):
                tr = c.get("renew", {}).get(sid)
                if tr is not None:
                    self.exhibitor_sales(show, c, tr + D(days=float(rng.uniform(5, 45))), renewal=True)
            # new enquiries: new companies and returning ones that did not renew
            for _ in range(n_enq):
                pool = [c for c in self.pool_ex[ser] if sid not in c["contracts"] and sid not in c.get("renew", {})]
                c = pool[int(rng.integers(len(pool)))] if pool and rng.random() < 0.25 else self.new_exhibitor(ser)
                if sid in c.get("enq", set()):
                    c = self.new_exhibitor(ser)
                c.setdefault("enq", set()).add(sid)
                t = day_at(d0 - D(days=float(rng.uniform(70, 170))), 9, 18)
                self.exhibitor_sales(show, c, t)
            exhibitors = [(c, i) for c in self.pool_ex[ser] for i in c["shows"] if i["show"][0] == sid]
            # visitors
            visits = []
            for _ in range(n_inv):
                pool = self.pool_vi[ser]
                c = pool[int(rng.integers(len(pool)))] if pool and rng.random() < 0.3 else self.new_visitor(ser)
                if sid in c.get("inv", set()):
                    c = self.new_visitor(ser)
                c.setdefault("inv", set()).add(sid)
                v = self.visitor(show, c)
                if v:
                    visits.append((c, v))
            for c, v in visits:
                self.visitor_onsite(show, c, v, exhibitors)
            for c, info in exhibitors:
                self.exhibitor_onsite(show, c, info, info.get("leads", 0))
        # renewals for editions after the last show in the data (only rows before END are written)
        for ser, pool in self.pool_ex.items():
            for c in pool:
                for nxt, tr in c.get("renew", {}).items():
                    if nxt in NEXT_DATE:
                        last = [s for s in SHOWS if s[3] == ser][-1]
                        yr = str(NEXT_DATE[nxt].year)
                        fake = (nxt, yr + last[1][4:], last[2][:-4] + yr, ser, *last[4:7], NEXT_DATE[nxt], 0, 0)
                        self.exhibitor_sales(fake, c, tr + D(days=float(rng.uniform(5, 45))), renewal=True)

    def customer_rows(self):
        rows = []
        for c in self.cust.values():
            if c["first"] is None:
                continue
            if c["kind"] == "exhibitor":
                n = len(c["shows"])
                last = max((i["show"][7] for i in c["shows"]), default=None)
                if not c["contracts"]:
                    seg = "prospect"
                elif n >= 2:
                    seg = "returning"
                elif c["first"] >= datetime(2025, 10, 1):
                    seg = "new"
                elif last is not None and last < datetime(2026, 1, 1) and not c.get("renew"):
                    seg = "at_risk"
                else:
                    seg = "one_time"
                tier = "key_account" if c["spend"] >= 150000 else "standard"
                tier_zh = "重点展商" if tier == "key_account" else "普通展商"
            else:
                n = len(c["shows"])
                seg = "prospect" if n == 0 else "returning" if n >= 2 else "one_time"
                tier = "vip" if c["vip"] else "regular"
                tier_zh = "VIP观众" if c["vip"] else "普通观众"
            chz = (EX_CHANNELS if c["kind"] == "exhibitor" else VI_CHANNELS)[c["channel"]][0]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg, region=c["region"],
                             地区=REGIONS[c["region"]][0], acquisition_channel=c["channel"], 获客渠道=chz,
                             tier=tier, 客户等级=tier_zh, customer_type=c["kind"],
                             客户类型="展商" if c["kind"] == "exhibitor" else "观众", industry=SERIES[c["industry"]][0],
                             行业=SERIES[c["industry"]][1], company_size=c.get("size"),
                             企业规模=SIZES.get(c.get("size")), job_function=c.get("job"),
                             职能=JOBS.get(c.get("job")), preferred_language="en" if c["en_share"] > 0.5 else "zh"))
        return rows


def bt_fb(bt):
    return dict(booth_type=bt["booth_type"], 展位类型=bt["展位类型"], hall=bt["hall"], 展馆=bt["展馆"])


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        known = set(cols)
        for r in rows:
            assert known.issuperset(r), set(r) - known
            w.writerow(["" if r.get(k) is None else r.get(k) for k in cols])


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "show_id", "展会名称", "show_name", "show_city", "举办城市", "hall", "展馆", "booth_no",
           "booth_type", "展位类型", "booth_sqm", "amount", "payment_method", "service_item", "服务项目", "reason",
           "next_edition", "leads_scanned", "exhibitor_id", "gate", "入口", "gate_en", "lane", "queue_minutes",
           "show_day", "forum", "论坛", "ticket_type", "error_code"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "show_id", "展会名称", "show_name", "booth_type", "展位类型", "hall", "展馆", "service_item", "服务项目",
            "package", "套餐", "ticket_type", "票种", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "customer_type", "客户类型", "show_id", "展会名称", "show_name", "booth_type", "展位类型", "hall", "展馆",
           "platform", "app_version"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "地区", "acquisition_channel", "获客渠道", "tier",
             "客户等级", "customer_type", "客户类型", "industry", "行业", "company_size", "企业规模", "job_function",
             "职能", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=30, replace=False)            # the badge scanners re-send a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
