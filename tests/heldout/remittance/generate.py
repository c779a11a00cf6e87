"""汇通 PayBridge: a cross-border remittance app. Customers in mainland China and Hong Kong install the app (from an
app store, a friend's referral, a search ad or a partner bank), register, pass KYC identity verification (submit,
approved / rejected, resubmit), add a recipient, get a quote, pay, and the funds are delivered to the recipient's bank
account, e-wallet or a cash-pickup point (some transfers are held for compliance review first, some fail and are
refunded). Support tickets, app-store reviews, post-transfer surveys and social posts in Chinese and English.
Data covers 2024-10-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a couple of seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20241001
START = datetime(2024, 10, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 3600
D = timedelta
H = lambda x: timedelta(hours=float(x))  # noqa: E731
MIN = lambda x: timedelta(minutes=float(x))  # noqa: E731

# corridor key: zh, en, currency, CNY->ccy rate, bank payout median hours
CORRIDORS = {
    "PH": ("菲律宾", "Philippines", "PHP", 7.95, 8.0),
    "ID": ("印度尼西亚", "Indonesia", "IDR", 2230.0, 10.0),
    "VN": ("越南", "Vietnam", "VND", 3520.0, 12.0),
    "TH": ("泰国", "Thailand", "THB", 4.85, 6.0),
    "GB": ("英国", "United Kingdom", "GBP", 0.108, 20.0),
    "US": ("美国", "United States", "USD", 0.139, 26.0),
    "AU": ("澳大利亚", "Australia", "AUD", 0.212, 18.0),
    "NG": ("尼日利亚", "Nigeria", "NGN", 215.0, 40.0),
}
PAYOUT_ZH = {"bank_account": "银行账户", "e_wallet": "电子钱包", "cash_pickup": "现金自提"}
PAYOUT_MIX = {
    "PH": {"e_wallet": 0.5, "cash_pickup": 0.25, "bank_account": 0.25},
    "ID": {"bank_account": 0.6, "e_wallet": 0.3, "cash_pickup": 0.1},
    "VN": {"bank_account": 0.8, "e_wallet": 0.2},
    "TH": {"bank_account": 0.85, "e_wallet": 0.15},
    "GB": {"bank_account": 1.0}, "US": {"bank_account": 1.0}, "AU": {"bank_account": 1.0},
    "NG": {"bank_account": 0.7, "e_wallet": 0.3},
}
SEG_ZH = {"student": "留学生", "worker": "务工人员", "business": "企业客户"}
ACQ_ZH = {"app_store": "应用商店", "referral": "好友推荐", "search_ad": "搜索广告", "partner_bank": "合作银行"}
RES = {"HK": ("中国香港", "Hong Kong"), "CN": ("中国内地", "Mainland China")}
REGIONS_CN = [("广东", 0.34), ("福建", 0.14), ("上海", 0.16), ("北京", 0.12), ("浙江", 0.14), ("广西", 0.10)]
TIER_ZH = {"standard": "标准", "plus": "Plus", "premier": "尊享"}
KYC_ZH = {"approved": "已通过", "rejected": "未通过", "pending": "审核中", "not_submitted": "未提交"}
PURPOSE_ZH = {"family_support": "赡家汇款", "tuition": "学费", "living_expenses": "生活费", "business_payment": "货款",
              "savings": "储蓄"}

RATE_HIKE = datetime(2025, 12, 1)           # Philippines FX margin 0.9 % -> 1.9 %
VN_RULES = datetime(2026, 3, 1)             # Vietnam partner bank: new review rules, many holds
VERSIONS = [(datetime(2024, 1, 1), "5.6.2"), (datetime(2025, 5, 10), "5.7.1"), (datetime(2025, 10, 15), "5.8.0"),
            (datetime(2026, 2, 1), "5.8.3"), (datetime(2026, 5, 6), "6.0.0")]
BUG_VERSION = "5.8.0"                       # Android ID-photo compression: auto-check rejects the photo
TET = [datetime(2025, 1, 29), datetime(2026, 2, 17)]
EID = [datetime(2025, 3, 30), datetime(2026, 3, 20)]

TOUCHPOINTS = [
    ("tp_install", "下载安装App", "App install", "awareness", "app", "digital", "growth",
     "下载|安装|装App|下载App|install|download|app install"),
    ("tp_register", "注册账户", "Registration", "consideration", "app", "digital", "growth",
     "注册|开户|建账户|sign up|signup|register|registration|account opening"),
    ("tp_kyc_submit", "提交身份认证", "KYC submitted", "consideration", "app", "digital", "compliance",
     "实名认证|身份认证|提交认证|上传证件|KYC|verification|identity verification|ID check|submit ID"),
    ("tp_kyc_approved", "认证通过", "KYC approved", "consideration", "app", "digital", "compliance",
     "认证通过|审核通过|实名通过|KYC approved|verified|verification passed"),
    ("tp_kyc_rejected", "认证被拒", "KYC rejected", "consideration", "app", "digital", "compliance",
     "认证失败|认证被拒|实名被拒|审核不通过|KYC rejected|KYC failed|verification rejected|rejected"),
    ("tp_kyc_resubmit", "重新提交认证", "KYC resubmitted", "consideration", "app", "digital", "compliance",
     "重新认证|重新提交|再次上传|resubmit|resubmitted|re-verify|upload again"),
    ("tp_recipient", "添加收款人", "Recipient added", "purchase", "app", "digital", "product",
     "收款人|添加收款人|收款账户|beneficiary|recipient|add recipient|payee"),
    ("tp_quote", "汇率报价", "Transfer quote", "purchase", "app", "digital", "fx",
     "报价|汇率|查汇率|试算|quote|exchange rate|fx rate|rate check"),
    ("tp_pay", "支付汇款", "Transfer paid", "purchase", "app", "digital", "payments",
     "付款|支付|下单|汇款|转账|pay|payment|paid|send money|transfer"),
    ("tp_compliance_hold", "合规审核暂扣", "Held for compliance review", "service", "app", "digital", "compliance",
     "合规审核|暂扣|冻结|被扣|卡住|compliance hold|held|on hold|compliance review|AML review"),
    ("tp_hold_released", "审核放行", "Hold released", "service", "app", "digital", "compliance",
     "放行|解除|审核完成|released|hold released|cleared"),
    ("tp_delivered", "汇款到账", "Funds delivered", "service", "app", "digital", "operations",
     "到账|收到钱|已到账|入账|delivered|arrived|received|funds delivered|payout"),
    ("tp_transfer_failed", "汇款失败", "Transfer failed", "service", "app", "digital", "operations",
     "失败|退回|被退|failed|bounced|returned|transfer failed"),
    ("tp_refund", "退款到账", "Refund issued", "service", "app", "digital", "finance",
     "退款|退钱|钱退回|refund|refunded|money back"),
    ("tp_support", "客服工单", "Support ticket", "service", "phone", "digital", "customer_service",
     "客服|工单|投诉|人工客服|support|ticket|helpdesk|customer service|complaint"),
]
JOURNEYS = [
    ("onboarding", "注册开户", "Sign-up & verification", 30,
     ["tp_install", "tp_register", "tp_kyc_submit", "tp_kyc_approved"]),
    ("first_transfer", "首笔汇款", "First transfer", 30,
     ["tp_kyc_approved", "tp_recipient", "tp_quote", "tp_pay", "tp_delivered"]),
    ("transfer", "汇款下单", "Send money", 7, ["tp_quote", "tp_pay", "tp_delivered"]),
]

ZH = {
    "kyc_noreason": ["实名认证被拒了，也不告诉我原因", "身份认证失败，没有任何原因说明，让人怎么改", "上传了三次证件都被拒，就说认证未通过，原因也不给",
                     "认证不通过连个原因都没有，客服也说不清", "KYC审核被拒，不说原因，只能一遍遍重新拍照", "证件照明明很清楚，认证还是被拒，原因不明"],
    "kyc_reason": ["认证被拒说是证件过期，换了新证件就通过了", "地址证明不符合要求被退回，重新上传后通过", "姓名和银行卡不一致被拒，改了就好了"],
    "kyc_fast": ["实名认证几分钟就通过了，很顺利", "认证很快，拍个照就好了"],
    "held": ["汇款被合规审核卡了好几天，钱一直没到", "转账被暂扣审核，等了五天才放行", "钱被冻结审核，家里人等着用钱，太耽误事了",
             "每次汇大额都要被卡住审核好几天", "合规审核太慢了，一周才到账", "被扣在合规审核，客服只会说请耐心等待"],
    "rate_worse": ["汇率比广告上说的差很多", "实际汇率和宣传的不一样，比银行还差", "报价汇率越来越差了，不划算",
                   "说好的优惠汇率呢？实际给的汇率差了一截", "最近汇率明显变差，考虑换别家了"],
    "fast": ["几分钟就到账了，太快了", "钱秒到电子钱包，家里人马上就收到了", "到账速度很快，比银行快多了", "汇过去十分钟就到了，点赞"],
    "slow_delivery": ["周五汇的钱，周一才到账", "银行到账太慢了，等了三天", "说好的一天到账，结果等了好几天"],
    "fee_high": ["手续费有点贵", "小额汇款手续费不划算", "手续费比其他平台高"],
    "easy": ["操作简单，手续费透明", "界面清楚，汇款很方便", "用了一年了，一直很稳定", "汇款流程很顺，体验不错"],
    "refund_slow": ["汇款失败了，退款等了一个星期", "钱被退回来了，但退款太慢", "汇款失败退款一直没到"],
    "refund_ok": ["汇款失败了，不过退款很快就到了", "收款账号填错了，退款两天就回来了"],
    "app_crash": ["App老是闪退", "更新后打不开了，一直闪退", "付款页面经常卡死"],
    "support_good": ["客服回复很及时，问题解决了", "人工客服态度很好"],
    "neutral": ["还行吧", "一般，没什么特别的", "正常使用，中规中矩"],
}
EN = {
    "kyc_noreason": ["My KYC was rejected without any reason", "Verification failed and they won't tell me why",
                     "ID rejected 3 times, no reason given", "KYC rejected with no explanation, support can't help",
                     "Identity verification rejected, no reason, just try again"],
    "kyc_reason": ["Verification rejected because my ID expired, passed after uploading the new one",
                   "Name mismatch on my KYC, fixed it and got verified"],
    "kyc_fast": ["Verification took only a few minutes", "KYC was quick and easy"],
    "held": ["My transfer was held for days for compliance review", "Money on hold for 4 days, my family was waiting",
             "Transfer stuck in compliance review for a week", "Held again for review, why does this keep happening",
             "Compliance hold for days and support just says please wait"],
    "rate_worse": ["Exchange rate worse than advertised", "The rate I got is much worse than the one in the ad",
                   "Exchange rate keeps getting worse, not worth it anymore", "Advertised rate is not the real rate, disappointed"],
    "fast": ["Money arrived in minutes, amazing", "Super fast delivery to GCash, my mom got it right away",
             "Fast delivery, arrived in 10 minutes", "Very fast and reliable transfers"],
    "slow_delivery": ["Sent on Friday and it only arrived on Monday", "Bank transfer took 3 days to arrive"],
    "fee_high": ["Fees are a bit high", "The fee is too high for small amounts"],
    "easy": ["Easy to use and the fees are clear", "Been using it for a year, always reliable", "Simple app, good service"],
    "refund_slow": ["Transfer failed and the refund took over a week", "Still waiting for my refund after a failed transfer"],
    "refund_ok": ["Transfer failed but I got the refund quickly"],
    "app_crash": ["App keeps crashing", "The app freezes on the payment page"],
    "support_good": ["Support answered quickly and solved my problem"],
    "neutral": ["It's ok", "Nothing special"],
}
SENT = {"kyc_noreason": "neg", "kyc_reason": "neu", "kyc_fast": "pos", "held": "neg", "rate_worse": "neg",
        "fast": "pos", "slow_delivery": "neg", "fee_high": "neg", "easy": "pos", "refund_slow": "neg",
        "refund_ok": "pos", "app_crash": "neg", "support_good": "pos", "neutral": "neu"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    R = rng.random

    def pick(items, w):
        x = R() * sum(w)
        for it, wi in zip(items, w):
            x -= wi
            if x < 0:
                return it
        return items[-1]

    def pickd(d: dict):
        return pick(list(d), list(d.values()))

    def U(a, b):
        return a + (b - a) * R()

    def LN(median, sigma):
        return median * math.exp(sigma * rng.normal())

    events: list[dict] = []
    orders: list[dict] = []
    feedback: list[dict] = []
    cnt = {"e": 0, "t": 0, "f": 0, "k": 0}

    def nid(k, p, w):
        cnt[k] += 1
        return f"{p}{cnt[k]:0{w}d}"

    def at_hour(t, h):
        return datetime(t.year, t.month, t.day) + H(h)

    def version(c, t):
        k = 0
        for i, (since, _) in enumerate(VERSIONS):
            if t >= since:
                k = i
        if c["lag"] and k > 0 and t < VERSIONS[k][0] + D(days=75):
            k -= 1
        return VERSIONS[k][1]

    def ev(c, t, tp, action, sid, web=False, **kw):
        if t > END or t < START:
            return False
        if web:
            dev, ch, ver = "pc", "web", ""
        else:
            dev, ch, ver = c["device"], "app", version(c, t)
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=sid,
                   action=action, device=dev, channel=ch, app_version=ver)
        row.update(kw)
        events.append(row)
        return True

    def comment(c, t, topic, channel, tp, rating=None, dated=True, **kw):
        if t is not None and t > END:
            return
        if channel in ("ticket", "social"):
            rating = None                       # tickets and social posts carry no star rating
        pool = EN if c["lang"] == "en" else ZH
        texts = pool[topic]
        text = texts[int(R() * len(texts))]
        nps = ""
        if channel == "survey" and R() < 0.5:
            nps = int(np.clip(round((rating or 3) * 2 - 1 + rng.normal(0, 1)), 0, 10))
        row = dict(feedback_id=nid("f", "FB", 5), text=text, ts=fmt(t) if (dated and t is not None) else "",
                   customer_id=c["id"], touchpoint_id=tp, channel=channel, rating="" if rating is None else rating,
                   nps=nps, language=c["lang"], corridor=CORRIDORS[c["cor"]][0], corridor_en=CORRIDORS[c["cor"]][1],
                   device=c["device"])
        row.update(kw)
        row["sentiment_label"] = SENT[topic]
        feedback.append(row)

    def ticket(c, t, topic, sid):
        ev(c, t, "tp_support", "ticket", sid, ticket_id=nid("k", "TK", 6), ticket_topic=topic)

    # ---------------- customers ----------------
    span = (END - D(days=4) - START).total_seconds()
    customers = []
    for i in range(N):
        # installs grow over time (weight 1 -> 2)
        while True:
            x = R()
            if R() < (1 + x) / 2:
                break
        t0 = START + D(seconds=x * span)
        res = "HK" if R() < 0.38 else "CN"
        if res == "HK":
            seg = pick(["worker", "business", "student"], [0.74, 0.2, 0.06])
            region = "香港"
        else:
            seg = pick(["student", "business", "worker"], [0.44, 0.36, 0.20])
            region = pick([r[0] for r in REGIONS_CN], [r[1] for r in REGIONS_CN])
        if seg == "worker":
            cor = pick(["PH", "ID", "TH", "VN"], [0.56, 0.36, 0.04, 0.04]) if res == "HK" else \
                pick(["VN", "PH", "ID", "TH"], [0.5, 0.2, 0.15, 0.15])
            acq = pick(["referral", "app_store", "search_ad", "partner_bank"], [0.45, 0.3, 0.2, 0.05])
        elif seg == "student":
            cor = pick(["GB", "US", "AU", "TH"], [0.42, 0.3, 0.24, 0.04])
            acq = pick(["partner_bank", "app_store", "search_ad", "referral"], [0.25, 0.3, 0.3, 0.15])
        else:
            cor = pick(["VN", "TH", "ID", "US", "PH", "GB", "NG", "AU"], [0.3, 0.2, 0.15, 0.1, 0.08, 0.06, 0.04, 0.07])
            acq = pick(["search_ad", "partner_bank", "app_store", "referral"], [0.32, 0.28, 0.25, 0.15])
        if res == "HK":
            device = pick(["ios", "android"], [0.45, 0.55])
        else:
            device = pick(["ios", "android", "harmonyos"], [0.42, 0.38, 0.20])
        lang = ("en" if R() < 0.85 else "zh") if (res == "HK" and seg == "worker") else ("en" if R() < 0.05 else "zh")
        customers.append(dict(
            id=f"C{i + 1:05d}", t0=at_hour(t0, U(7, 23.8)), res=res, seg=seg, region=region, cor=cor, acq=acq, device=device, lang=lang,
            lag=R() < 0.12, payout=pickd(PAYOUT_MIX[cor]), signup=None, kyc="not_submitted", paid=0.0,
            n_tr=0, first_tr=None, web=(seg == "business" and R() < 0.4)))

    # ---------------- attempt-rate multipliers ----------------
    def mult(c, t):
        m = 1.0
        if c["seg"] == "student":
            m *= {8: 2.6, 9: 2.2, 1: 1.7, 7: 0.6, 6: 0.7}.get(t.month, 1.0)
        if c["cor"] == "PH" and t.month == 12:
            m *= 1.7
        if c["cor"] == "ID" and any(e - D(days=21) <= t < e for e in EID):
            m *= 1.9
        if c["cor"] == "VN" and any(e - D(days=21) <= t < e for e in TET):
            m *= 2.0
        if c["seg"] == "business" and c["res"] == "CN" and t.month == 2:
            m *= 0.5
        return m

    RATE = {"worker": 1.05, "student": 0.42, "business": 1.35}      # attempts per 30 days while active
    LIFE = {"referral": 17, "partner_bank": 14, "app_store": 11, "search_ad": 6}   # months, mean

    def amount_of(c, t):
        if c["seg"] == "worker":
            return round(LN(2800, 0.45), -1), "family_support"
        if c["seg"] == "student":
            if t.month in (8, 9, 1) and R() < 0.5:
                return round(LN(90000, 0.3), -2), "tuition"
            return round(LN(9000, 0.5), -1), "living_expenses"
        return round(LN(28000, 0.8), -2), ("business_payment" if R() < 0.9 else "savings")

    def hour_of(c):
        if c["seg"] == "business":
            return U(9, 18)
        return pick([U(7, 12), U(12, 18), U(18, 23.5)], [0.25, 0.35, 0.4])

    # ---------------- one transfer attempt ----------------
    def attempt(c, t, first=False):
        if t > END:
            return
        sid = nid("t", "TR", 6)
        web = c["web"] and not first and R() < 0.8
        cor = c["cor"]
        zh, en, ccy, fxr, bank_h = CORRIDORS[cor]
        payout = c["payout"] if R() < 0.8 else pickd(PAYOUT_MIX[cor])
        amt, purpose = amount_of(c, t)
        amt = max(amt, 100.0)
        margin = 0.019 if (cor == "PH" and t >= RATE_HIKE) else (0.012 if cor in ("NG",) else 0.009)
        rate = fxr * (1 - margin)
        if payout == "e_wallet":
            fee = 15.0
        elif payout == "cash_pickup":
            fee = 25.0
        else:
            fee = float(min(300.0, max(20.0, round(amt * 0.003, 2))))
        promo = ""
        if first and c["acq"] == "referral":
            fee, promo = 0.0, "REFER_FIRST_FREE"
        common = dict(corridor=zh, corridor_en=en, payout_method=payout, 收款方式=PAYOUT_ZH[payout])
        ev(c, t, "tp_quote", "view", sid, web, amount=f"{amt:.2f}", fee=f"{fee:.2f}", fx_rate=f"{rate:.4f}",
           receive_currency=ccy, **common)
        if R() < 0.25:
            ev(c, t + MIN(U(1, 12)), "tp_quote", "view", sid, web, amount=f"{amt:.2f}", fee=f"{fee:.2f}",
               fx_rate=f"{rate:.4f}", receive_currency=ccy, **common)
        p = {"worker": 0.84, "student": 0.80, "business": 0.74}[c["seg"]]
        if first:
            p *= 0.86
            if c["acq"] == "search_ad":
                p *= 0.8
        if cor == "PH" and t >= RATE_HIKE:
            p *= 0.62
        if R() >= p:
            # abandoned quote
            if cor == "PH" and t >= RATE_HIKE and R() < 0.07:
                ch = pick(["app_review", "social"], [0.6, 0.4])
                comment(c, t + H(U(0.2, 30)), "rate_worse", ch, "tp_quote",
                        rating=(1 if R() < 0.5 else 2) if ch == "app_review" else None,
                        dated=R() > (0.25 if ch == "app_review" else 0.35), transfer_id=sid)
            elif R() < 0.015:
                topic = pick(["rate_worse", "fee_high"], [0.4, 0.6])
                comment(c, t + H(U(0.2, 30)), topic, "app_review", "tp_quote", rating=2, dated=R() > 0.25,
                        transfer_id=sid)
            return
        tp = t + MIN(LN(4, 0.7))
        if tp > END:
            return
        pay_method = pick(["fps", "bank_card"], [0.6, 0.4]) if c["res"] == "HK" else \
            pick(["bank_card", "wechat_pay", "alipay"], [0.5, 0.25, 0.25])
        ev(c, tp, "tp_pay", "success", sid, web, amount=f"{amt:.2f}", fee=f"{fee:.2f}", pay_method=pay_method,
           **common)
        c["n_tr"] += 1
        if c["first_tr"] is None:
            c["first_tr"] = tp
        order = dict(order_id=sid, customer_id=c["id"], ts=fmt(tp), amount=f"{amt:.2f}", status="paid",
                     channel="web" if web else "app", device="pc" if web else c["device"], fee=f"{fee:.2f}",
                     currency="CNY", fx_rate=f"{rate:.4f}", receive_currency=ccy,
                     receive_amount=f"{amt * rate:.2f}", corridor=zh, corridor_en=en, payout_method=payout,
                     收款方式=PAYOUT_ZH[payout], pay_method=pay_method, purpose=purpose, 汇款用途=PURPOSE_ZH[purpose],
                     segment=c["seg"], first_transfer="true" if first else "false", promo_code=promo,
                     compliance_hold="false", failure_reason="", refunded_at="")
        orders.append(order)
        # compliance hold
        start = tp
        hold_p = 0.03
        reason = pick(["source_of_funds", "sanctions_screening", "amount_threshold"], [0.4, 0.3, 0.3])
        if cor == "NG":
            hold_p, reason = 0.5, "sanctions_screening"
        elif cor == "VN" and tp >= VN_RULES:
            hold_p, reason = 0.30, "partner_bank_review"
        elif c["seg"] == "business" and amt > 50000:
            hold_p, reason = 0.30, "source_of_funds"
        failed = None
        if R() < hold_p:
            order["compliance_hold"] = "true"
            th = tp + MIN(U(2, 30))
            ev(c, th, "tp_compliance_hold", "held", sid, web, hold_reason=reason, **common)
            dur = D(days=LN(4.6 if reason == "partner_bank_review" else 2.4, 0.5))
            if R() < 0.45:
                ticket(c, th + D(days=min(dur.total_seconds() / 86400 * 0.7, U(0.5, 2))), "transfer_held", sid)
            if R() < 0.3:
                ch = pick(["ticket", "app_review", "survey"], [0.4, 0.3, 0.3])
                comment(c, th + dur * U(0.6, 1.3), "held", ch, "tp_compliance_hold",
                        rating=None if ch == "ticket" else (1 if R() < 0.6 else 2),
                        dated=(ch != "app_review" or R() > 0.25), transfer_id=sid)
            if R() < 0.05:
                failed = (th + dur, "COMPLIANCE_REJECTED")
            else:
                start = th + dur
                ev(c, start, "tp_hold_released", "released", sid, web, **common)
        if failed is None and payout == "bank_account":
            fp = 0.08 if cor == "ID" else (0.06 if cor == "NG" else 0.025)
            if R() < fp:
                failed = (start + H(LN(30, 0.5)), pick(["INVALID_ACCOUNT", "NAME_MISMATCH", "BANK_REJECTED"],
                                                       [0.5, 0.3, 0.2]))
        if failed is not None:
            tf, why = failed
            ev(c, tf, "tp_transfer_failed", "fail", sid, web, failure_reason=why, **common)
            tr = tf + D(days=LN(2.5, 0.6))
            ev(c, tr, "tp_refund", "refund", sid, web, amount=f"{amt + fee:.2f}", **common)
            if tr <= END:
                order["status"] = "refunded"
                order["refunded_at"] = fmt(tr)
            order["failure_reason"] = why
            if R() < 0.6:
                ticket(c, tf + H(U(1, 20)), "transfer_failed", sid)
            if R() < 0.35:
                slow = (tr - tf) > D(days=4)
                comment(c, tr + H(U(1, 48)), "refund_slow" if slow else "refund_ok",
                        pick(["ticket", "survey"], [0.5, 0.5]), "tp_refund",
                        rating=None if R() < 0.5 else (1 if slow else 4), transfer_id=sid)
            return
        # delivery
        if payout == "e_wallet":
            td = start + MIN(LN(4, 0.6))
        elif payout == "cash_pickup":
            td = start + MIN(LN(25, 0.5))
        else:
            td = start + H(LN(bank_h, 0.5))
            if td.weekday() >= 5 or (start.weekday() == 4 and start.hour >= 16):
                # banks do not pay out at weekends: Friday-evening and weekend transfers wait for Monday
                monday = datetime(td.year, td.month, td.day) + D(days=(7 - td.weekday()) % 7 or 7)
                td = max(td, monday + H(9) + MIN(LN(120, 0.6)))
        if not ev(c, td, "tp_delivered", "success", sid, web, amount=f"{amt:.2f}", **common):
            return
        hours = (td - tp).total_seconds() / 3600
        if hours > 72 and R() < 0.3:
            ticket(c, td - H(U(1, 20)), "delivery_delay", sid)
        r = R()
        if r < 0.06:
            ts = td + H(U(0.5, 48))
            if hours < 1:
                topic = pick(["fast", "easy", "neutral"], [0.6, 0.3, 0.1])
            elif hours > 48:
                topic = pick(["slow_delivery", "neutral"], [0.7, 0.3])
            else:
                w = [0.4, 0.2, 0.2, 0.1 * (3 if cor == "PH" and t >= RATE_HIKE else 1), 0.1]
                topic = pick(["easy", "fee_high", "neutral", "rate_worse", "support_good"], w)
            if order["compliance_hold"] == "true" and topic not in ("slow_delivery",):
                topic = "neutral"
            rt = {"fast": 5, "easy": 5, "neutral": 3, "slow_delivery": 2, "fee_high": 3, "rate_worse": 2,
                  "support_good": 4}[topic]
            rt = int(np.clip(rt - (1 if R() < 0.3 else 0) + (1 if R() < 0.1 else 0), 1, 5))
            comment(c, ts, topic, "survey", "tp_delivered" if topic not in ("rate_worse", "fee_high") else "tp_quote",
                    rating=rt, transfer_id=sid)
        elif r < 0.085 and payout == "e_wallet":
            comment(c, td + H(U(0.5, 72)), "fast", pick(["app_review", "social"], [0.6, 0.4]), "tp_delivered",
                    rating=5 if R() < 0.6 else None, dated=R() > 0.3, transfer_id=sid)

    # ---------------- per customer ----------------
    for c in customers:
        sid = f"ON{c['id'][1:]}"
        t = c["t0"]
        ev(c, t, "tp_install", "install", sid, install_source=c["acq"])
        p_reg = {"app_store": 0.80, "referral": 0.88, "search_ad": 0.60, "partner_bank": 0.92}[c["acq"]]
        if R() >= p_reg:
            continue
        t = t + MIN(LN(15, 1.2))
        if t > END:
            continue
        ev(c, t, "tp_register", "success", sid)
        c["signup"] = t
        if R() < 0.05:
            topic = pick(["app_crash", "easy", "neutral"], [0.4, 0.4, 0.2])
            comment(c, t + D(days=U(1, 200)), topic, "app_review", "tp_register",
                    rating={"app_crash": 1, "easy": 5, "neutral": 3}[topic], dated=R() > 0.25)
        p_kyc = {"app_store": 0.84, "referral": 0.9, "search_ad": 0.74, "partner_bank": 0.95}[c["acq"]]
        if R() >= p_kyc:
            continue
        t = t + H(LN(3, 1.3))
        doc = "hk_id" if c["res"] == "HK" and c["seg"] != "worker" else ("passport" if c["res"] == "HK" else
                                                                         "cn_id")
        if c["res"] == "HK" and c["seg"] == "worker":
            doc = "hk_id"       # foreign domestic helpers hold an HKID too
        approved = None
        for att in range(1, 4):
            if t > END:
                break
            tp_name = "tp_kyc_submit" if att == 1 else "tp_kyc_resubmit"
            ev(c, t, tp_name, "submit", sid, kyc_attempt=att, id_doc_type=doc)
            c["kyc"] = "pending"
            manual = R() < (0.55 if c["seg"] == "business" else 0.22)
            td = t + (H(LN(18, 0.7)) if manual else MIN(U(1, 10)))
            base = {"partner_bank": 0.04}.get(c["acq"], 0.15 if c["seg"] == "business" else 0.10)
            bug = c["device"] == "android" and version(c, t) == BUG_VERSION
            p_rej = 0.42 if bug else base
            if R() < p_rej:
                if bug and R() < (0.42 - base) / 0.42:
                    why = "IMAGE_QUALITY"
                else:
                    why = pick(["IMAGE_QUALITY", "NAME_MISMATCH", "DOC_EXPIRED", "ADDRESS_PROOF", "WATCHLIST_CHECK"],
                               [0.3, 0.25, 0.2, 0.15, 0.1])
                shown = why not in ("IMAGE_QUALITY", "WATCHLIST_CHECK")
                if not ev(c, td, "tp_kyc_rejected", "fail", sid, kyc_attempt=att, review_type="manual" if manual
                          else "auto", reject_reason=why, reason_shown="true" if shown else "false"):
                    break
                c["kyc"] = "rejected"
                if R() < (0.12 if shown else 0.4):
                    ticket(c, td + H(U(0.5, 30)), "kyc", sid)
                if R() < (0.08 if shown else 0.3):
                    ch = pick(["app_review", "ticket", "social"], [0.5, 0.35, 0.15])
                    comment(c, td + H(U(0.5, 60)), "kyc_noreason" if not shown else "kyc_reason", ch,
                            "tp_kyc_rejected", rating=(1 if not shown else 3) if ch == "app_review" else None,
                            dated=(ch == "ticket" or R() > 0.3))
                if R() < (0.75 if shown else 0.45):
                    t = td + D(days=LN(1.5 if shown else 3.0, 0.8))
                    continue
                break
            else:
                if ev(c, td, "tp_kyc_approved", "success", sid, kyc_attempt=att,
                      review_type="manual" if manual else "auto"):
                    approved = td
                    c["kyc"] = "approved"
                    if R() < 0.015:
                        comment(c, td + H(U(0.1, 48)), "kyc_fast", "app_review", "tp_kyc_approved", rating=5,
                                dated=R() > 0.25)
                break
        if approved is None:
            continue
        p_rec = {"search_ad": 0.72}.get(c["acq"], 0.88)
        if R() >= p_rec:
            continue
        tr = approved + (MIN(U(2, 40)) if R() < 0.6 else D(days=LN(2, 1.0)))
        if not ev(c, tr, "tp_recipient", "submit", sid, corridor=CORRIDORS[c["cor"]][0],
                  corridor_en=CORRIDORS[c["cor"]][1], payout_method=c["payout"], 收款方式=PAYOUT_ZH[c["payout"]]):
            continue
        if R() < 0.08:
            continue
        tq = tr + (MIN(U(1, 15)) if R() < 0.7 else D(days=LN(3, 0.9)))
        attempt(c, tq, first=True)
        # repeat attempts while active
        life_end = tq + D(days=30 * rng.exponential(LIFE[c["acq"]]))
        t = tq
        lam = RATE[c["seg"]] / 30.0 * 2.7                     # thinning envelope (max multiplier 2.7)
        while True:
            t = t + D(days=rng.exponential(1 / lam))
            if t > min(END, life_end):
                break
            if R() >= mult(c, t) * RATE[c["seg"]] / 30.0 / lam:
                continue
            ta = at_hour(t, hour_of(c))
            if c["res"] == "HK" and c["seg"] == "worker" and R() < 0.65:
                ta = ta + D(days=(6 - ta.weekday()) % 7)          # Sunday, the day off
            if ta <= tq:
                continue
            if R() < 0.08:
                ev(c, ta - MIN(U(2, 20)), "tp_recipient", "submit", f"ON{c['id'][1:]}",
                   corridor=CORRIDORS[c["cor"]][0], corridor_en=CORRIDORS[c["cor"]][1],
                   payout_method=c["payout"], 收款方式=PAYOUT_ZH[c["payout"]])
            attempt(c, ta)

    # ---------------- write ----------------
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    paid: dict[str, float] = {}
    for o in orders:
        if o["status"] == "paid":
            paid[o["customer_id"]] = paid.get(o["customer_id"], 0.0) + float(o["amount"])
    cust_rows = []
    for c in customers:
        v = paid.get(c["id"], 0.0)
        tier = "premier" if v > 300000 else ("plus" if v > 50000 else "standard")
        zh, en = RES[c["res"]]
        cust_rows.append(dict(
            customer_id=c["id"], signup_at=fmt(c["signup"]) if c["signup"] else "", segment=c["seg"],
            region=c["region"], acquisition_channel=c["acq"], tier=tier, installed_at=fmt(c["t0"]),
            客户类型=SEG_ZH[c["seg"]], 获客渠道=ACQ_ZH[c["acq"]], residence=zh, residence_en=en,
            corridor=CORRIDORS[c["cor"]][0], corridor_en=CORRIDORS[c["cor"]][1],
            preferred_payout=c["payout"], 会员等级=TIER_ZH[tier], kyc_status=c["kyc"], 认证状态=KYC_ZH[c["kyc"]],
            primary_device=c["device"], language=c["lang"], birth_year=int(rng.integers(1965, 2006))
            if c["seg"] != "student" else int(rng.integers(1998, 2007))))
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    feedback.sort(key=lambda r: r["feedback_id"])
    write(out / "touchpoints.csv", tps)
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", events)
    write(out / "journeys.csv", jrows)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    names = list(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([[r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
