"""亮网能源 / Brightgrid Energy — a residential electricity & gas retailer in eight Chinese provinces with an app,
2025-01-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders (= monthly bills) and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 0)
N_PROSPECTS = 3000          # first touch inside the extract
N_BOOK = 600                # customers already supplied before 2025 (signed up in 2024)
D = timedelta

SHOCK_REGION, SHOCK_FROM, SHOCK_TO = "河北", datetime(2026, 1, 1), datetime(2026, 2, 1)
TYPHOON_REGION, TYPHOON_FROM, TYPHOON_TO = "广东", datetime(2025, 9, 15), datetime(2025, 9, 22)
GREEN_DELAY_FROM = datetime(2026, 3, 1)          # grid operator backlog on green-certificate switches
V51, V52 = datetime(2026, 1, 12), datetime(2026, 5, 12)   # app releases; Android 5.2.0 crashes on meter reading

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "线上广告", "Online ads", "awareness", "ads", "digital", "marketing",
     "广告|信息流广告|投放|ad|ads|online ad|display ad"),
    ("tp_compare_site", "比价网站", "Comparison site visit", "awareness", "web", "digital", "marketing",
     "比价网|比价网站|比价平台|comparison site|price comparison|compare site"),
    ("tp_tariff_page", "电价套餐页", "Tariff page", "consideration", "web", "digital", "product",
     "套餐页|电价页|资费页|电价方案|tariff page|plans page|pricing page"),
    ("tp_quote_calc", "报价计算器", "Quote calculator", "consideration", "web", "digital", "product",
     "报价|算电费|报价工具|估价|quote|quote calculator|get a quote|price quote"),
    ("tp_signup", "注册申请", "Sign-up", "purchase", "app", "digital", "sales",
     "注册|申请|开户申请|sign up|signup|application|join"),
    ("tp_id_check", "实名核验", "Identity check", "purchase", "app", "digital", "sales",
     "实名认证|身份核验|身份验证|KYC|identity check|ID check|ID verification"),
    ("tp_contract_signed", "合同签署", "Contract signed", "purchase", "web", "digital", "sales",
     "签约|签合同|电子合同|contract|contract signed|sign contract"),
    ("tp_switch_done", "切换完成", "Switch completed", "purchase", "other", "physical", "operations",
     "转供完成|切换成功|开始供电|供能开始|switch completed|switch complete|supply start|switched"),
    ("tp_first_bill", "首张账单", "First bill", "service", "email", "digital", "billing",
     "第一张账单|首期账单|首账单|first bill|welcome bill"),
    ("tp_bill_issued", "月度账单", "Monthly bill", "service", "email", "digital", "billing",
     "账单|电费单|出账|月账单|bill|monthly bill|statement|bill issued"),
    ("tp_bill_dispute", "账单争议", "Bill dispute", "service", "phone", "physical", "billing",
     "账单投诉|电费投诉|账单异议|账单冲击|电费太高|bill dispute|bill shock|billing complaint|high bill"),
    ("tp_meter_reading", "抄表读数提交", "Meter reading submitted", "service", "app", "digital", "metering",
     "自助抄表|提交读数|上传读数|抄表|meter reading|submit reading|meter read"),
    ("tp_outage_report", "停电报修", "Outage report", "service", "phone", "physical", "network",
     "停电|断电|报修|故障报修|power cut|outage|outage report|blackout"),
    ("tp_payment", "缴费扣款成功", "Bill payment", "service", "other", "digital", "billing",
     "缴费|付款|扣款|代扣|自动扣款|payment|bill payment|direct debit payment|pay bill"),
    ("tp_payment_failed", "扣款失败", "Payment failed", "service", "other", "digital", "billing",
     "扣款失败|缴费失败|代扣失败|支付失败|payment failed|failed payment|declined payment|bounced direct debit"),
    ("tp_call_centre", "客服热线", "Call centre", "service", "phone", "physical", "customer_care",
     "95598|客服|热线|人工客服|客服电话|call centre|call center|hotline|contact centre"),
    ("tp_renewal_offer", "续约优惠", "Renewal offer", "loyalty", "email", "digital", "retention",
     "续约邀请|续约报价|到期提醒|renewal offer|renewal quote|contract end notice"),
    ("tp_renewed", "续约成功", "Renewed", "loyalty", "web", "digital", "retention",
     "续约|续签|续约完成|renewal|renewed|re-contract"),
    ("tp_move_house", "搬家迁户", "Moved house", "loyalty", "app", "digital", "operations",
     "搬家|迁移|换地址|过户|moving home|moved house|change of address|home move"),
    ("tp_churn", "转投竞争对手", "Churned to competitor", "loyalty", "other", "digital", "retention",
     "流失|销户|转走|换供应商|churn|churned|left us|switched away|lost to competitor"),
]

JOURNEYS = [
    ("switch", "切换签约旅程", "Supplier switch", 28,
     ["tp_quote_calc", "tp_signup", "tp_id_check", "tp_contract_signed", "tp_switch_done"]),
    ("billing", "账单缴费旅程", "Bill payment", 14, ["tp_bill_issued", "tp_payment"]),
    ("renewal", "续约旅程", "Contract renewal", 30, ["tp_renewal_offer", "tp_renewed"]),
]

REGIONS = ["广东", "江苏", "浙江", "山东", "河北", "四川", "上海", "湖北"]
REGION_P = [0.2, 0.15, 0.14, 0.12, 0.12, 0.1, 0.09, 0.08]
ACQ = ["comparison_site", "online_ads", "app_store", "referral", "call_centre"]
ACQ_P = [0.34, 0.3, 0.14, 0.12, 0.1]
ACQ_SIGNUP = {"comparison_site": 0.62, "online_ads": 0.38, "app_store": 0.5, "referral": 0.58, "call_centre": 0.45}
TARIFFS = ["fixed", "variable", "green"]
TARIFF_P = [0.42, 0.3, 0.28]
PRICE = {"fixed": 0.56, "variable": 0.53, "green": 0.61}
DWELL = ["apartment", "townhouse", "detached"]
DWELL_P = [0.62, 0.25, 0.13]
KWH = {"apartment": 190, "townhouse": 310, "detached": 470}
PAY = ["direct_debit", "alipay", "wechat_pay", "bank_card"]
PAY_P = [0.4, 0.25, 0.22, 0.13]
PAY_FAIL = {"direct_debit": 0.075, "alipay": 0.02, "wechat_pay": 0.025, "bank_card": 0.045}
RENEW_P = {"fixed": 0.68, "variable": 0.42, "green": 0.79}
SEGMENTS = ["standard", "high_usage", "vulnerable"]


def season(m: int) -> float:
    return {1: 1.35, 2: 1.3, 3: 1.05, 4: 0.9, 5: 0.95, 6: 1.15, 7: 1.5, 8: 1.55, 9: 1.15, 10: 0.9, 11: 1.0,
            12: 1.3}[m]


def add_months(t: datetime, n: int) -> datetime:
    y, m = divmod(t.month - 1 + n, 12)
    return t.replace(year=t.year + y, month=m + 1, day=min(t.day, 28))


TEXTS = {
    # topic: (sentiment, [zh...], [en...])
    "bill_shock": ("neg", ["这个月电费比上个月高了一倍，明明用电没变，账单太高了", "账单金额离谱，估抄的读数完全不对，要求重新核算",
                           "一月份电费一千多，从来没这么高过，是不是抄表错了", "电费突然暴涨，打客服等了半小时也没解释清楚"],
                   ["My bill doubled this month even though usage didn't change - bill shock!",
                    "The estimated meter reading is way off, bill is far too high, please recalculate",
                    "January bill over a thousand yuan, never had such a high bill, the reading must be wrong"]),
    "app_crash": ("neg", ["更新到5.2.0以后提交抄表读数就闪退，安卓手机根本用不了", "新版本一拍照上传读数就崩溃，闪退好几次了",
                          "app更新后一直闪退，抄表提交不了"],
                  ["App crashes every time I submit a meter reading since the 5.2.0 update on Android",
                   "Crash on the photo upload for meter reading, new version is broken",
                   "The app keeps crashing after the update, can't send my reading"]),
    "outage": ("neg", ["台风过后停电一整天，报修电话一直打不进去", "停电了也没有任何通知，恢复太慢", "家里断电报修了两次才有人处理"],
               ["Power cut for a whole day after the typhoon and the hotline was always busy",
                "No notice about the outage and restoring power took forever", "Reported the outage twice before anyone came"]),
    "switch_delay": ("neg", ["签了绿电合同一个多月还没切换完成，一直说电网在审核", "切换太慢了，合同签完五周还在用原来的供电商",
                             "绿色电价切换迟迟不完成，客服只会让等"],
                     ["Signed the green tariff contract over a month ago and the switch still isn't done",
                      "Switch is taking forever, five weeks after signing I'm still with my old supplier",
                      "Green tariff switch stuck 'pending grid approval' for weeks"]),
    "payment_fail": ("neg", ["自动扣款失败了还被收了滞纳金，银行卡明明有钱", "代扣一直失败，只能手动缴费，很麻烦"],
                     ["Direct debit failed and I got a late fee although my account had money",
                      "Payment keeps failing, had to pay manually again"]),
    "renewal_price": ("neg", ["续约价格涨太多了，老客户还不如新客户便宜", "续约报价比比价网上的新用户价贵不少，考虑换一家"],
                      ["Renewal price went up a lot, loyal customers pay more than new ones",
                       "The renewal quote is much higher than what the comparison site shows, thinking of leaving"]),
    "id_check": ("neg", ["实名核验人脸识别一直不通过，试了好几次", "身份验证卡住了，上传身份证总说不清晰"],
                 ["Identity check keeps rejecting my ID photo", "Stuck at ID verification, face scan failed several times"]),
    "praise_switch": ("pos", ["切换很顺利，两周就开始供电了，不用操心", "报价清楚透明，签约流程很快"],
                      ["Switching was smooth, supply started in two weeks", "Clear quote and a quick sign-up, well done"]),
    "praise_green": ("pos", ["绿电套餐价格合理，支持清洁能源", "喜欢绿色电价，每月还能看到减排数据"],
                     ["Love the green tariff, fair price and clean energy", "Green plan is great, the carbon report is a nice touch"]),
    "praise_app": ("pos", ["app很好用，看账单和缴费都很方便", "自助抄表很方便，几秒钟就提交了"],
                   ["The app is easy to use for bills and payments", "Submitting a meter reading takes seconds, great app"]),
    "praise_service": ("pos", ["客服态度很好，问题当场解决了", "账单疑问客服解释得很清楚"],
                       ["Call centre agent was helpful and fixed it on the spot", "Support explained my bill clearly"]),
    "neutral_bill": ("neu", ["账单还行，和预期差不多", "电费正常，没什么特别的"],
                     ["Bill is about what I expected", "Nothing special, the bill looks normal"]),
}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    customers, events, orders, feedback = [], [], [], []
    ev_n = [0]
    fb_n = [0]

    def ev(cid, ts, tp, action="view", device="", channel="", **extra):
        if ts > END or ts < START:
            return
        ev_n[0] += 1
        events.append(dict(event_id=f"E{ev_n[0]:07d}", customer_id=cid, ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                           touchpoint_id=tp, action=action, device=device, channel=channel,
                           bill_amount=extra.get("bill_amount", ""), app_version=extra.get("app_version", ""),
                           payment_method=extra.get("payment_method", "")))

    def fb(cust, ts, tp, channel, topic, lang, rating=None, nps=None):
        if ts is not None and (ts > END or ts < START):
            return
        sent, zh, en = TEXTS[topic]
        pool = zh if lang == "zh" else en
        text = pool[int(rng.integers(len(pool)))]
        if rating is None and channel in ("app_review", "survey"):
            rating = {"neg": int(rng.choice([1, 2, 2, 3], p=[0.45, 0.3, 0.15, 0.1])),
                      "pos": int(rng.choice([4, 5], p=[0.35, 0.65])), "neu": 3}[sent]
        if nps is None and channel == "survey":
            nps = {"neg": int(rng.integers(0, 6)), "pos": int(rng.integers(8, 11)), "neu": int(rng.integers(6, 9))}[sent]
        fb_n[0] += 1
        keep_ts = ts is not None and rng.random() > 0.06
        feedback.append(dict(feedback_id=f"F{fb_n[0]:05d}", text=text,
                             ts=ts.strftime("%Y-%m-%d %H:%M:%S") if keep_ts else "",
                             customer_id=cust["customer_id"], touchpoint_id=tp, channel=channel,
                             rating="" if rating is None else rating, nps="" if nps is None else nps,
                             language=lang, sentiment_label=sent))

    def rtime(t0, lo_h, hi_h):
        return t0 + D(hours=float(rng.uniform(lo_h, hi_h)))

    def app_version(t):
        return "5.0.3" if t < V51 else ("5.1.0" if t < V52 else "5.2.0")

    def supply(c, start: datetime, k0: int = 0, contract_start: datetime | None = None):
        """Bills, payments, meter readings, outages, renewals, moves and churn from supply start."""
        cid = c["customer_id"]
        os_ = c["_os"]
        lang = c["_lang"]
        months = c["contract_months"]
        tariff = c["tariff"]
        end = END
        # contract end / renewal
        renew_at = add_months(contract_start or start, months) - D(days=30)
        while renew_at < START:
            renew_at = add_months(renew_at, months)
        churn_at = None
        while renew_at <= END:
            ev(cid, renew_at, "tp_renewal_offer", "view", "", "email")
            if rng.random() < 0.12:
                fb(c, rtime(renew_at, 24, 200), "tp_renewal_offer", rng.choice(["survey", "ticket"]),
                   "renewal_price", lang)
            if rng.random() < RENEW_P[tariff]:
                ev(cid, rtime(renew_at, 24, 24 * 20), "tp_renewed", "submit", os_ if rng.random() < 0.6 else "pc", "app")
                renew_at = add_months(renew_at, months)
            else:
                if rng.random() < 0.65:
                    churn_at = rtime(renew_at, 24 * 20, 24 * 60)
                break
        if rng.random() < 0.05 * 1.7:   # move house at some point
            mv = start + D(days=float(rng.uniform(60, 600)))
            if mv <= END and (churn_at is None or mv < churn_at):
                ev(cid, mv, "tp_move_house", "submit", os_, "app")
                if rng.random() < 0.45:
                    churn_at = mv + D(days=float(rng.uniform(10, 30)))
        if churn_at is not None:
            end = min(END, churn_at)
            if churn_at <= END:
                ev(cid, churn_at, "tp_churn", "success", "", "other")
        # typhoon week outages
        if c["region"] == TYPHOON_REGION and start < TYPHOON_FROM and end > TYPHOON_TO and rng.random() < 0.3:
            ot = TYPHOON_FROM + D(hours=float(rng.uniform(0, 24 * 7 - 1)))
            ev(cid, ot, "tp_outage_report", "call", "", "phone")
            ev(cid, ot + D(minutes=2), "tp_call_centre", "call", "", "phone")
            if rng.random() < 0.3:
                fb(c, ot + D(hours=float(rng.uniform(3, 72))), "tp_outage_report",
                   str(rng.choice(["ticket", "social"])), "outage", lang)
        # monthly bills
        k = k0
        bill_t = start + D(days=30, hours=float(rng.uniform(6, 10)))
        while bill_t < START:
            bill_t = add_months(bill_t, 1)
        while bill_t <= end:
            smart = c["smart_meter"] == "yes"
            # meter reading before the bill (non-smart meters, most months)
            if not smart and rng.random() < 0.62:
                mr = bill_t - D(days=float(rng.uniform(1, 5)))
                if rng.random() < 0.72:
                    ver = app_version(mr)
                    p_fail = 0.34 if (os_ == "android" and ver == "5.2.0") else 0.03
                    fail = rng.random() < p_fail
                    ev(cid, mr, "tp_meter_reading", "fail" if fail else "submit", os_, "app", app_version=ver)
                    if fail:
                        ev(cid, mr + D(minutes=float(rng.uniform(5, 300))), "tp_meter_reading", "submit", "pc", "web")
                        if rng.random() < 0.16:
                            fb(c, mr + D(hours=float(rng.uniform(1, 48))), "tp_meter_reading", "app_review",
                               "app_crash", lang)
                    elif rng.random() < 0.01:
                        fb(c, mr + D(hours=2), "tp_meter_reading", "app_review", "praise_app", lang)
                else:
                    ev(cid, mr, "tp_meter_reading", "submit", "pc", "web")
            mult = season(bill_t.month) * float(rng.lognormal(0, 0.18))
            if c["segment"] == "high_usage":
                mult *= 1.5
            shock = (c["region"] == SHOCK_REGION and SHOCK_FROM <= bill_t < SHOCK_TO and not smart)
            if shock:
                mult *= float(rng.uniform(1.9, 2.6))
            kwh = KWH[c["dwelling_type"]] * mult
            amount = round(kwh * PRICE[tariff] + (38.0 if c["fuel"] == "dual" else 0.0) * season(bill_t.month), 2)
            k += 1
            tp = "tp_first_bill" if k == 1 else "tp_bill_issued"
            ev(cid, bill_t, tp, "view", "", "email", bill_amount=amount)
            status = "paid"
            # dispute
            p_disp = 0.012 + (0.018 if not smart else 0.0) + (0.01 if k == 1 else 0.0)
            if shock:
                p_disp = 0.42
            disputed = rng.random() < p_disp
            if disputed:
                dt = bill_t + D(days=float(rng.uniform(1, 9)))
                ev(cid, dt, "tp_bill_dispute", "submit", "", "phone")
                if rng.random() < 0.7:
                    ev(cid, dt + D(minutes=3), "tp_call_centre", "call", "", "phone")
                if rng.random() < (0.55 if shock else 0.35):
                    fb(c, dt + D(hours=float(rng.uniform(1, 72))), "tp_bill_dispute",
                       str(rng.choice(["ticket", "ticket", "app_review", "social"])), "bill_shock", lang)
                elif rng.random() < 0.1:
                    fb(c, dt + D(days=3), "tp_call_centre", "survey", "praise_service", lang)
            # payments
            pay_t = bill_t + D(days=float(rng.uniform(2, 10)))
            pf = PAY_FAIL[c["payment_method"]] * (2.2 if c["segment"] == "vulnerable" else 1.0)
            paid = False
            for attempt in range(3):
                if pay_t > END:
                    break
                if rng.random() < pf * (1.0 if attempt == 0 else 1.5):
                    ev(cid, pay_t, "tp_payment_failed", "fail", "", "other", payment_method=c["payment_method"],
                       bill_amount=amount)
                    if attempt == 0 and rng.random() < 0.08:
                        fb(c, pay_t + D(days=1), "tp_payment_failed", str(rng.choice(["ticket", "survey"])),
                           "payment_fail", lang)
                    pay_t = pay_t + D(days=float(rng.uniform(3, 6)))
                else:
                    ev(cid, pay_t, "tp_payment", "success", os_ if c["payment_method"] in ("alipay", "wechat_pay") else "",
                       "app" if c["payment_method"] in ("alipay", "wechat_pay") else "other",
                       payment_method=c["payment_method"], bill_amount=amount)
                    paid = True
                    break
            if not paid:
                status = "unpaid" if pay_t <= END else "open"
            elif disputed and shock and rng.random() < 0.5:
                status = "refunded"
            elif disputed and rng.random() < 0.15:
                status = "refunded"
            if status != "open":
                orders.append(dict(order_id=f"B{len(orders) + 1:06d}", customer_id=cid,
                                   ts=bill_t.strftime("%Y-%m-%d %H:%M:%S"), amount=f"{amount:.2f}", status=status,
                                   channel="email", device="", bill_type="first" if k == 1 else "monthly",
                                   billing_month=f"{bill_t.year}-{bill_t.month:02d}", tariff=tariff,
                                   fuel=c["fuel"], kwh=round(kwh, 1)))
            # survey after first bill
            if k == 1 and rng.random() < 0.3:
                topic = str(rng.choice(["praise_switch", "neutral_bill", "praise_green" if tariff == "green" else "praise_app",
                                        "praise_service"]))
                fb(c, bill_t + D(days=float(rng.uniform(2, 10))), "tp_first_bill", "survey", topic, lang)
            # outages
            p_out = 0.008
            if rng.random() < p_out:
                ot = bill_t + D(days=float(rng.uniform(0, 29)))
                if ot <= end:
                    ev(cid, ot, "tp_outage_report", "call", "", "phone")
                    if rng.random() < 0.25:
                        fb(c, ot + D(hours=5), "tp_outage_report", "ticket", "outage", lang)
            # general call-centre and app reviews
            if rng.random() < 0.02:
                ev(cid, bill_t + D(days=float(rng.uniform(1, 20))), "tp_call_centre", "call", "", "phone")
            if rng.random() < 0.022:
                fb(c, bill_t + D(days=float(rng.uniform(1, 20))), "tp_bill_issued", "app_review",
                   str(rng.choice(["praise_app", "neutral_bill", "praise_app", "praise_green" if tariff == "green" else "praise_service"])), lang)
            bill_t = add_months(bill_t, 1)

    def make_customer(i, book: bool):
        c = dict(customer_id=f"C{i:05d}")
        c["region"] = str(rng.choice(REGIONS, p=REGION_P))
        c["acquisition_channel"] = str(rng.choice(ACQ, p=ACQ_P))
        c["tariff"] = str(rng.choice(TARIFFS, p=TARIFF_P))
        c["dwelling_type"] = str(rng.choice(DWELL, p=DWELL_P))
        c["smart_meter"] = "yes" if rng.random() < (0.58 if c["region"] != SHOCK_REGION else 0.4) else "no"
        c["payment_method"] = str(rng.choice(PAY, p=PAY_P))
        c["contract_months"] = int(rng.choice([12, 24], p=[0.7, 0.3])) if c["tariff"] != "variable" else 12
        c["segment"] = str(rng.choice(SEGMENTS, p=[0.74, 0.14, 0.12]))
        c["fuel"] = "dual" if rng.random() < 0.3 else "electricity"
        c["_os"] = "android" if rng.random() < 0.58 else "ios"
        c["_lang"] = "zh" if rng.random() < 0.62 else "en"
        c["signup_at"] = ""
        return c

    # the book: supplied before 2025
    for i in range(1, N_BOOK + 1):
        c = make_customer(i, True)
        start = datetime(2024, 1, 1) + D(days=float(rng.uniform(0, 360)), hours=float(rng.uniform(8, 20)))
        c["signup_at"] = (start - D(days=float(rng.uniform(10, 25)))).strftime("%Y-%m-%d %H:%M:%S")
        c["tier"] = "existing"
        customers.append(c)
        # bills start within 2025: shift first bill so the loop starts at 2025
        s = start
        while add_months(s, 1) < START:
            s = add_months(s, 1)
        supply(c, s, k0=12, contract_start=start)

    # prospects
    days = (datetime(2026, 8, 20) - START).days
    for j in range(N_PROSPECTS):
        i = N_BOOK + 1 + j
        c = make_customer(i, False)
        c["tier"] = "new"
        customers.append(c)
        cid, os_, lang = c["customer_id"], c["_os"], c["_lang"]
        d0 = float(rng.uniform(0, days))
        t0 = START + D(days=d0, hours=float(rng.uniform(8, 22)))
        dev = os_ if rng.random() < 0.55 else "pc"
        ch = "app" if dev != "pc" else "web"
        acq = c["acquisition_channel"]
        if acq == "comparison_site":
            ev(cid, t0, "tp_compare_site", "view", dev, "web")
        elif acq == "online_ads":
            ev(cid, t0, "tp_ad", "click", dev, "ads")
        elif rng.random() < 0.3:
            ev(cid, t0, "tp_ad", "view", dev, "ads")
        t = rtime(t0, 0.05, 2)
        ev(cid, t, "tp_tariff_page", "view", dev, ch)
        if rng.random() > 0.86:
            continue
        t = rtime(t, 0.1, 30)
        ev(cid, t, "tp_quote_calc", "submit", dev, ch)
        if rng.random() > ACQ_SIGNUP[acq]:
            continue
        t = rtime(t, 1, 24 * 6)
        ev(cid, t, "tp_signup", "submit", os_, "app")
        c["signup_at"] = t.strftime("%Y-%m-%d %H:%M:%S")
        if rng.random() > 0.93:
            continue
        t = rtime(t, 0.2, 48)
        id_fail = rng.random() < (0.16 if os_ == "android" else 0.08)
        ev(cid, t, "tp_id_check", "fail" if id_fail else "success", os_, "app")
        if id_fail:
            if rng.random() < 0.2:
                fb(c, t + D(hours=1), "tp_id_check", "app_review", "id_check", lang)
            if rng.random() < 0.55:
                continue
            t = rtime(t, 1, 72)
            ev(cid, t, "tp_id_check", "success", os_, "app")
        if rng.random() > 0.88:
            continue
        t = rtime(t, 1, 24 * 4)
        ev(cid, t, "tp_contract_signed", "submit", "pc" if rng.random() < 0.5 else os_, "web")
        delayed = c["tariff"] == "green" and t >= GREEN_DELAY_FROM
        p_done = 0.5 if delayed else 0.93
        if rng.random() < p_done:
            s = rtime(t, 24 * 6, 24 * 18)
        elif rng.random() < (0.7 if delayed else 0.3):
            s = rtime(t, 24 * 33, 24 * 55)            # completed late, outside the 28-day window
            if rng.random() < 0.5:
                fb(c, rtime(t, 24 * 25, 24 * 32), "tp_switch_done", str(rng.choice(["ticket", "social", "survey"])),
                   "switch_delay", lang)
        else:
            if rng.random() < 0.35:
                fb(c, rtime(t, 24 * 25, 24 * 40), "tp_switch_done", "ticket", "switch_delay", lang)
            continue
        if s > END:
            continue
        ev(cid, s, "tp_switch_done", "success", "", "other")
        if rng.random() < 0.05:
            fb(c, s + D(days=2), "tp_switch_done", "survey", "praise_switch", lang)
        supply(c, s)

    # general undated survey comments (no ts)
    for _ in range(60):
        c = customers[int(rng.integers(len(customers)))]
        topic = str(rng.choice(["praise_green", "praise_service", "neutral_bill", "renewal_price", "bill_shock"]))
        tp = {"praise_green": "tp_tariff_page", "praise_service": "tp_call_centre", "neutral_bill": "tp_bill_issued",
              "renewal_price": "tp_renewal_offer", "bill_shock": "tp_bill_dispute"}[topic]
        fb(c, None, tp, "survey", topic, c["_lang"])

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: o["order_id"])

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("customers", customers, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                                   "tariff", "dwelling_type", "smart_meter", "payment_method", "contract_months",
                                   "fuel"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel",
                             "bill_amount", "app_version", "payment_method"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "bill_type",
                             "billing_month", "tariff", "fuel", "kwh"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "nps", "language", "sentiment_label"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
