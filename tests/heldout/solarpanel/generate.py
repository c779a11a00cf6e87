"""晴岚光伏 SunHaven Solar: residential rooftop solar installation in China (CNY) and Australia (AUD) (synthetic).

Home owners leave a lead (线索登记: website, WeChat mini-program, paid ads, comparison sites, referrals), book a roof
survey (预约勘测), get surveyed on site (上门勘测) or by drone (无人机勘测), receive a quote (方案报价), may apply for
finance (分期贷款申请 -> 征信审核 -> 获批 / 被拒), sign and pay a 10 % deposit (签约付定金; cooling-off cancellations
refund it), then the permit / grid application is lodged (并网许可申报, sometimes rejected and resubmitted), the
install day is booked (and sometimes rescheduled), the grid operator inspects and swaps the meter (电网验收/换表) and
the system is connected (并网发电). The monitoring app invitation follows (App激活邀请 -> 注册 -> 绑定逆变器 -> 首份发电
周报). Installed systems raise low-output alerts (发电异常告警) that become service tickets, maintenance visits and
fixes; panel cleaning is sold as a service. An installed base of systems from 2022-2024 is in the extract too.
Data 2025-01-01 .. 2026-06-30 (extract taken in July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(the generator's topic per comment; not a DATA.md table). Seed 20261207, numpy + stdlib, ~3 s.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
APP_BUG = (datetime(2026, 3, 1), datetime(2026, 4, 3))   # app 3.2.0 broke inverter pairing on Android
APP_FIX = datetime(2026, 4, 3)
SUNLEND_TIGHT = datetime(2026, 2, 1)                       # SunLend tightened its income checks

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_savings_calc", "收益计算器", "Savings calculator", "awareness", "web", "digital", "marketing",
     "计算器|省钱计算|收益测算|savings calculator|solar calculator|payback calculator"),
    ("tp_lead", "线索登记", "Lead captured", "awareness", "web", "digital", "marketing",
     "留资|线索|询价|在线咨询|获客|新线索|lead|enquiry|inquiry|sign-up form|new lead"),
    ("tp_survey_booked", "预约勘测", "Survey booked", "consideration", "phone", "digital", "sales",
     "约勘测|预约上门|勘测预约|survey booking|site visit booked|booked survey"),
    ("tp_survey_onsite", "上门勘测", "On-site roof survey", "consideration", "other", "physical", "survey",
     "现场勘测|上门看屋顶|爬屋顶|site survey|on-site survey|roof inspection|site assessment"),
    ("tp_survey_drone", "无人机勘测", "Drone roof survey", "consideration", "other", "physical", "survey",
     "无人机|航拍勘测|drone survey|aerial survey|drone inspection"),
    ("tp_quote", "方案报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价|方案|报价单|设计方案|quote|quotation|proposal|system design"),
    ("tp_finance_apply", "分期贷款申请", "Finance application", "purchase", "web", "digital", "finance",
     "光伏贷|贷款申请|分期申请|finance application|loan application|green loan"),
    ("tp_credit_check", "征信审核", "Credit check", "purchase", "other", "digital", "finance",
     "征信|信用审核|credit check|credit assessment"),
    ("tp_finance_approved", "贷款获批", "Finance approved", "purchase", "email", "digital", "finance",
     "贷款批了|审批通过|放款|loan approved|finance approved|approval"),
    ("tp_finance_declined", "贷款被拒", "Finance declined", "purchase", "email", "digital", "finance",
     "贷款被拒|审批不通过|拒贷|loan declined|finance declined|rejected loan"),
    ("tp_contract", "签约付定金", "Contract signed", "purchase", "other", "physical", "sales",
     "签约|签合同|付定金|下单|成交|contract|signed|deposit|sale|closed deal"),
    ("tp_contract_cancel", "冷静期退订", "Contract cancelled", "purchase", "phone", "digital", "sales",
     "退订|取消合同|退定金|cancellation|cooling-off cancel|cancelled contract"),
    ("tp_permit_submit", "并网许可申报", "Permit application lodged", "service", "other", "digital", "permits",
     "报装|并网申请|许可申报|备案|permit application|DNSP application|grid application|network approval request"),
    ("tp_permit_rejected", "申报被退回", "Permit application rejected", "service", "other", "digital", "permits",
     "申报退回|报装被退|permit rejected|application rejected"),
    ("tp_permit_approved", "许可获批", "Permit approved", "service", "other", "digital", "permits",
     "报装通过|许可通过|批复|permit approved|network approval|DNSP approval"),
    ("tp_install_reschedule", "安装改期", "Install rescheduled", "service", "phone", "digital", "installation",
     "改期|延期安装|安装推迟|reschedule|install moved|postponed install"),
    ("tp_install_day", "上门安装", "Install day", "service", "other", "physical", "installation",
     "安装|施工|装板|上门施工|install|installation|install day|fit-out"),
    ("tp_grid_inspect", "电网验收换表", "Grid inspection & meter swap", "service", "other", "physical", "grid",
     "验收|换表|电表更换|双向表|inspection|meter swap|meter change|grid inspection"),
    ("tp_grid_connect", "并网发电", "Grid connected", "service", "other", "digital", "grid",
     "并网|通电发电|接入电网|grid connection|connected|switch-on|energised"),
    ("tp_app_invite", "App激活邀请", "App invitation sent", "service", "email", "digital", "app",
     "激活短信|App邀请|invite|activation email|app invitation"),
    ("tp_app_register", "App注册", "App sign-up", "service", "app", "digital", "app",
     "注册|App注册|sign up|app registration|account created"),
    ("tp_inverter_bind", "绑定逆变器", "Inverter paired", "service", "app", "digital", "app",
     "绑定|配对逆变器|激活监控|pairing|pair inverter|activate monitoring|app activation"),
    ("tp_bind_error", "绑定失败", "Pairing error", "service", "app", "digital", "app",
     "绑定报错|配对失败|pairing error|pairing failed"),
    ("tp_first_report", "首份发电周报", "First generation report viewed", "loyalty", "app", "digital", "app",
     "发电周报|发电报告|first report|weekly generation report"),
    ("tp_app_open", "打开监控App", "Monitoring app opened", "loyalty", "app", "digital", "app",
     "看App|查看发电|app open|app session|checked the app"),
    ("tp_output_alert", "发电异常告警", "Low-output alert", "service", "app", "digital", "monitoring",
     "发电量低|告警|异常告警|low output|underperformance alert|generation alert"),
    ("tp_service_ticket", "报修工单", "Service ticket opened", "service", "phone", "digital", "customer_service",
     "报修|工单|售后|service ticket|repair request|support case"),
    ("tp_maint_visit", "运维上门", "Maintenance visit", "service", "other", "physical", "field_service",
     "运维|上门检修|售后上门|maintenance visit|service call|technician visit"),
    ("tp_issue_resolved", "问题解决", "Issue resolved", "service", "other", "digital", "field_service",
     "修好|解决|结单|resolved|fixed|ticket closed"),
    ("tp_cleaning", "组件清洗", "Panel cleaning", "loyalty", "other", "physical", "field_service",
     "清洗|洗板|panel clean|panel cleaning|solar panel wash"),
    ("tp_complaint", "投诉", "Complaint logged", "service", "phone", "digital", "customer_service",
     "投诉|客诉|complaint|escalation"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("sales", "获客到签约", "Lead to contract", 60, ["tp_lead", "tp_survey_booked", "tp_quote", "tp_contract"]),
    ("finance", "分期贷款审批", "Solar finance", 30,
     ["tp_finance_apply", "tp_credit_check", "tp_finance_approved", "tp_contract"]),
    ("delivery", "签约到并网", "Contract to grid connection", 120,
     ["tp_contract", "tp_permit_submit", "tp_permit_approved", "tp_install_day", "tp_grid_inspect",
      "tp_grid_connect"]),
    ("app", "监控App激活", "Monitoring app activation", 14,
     ["tp_app_invite", "tp_app_register", "tp_inverter_bind", "tp_first_report"]),
    ("service", "发电异常处理", "Low-output fix", 30,
     ["tp_output_alert", "tp_service_ticket", "tp_maint_visit", "tp_issue_resolved"]),
]
CITIES = [  # id, zh, country, weight
    ("shanghai", "上海", "CN", .13), ("hangzhou", "杭州", "CN", .13), ("suzhou", "苏州", "CN", .15),
    ("foshan", "佛山", "CN", .16), ("sydney", "悉尼", "AU", .15), ("melbourne", "墨尔本", "AU", .12),
    ("brisbane", "布里斯班", "AU", .09), ("perth", "珀斯", "AU", .07)]
CITY_ZH = {c: z for c, z, _, _ in CITIES}
COUNTRY = {c: k for c, _, k, _ in CITIES}
AUTHORITY = {"shanghai": "国网上海市电力公司", "hangzhou": "国网杭州供电公司", "suzhou": "国网苏州供电公司",
             "foshan": "南方电网佛山供电局", "sydney": "Ausgrid", "melbourne": "CitiPower", "brisbane": "Energex",
             "perth": "Western Power"}
SEG_ZH = {"owner_occupier": "自住业主", "landlord": "出租房东", "new_build": "新房业主", "rural_home": "农村自建房"}
CHANNELS = {"CN": (["website", "mini_program", "paid_ads", "referral"], [.25, .30, .25, .20]),
            "AU": (["website", "paid_ads", "comparison_site", "referral"], [.30, .25, .25, .20])}
LEAD_CH = {"website": "web", "mini_program": "mini_program", "paid_ads": "ads", "comparison_site": "web",
           "referral": "phone"}
BOOK_P = {"website": .82, "mini_program": .80, "paid_ads": .58, "comparison_site": .72, "referral": .92}
SIGN_P = {"owner_occupier": .52, "landlord": .19, "new_build": .56, "rural_home": .48}
CH_SIGN = {"website": 1.0, "mini_program": 1.0, "paid_ads": .85, "comparison_site": .9, "referral": 1.1}
FIN_PROVIDERS = {"CN": [("RCB Solar Loan", "农商光伏贷", .6), ("GreenSource Instalments", "绿源分期", .4)],
                 "AU": [("SunLend", "SunLend", .55), ("GreenPay Finance", "GreenPay Finance", .45)]}
FIN_APPROVE = {"RCB Solar Loan": .82, "GreenSource Instalments": .74, "SunLend": .70, "GreenPay Finance": .80}
DECLINE_REASONS = ["credit_score", "income_verification", "property_title", "debt_ratio"]
INVERTERS = [("Huaxin", .4), ("SunWave", .35), ("Voltara", .25)]
PANELS = [("LongSun", .45), ("SkyStar", .35), ("JingLan", .20)]
TEAMS = {c: (f"{z}自营安装队", f"{c.capitalize()} in-house crew") for c, z, _, _ in CITIES}
ROOFRIGHT = ("RoofRight分包队", "RoofRight Installs")   # Sydney subcontractor
RESCHED_REASONS = ["weather", "crew_unavailable", "equipment_shortage", "customer_request"]
ROOFS = {"CN": (["flat_concrete", "tile", "metal"], [.55, .3, .15]), "AU": (["tile", "metal", "flat"], [.5, .42, .08])}
CUR = {"CN": "CNY", "AU": "AUD"}
APP_VER = lambda t: "3.2.0" if APP_BUG[0] <= t < APP_FIX else ("3.2.1" if t >= APP_FIX else "3.1.4")  # noqa: E731

# ---- feedback templates: topic -> (zh list, en list, default touchpoint, rating range)
TXT = {
    "grid_delay": (["装好快一个月了还没并网，天天问都说在排队", "并网等太久了，板子装好了一直不能发电",
                    "还没并网！供电公司验收一拖再拖", "安装完三周了还没并网，每个月白交电费"],
                   ["Panels installed weeks ago and still not connected to the grid",
                    "Still waiting for grid connection, nobody can give me a date",
                    "the grid connection is taking forever, meter swap keeps getting pushed back"],
                   "tp_grid_inspect", (1, 2)),
    "low_output": (["发电量比报价时说的低了快三成", "发电量比承诺的低很多，是不是有遮挡没算进去",
                    "App上看发电量一直偏低，和方案里写的差太多"],
                   ["Generation is about 30% below what the quote promised",
                    "output is much lower than quoted, shading from the neighbour's tree was never considered",
                    "production keeps coming in under the estimate"], "tp_output_alert", (1, 2)),
    "app_bind": (["App一直绑定不了逆变器，扫码就报错", "监控App绑定失败好几次，客服让我重装也没用",
                  "新版App绑不上逆变器，安卓手机"],
                 ["The app won't pair with the inverter, keeps showing an error",
                  "Pairing the inverter in the app failed again and again", "cannot pair inverter after the update"],
                 "tp_bind_error", (1, 2)),
    "install_resched": (["安装日期一改再改，请了两次假", "安装改期了也不提前说，白等一上午", "说好的安装又改期，施工队太不靠谱"],
                        ["Install date was rescheduled twice at the last minute",
                         "They moved my installation day again without notice",
                         "install got pushed back again, crew never turned up"], "tp_install_reschedule", (1, 2)),
    "roof_leak": (["装完后屋顶漏水了，下雨天滴到卧室", "安装后瓦片碎了几块，屋顶漏水"],
                  ["Roof started leaking after the install", "cracked tiles after installation and now the roof leaks"],
                  "tp_install_day", (1, 1)),
    "finance_decline": (["光伏贷没批下来，也不告诉原因", "贷款被拒了，白等了一个多星期", "分期申请没通过，只能先放一放"],
                        ["Finance application was declined with no explanation",
                         "loan got declined after waiting over a week", "they declined my solar loan"],
                        "tp_finance_declined", (1, 2)),
    "quote_price": (["报价太贵了，比别家高一截", "方案报价偏高，再考虑考虑", "价格太贵，别家同样配置便宜好几千"],
                    ["The quote is too expensive compared to others", "price is too high for what we get",
                     "quote was way above the other two I got"], "tp_quote", (2, 3)),
    "pro_install": (["安装师傅很专业，走线整齐，现场收拾得很干净", "施工队很专业，一天就装好了", "安装团队专业又准时"],
                    ["Installers were professional and left the site spotless",
                     "very professional install crew, done in one day", "tidy, professional installation"],
                    "tp_install_day", (4, 5)),
    "savings": (["电费省了一大半，早该装了", "夏天电费省了很多，很满意", "每个月电费少了好几百"],
                ["Our power bill dropped by more than half", "huge savings on the electricity bill",
                 "the bill is down a lot since the system went live"], "tp_grid_connect", (4, 5)),
    "survey_good": (["勘测师傅很细致，屋顶每个角都量了", "无人机勘测很快，十分钟就出了方案图"],
                    ["The surveyor was thorough and explained everything", "drone survey was quick and painless"],
                    None, (4, 5)),
    "app_good": (["App看发电数据很方便", "监控App做得不错，每天看看发了多少电"],
                 ["Love seeing the generation data in the app", "monitoring app is handy, I check it daily"],
                 "tp_app_open", (4, 5)),
    "generic_pos": (["整体挺满意的", "服务不错，推荐给邻居了", "还不错，值得"],
                    ["Overall happy with the service", "good experience so far", "would recommend to friends"],
                    None, (4, 5)),
    "generic_neu": (["还行吧", "一般般", "没什么特别的"], ["it's ok", "average experience", "nothing special"], None, (3, 3)),
    "generic_neg": (["沟通太慢，问个进度要打好几次电话", "客服回复太慢"],
                    ["communication could be better, had to chase for updates", "slow replies from the office"],
                    None, (2, 2)),
}


FB_TP = {"install_survey": "tp_install_day", "nps_survey": "tp_grid_connect", "app_review": "tp_app_open",
         "survey_feedback": "tp_survey_onsite"}


def pick(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    cum = np.cumsum(p)
    return items[min(int(np.searchsorted(cum, rng.random() * cum[-1], side="right")), len(items) - 1)]


def at(day: datetime, h0=8.5, h1=18.5):
    return day.replace(hour=0, minute=0, second=0, microsecond=0) + D(hours=float(rng.uniform(h0, h1)))


def month_start(t: datetime, k=0):
    m = t.year * 12 + t.month - 1 + k
    return datetime(m // 12, m % 12 + 1, 1)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0

    def sess(self, prefix):
        self.n_sess += 1
        return f"{prefix}{self.n_sess:06d}"

    def ev(self, c, ts, tp, sess, action, **kw):
        if ts > END or ts < START:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=sess, action=action, device=kw.pop("device", ""),
                   channel=kw.pop("channel", ""), country=c["country"], city=c["region"], 城市=CITY_ZH[c["region"]],
                   currency=CUR[c["country"]], crm_batch=f"B{ts:%y%m}{int(rng.integers(1, 9))}")
        row.update(kw)
        self.events.append(row)

    def order(self, c, ts, amount, status, otype, otype_zh, deal, **kw):
        if ts > END or ts < START:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   amount=round(float(amount), 2), status=status, channel=kw.pop("channel", ""),
                   device=kw.pop("device", ""), order_type=otype, 订单类型=otype_zh, currency=CUR[c["country"]],
                   country=c["country"], city=c["region"], 城市=CITY_ZH[c["region"]], deal_id=deal,
                   invoice_no=f"INV{self.n_ord + 52000}")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, ts, topic, channel, rating=None, nps=None, tp=None, **kw):
        if ts is not None and (ts > END or ts < START):
            return None
        zh, en, ttp, (r0, r1) = TXT[topic]
        lang = c["_lang"] if rng.random() < .95 else ("en" if c["_lang"] == "zh" else "zh")
        text = pick(en if lang == "en" else zh)
        if rng.random() < .15:
            text += pick(["。", "！", "，希望改进。", "。谢谢"]) if lang == "zh" else pick([".", "!", " - thanks", "..."])
        if channel in ("install_survey", "app_review", "survey_feedback") and rating is None:
            rating = int(rng.integers(r0, r1 + 1))
        drop_ts = ts is None or (channel == "wechat" and rng.random() < .4) or (channel == "call_note"
                                                                               and rng.random() < .06)
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts="" if drop_ts else ts.strftime("%Y-%m-%d %H:%M:%S"),
                   customer_id=c["customer_id"], touchpoint_id=tp or ttp or FB_TP.get(channel, ""), channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
                   country=c["country"], city=c["region"], 城市=CITY_ZH[c["region"]])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics=topic, lang=lang))
        if channel == "complaint_ticket" and not drop_ts:
            self.ev(c, ts, "tp_complaint", kw.get("_sess", ""), "submit", channel="phone",
                    complaint_ref=fid)
        return row

    # ------------------------------------------------------------------
    def customer(self, i, base: bool):
        city = pick([c for c, _, _, _ in CITIES], p=[w for _, _, _, w in CITIES])
        country = COUNTRY[city]
        if country == "CN":
            seg = pick(list(SEG_ZH), p=[.40, .10, .10, .40] if city == "foshan" else [.54, .12, .15, .19])
        else:
            seg = pick(["owner_occupier", "landlord", "new_build", "rural_home"], p=[.62, .16, .14, .08])
        chs, ps = CHANNELS[country]
        acq = pick(chs, p=ps)
        if base:
            signup = at(datetime(2022, 1, 1) + D(days=float(rng.uniform(0, 900))))
        else:
            mw_cn = [.7, .6, 1.0, 1.2, 1.3, 1.2, 1.1, 1.0, 1.0, .9, .9, .8]
            mw_au = [.8, 1.0, 1.0, .9, .8, .7, 1.2, 1.2, 1.2, 1.3, 1.3, .9]
            # 22 months of leads 2024-09 .. 2026-06; the pipeline from 2024 reaches into the extract
            mw = np.array([(mw_cn if country == "CN" else mw_au)[(m + 8) % 12] * (1.15 if m >= 16 else 1.0)
                           for m in range(22)])
            m = int(rng.choice(22, p=mw / mw.sum())) + 8
            y, mo = 2024 + m // 12, m % 12 + 1
            last = (month_start(datetime(y, mo, 1), 1) - datetime(y, mo, 1)).days
            signup = at(datetime(y, mo, 1) + D(days=int(rng.integers(0, last))), 7, 23)
        battery_p = .2 if country == "CN" else (.55 if signup >= datetime(2025, 7, 1) else .25)
        lang = "zh" if country == "CN" else ("zh" if rng.random() < .15 else "en")
        if country == "CN" and rng.random() < .02:
            lang = "en"
        roofs, rp = ROOFS[country]
        c = dict(customer_id=f"SH{i:05d}", signup_at=signup.strftime("%Y-%m-%d %H:%M:%S"), segment=seg,
                 客户类型=SEG_ZH[seg], region=city, 城市=CITY_ZH[city], country=country, acquisition_channel=acq,
                 tier="solar_plus_battery" if rng.random() < battery_p else "panels_only",
                 preferred_language=lang, roof_type=pick(roofs, p=rp),
                 monthly_bill=round(float(rng.uniform(250, 900) if country == "CN" else rng.uniform(180, 650)), 0),
                 bill_currency=CUR[country],
                 postcode=(str(int(rng.integers(200000, 529999))) if country == "CN"
                           else str(int(rng.integers(2000, 6999)))),
                 marketing_consent=bool(rng.random() < .62), crm_source=pick(["hubspot", "salesforce", "manual"]))
        c["_signup"], c["_lang"] = signup, lang
        self.customers.append(c)
        return c

    def deal(self, c):
        """lead .. grid connection; returns (connect_ts, drone, inverter, deal_id) or None."""
        t, country, seg, acq = c["_signup"], c["country"], c["segment"], c["acquisition_channel"]
        d = self.sess("D")
        dev = "" if acq == "referral" else pick(["pc", "ios", "android"], p=[.3, .35, .35])
        if acq != "referral" and rng.random() < .5:
            for _ in range(int(rng.integers(1, 3))):
                self.ev(c, t - D(hours=float(rng.uniform(.2, 72))), "tp_savings_calc", d, "view", channel="web",
                        device=dev)
        self.ev(c, t, "tp_lead", d, "submit", channel=LEAD_CH[acq], device=dev, lead_source=acq,
                utm_campaign=(pick(["douyin_spring", "wechat_moments", "baidu_solar"] if country == "CN" else
                                   ["fb_rebate", "google_solar", "fb_battery"]) if acq == "paid_ads" else ""))
        if rng.random() > BOOK_P[acq]:
            return None
        t = t + D(hours=float(rng.uniform(2, 140)))
        self.ev(c, t, "tp_survey_booked", d, "submit", channel="phone")
        if rng.random() > .93:
            return None
        drone_p = (.35 if t < datetime(2026, 1, 1) else .45) if country == "CN" else (.55 if t < datetime(2026, 1, 1)
                                                                                       else .65)
        drone = rng.random() < drone_p
        t = at(t + D(days=float(rng.uniform(2, 12))))
        shade_true = float(rng.beta(2, 9))
        shade_meas = shade_true * (.5 if drone else 1.0) + float(rng.normal(0, .01))
        surveyor = f"SV{(list(CITY_ZH).index(c['region']) * 4 + int(rng.integers(1, 5))):02d}"
        self.ev(c, t, "tp_survey_drone" if drone else "tp_survey_onsite", d, "done", channel="onsite",
                survey_method="drone" if drone else "onsite", surveyor_id=surveyor, roof_type=c["roof_type"],
                shading_pct=round(max(0.0, shade_meas) * 100, 1))
        if rng.random() < .12:
            self.fb(c, t + D(hours=float(rng.uniform(2, 30))), "survey_good" if rng.random() < .75 else "generic_neu",
                    "survey_feedback", tp="tp_survey_drone" if drone else "tp_survey_onsite")
        if rng.random() > .94:
            return None
        t = t + D(hours=float(rng.uniform(20, 120)))
        if country == "CN":
            kw = float({"rural_home": rng.uniform(15, 30), "owner_occupier": rng.uniform(8, 16)}.get(
                seg, rng.uniform(6, 12)))
            price = kw * 1000 * float(rng.uniform(3.0, 3.6)) + (float(rng.uniform(15000, 30000))
                                                                if c["tier"] == "solar_plus_battery" else 0)
        else:
            kw = float(rng.choice([6.6, 8.0, 10.0, 13.2], p=[.45, .25, .2, .1]))
            price = kw * 1000 * float(rng.uniform(1.0, 1.4)) + (float(rng.uniform(9000, 14000))
                                                                if c["tier"] == "solar_plus_battery" else 0)
        price = round(price, -1)
        inverter = pick([b for b, _ in INVERTERS], p=[w for _, w in INVERTERS])
        panel = pick([b for b, _ in PANELS], p=[w for _, w in PANELS])
        gear = dict(system_kw=round(kw, 1), panel_brand=panel, inverter_brand=inverter)
        self.ev(c, t, "tp_quote", d, "sent", channel="email", quote_amount=price, **gear)
        sign = rng.random() < min(.95, SIGN_P[seg] * CH_SIGN[acq])
        fin_p = (.6 if seg == "rural_home" else .3) if country == "CN" else .35
        wants_fin = rng.random() < fin_p
        provider = None
        if wants_fin and (sign or rng.random() < .3):
            provs = FIN_PROVIDERS[country]
            provider = pick(provs, p=[w for _, _, w in provs])
            t = t + D(hours=float(rng.uniform(10, 110)))
            fdev = pick(["pc", "ios", "android"], p=[.3, .35, .35])
            self.ev(c, t, "tp_finance_apply", d, "submit", channel="web", device=fdev, finance_provider=provider[0],
                    贷款机构=provider[1], loan_amount=round(price * .9, -1))
            if rng.random() > .93:
                return None
            t = t + D(hours=float(rng.uniform(4, 50)))
            self.ev(c, t, "tp_credit_check", d, "check", channel="other", finance_provider=provider[0],
                    贷款机构=provider[1])
            ap = FIN_APPROVE[provider[0]]
            if provider[0] == "SunLend" and t >= SUNLEND_TIGHT:
                ap = .30
            t = t + D(hours=float(rng.uniform(30, 220)))
            if rng.random() < ap:
                self.ev(c, t, "tp_finance_approved", d, "success", channel="email", finance_provider=provider[0],
                        贷款机构=provider[1])
            else:
                if provider[0] == "SunLend" and t >= SUNLEND_TIGHT:
                    reason = pick(DECLINE_REASONS, p=[.15, .65, .05, .15])
                else:
                    reason = pick(DECLINE_REASONS, p=[.45, .2, .15, .2])
                self.ev(c, t, "tp_finance_declined", d, "fail", channel="email", finance_provider=provider[0],
                        贷款机构=provider[1], decline_reason=reason)
                if rng.random() < .45:
                    self.fb(c, t + D(hours=float(rng.uniform(3, 96))), "finance_decline",
                            pick(["wechat", "call_note"]) if country == "CN" else "call_note",
                            finance_provider=provider[0])
                provider = None
                sign = sign and rng.random() < .3
            t = t + D(hours=float(rng.uniform(20, 160)))
        else:
            t = t + D(days=float(rng.exponential(9)) + .5)
        if not sign:
            if rng.random() < .22:
                self.fb(c, t, "quote_price" if rng.random() < .8 else "generic_neg",
                        pick(["wechat", "call_note"]) if country == "CN" else "call_note", tp="tp_quote")
            return None
        t = at(t)
        deposit = round(price * .1, 2)
        och = "online" if acq in ("website", "mini_program", "paid_ads", "comparison_site") else "offline"
        self.ev(c, t, "tp_contract", d, "signed", channel="offline", contract_amount=price, deposit=deposit,
                finance_provider=provider[0] if provider else "", **gear)
        dep = self.order(c, t, deposit, "paid", "deposit", "定金", d, channel=och, system_kw=round(kw, 1),
                         device=dev if och == "online" else "",
                         payment_method=pick(["wechat_pay", "alipay", "bank_transfer"]) if country == "CN"
                         else pick(["card", "bank_transfer"]))
        if rng.random() < .05:   # cooling-off cancellation
            ct = at(t + D(days=float(rng.uniform(1, 10))))
            self.ev(c, ct, "tp_contract_cancel", d, "cancel", channel="phone",
                    cancel_reason=pick(["changed_mind", "finance", "found_cheaper", "moving_house"]))
            if dep is not None and ct <= END:
                dep["status"] = "refunded"
                dep["refunded_at"] = (ct + D(days=3)).strftime("%Y-%m-%d")
            return None
        # permits
        t = at(t + D(days=float(rng.uniform(1, 6))))
        auth = AUTHORITY[c["region"]]
        self.ev(c, t, "tp_permit_submit", d, "submit", channel="other", permit_authority=auth)
        if rng.random() < .06:
            t = at(t + D(days=float(rng.uniform(3, 8))))
            self.ev(c, t, "tp_permit_rejected", d, "fail", channel="other", permit_authority=auth,
                    reject_reason=pick(["single_line_diagram_error", "export_limit", "missing_documents"]))
            t = at(t + D(days=float(rng.uniform(2, 6))))
            self.ev(c, t, "tp_permit_submit", d, "resubmit", channel="other", permit_authority=auth)
        t = at(t + D(days=float(rng.uniform(8, 20) if country == "CN" else rng.uniform(5, 14))))
        self.ev(c, t, "tp_permit_approved", d, "success", channel="other", permit_authority=auth)
        # install
        team = ROOFRIGHT if c["region"] == "sydney" and rng.random() < .7 else TEAMS[c["region"]]
        sched = at(t + D(days=float(rng.uniform(4, 16))), 7, 8)
        p_res = (.55 if team == ROOFRIGHT else .09) + (.05 if country == "AU" and sched.month in (6, 7, 8) else 0)
        n_res = 0
        while rng.random() < (p_res if n_res == 0 else (.3 if team == ROOFRIGHT else .1)) and n_res < 3:
            n_res += 1
            reason = pick(RESCHED_REASONS, p=[.15, .65, .1, .1] if team == ROOFRIGHT else [.45, .15, .15, .25])
            rt = at(sched - D(days=float(rng.uniform(.5, 3))))
            self.ev(c, rt, "tp_install_reschedule", d, "reschedule",
                    channel="phone", installer_team=team[1], 安装队=team[0], reschedule_reason=reason)
            if rng.random() < .35:
                self.fb(c, rt + D(hours=float(rng.uniform(1, 30))), "install_resched",
                        "call_note" if country == "AU" else pick(["wechat", "call_note"]), installer_team=team[1],
                        安装队=team[0])
            sched = at(sched + D(days=float(rng.uniform(4, 14))), 7, 8)
        t = sched
        self.ev(c, t, "tp_install_day", d, "done", channel="onsite", installer_team=team[1], 安装队=team[0],
                install_hours=round(float(rng.normal(7 if kw < 12 else 10, 1.2)), 1), panel_count=int(kw * 1000 // 440),
                **gear)
        if country == "AU":
            self.order(c, t + D(hours=9), price - deposit, "paid", "balance", "尾款", d, channel=och,
                       system_kw=round(kw, 1), payment_method=provider[0] if provider else pick(["card",
                                                                                                  "bank_transfer"]))
        leak = rng.random() < .025
        if rng.random() < .42 or leak:
            if leak:
                topic = "roof_leak"
            elif n_res > 0 and rng.random() < .75:
                topic = "install_resched"
            else:
                topic = pick(["pro_install", "generic_pos", "generic_neu", "generic_neg"], p=[.4, .35, .17, .08])
            self.fb(c, t + D(days=float(rng.uniform(.3, 4))), topic, "install_survey", installer_team=team[1],
                    安装队=team[0])
        # grid inspection / connection
        wait = float(rng.uniform(3, 10) if country == "CN" else rng.uniform(2, 8))
        if rng.random() < .03:   # meter out of stock, inspector no-show ...
            wait += float(rng.uniform(12, 30))
        if c["region"] == "suzhou":
            if t >= datetime(2026, 1, 1):
                wait += 10 + 5 * (t.month - 1) + float(rng.uniform(0, 10))
            elif t >= datetime(2025, 11, 1):
                wait += float(rng.uniform(2, 6))
        t_insp = at(t + D(days=wait))
        # complaints while waiting
        k = t + D(days=float(rng.uniform(10, 14)))
        while k < t_insp and k <= END:
            if rng.random() < .8:
                self.fb(c, at(k, 8, 22), "grid_delay",
                        pick(["wechat", "complaint_ticket", "call_note"], p=[.45, .3, .25]) if country == "CN"
                        else pick(["complaint_ticket", "call_note"]), _sess=d)
            k += D(days=float(rng.uniform(5, 9)))
        if t_insp > END:
            return None
        self.ev(c, t_insp, "tp_grid_inspect", d, "done", channel="onsite", permit_authority=auth,
                meter_type="bidirectional")
        t = at(t_insp + D(days=float(rng.uniform(1, 4))))
        self.ev(c, t, "tp_grid_connect", d, "success", channel="other", permit_authority=auth,
                days_install_to_connect=round((t - sched).total_seconds() / 86400, 1), **gear)
        if country == "CN":
            self.order(c, t + D(hours=2), price - deposit, "paid", "balance", "尾款", d, channel=och,
                       system_kw=round(kw, 1), payment_method=provider[0] if provider else pick(
                           ["wechat_pay", "alipay", "bank_transfer"]))
        if rng.random() < .3:
            self.order(c, t + D(hours=3), 680 if country == "CN" else 199, "paid", "om_plan", "运维套餐", d,
                       channel=och, plan_years=1)
        c["_waited"] = (t - sched).days
        c["_resched"] = n_res
        c["system_live_date"] = t.strftime("%Y-%m-%d")
        c["inverter_brand"] = inverter
        c["system_kw"] = round(kw, 1)
        return t, drone, inverter, d

    def app(self, c, t):
        """app onboarding after grid connection; returns activation ts or None."""
        a = self.sess("A")
        if c["country"] == "CN":
            dev = pick(["android", "ios", "harmonyos"], p=[.55, .35, .10])
        else:
            dev = pick(["ios", "android"], p=[.6, .4])
        c["_device"] = dev
        t = t + D(hours=float(rng.uniform(1, 10)))
        self.ev(c, t, "tp_app_invite", a, "sent", channel="email" if c["country"] == "AU" else "sms")
        if rng.random() > .83:
            return None
        t = t + D(hours=float(rng.uniform(.5, 120)))
        self.ev(c, t, "tp_app_register", a, "submit", channel="app", device=dev, app_version=APP_VER(t))
        bug = dev == "android" and APP_BUG[0] <= t < APP_BUG[1]
        bound = None
        if rng.random() < (.25 if bug else .9):
            bound = t + D(minutes=float(rng.uniform(3, 60 * 30)))
        else:
            c["_bindfail"] = True
            if bug or rng.random() < .5:
                e = t
                for _ in range(int(rng.integers(1, 4))):
                    e = e + D(minutes=float(rng.uniform(1, 90)))
                    self.ev(c, e, "tp_bind_error", a, "fail", channel="app", device=dev, app_version=APP_VER(e),
                            error_code="E4012" if bug else pick(["E1001", "E2203", "E3307"]))
                if rng.random() < (.8 if bug else .3):
                    self.fb(c, e + D(hours=float(rng.uniform(.2, 48))), "app_bind", "app_review", device=dev,
                            app_version=APP_VER(e), _sess=a)
            if rng.random() < .5:
                bound = (APP_FIX if bug else t) + D(days=float(rng.uniform(1, 25)))
        if bound is None:
            return None
        self.ev(c, bound, "tp_inverter_bind", a, "success", channel="app", device=dev, app_version=APP_VER(bound))
        if rng.random() < .78:
            fr = at(bound + D(days=7 - bound.weekday()), 8, 22)
            self.ev(c, fr, "tp_first_report", a, "view", channel="app", device=dev, app_version=APP_VER(fr))
        if rng.random() < .07:
            self.fb(c, bound + D(days=float(rng.uniform(5, 60))), "app_good" if rng.random() < .7 else "generic_neu",
                    "app_review", device=dev, app_version=APP_VER(bound))
        return bound

    def life(self, c, t0, drone, inverter, active):
        """app opens, low-output alerts -> tickets, cleaning, NPS, from t0 (grid connection) to END."""
        dev = c.get("_device") or (pick(["android", "ios", "harmonyos"], p=[.55, .35, .10]) if c["country"] == "CN"
                                   else pick(["ios", "android"], p=[.6, .4]))
        m = month_start(max(t0, START))
        while m <= END:
            nxt = month_start(m, 1)
            lo = max(m, t0)
            span = (nxt - lo).total_seconds() / 86400
            if span > 0:
                if active:
                    for _ in range(int(rng.poisson(.55 * span / 30))):
                        ts = at(lo + D(days=float(rng.uniform(0, span))), 6, 23)
                        self.ev(c, ts, "tp_app_open", f"S{int(rng.integers(10**7, 10**8))}", "view", channel="app",
                                device=dev, app_version=APP_VER(ts))
                p_alert = (.012 + (.04 if drone else 0)) * (1.8 if inverter == "Voltara" else 1.0) * span / 30
                if rng.random() < p_alert:
                    self.alert(c, at(lo + D(days=float(rng.uniform(0, span))), 7, 19), drone, inverter, dev)
                if rng.random() < .018 * span / 30:
                    ts = at(lo + D(days=float(rng.uniform(0, span))))
                    k = self.sess("K")
                    self.ev(c, ts, "tp_cleaning", k, "done", channel="onsite")
                    self.order(c, ts, float(rng.choice([380, 480, 580])) if c["country"] == "CN"
                               else float(rng.choice([149, 189, 249])), "paid", "cleaning", "组件清洗", k,
                               channel="offline")
            m = nxt
        # one NPS survey 30-40 days after connection (new systems) or in 2025 (installed base)
        nt = t0 + D(days=float(rng.uniform(30, 40))) if t0 >= START else at(datetime(2025, 1, 1) + D(
            days=float(rng.uniform(0, 360))))
        if rng.random() < .4 and nt <= END:
            score = rng.normal(8.6, 1.2) - (3.2 if c.get("_waited", 0) > 20 else 0) - 1.5 * min(
                c.get("_resched", 0), 2) - (1.5 if c.get("_bindfail") else 0)
            nps = int(min(10, max(0, round(score))))
            if nps >= 9:
                topic = pick(["savings", "pro_install", "generic_pos"], p=[.5, .2, .3])
            elif nps >= 7:
                topic = pick(["generic_pos", "generic_neu", "savings"], p=[.4, .4, .2])
            elif c.get("_waited", 0) > 20 and rng.random() < .7:
                topic = "grid_delay"
            elif c.get("_resched", 0) and rng.random() < .6:
                topic = "install_resched"
            else:
                topic = pick(["generic_neg", "generic_neu"])
            self.fb(c, nt, topic, "nps_survey", nps=nps, tp="tp_grid_connect")

    def alert(self, c, t, drone, inverter, dev):
        s = self.sess("T")
        cause = "shading" if drone and rng.random() < .7 else pick(["inverter_fault", "soiling", "wiring",
                                                                   "grid_voltage"], p=[.35, .3, .2, .15])
        if inverter == "Voltara" and cause != "shading" and rng.random() < .5:
            cause = "inverter_fault"
        short = float(rng.uniform(25, 45) if cause == "shading" else rng.uniform(10, 60))
        self.ev(c, t, "tp_output_alert", s, "alert", channel="app", device=dev, alert_cause_guess=cause,
                shortfall_pct=round(short, 1), inverter_brand=inverter)
        if cause == "shading" and rng.random() < .55 or cause != "shading" and rng.random() < .08:
            self.fb(c, t + D(days=float(rng.uniform(.5, 10))), "low_output",
                    pick(["complaint_ticket", "call_note", "app_review"], p=[.5, .3, .2]), _sess=s,
                    inverter_brand=inverter)
        if rng.random() > .72:
            return
        t = t + D(hours=float(rng.uniform(1, 72)))
        self.ev(c, t, "tp_service_ticket", s, "open", channel="phone", inverter_brand=inverter)
        if rng.random() > .88:
            return
        t = at(t + D(days=float(rng.uniform(2, 10) + (5 if c["region"] == "perth" else 0))))
        self.ev(c, t, "tp_maint_visit", s, "done", channel="onsite", technician_id=f"TK{int(rng.integers(1, 30)):02d}",
                found_cause=cause, inverter_brand=inverter)
        if rng.random() < (.5 if cause == "shading" else .92):
            self.ev(c, t + D(hours=float(rng.uniform(1, 100))), "tp_issue_resolved", s, "closed", channel="other",
                    fix=("optimiser_fitted" if cause == "shading" else {"inverter_fault": "inverter_replaced",
                                                                         "soiling": "panels_cleaned",
                                                                         "wiring": "rewired",
                                                                         "grid_voltage": "settings_adjusted"}[cause]))

    def run(self):
        i = 0
        for _ in range(6600):  # new leads 2024-09 .. 2026-06 (events before 2025 are outside the extract)
            i += 1
            c = self.customer(i, base=False)
            r = self.deal(c)
            if r is None:
                continue
            t, drone, inverter, d = r
            bound = self.app(c, t)
            self.life(c, t, drone, inverter, active=bound is not None)
        for _ in range(1300):  # installed base, connected 2022-2024
            i += 1
            c = self.customer(i, base=True)
            t0 = c["_signup"] + D(days=float(rng.uniform(50, 110)))
            inverter = pick([b for b, _ in INVERTERS], p=[w for _, w in INVERTERS])
            c["system_live_date"] = t0.strftime("%Y-%m-%d")
            c["inverter_brand"] = inverter
            kw = rng.uniform(6, 20) if c["country"] == "CN" else rng.choice([5.0, 6.6, 8.0])
            c["system_kw"] = round(float(kw), 1)
            self.life(c, t0, False, inverter, active=rng.random() < .7)


def write(path: Path, rows, cols=None):
    if cols is None:
        seen = {}
        for r in rows:
            for k in r:
                seen.setdefault(k, None)
        cols = [k for k in seen if not k.startswith("_")]
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows([[r.get(k, "") for k in cols] for r in rows])


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    dup = [dict(g.events[int(j)]) for j in rng.choice(len(g.events), 25, replace=False)]
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", g.customers)
    write(out / "events.csv", g.events + dup)
    g.orders.sort(key=lambda r: r["order_id"])
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers)} events {len(g.events)}+{len(dup)} orders {len(g.orders)} "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main()
