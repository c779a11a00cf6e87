"""动力源健身器材 PowerSource Fitness: gym equipment sales, installation and maintenance contracts (synthetic).

Home buyers and commercial clients (gyms, hotels, corporates, schools) in six cities enquire in a showroom, on the
website, in the Tmall store or by phone, get a quote (报价), pay a 30 % deposit (定金), get the equipment delivered (送货)
and installed (安装验收; some installs fail first: wrong power supply, floor load, missing parts, access too narrow),
then pay the balance (尾款). Many sign an annual maintenance contract (维保合同) with planned maintenance visits (保养),
where parts may be backordered (配件缺货 -> 配件到货更换). Breakdowns are reported (故障报修), an engineer comes out
(上门抢修) and fixes it (修复完成). Contracts come up for renewal (续约提醒 -> 续约). Unpaid invoices get reminders (催款).
Data 2025-01-01 .. 2026-06-30 (extract taken in July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(the generator's topics per comment; not a DATA.md table). Seed 20261208, numpy + stdlib, ~3 s.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261208
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
PRICE_RISE = datetime(2026, 1, 1)   # maintenance contract list price +15 %

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_showroom", "展厅到店", "Showroom visit", "awareness", "store", "physical", "sales",
     "展厅|门店|到店体验|试用|showroom|store visit|walk-in|demo"),
    ("tp_web_enquiry", "官网询价", "Website enquiry", "awareness", "web", "digital", "marketing",
     "官网|网站留资|在线询价|website|web form|online enquiry|lead form"),
    ("tp_tmall_chat", "天猫旗舰店咨询", "Tmall store chat", "awareness", "mini_program", "digital", "ecommerce",
     "天猫|旺旺|网店客服|tmall|online store|e-shop chat"),
    ("tp_phone_enquiry", "电话咨询", "Phone enquiry", "awareness", "phone", "digital", "sales",
     "电话|热线|400电话|phone|hotline|call in"),
    ("tp_quote", "报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价|报价单|方案报价|quote|quotation|proposal|estimate"),
    ("tp_deposit", "下单付定金", "Order & deposit", "purchase", "web", "digital", "sales",
     "下单|定金|订金|签单|order|deposit|down payment|signed order"),
    ("tp_delivery", "送货", "Delivery", "purchase", "other", "physical", "logistics",
     "送货|配送|发货|到货|delivery|shipping|dispatch of goods"),
    ("tp_install_fail", "安装失败", "Failed install", "service", "store", "physical", "installation",
     "安装失败|装不上|二次上门安装|failed install|install failure|could not install|aborted install"),
    ("tp_install_done", "安装验收", "Installation completed", "service", "store", "physical", "installation",
     "安装|安装完成|验收|装好|install|installation|commissioning|handover"),
    ("tp_final_payment", "尾款结清", "Balance paid", "purchase", "other", "digital", "finance",
     "尾款|结清|付尾款|balance|final payment|balance paid"),
    ("tp_contract_sign", "签订维保合同", "Maintenance contract signed", "loyalty", "other", "digital", "service_sales",
     "维保合同|保养合同|服务合同|签维保|maintenance contract|service contract|service plan"),
    ("tp_maint_visit", "定期保养", "Planned maintenance visit", "service", "store", "physical", "field_service",
     "保养|巡检|定保|维保上门|maintenance visit|PM visit|service visit|preventive maintenance"),
    ("tp_parts_backorder", "配件缺货", "Parts backordered", "service", "other", "digital", "parts",
     "缺货|配件缺货|等配件|订配件|backorder|parts on order|waiting for parts"),
    ("tp_parts_fitted", "配件到货更换", "Parts fitted", "service", "store", "physical", "field_service",
     "换配件|配件到货|更换|parts fitted|part replaced|parts arrived"),
    ("tp_breakdown", "故障报修", "Breakdown reported", "service", "phone", "digital", "customer_service",
     "报修|故障|坏了|报障|breakdown|fault report|call-out request|repair request"),
    ("tp_callout", "上门抢修", "Engineer call-out", "service", "store", "physical", "field_service",
     "抢修|上门维修|工程师上门|call-out|callout|engineer visit|emergency repair"),
    ("tp_fix_done", "修复完成", "Repair fixed", "service", "store", "physical", "field_service",
     "修好|修复|维修完成|fixed|repair done|resolved"),
    ("tp_renewal_notice", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "service_sales",
     "续约提醒|到期提醒|续费通知|renewal notice|renewal reminder|contract expiry"),
    ("tp_renewal", "续约成功", "Contract renewed", "loyalty", "other", "digital", "service_sales",
     "续约|续签|续费|renewal|renewed|contract renewal"),
    ("tp_payment_reminder", "逾期催款", "Overdue payment reminder", "purchase", "phone", "digital", "finance",
     "催款|逾期|欠款|未付发票|dunning|overdue|payment reminder|unpaid invoice"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("sales", "设备销售安装", "Equipment sale & install", 60,
     ["tp_quote", "tp_deposit", "tp_delivery", "tp_install_done", "tp_final_payment"]),
    ("breakdown", "故障报修", "Breakdown call-out", 14, ["tp_breakdown", "tp_callout", "tp_fix_done"]),
    ("renewal", "维保续约", "Contract renewal", 45, ["tp_renewal_notice", "tp_renewal"]),
    ("parts", "配件缺货处理", "Parts backorder", 60, ["tp_parts_backorder", "tp_parts_fitted"]),
]
CITIES = [("shanghai", "上海", .24), ("beijing", "北京", .20), ("shenzhen", "深圳", .17), ("chengdu", "成都", .14),
          ("hangzhou", "杭州", .13), ("wuhan", "武汉", .12)]
CITY_ZH = {c: z for c, z, _ in CITIES}
SEGMENTS = [("home", "家庭", .68), ("gym", "健身房", .11), ("hotel", "酒店", .08), ("corporate", "企业", .07),
            ("school", "学校", .06)]
SEG_ZH = {s: z for s, z, _ in SEGMENTS}
PRODUCTS = {"treadmill": "跑步机", "elliptical": "椭圆机", "spin_bike": "动感单车", "rower": "划船机",
            "strength_station": "综合力量训练器", "rack": "力量架"}
HOME_PRICE = {"treadmill": (6000, 26000), "elliptical": (5000, 16000), "spin_bike": (2500, 8000),
              "rower": (4000, 12000), "strength_station": (8000, 30000), "rack": (3000, 11000)}
BRANDS = [("PowerSource", "动力源", .34), ("Technogym", "泰诺健", .16), ("Johnson", "乔山", .2), ("Shuhua", "舒华", .2),
          ("Impulse", "英派斯", .10)]
BRAND_ZH = {b: z for b, z, _ in BRANDS}
REPS = {  # city -> [(zh, en)]
    "shanghai": [("王静", "Wang Jing"), ("陈磊", "Chen Lei")], "beijing": [("刘洋", "Liu Yang"), ("赵敏", "Zhao Min")],
    "shenzhen": [("黄伟", "Huang Wei"), ("林晓", "Lin Xiao")], "chengdu": [("杨帆", "Yang Fan"), ("周婷", "Zhou Ting")],
    "hangzhou": [("吴昊", "Wu Hao"), ("孙悦", "Sun Yue")], "wuhan": [("郑凯", "Zheng Kai"), ("何莉", "He Li")]}
TEAMS = {c: (f"{z}自营安装队", f"{c.capitalize()} in-house crew") for c, z, _ in CITIES}
ANTU = ("安途装配", "Antu Installs")  # Chengdu subcontractor
FAIL_REASONS = [("power_mismatch", "电源不符"), ("floor_load", "地面承重不足"), ("missing_parts", "零件缺失"),
                ("access_too_narrow", "门洞太窄")]
CH_TP = {"showroom": "tp_showroom", "website": "tp_web_enquiry", "douyin": "tp_web_enquiry",
         "tmall": "tp_tmall_chat", "referral": "tp_phone_enquiry", "trade_show": "tp_phone_enquiry"}
CH_EV = {"tp_showroom": "store", "tp_web_enquiry": "web", "tp_tmall_chat": "tmall", "tp_phone_enquiry": "phone"}
DEPOSIT_P = {"tp_showroom": .62, "tp_phone_enquiry": .55, "tp_web_enquiry": .40, "tp_tmall_chat": .30}

# ---- feedback templates: topic -> (zh list, en list, touchpoint, rating range)
TXT = {
    "install_fail": (["第一次上门装不上，说电源不符要改线，又等了一周", "安装失败了两次，师傅没提前确认场地，白请一天假",
                      "约好的安装装不上，白跑一趟，说地面承重不够", "安装失败！零件缺失，下次再来，浪费时间"],
                     ["The install failed on the first visit, wrong power supply, had to wait another week",
                      "Install failed, the crew had not checked the site beforehand", "Failed install - they came without all the parts"],
                     "tp_install_fail", (1, 2)),
    "parts_wait": (["配件缺货等了快一个月，机器一直停着", "保养说要换配件，结果配件等了三周还没到", "等配件等太久了，会员都在投诉"],
                    ["Waiting for parts for almost a month, the machine is out of service",
                     "Parts on backorder for three weeks after the maintenance visit", "waited weeks for parts, members complaining"],
                    "tp_parts_backorder", (1, 2)),
    "slow_callout": (["报修两天才来人，健身房的跑步机停了两天", "抢修太慢了，报修后48小时都没人上门", "故障报修响应太慢，打了好几次电话"],
                      ["Reported a breakdown and it took two days to send an engineer", "Call-out response was far too slow",
                       "slow response to our breakdown call, machine down for days"], "tp_callout", (1, 2)),
    "noise": (["跑步机用了一个月噪音很大", "跑起来噪音大，楼下邻居都来敲门了"],
              ["The treadmill got really noisy after a month", "Loud noise from the belt when running"], "tp_install_done", (2, 3)),
    "delivery_late": (["送货比说好的晚了一个多星期", "双十一买的，送货拖了好久", "送货延迟，客服一直说在路上"],
                       ["Delivery was more than a week late", "Bought on Double 11 and the delivery was late",
                        "delivery delayed again and again"], "tp_delivery", (1, 3)),
    "renewal_price": (["续约价格涨了15%，有点接受不了", "维保续约涨价太多，考虑换别家", "今年续约怎么涨价这么多"],
                       ["The renewal price went up 15%, too much", "Maintenance renewal price hike is hard to justify"],
                       "tp_renewal_notice", (1, 2)),
    "invoice_wrong": (["发票开错了抬头，重开又等了好几天", "发票开错金额，财务退回来了"],
                       ["The invoice was issued with the wrong company name", "invoice was wrong, had to be reissued"],
                       "tp_final_payment", (2, 3)),
    "pro_install": (["安装师傅很专业，调试得很仔细", "安装师傅很专业，还教我们怎么用", "安装团队专业又准时"],
                     ["The installers were very professional and careful", "professional installation crew, great job"],
                     "tp_install_done", (4, 5)),
    "showroom_demo": (["展厅讲解很耐心，试用了好几款才定", "销售在展厅讲解很耐心，推荐的型号很合适"],
                       ["The showroom demo was very helpful, patient explanation", "Great showroom demo, tried several models"],
                       "tp_showroom", (4, 5)),
    "generic_pos": (["整体满意，机器质量不错", "服务挺好的，会推荐给朋友", "用着挺好"],
                     ["Overall satisfied, good machine", "Good service, would recommend", "happy with it"], None, (4, 5)),
    "generic_neu": (["还行吧，一般", "中规中矩", "没什么特别的"], ["It's ok", "average experience", "nothing special"], None, (3, 4)),
}


FB_TP = {"install_survey": "tp_install_done", "callout_callback": "tp_fix_done", "tmall_review": "tp_delivery",
         "nps_survey": "tp_final_payment", "wechat": ""}


def pick(items, p=None):
    return items[int(rng.choice(len(items), p=p))]


def at(day: datetime, h0=9, h1=19):
    return day.replace(hour=0, minute=0, second=0) + D(hours=float(rng.uniform(h0, h1)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0

    def ev(self, c, ts, tp, sess, action, **kw):
        if ts > END or ts < START:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=sess, action=action, device=kw.pop("device", ""),
                   channel=kw.pop("channel", ""), city=c["region"], 城市=CITY_ZH[c["region"]], segment=c["segment"],
                   crm_batch=f"B{ts:%y%m}{int(rng.integers(1, 9))}", lead_score=int(rng.integers(1, 100)))
        row.update(kw)
        self.events.append(row)

    def order(self, c, ts, amount, status, otype, otype_zh, deal, **kw):
        if ts > END or ts < START:
            return
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   amount=round(float(amount), 2), status=status, channel=kw.pop("channel", ""),
                   device=kw.pop("device", ""), order_type=otype, 订单类型=otype_zh, deal_id=deal, city=c["region"],
                   城市=CITY_ZH[c["region"]], segment=c["segment"], currency="CNY", invoice_no=f"INV{self.n_ord + 30000}")
        row.update(kw)
        self.orders.append(row)

    def fb(self, c, ts, topic, channel, rating=None, nps=None, tp=None, **kw):
        if ts is not None and (ts > END or ts < START):
            return
        zh, en, ttp, (r0, r1) = TXT[topic]
        lang = "en" if rng.random() < (0.45 if c["preferred_language"] == "en" else 0.03) else "zh"
        text = pick(en if lang == "en" else zh)
        if rng.random() < 0.15 and lang == "zh":
            text += pick(["。", "！", "，希望改进。", "。谢谢"])
        if channel in ("install_survey", "tmall_review", "callout_callback") and rating is None:
            rating = int(rng.integers(r0, r1 + 1))
        drop_ts = (channel == "wechat" and rng.random() < 0.4) or (channel == "tmall_review" and rng.random() < 0.1)
        self.n_fb += 1
        fid = f"F{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts="" if (drop_ts or ts is None) else ts.strftime("%Y-%m-%d %H:%M:%S"),
                   customer_id=c["customer_id"], touchpoint_id=tp or ttp or FB_TP.get(channel, ""), channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
                   city=c["region"], 城市=CITY_ZH[c["region"]], segment=c["segment"])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics=topic, lang=lang))

    # ------------------------------------------------------------------
    def customer(self, i, base: bool):
        city = pick([c for c, _, _ in CITIES], p=[w for _, _, w in CITIES])
        seg = pick([s for s, _, _ in SEGMENTS], p=[w for _, _, w in SEGMENTS])
        acq = pick(["showroom", "website", "tmall", "referral", "douyin", "trade_show"],
                   p=[.3, .22, .24, .12, .08, .04] if seg == "home" else [.25, .3, .02, .25, .03, .15])
        if base:
            signup = datetime(2022, 1, 1) + D(days=float(rng.uniform(0, 1090)))
        else:
            # seasonality: January (resolutions), March, November (Double 11)
            mw = np.array([2.2, 1.0, 1.4, 1.0, .9, .8, .8, .8, 1.0, 1.1, 1.9, 1.2] * 2)[:18]
            m = int(rng.choice(18, p=mw / mw.sum()))
            y, mo = 2025 + m // 12, m % 12 + 1
            signup = at(datetime(y, mo, 1) + D(days=int(rng.integers(0, 28))))
        c = dict(customer_id=f"C{i:05d}", signup_at=signup.strftime("%Y-%m-%d %H:%M:%S"), segment=seg, region=city,
                 acquisition_channel=acq, tier="key_account" if seg != "home" and rng.random() < .35 else "standard",
                 客户类型=SEG_ZH[seg], 城市=CITY_ZH[city],
                 company_size=("" if seg == "home" else pick(["small", "medium", "large"], p=[.5, .35, .15])),
                 preferred_language="en" if rng.random() < (.18 if city in ("shanghai", "shenzhen") else .05) else "zh",
                 wechat_bound=bool(rng.random() < .7), birth_year=(int(rng.integers(1965, 2000)) if seg == "home" else ""))
        c["_signup"] = signup
        self.customers.append(c)
        return c

    def equipment(self, c):
        prod = pick(list(PRODUCTS), p=[.4, .14, .16, .08, .1, .12] if c["segment"] == "home" else [.3, .15, .15, .05, .25, .1])
        brand = pick([b for b, _, _ in BRANDS], p=[w for _, _, w in BRANDS] if c["segment"] == "home" else
                     [.25, .3, .2, .1, .15])
        return prod, brand

    def sale(self, c):
        t = c["_signup"]
        seg = c["segment"]
        home = seg == "home"
        tp0 = CH_TP[c["acquisition_channel"]]
        dev = pick(["ios", "android", "pc"], p=[.4, .35, .25]) if tp0 in ("tp_web_enquiry", "tp_tmall_chat") else ""
        rep = pick(REPS[c["region"]])
        self.n_sess += 1
        deal = f"D{self.n_sess:06d}"
        prod, brand = self.equipment(c)
        common = dict(product_line=prod, 产品线=PRODUCTS[prod], brand=brand, 品牌=BRAND_ZH[brand])
        self.ev(c, t, tp0, deal, "view" if tp0 == "tp_showroom" else "submit", channel=CH_EV[tp0], device=dev,
                sales_rep=rep[1], 销售顾问=rep[0], **common)
        if tp0 == "tp_showroom" and (rep[0] == "王静" and rng.random() < .35 or rng.random() < .05):
            self.fb(c, t + D(hours=3), "showroom_demo", "wechat", sales_rep=rep[1], 销售顾问=rep[0])
        if rng.random() > (.78 if home else .85):
            return None
        t = t + D(hours=float(rng.uniform(2, 96)))
        lo, hi = HOME_PRICE[prod]
        amount = rng.uniform(lo, hi) if home else rng.uniform(60000, 480000) * (1.3 if brand == "Technogym" else 1)
        amount = round(amount, -1)
        units = 1 if home else int(rng.integers(5, 40))
        self.ev(c, t, "tp_quote", deal, "sent", channel="email", quote_amount=amount, units=units, sales_rep=rep[1],
                销售顾问=rep[0], **common)
        p = DEPOSIT_P[tp0] * (1.0 if home else 1.15)
        if rng.random() > p:
            return None
        t = t + D(days=float(rng.exponential(6 if home else 14)) + .1)
        self.ev(c, t, "tp_deposit", deal, "submit", channel=CH_EV[tp0], device=dev, order_amount=amount,
                deposit=round(amount * .3, 2), sales_rep=rep[1], 销售顾问=rep[0], **common)
        och = "tmall" if tp0 == "tp_tmall_chat" else ("online" if tp0 == "tp_web_enquiry" else "offline")
        if rng.random() < .04:  # cancelled before delivery, deposit refunded
            self.order(c, t, amount * .3, "refunded", "deposit", "定金", deal, channel=och, device=dev,
                       product_line=prod, brand=brand, refunded_at=(t + D(days=5)).strftime("%Y-%m-%d"))
            return None
        self.order(c, t, amount * .3, "paid", "deposit", "定金", deal, channel=och, device=dev, product_line=prod,
                   brand=brand)
        dd = (float(rng.uniform(2, 8)) if home else float(rng.uniform(8, 25)))
        if datetime(2025, 11, 1) <= t < datetime(2025, 12, 20):
            dd *= 2.6   # Double 11 crunch: warehouse backlog
        t = at(t + D(days=dd))
        self.ev(c, t, "tp_delivery", deal, "delivered", channel="logistics", delivery_days=round(dd, 1), **common)
        late = dd > (10 if home else 28)
        if (tp0 == "tp_tmall_chat" and rng.random() < .6) or (late and rng.random() < .25):
            topic = "delivery_late" if late and rng.random() < .75 else pick(["generic_pos", "generic_neu"])
            self.fb(c, t + D(days=1), topic, "tmall_review" if tp0 == "tp_tmall_chat" else "wechat",
                    **dict(brand=brand, 品牌=BRAND_ZH[brand]))
        # installation
        team = ANTU if c["region"] == "chengdu" and rng.random() < .7 else TEAMS[c["region"]]
        pfail = (.50 if team == ANTU else .07) + (0 if home else .05)
        t = at(t + D(days=float(rng.uniform(0, 4))))
        failed = False
        if rng.random() < pfail:
            failed = True
            r = pick(FAIL_REASONS, p=[.6, .15, .15, .1] if team == ANTU else [.2, .25, .35, .2])
            self.ev(c, t, "tp_install_fail", deal, "fail", channel="onsite", installer_team=team[1], 安装队=team[0],
                    fail_reason=r[0], 失败原因=r[1], **common)
            if rng.random() < .06:  # gave up: returned, deposit refunded
                self.orders[-1]["status"] = "returned"
                return None
            t = at(t + D(days=float(rng.uniform(3, 12))))
        mins = int(rng.normal(90 if home else 420, 25 if home else 90))
        self.ev(c, t, "tp_install_done", deal, "success", channel="onsite", installer_team=team[1], 安装队=team[0],
                install_minutes=max(30, mins), **common)
        if rng.random() < .45:
            if failed and rng.random() < .85:
                topic = "install_fail"
            elif prod == "treadmill" and brand == "Shuhua" and rng.random() < .4:
                topic = "noise"
            else:
                topic = pick(["pro_install", "generic_pos", "generic_neu"], p=[.3, .45, .25])
            tp = "tp_install_fail" if topic == "install_fail" else None
            self.fb(c, t + D(days=float(rng.uniform(0.2, 3))), topic, "install_survey", tp=tp, installer_team=team[1],
                    安装队=team[0], brand=brand, 品牌=BRAND_ZH[brand])
        # balance
        bal = amount * .7
        unpaid_p = .04 if home else {"hotel": .32, "gym": .10, "corporate": .07, "school": .12}[seg]
        inv_ts = t + D(hours=2)
        if rng.random() < unpaid_p and inv_ts < END - D(days=5):
            self.order(c, inv_ts, bal, "unpaid", "balance", "尾款", deal, channel=och, product_line=prod, brand=brand,
                       due_date=(inv_ts + D(days=30)).strftime("%Y-%m-%d"))
            rt = inv_ts + D(days=31)
            for k in range(int(rng.integers(1, 4))):
                self.ev(c, at(rt), "tp_payment_reminder", deal, "call", channel="phone", invoice_amount=round(bal, 2),
                        reminder_no=k + 1)
                rt += D(days=float(rng.uniform(10, 25)))
        else:
            pt = t + D(hours=1) if home else at(t + D(days=float(rng.uniform(5, 40))))
            self.ev(c, pt, "tp_final_payment", deal, "success", channel=och, device=dev, amount_paid=round(bal, 2),
                    payment_method=pick(["bank_transfer", "alipay", "wechat_pay", "card"],
                                        p=[.1, .4, .4, .1] if home else [.8, .05, .05, .1]))
            self.order(c, pt, bal, "paid", "balance", "尾款", deal, channel=och, device=dev, product_line=prod, brand=brand)
            if rng.random() < .3:
                self.fb(c, pt + D(days=2), "generic_pos" if rng.random() < .6 else "generic_neu", "nps_survey",
                        nps=int(min(10, max(0, rng.normal(8.2 if not failed else 5.5, 1.6)))), tp="tp_final_payment")
            if rng.random() < .03:
                self.fb(c, pt + D(days=4), "invoice_wrong", "complaint_ticket")
        return t, prod, brand

    def contract(self, c, start, prod, brand, renew_only=False):
        """one contract line: sign (unless renew_only), visits, breakdowns, renewal."""
        home = c["segment"] == "home"
        fee = (rng.uniform(900, 2000) if home else rng.uniform(6000, 40000))
        self.n_sess += 1
        k = f"K{self.n_sess:06d}"
        common = dict(product_line=prod, 产品线=PRODUCTS[prod], brand=brand, 品牌=BRAND_ZH[brand], contract_id=k)
        if not renew_only:
            self.ev(c, start, "tp_contract_sign", k, "signed", channel="offline", contract_fee=round(fee, 2), **common)
            self.order(c, start, fee, "unpaid" if (c["segment"] == "hotel" and rng.random() < .2) else "paid",
                       "maintenance_contract", "维保合同", k, channel="offline", product_line=prod, brand=brand)
        slow_calls = []
        t_end = start + D(days=365)
        period_start = start
        for year in range(4):
            # visits
            step = 91 if not home else 182
            v = period_start + D(days=float(rng.uniform(20, step)))
            while v < t_end and v <= END:
                self.n_sess += 1
                vs = f"V{self.n_sess:06d}"
                self.ev(c, at(v), "tp_maint_visit", vs, "done", channel="onsite", engineer_id=f"EN{int(rng.integers(1, 25)):02d}",
                        **common)
                if rng.random() < .2:
                    wait = float(rng.lognormal(np.log(20 if brand == "Technogym" else 5), .35))
                    part = pick(["跑带 belt", "电机 motor", "控制板 console board", "钢丝绳 cable", "轴承 bearing"])
                    self.ev(c, at(v) + D(hours=1), "tp_parts_backorder", vs, "ordered", channel="parts",
                            part=part.split()[1], 配件=part.split()[0], parts_wait_days=round(wait, 1), **common)
                    self.ev(c, at(v + D(days=wait)), "tp_parts_fitted", vs, "fitted", channel="onsite",
                            part=part.split()[1], 配件=part.split()[0], **common)
                    if wait > 14 and rng.random() < .45:
                        self.fb(c, at(v + D(days=14)), "parts_wait", "complaint_ticket", brand=brand,
                                品牌=BRAND_ZH[brand])
                v += D(days=step)
            # breakdowns
            rate = 1.6 if not home else .35
            nb = rng.poisson(rate)
            for _ in range(nb):
                b = at(period_start + D(days=float(rng.uniform(0, 365))), 7, 21)
                if b > END:
                    continue
                self.breakdown(c, b, common, slow_calls, contracted=True)
            # renewal
            notice = at(t_end - D(days=30))
            if notice > END:
                return
            if notice >= START:
                self.ev(c, notice, "tp_renewal_notice", k, "sent", channel="email",
                        renewal_fee=round(fee * (1.15 if notice >= PRICE_RISE else 1.0), 2), **common)
                p = .80 if notice < PRICE_RISE else .63
                if any(t_end - D(days=365) <= s < t_end for s in slow_calls):
                    p *= .5
                if notice >= PRICE_RISE and rng.random() < .18:
                    self.fb(c, notice + D(days=float(rng.uniform(1, 10))), "renewal_price", "wechat")
                if rng.random() >= p:
                    return
                rt = notice + D(days=float(rng.uniform(2, 35)))
                fee = fee * (1.15 if notice >= PRICE_RISE else 1.0)
                self.ev(c, rt, "tp_renewal", k, "renewed", channel="offline", renewal_fee=round(fee, 2), **common)
                self.order(c, rt, fee, "paid", "renewal", "维保续约", k, channel="offline", product_line=prod, brand=brand)
            period_start, t_end = t_end, t_end + D(days=365)

    def breakdown(self, c, b, common, slow_calls, contracted):
        self.n_sess += 1
        s = f"R{self.n_sess:06d}"
        self.ev(c, b, "tp_breakdown", s, "submit", channel=pick(["phone", "wechat", "web"], p=[.6, .3, .1]),
                fault=pick(["belt_slipping", "no_power", "noise", "display_error", "cable_broken"]), **common)
        if rng.random() < .05:
            return
        hrs = float(rng.lognormal(np.log(50 if c["region"] == "wuhan" else 17), .4))
        ct = b + D(hours=hrs)
        self.ev(c, ct, "tp_callout", s, "arrive", channel="onsite", response_hours=round(hrs, 1),
                engineer_id=f"EN{int(rng.integers(1, 25)):02d}", **common)
        if hrs > 48:
            slow_calls.append(b)
        if not contracted:
            fee = 300 if c["segment"] == "home" else 800
            self.order(c, ct, fee, "paid", "callout_fee", "上门费", s, channel="offline")
        if rng.random() < .88:
            ft = ct + D(hours=float(rng.uniform(1, 4)))
            self.ev(c, ft, "tp_fix_done", s, "fixed", channel="onsite", **common)
            if rng.random() < .4:
                topic = "slow_callout" if hrs > 48 and rng.random() < .8 else pick(["generic_pos", "generic_neu"])
                self.fb(c, ft + D(days=1), topic, "callout_callback", response_hours=round(hrs, 1))

    def run(self):
        i = 0
        for _ in range(4300):  # new prospects 2025-01 .. 2026-06
            i += 1
            c = self.customer(i, base=False)
            r = self.sale(c)
            if r is None:
                continue
            t, prod, brand = r
            p = .15 if c["segment"] == "home" else .68
            if rng.random() < p:
                self.contract(c, at(t + D(days=float(rng.uniform(1, 20)))), prod, brand)
            elif rng.random() < .25:  # uncontracted breakdowns
                b = at(t + D(days=float(rng.uniform(20, 400))), 7, 21)
                if b <= END:
                    self.breakdown(c, b, dict(product_line=prod, 产品线=PRODUCTS[prod], brand=brand, 品牌=BRAND_ZH[brand]),
                                   [], contracted=False)
        for _ in range(1100):  # installed base with contracts signed 2022-2024
            i += 1
            c = self.customer(i, base=True)
            if c["segment"] == "home" and rng.random() < .5:
                c["segment"], c["客户类型"] = "gym", "健身房"
            prod, brand = self.equipment(c)
            anniv = c["_signup"] + D(days=float(rng.uniform(10, 60)))
            while anniv + D(days=365) < START:
                anniv += D(days=365)
            self.contract(c, anniv, prod, brand, renew_only=True)


def write(path: Path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r if not k.startswith("_")))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    dup = [dict(g.events[int(j)]) for j in rng.choice(len(g.events), 20, replace=False)]
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", g.customers)
    write(out / "events.csv", g.events + dup)
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers)} events {len(g.events)}+{len(dup)} orders {len(g.orders)} "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main()
