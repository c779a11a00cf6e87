"""SunRoof 阳光屋顶: a residential rooftop solar installer in seven provinces of eastern / central / southern China
(Chinese households plus some expat customers), 2025-01-01 .. 2026-07-31: leads from online ads, referrals, social
media, home shows and developer partners; online quote request, roof assessment call, site survey, proposal (loan
credit check for loan buyers), contract, deposit; permit application, grid approval, installation day, inspection,
system activation and final payment; then the monitoring app, its alerts, service tickets, technician visits and
maintenance plans. Surveys (1-5 stars + NPS), app reviews, service-ticket notes, call notes and social posts.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md
(feedback carries a `sentiment_label` column; the generator's topic truth goes to OUTDIR/_truth/, not a DATA.md
table, used by gold.py only). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
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
D = timedelta
N_LEGACY = 700                      # systems installed before 2025 (after-sales only)

SLOW_GRID = "河南"                  # grid capacity constraints: slow approvals, denials
MESSY_CREW = "济南一队"             # leaves debris on the roof / in the yard
OVERPROMISE_REP = "SR07"            # promises too high savings
BAD_INVERTER = "HX-10K"             # many alerts
AB_START = datetime(2026, 1, 1)     # proposal format A/B (PDF vs 3D roof render)

# province, [(city, weight, expat share, crew, sales reps)]
GEO = [
    ("上海", [("上海", 1.0, 0.55, "上海一队", ["SR01", "SR02"])]),
    ("江苏", [("苏州", 1.0, 0.25, "苏州一队", ["SR03", "SR04"]), ("南京", 0.8, 0.1, "南京一队", ["SR05"])]),
    ("浙江", [("杭州", 1.0, 0.2, "杭州一队", ["SR06", "SR07"]), ("宁波", 0.8, 0.08, "宁波一队", ["SR08"])]),
    ("广东", [("广州", 0.9, 0.28, "广州一队", ["SR09"]), ("深圳", 0.9, 0.45, "深圳一队", ["SR10"])]),
    ("山东", [("济南", 0.9, 0.02, "济南一队", ["SR11"]), ("青岛", 0.8, 0.1, "青岛一队", ["SR12"])]),
    ("河南", [("郑州", 1.0, 0.02, "郑州一队", ["SR13", "SR14"]), ("洛阳", 0.6, 0.01, "洛阳一队", ["SR15"])]),
    ("安徽", [("合肥", 0.9, 0.02, "合肥一队", ["SR16"])]),
]
CITIES = [(prov, *c) for prov, cs in GEO for c in cs]

SOURCES = ["online_ads", "referral", "social_media", "home_show", "partner"]
SOURCE_W = [0.38, 0.18, 0.22, 0.12, 0.10]
# stage probabilities by lead source: assessment call, site survey
P_CALL = {"online_ads": 0.70, "referral": 0.93, "social_media": 0.76, "home_show": 0.86, "partner": 0.88}
P_SURVEY = {"online_ads": 0.62, "referral": 0.88, "social_media": 0.70, "home_show": 0.79, "partner": 0.83}
SRC_CONTRACT = {"online_ads": 0.85, "referral": 1.4, "social_media": 0.95, "home_show": 1.0, "partner": 0.95}
P_CONTRACT = {"cash": 0.62, "lease": 0.55, "loan": 0.60}   # loan: only after a passed credit check (≈ 0.52 pass)
FIN_W = [0.45, 0.35, 0.20]                                  # cash, loan, lease
HOUSES = ["villa", "townhouse", "rural_house"]
HOUSE_W = [0.30, 0.32, 0.38]
ROOF = {"villa": (["tiled", "flat"], [0.7, 0.3]), "townhouse": (["tiled", "flat"], [0.8, 0.2]),
        "rural_house": (["flat", "metal", "tiled"], [0.55, 0.25, 0.2])}
KW = {"villa": (12, 25), "townhouse": (8, 15), "rural_house": (10, 30)}
TIERS, TIER_W, PRICE_W = ["economy", "standard", "premium"], [0.35, 0.45, 0.20], {"economy": 3.0, "standard": 3.3,
                                                                                 "premium": 3.7}
PANELS, PANEL_W = ["Tianguang", "Longyang", "Jingyao", "Huasheng"], [0.36, 0.30, 0.20, 0.14]
INVERTERS, INV_W = ["HX-10K", "SV-8K", "SV-12K", "GM-20K"], [0.30, 0.25, 0.27, 0.18]
ALERT_RATE = {"HX-10K": 0.21, "SV-8K": 0.04, "SV-12K": 0.045, "GM-20K": 0.05}   # per system-month
ALERT_CODES = {"HX-10K": (["INV_OVERTEMP", "INV_COMM_LOST", "GRID_OVERVOLT", "LOW_YIELD"], [0.5, 0.25, 0.15, 0.1]),
               "other": (["GRID_OVERVOLT", "LOW_YIELD", "INV_COMM_LOST", "ISO_FAULT"], [0.35, 0.3, 0.2, 0.15])}
MONTH_W = {1: 0.8, 2: 0.6, 3: 1.25, 4: 1.35, 5: 1.3, 6: 1.05, 7: 0.95, 8: 0.9, 9: 1.0, 10: 1.05, 11: 0.9, 12: 0.75}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "市场部",
     "广告|投放|信息流广告|百度广告|抖音广告|ad|ads|online ad|ad click"),
    ("tp_referral_link", "老客推荐", "Referral link", "awareness", "social", "digital", "市场部",
     "推荐|转介绍|老带新|推荐链接|referral|refer a friend|word of mouth"),
    ("tp_quote_request", "在线报价申请", "Online quote request", "consideration", "web", "digital", "销售部",
     "报价申请|询价|留资|在线询价|获取报价|线索|quote request|online quote|get a quote|lead form|enquiry"),
    ("tp_assess_call", "屋顶评估电话", "Roof assessment call", "consideration", "phone", "digital", "销售部",
     "评估电话|电话评估|首次沟通|屋顶评估|assessment call|roof assessment|discovery call|first call"),
    ("tp_site_survey", "上门勘测", "Site survey visit", "consideration", "store", "physical", "技术部",
     "勘测|现场勘察|上门勘察|踏勘|量屋顶|site survey|site visit|roof survey|survey visit"),
    ("tp_proposal", "方案报价", "Proposal sent", "consideration", "email", "digital", "销售部",
     "方案|设计方案|报价方案|报价单|发方案|proposal|quote sent|design proposal|offer"),
    ("tp_loan_check", "贷款审批", "Loan credit check", "consideration", "other", "digital", "金融合作部",
     "贷款|光伏贷|授信|征信审核|贷款审批|loan|credit check|loan approval|financing check"),
    ("tp_contract", "签订合同", "Contract signed", "purchase", "app", "digital", "销售部",
     "签约|签合同|合同|成交|contract|signing|signed|close|deal"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "app", "digital", "财务部",
     "定金|订金|首付|付定金|deposit|down payment"),
    ("tp_contract_cancel", "合同取消", "Contract cancelled", "purchase", "other", "digital", "销售部",
     "退单|取消合同|解约|撤单|cancellation|cancelled contract|cancel"),
    ("tp_permit_apply", "备案申请", "Permit application", "service", "other", "digital", "项目部",
     "备案|报装|并网申请|许可申请|permit|permit application|filing|grid application"),
    ("tp_grid_approval", "电网审批通过", "Grid approval", "service", "other", "digital", "项目部",
     "并网审批|电网审批|接入审批|审批通过|grid approval|utility approval|interconnection approval"),
    ("tp_install_day", "安装施工", "Installation day", "service", "store", "physical", "工程部",
     "安装|施工|装板|上门安装|installation|install day|install|crew visit"),
    ("tp_inspection", "验收检查", "Inspection", "service", "store", "physical", "质量部",
     "验收|质检|检查|inspection|final inspection|QA check"),
    ("tp_activation", "系统并网发电", "System activated", "service", "other", "digital", "项目部",
     "并网发电|开机|投运|发电|通电|activation|system on|go live|switched on|commissioning"),
    ("tp_final_payment", "支付尾款", "Final payment", "purchase", "app", "digital", "财务部",
     "尾款|结清|余款|final payment|balance payment"),
    ("tp_app_view", "监控App查看", "Monitoring app", "service", "app", "digital", "数字化部",
     "监控App|阳光屋顶App|发电监控|看发电量|app|monitoring app|solar app|dashboard"),
    ("tp_monitor_alert", "监控告警", "Monitoring alert", "service", "app", "digital", "运维部",
     "告警|报警|故障提醒|推送告警|alert|alarm|monitoring alert|fault alert"),
    ("tp_service_ticket", "服务工单", "Service ticket", "service", "phone", "digital", "客服部",
     "工单|报修|售后工单|客服工单|service ticket|ticket|support case|repair request"),
    ("tp_tech_visit", "技术员上门", "Technician visit", "service", "store", "physical", "运维部",
     "上门维修|技术员上门|售后上门|师傅上门|technician visit|service visit|repair visit"),
    ("tp_resolved", "问题解决", "Issue resolved", "service", "other", "digital", "运维部",
     "解决|修好|结单|关单|resolved|fixed|closed|resolution"),
    ("tp_maint_plan", "运维套餐购买", "Maintenance plan purchase", "loyalty", "app", "digital", "运维部",
     "运维套餐|维保|保养套餐|清洗套餐|maintenance plan|service plan|O&M plan|care plan"),
    ("tp_survey", "满意度回访", "Satisfaction survey", "loyalty", "phone", "digital", "客服部",
     "回访|满意度调查|问卷|NPS|survey|satisfaction survey|follow-up call"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("lead", "线索到定金", "Lead to deposit", 60,
     ["tp_quote_request", "tp_assess_call", "tp_site_survey", "tp_proposal", "tp_contract", "tp_deposit"]),
    ("install", "安装到并网发电", "Installation to activation", 90,
     ["tp_permit_apply", "tp_grid_approval", "tp_install_day", "tp_inspection", "tp_activation"]),
    ("service", "告警到解决", "Alert to resolution", 30,
     ["tp_monitor_alert", "tp_service_ticket", "tp_tech_visit", "tp_resolved"]),
]

# ---------- feedback texts: (topic) -> zh list, en list; sentiment ----------
TEXTS = {
    "permit_delay": (["并网审批等了快两个月还没批下来，定金都交了，太慢了", "备案审批一拖再拖，电网那边说容量不够，问了几次都没结果",
                      "电网审批太慢了，板子早就到了就是装不了", "审批流程太久，销售说两周就能并网，结果等了五十多天",
                      "并网审批卡着不动，客服也说不清楚要等多久"],
                     ["Grid approval has taken almost two months, still waiting after paying the deposit.",
                      "The permit is stuck with the grid company, nobody can tell me when approval will come.",
                      "Very slow grid approval, the sales guy said two weeks, it's been 7 weeks.",
                      "The grid approval process is painfully slow, panels are sitting in the warehouse."], "negative"),
    "crew_mess": (["施工队装完走了，屋顶和院子里全是垃圾，包装纸螺丝到处都是", "安装师傅干活还行，但是走的时候一地狼藉，垃圾都没清理",
                   "施工完院子里留了一堆垃圾，还得自己收拾，太不专业", "屋顶上留了好多边角料和垃圾，瓦片也踩坏了两块"],
                  ["The install crew left a mess everywhere, packaging and screws all over the garden.",
                   "Crew did the job but left debris on the roof and never cleaned up.",
                   "Left a huge mess in our yard after installation, very unprofessional."], "negative"),
    "savings_low": (["电费省的比销售当初承诺的少一半，发电量根本达不到方案里写的", "说好的每年省四千，实际一年省了不到两千",
                     "方案里承诺的发电量太夸张了，实际差很多，感觉被忽悠了", "冬天发电量太低，跟销售承诺的收益差距很大"],
                    ["Savings are way lower than promised, the proposal numbers were unrealistic.",
                     "We were promised about 4,000 a year off the power bill, actual is less than half.",
                     "Generation is much lower than what the sales rep promised us."], "negative"),
    "inverter_fault": (["逆变器三天两头报故障，发电停了好几次", "逆变器又报过温故障了，这个月第三次了",
                        "逆变器老是离线，App上一直显示通讯中断，修了又坏", "这个逆变器质量太差，报警不断，换一台吧"],
                       ["The inverter keeps faulting, system shut down three times this month.",
                        "Inverter overheating alarm again, this is getting ridiculous.",
                        "Inverter goes offline every few days, technician came twice already."], "negative"),
    "app_great": (["监控App很好用，每天的发电量一目了然", "阳光屋顶App做得不错，发电收益看得很清楚", "App界面清楚，告警推送也及时，点赞",
                   "用App看发电曲线很方便，家里人都爱看"],
                  ["Great monitoring app, I can see generation in real time.", "Love the app, very clear daily yield charts.",
                   "The app is excellent, alerts come through instantly and the dashboard is easy to read."], "positive"),
    "app_bug": (["App更新后一直闪退，看不了发电数据", "安卓版App老是闪退，登录都登不上"],
                ["App keeps crashing after the update, can't see my data.", "The Android app crashes on launch."],
                "negative"),
    "loan_hassle": (["光伏贷款审批材料要了一堆，折腾了半个月最后还没批", "贷款审批太麻烦了，银行要的流水证明太多，不想装了",
                     "贷款没批下来，销售之前说肯定能过"],
                    ["The loan application was a nightmare, endless paperwork and then rejected.",
                     "Loan approval took forever and the bank asked for too many documents."], "negative"),
    "tech_slow": (["报修之后等了一个多星期师傅才上门", "售后上门太慢了，发电停了十天才来人", "报了工单好几天没人联系，上门很慢"],
                  ["Waited over a week for a technician to come out.", "Service visit took far too long, the system was down for ten days."],
                  "negative"),
    "sales_pushy": (["销售电话打得太频繁了，一天三个，太烦了", "销售推销太强势，还没想好就一直催签合同"],
                    ["The sales rep was too pushy, calling every day to sign.", "Too many sales calls, felt pressured."],
                    "negative"),
    "crew_praise": (["安装师傅很专业，一天就装好了，还把现场收拾得很干净", "施工队效率高，装得很整齐，服务态度好",
                     "师傅们很细心，屋顶防水也做得很好"],
                    ["The installation crew was professional, finished in one day and tidy.",
                     "Excellent installers, neat work and very polite."], "positive"),
    "tech_praise": (["售后师傅上门很快，问题当天就解决了", "技术员很耐心，讲得很清楚，问题解决了"],
                    ["Technician came quickly and fixed it the same day.", "Very helpful technician, problem solved."],
                    "positive"),
    "general_pos": (["整体很满意，现在夏天基本不用交电费了", "装了光伏很值，推荐给邻居了", "从勘测到发电都很顺利，服务不错"],
                    ["Very happy overall, our summer power bill is almost zero.", "Smooth process from survey to switch-on, recommended.",
                     "Good experience, would recommend SunRoof to friends."], "positive"),
    "general_neu": (["还行吧，刚装好，先用一段时间看看", "服务一般，没什么特别的", "流程还算正常，就是沟通有点多"],
                    ["It's okay so far, system only just started.", "Average experience, nothing special.",
                     "Process was fine, a bit too much back and forth."], "neutral"),
}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, truth, experiments, cust_rows = [], [], [], [], [], []
    counters = {}

    def nid(key, prefix, width):
        counters[key] = counters.get(key, 0) + 1
        return f"{prefix}{counters[key]:0{width}d}"

    def ev(c, ts, tp, action, channel=None, device=None, **extra):
        events.append(dict(event_id=nid("ev", "E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
                           action=action, device=device, channel=channel, **extra))

    def pick(values, weights):
        return values[int(rng.choice(len(values), p=np.array(weights) / sum(weights)))]

    def add_feedback(c, ts, topic, channel, tp, rating=None, nps=None, with_customer=True, lang=None, **extra):
        lang = lang or c["language"]
        zh, en, sent = TEXTS[topic]
        pool = en if lang == "en" else zh
        text = pool[int(rng.integers(len(pool)))]
        fid = nid("fb", "F", 6)
        feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if with_customer else None,
                             touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                             sentiment_label=sent, province=c["province"] if with_customer else None,
                             city=c["city"] if with_customer else None, **extra))
        truth.append(dict(feedback_id=fid, topic=topic))

    def rating_for(sent, base=None):
        if sent == "positive":
            return int(rng.choice([4, 5], p=[0.3, 0.7]))
        if sent == "neutral":
            return 3
        return int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))

    def nps_for(rating):
        lo, hi = {5: (9, 10), 4: (7, 9), 3: (5, 7), 2: (2, 5), 1: (0, 3)}[rating]
        return int(rng.integers(lo, hi + 1))

    def new_customer(signup):
        ci = pick(list(range(len(CITIES))), [c[2] for c in CITIES])
        prov, city, _, expat, crew, reps = CITIES[ci]
        house = pick(HOUSES, HOUSE_W)
        fin = pick(["cash", "loan", "lease"], FIN_W)
        kw_lo, kw_hi = KW[house]
        kw = float(rng.integers(kw_lo, kw_hi + 1)) * (1.15 if fin == "loan" else 1.0)
        kw = round(kw * 2) / 2
        tier = pick(TIERS, TIER_W)
        c = dict(customer_id=nid("cu", "C", 5), signup_at=signup, province=prov, city=city, crew=crew,
                 sales_rep=reps[int(rng.integers(len(reps)))], house_type=house,
                 roof_type=pick(*ROOF[house]), system_kw=kw, tier=tier, financing=fin,
                 panel_brand=pick(PANELS, PANEL_W), inverter_model=pick(INVERTERS, INV_W),
                 language="en" if rng.uniform() < expat else "zh",
                 device=pick(["ios", "android"], [0.55, 0.45]), lead_source=pick(SOURCES, SOURCE_W),
                 contract_value=round(kw * 1000 * PRICE_W[tier] / 100) * 100,
                 status="prospect", activated=None, contract_at=None, deposit_order=None)
        return c

    customers = []

    def buy_plan(c, t):
        if t > END or t < START:
            return
        years = int(pick([1, 3], [0.7, 0.3]))
        status = pick(["paid", "refunded", "cancelled", "failed"], [0.9, 0.04, 0.03, 0.03])
        oid = nid("or", "O", 6)
        orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=t, amount=880.0 if years == 1 else 2280.0,
                           status=status, channel="app", device=c["device"], order_type="maintenance_plan",
                           financing=None, payment_method=None if status == "cancelled" else
                           pick(["wechat_pay", "alipay", "bank_card"], [0.55, 0.35, 0.10]), province=c["province"],
                           sales_rep_id=c["sales_rep"], plan_years=years,
                           refund_reason="cooling_off" if status == "refunded" else None,
                           fail_reason="card_declined" if status == "failed" else None))
        if status in ("paid", "refunded"):
            ev(c, t, "tp_maint_plan", "success", "app", c["device"], order_id=oid)

    def pay(c, t, order_type, amount, method, **extra):
        """an order; returns the order dict"""
        o = dict(order_id=nid("or", "O", 6), customer_id=c["customer_id"], ts=t, amount=float(amount), status="paid",
                 channel="app", device=c["device"], order_type=order_type, financing=c["financing"],
                 payment_method=method, province=c["province"], sales_rep_id=c["sales_rep"],
                 contract_value=c["contract_value"], **extra)
        orders.append(o)
        return o

    def run_install(c, t):
        t = t + D(days=float(rng.uniform(2, 8)))
        if t > END:
            return
        ev(c, t, "tp_permit_apply", "submit", "other", None)
        slow = c["province"] == SLOW_GRID
        wait = float(rng.gamma(6, 8.0)) if slow else float(rng.gamma(6, 2.2))
        deny = rng.uniform() < (0.10 if slow else 0.012)
        give_up = slow and wait > 65 and rng.uniform() < 0.35
        if deny or give_up:
            tc = t + D(days=float(rng.uniform(25, 55)) if deny else float(rng.uniform(62, 75)))
            if tc > END:
                return
            reason = "grid_capacity" if deny else "waited_too_long"
            ev(c, tc, "tp_contract_cancel", "cancel", "phone", None, cancel_reason=reason)
            c["deposit_order"].update(status="refunded", refund_reason=reason)
            c["status"] = "cancelled"
            if rng.uniform() < 0.5:
                add_feedback(c, tc + D(hours=float(rng.uniform(1, 48))), "permit_delay",
                             pick(["ticket", "call_note"], [0.5, 0.5]), "tp_grid_approval")
            return
        t = t + D(days=wait)
        if t > END:
            return
        ev(c, t, "tp_grid_approval", "approved", "other", None)
        if wait > 35 and rng.uniform() < 0.25:
            add_feedback(c, t - D(days=float(rng.uniform(3, 20))), "permit_delay", "call_note", "tp_grid_approval")
        t = t + D(days=float(rng.uniform(4, 18)) + (4.0 if t.month in (6, 7) else 0.0))
        if t > END:
            return
        ev(c, t, "tp_install_day", "complete", "onsite", None, crew=c["crew"])
        mess = rng.uniform() < (0.42 if c["crew"] == MESSY_CREW else 0.04)
        if mess and rng.uniform() < 0.35:
            add_feedback(c, t + D(hours=float(rng.uniform(3, 40))), "crew_mess", pick(["ticket", "call_note"], [0.4, 0.6]),
                         "tp_install_day")
        t = t + D(days=float(rng.uniform(1, 6)))
        if t > END:
            return
        failed = rng.uniform() < 0.06
        ev(c, t, "tp_inspection", "fail" if failed else "pass", "onsite", None, crew=c["crew"],
           inspection_result="fail" if failed else "pass")
        if failed:
            t = t + D(days=float(rng.uniform(5, 12)))
            if t > END:
                return
            ev(c, t, "tp_inspection", "pass", "onsite", None, crew=c["crew"], inspection_result="pass")
        t = t + D(days=float(rng.uniform(1, 7)))
        if t > END:
            return
        ev(c, t, "tp_activation", "success", "system", None)
        c["activated"], c["status"] = t, "active"
        tp_ = t + D(days=float(rng.uniform(0.1, 5)))
        method = {"cash": pick(["bank_transfer", "wechat_pay", "alipay"], [0.6, 0.25, 0.15]),
                  "loan": "loan_disbursement", "lease": "lease_partner"}[c["financing"]]
        final = c["contract_value"] - c["deposit_order"]["amount"]
        if tp_ <= END:
            if c["financing"] == "cash" and rng.uniform() < 0.07:
                o = pay(c, tp_, "final_payment", final, method, fail_reason="limit_exceeded")
                o["status"] = "failed"
                tp_ = tp_ + D(hours=float(rng.uniform(2, 60)))
            if tp_ <= END:
                o = pay(c, tp_, "final_payment", final, method)
                ev(c, tp_, "tp_final_payment", "success", "app", c["device"], order_id=o["order_id"])
        # satisfaction survey after switch-on
        if rng.uniform() < 0.58:
            ts = t + D(days=float(rng.uniform(3, 15)))
            if mess:
                topic = "crew_mess"
            elif wait > 35:
                topic = "permit_delay"
            else:
                topic = pick(["crew_praise", "general_pos", "app_great", "general_neu"], [0.3, 0.33, 0.14, 0.23])
            r = rating_for(TEXTS[topic][2])
            if ts <= END:
                ev(c, ts, "tp_survey", "submit", "phone", None)
            add_feedback(c, ts, topic, "survey", {"crew_mess": "tp_install_day", "permit_delay": "tp_grid_approval",
                                                  "crew_praise": "tp_install_day", "general_pos": "tp_activation",
                                                  "app_great": "tp_app_view", "general_neu": "tp_activation"}[topic],
                         rating=r, nps=nps_for(r) if rng.uniform() < 0.8 else None)
        if rng.uniform() < 0.3:
            buy_plan(c, t + D(days=float(rng.uniform(1, 30))))
        after_sales(c, t)

    def run_lead(c, t):
        src, fin = c["lead_source"], c["financing"]
        dev = pick(["pc", "ios", "android"], [0.4, 0.33, 0.27])
        if src == "online_ads":
            ev(c, t - D(minutes=float(rng.uniform(2, 120))), "tp_ad_click", "click", "ads", dev)
        elif src == "referral":
            ev(c, t - D(hours=float(rng.uniform(1, 72))), "tp_referral_link", "click", "social", dev)
        ev(c, t, "tp_quote_request", "submit", "web" if dev == "pc" else pick(["web", "mini_program"], [0.5, 0.5]), dev)
        if rng.uniform() >= P_CALL[src]:
            return
        t = t + D(days=float(rng.uniform(0.2, 4)))
        ev(c, t, "tp_assess_call", "call", "phone", None)
        if rng.uniform() >= P_SURVEY[src]:
            if rng.uniform() < 0.04:
                add_feedback(c, t + D(days=float(rng.uniform(1, 10))), "sales_pushy", "call_note", "tp_assess_call")
            return
        t = t + D(days=float(rng.uniform(3, 14)))
        ev(c, t, "tp_site_survey", "visit", "onsite", None)
        if rng.uniform() >= 0.93:
            return
        t = t + D(days=float(rng.uniform(2, 7)))
        variant = None
        if t >= AB_START and t <= END:
            variant = pick(["A", "B"], [0.5, 0.5])
            experiments.append(dict(experiment_id="proposal_format", variant=variant, customer_id=c["customer_id"],
                                    assigned_at=t))
        ev(c, t, "tp_proposal", "sent", "email", None, variant=variant)
        p = P_CONTRACT[fin] * SRC_CONTRACT[src] * (1.2 if variant == "B" else 1.0) \
            * (1.2 if c["sales_rep"] == OVERPROMISE_REP else 1.0)
        if fin == "loan":
            t = t + D(days=float(rng.uniform(2, 12)))
            ok = rng.uniform() < 0.52
            ev(c, t, "tp_loan_check", "success" if ok else "fail", "other", None)
            if not ok:
                if rng.uniform() < 0.22:
                    add_feedback(c, t + D(days=float(rng.uniform(0.2, 3))), "loan_hassle", "call_note", "tp_loan_check")
                return
        if rng.uniform() >= min(p, 0.92):
            return
        t = t + D(days=float(rng.uniform(2, 20)))
        if t > END:
            return
        c["contract_at"], c["status"] = t, "installing"
        ev(c, t, "tp_contract", "sign", "app", c["device"], contract_value=c["contract_value"])
        dep = round(c["contract_value"] * 0.1 / 100) * 100
        if rng.uniform() >= 0.94:  # deposit never paid: order cancelled, contract cancelled
            o = pay(c, t + D(hours=1), "deposit", dep, None)
            o["status"] = "cancelled"
            tc = t + D(days=float(rng.uniform(3, 10)))
            if tc <= END:
                ev(c, tc, "tp_contract_cancel", "cancel", "phone", None, cancel_reason="deposit_unpaid")
                c["status"] = "cancelled"
            return
        t = t + D(days=float(rng.uniform(0.05, 4)))
        method = pick(["wechat_pay", "alipay", "bank_card"], [0.5, 0.35, 0.15])
        if rng.uniform() < 0.07:
            o = pay(c, t, "deposit", dep, method, fail_reason="card_declined" if method == "bank_card" else
                    "limit_exceeded")
            o["status"] = "failed"
            t = t + D(hours=float(rng.uniform(1, 30)))
        if t > END:
            return
        o = pay(c, t, "deposit", dep, method)
        ev(c, t, "tp_deposit", "success", "app", c["device"], order_id=o["order_id"])
        c["deposit_order"] = o
        run_install(c, t)

    # ---------- after-sales for an active system, from t0 to END ----------
    def after_sales(c, t0):
        m = datetime(t0.year, t0.month, 1)
        alerts = 0
        while m <= END:
            nxt = (m.replace(day=28) + D(days=4)).replace(day=1)
            lo = max(m, t0)
            span = (min(nxt, END) - lo).total_seconds()
            if span <= 0:
                m = nxt
                continue
            frac = span / (nxt - m).total_seconds()
            # monitoring app views
            for _ in range(rng.poisson(0.6 * frac)):
                t = lo + D(seconds=float(rng.uniform(0, span)))
                ev(c, t, "tp_app_view", "view", "app", c["device"],
                   app_version="3.2" if t >= datetime(2026, 3, 10) else "3.1")
            # alerts -> ticket -> technician visit -> resolved
            rate = ALERT_RATE[c["inverter_model"]] * (1.25 if m.month in (6, 7, 8) else 1.0)
            for _ in range(rng.poisson(rate * frac)):
                t = lo + D(seconds=float(rng.uniform(0, span)))
                codes, w = ALERT_CODES["HX-10K" if c["inverter_model"] == BAD_INVERTER else "other"]
                code = pick(codes, w)
                alerts += 1
                ev(c, t, "tp_monitor_alert", "push", "app", c["device"], alert_code=code,
                   inverter_model=c["inverter_model"])
                if rng.uniform() >= 0.76:
                    continue
                tk = nid("tk", "TK", 5)
                t = t + D(hours=float(rng.uniform(0.5, 50)))
                ev(c, t, "tp_service_ticket", "submit", pick(["phone", "app"], [0.55, 0.45]), None, ticket_id=tk,
                   alert_code=code, inverter_model=c["inverter_model"])
                if c["inverter_model"] == BAD_INVERTER and alerts >= 2 and rng.uniform() < 0.4:
                    add_feedback(c, t + D(minutes=20), "inverter_fault", "ticket", "tp_monitor_alert", ticket_id=tk)
                if rng.uniform() >= 0.88:
                    continue
                wait = float(rng.gamma(3.0, 1.3)) + (2.0 if c["province"] == SLOW_GRID else 0.0)
                t = t + D(days=wait)
                ev(c, t, "tp_tech_visit", "visit", "onsite", None, ticket_id=tk, alert_code=code,
                   inverter_model=c["inverter_model"])
                if wait > 6 and rng.uniform() < 0.3:
                    add_feedback(c, t, "tech_slow", "ticket", "tp_tech_visit", ticket_id=tk)
                if rng.uniform() >= 0.92:
                    continue
                t = t + D(hours=float(rng.uniform(1, 96)))
                ev(c, t, "tp_resolved", "success", "system", None, ticket_id=tk, alert_code=code,
                   inverter_model=c["inverter_model"])
                if rng.uniform() < 0.3:
                    ts = t + D(hours=float(rng.uniform(2, 48)))
                    if c["inverter_model"] == BAD_INVERTER and alerts >= 3:
                        topic = "inverter_fault"
                    elif wait > 6:
                        topic = "tech_slow"
                    else:
                        topic = pick(["tech_praise", "general_neu"], [0.8, 0.2])
                    r = rating_for(TEXTS[topic][2])
                    if ts <= END:
                        ev(c, ts, "tp_survey", "submit", "phone", None, ticket_id=tk)
                    add_feedback(c, ts, topic, "survey", {"inverter_fault": "tp_monitor_alert",
                                                          "tech_slow": "tp_tech_visit", "tech_praise": "tp_resolved",
                                                          "general_neu": "tp_resolved"}[topic], rating=r,
                                 nps=nps_for(r) if rng.uniform() < 0.7 else None, ticket_id=tk)
            # savings complaints, from two months after switch-on
            if (m - t0).days >= 60:
                p = (0.08 if c["sales_rep"] == OVERPROMISE_REP else 0.007) * (1.6 if m.month in (11, 12, 1, 2) else 1.0)
                if rng.uniform() < p * frac:
                    t = lo + D(seconds=float(rng.uniform(0, span)))
                    ch = pick(["ticket", "app_review", "call_note"], [0.5, 0.25, 0.25])
                    r = rating_for("negative") if ch == "app_review" else None
                    add_feedback(c, None if (ch == "app_review" and rng.uniform() < 0.12) else t, "savings_low", ch,
                                 "tp_proposal", rating=r)
            m = nxt

    # ---------- legacy base (installed 2022-2024) ----------
    for _ in range(N_LEGACY):
        signup = datetime(2022, 1, 1) + D(days=float(rng.uniform(0, 1050)))
        c = new_customer(signup)
        c["inverter_model"] = pick(INVERTERS, [0.16, 0.32, 0.32, 0.20])
        c["activated"] = signup + D(days=float(rng.uniform(40, 90)))
        c["contract_at"] = signup + D(days=float(rng.uniform(10, 30)))
        c["status"] = "active"
        customers.append(c)
        after_sales(c, START)
        # maintenance plan renewal around the anniversary
        for year in (2025, 2026):
            ann = c["activated"].replace(year=year) if not (c["activated"].month == 2 and c["activated"].day == 29) \
                else datetime(year, 3, 1)
            if START <= ann <= END and rng.uniform() < 0.33:
                buy_plan(c, ann + D(days=float(rng.uniform(-10, 10))))

    # ---------- new leads ----------
    months = []
    m = START
    while m <= END:
        months.append(m)
        m = (m.replace(day=28) + D(days=4)).replace(day=1)
    for m in months:
        nxt = (m.replace(day=28) + D(days=4)).replace(day=1)
        base = 195 if m.year == 2025 else 245
        for _ in range(rng.poisson(base * MONTH_W[m.month])):
            t = m + D(seconds=float(rng.uniform(0, (min(nxt, END) - m).total_seconds())))
            t = t.replace(hour=int(rng.choice([9, 10, 11, 12, 14, 15, 16, 19, 20, 21, 22])), minute=int(rng.integers(60)))
            c = new_customer(t)
            customers.append(c)
            run_lead(c, t)

    # ---------- social posts and app reviews not tied to a customer ----------
    for _ in range(230):
        c = customers[int(rng.integers(len(customers)))]
        topic = pick(["app_great", "app_bug", "sales_pushy", "general_neu"], [0.55, 0.2, 0.15, 0.10])
        ts = START + D(seconds=float(rng.uniform(0, (END - START).total_seconds())))
        if topic == "app_bug":
            ts = datetime(2026, 3, 10) + D(days=float(rng.uniform(0, 60)))
        r = rating_for(TEXTS[topic][2])
        add_feedback(c, None if rng.uniform() < 0.15 else ts, topic, "app_review", "tp_app_view"
                     if topic.startswith("app") or topic == "general_neu" else "tp_assess_call", rating=r,
                     with_customer=False, lang="en" if rng.uniform() < 0.25 else "zh",
                     device="android" if topic == "app_bug" else pick(["ios", "android"], [0.55, 0.45]))
    for _ in range(110):
        c = customers[int(rng.integers(len(customers)))]
        topic = pick(["permit_delay", "crew_mess", "general_pos", "savings_low", "sales_pushy"], [0.3, 0.2, 0.25, 0.15, 0.1])
        if topic == "permit_delay":
            c = next(x for x in customers[int(rng.integers(len(customers))):] + customers
                     if x["province"] == SLOW_GRID)
        ts = START + D(seconds=float(rng.uniform(0, (END - START).total_seconds())))
        tp = {"permit_delay": "tp_grid_approval", "crew_mess": "tp_install_day", "general_pos": "tp_activation",
              "savings_low": "tp_proposal", "sales_pushy": "tp_assess_call"}[topic]
        add_feedback(c, None if rng.uniform() < 0.3 else ts, topic, "social", tp, with_customer=False,
                     lang="en" if rng.uniform() < 0.15 else "zh")

    # ---------- customers' state at the end ----------
    for c in customers:
        cust_rows.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=c["status"],
                              region=c["province"], acquisition_channel=c["lead_source"], tier=c["tier"],
                              city=c["city"], house_type=c["house_type"], roof_type=c["roof_type"],
                              system_kw=c["system_kw"], panel_brand=c["panel_brand"],
                              inverter_model=c["inverter_model"], financing=c["financing"],
                              sales_rep_id=c["sales_rep"], install_crew=c["crew"] if c["status"] != "prospect" else None,
                              contract_value=c["contract_value"] if c["contract_at"] else None,
                              language=c["language"], primary_device=c["device"],
                              activated_at=c["activated"]))

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events[:] = [e for e in events if START <= e["ts"] <= END]
    orders.sort(key=lambda o: o["ts"])
    orders[:] = [o for o in orders if START <= o["ts"] <= END]
    fb = [f for f in feedback if f["ts"] is None or START <= f["ts"] <= END]
    fb.sort(key=lambda f: (f["ts"] or datetime(2100, 1, 1), f["feedback_id"]))
    ids = {f["feedback_id"] for f in fb}
    tr = [t for t in truth if t["feedback_id"] in ids]

    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, (float, np.floating)):
            v = float(v)
            return str(int(v)) if v == int(v) else f"{v:.2f}".rstrip("0").rstrip(".")
        return str(v)

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(col)) for col in cols])

    write(out / "touchpoints.csv",
          [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                name=t[1]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1, touchpoint_id=tp,
                window_days=win) for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", cust_rows,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "house_type",
           "roof_type", "system_kw", "panel_brand", "inverter_model", "financing", "sales_rep_id", "install_crew",
           "contract_value", "language", "primary_device", "activated_at"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "ticket_id", "alert_code",
           "inverter_model", "crew", "inspection_result", "cancel_reason", "contract_value", "order_id", "variant",
           "app_version"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "financing",
           "payment_method", "province", "sales_rep_id", "contract_value", "plan_years", "refund_reason",
           "fail_reason"])
    write(out / "feedback.csv", fb,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "sentiment_label", "province", "city", "ticket_id", "device"])
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", tr, ["feedback_id", "topic"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(fb)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
