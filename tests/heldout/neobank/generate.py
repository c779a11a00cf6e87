#!/usr/bin/env python3
"""Synthetic data for 澜星银行 Lanstar Bank, a digital-only bank in Hong Kong, Shenzhen and Singapore.

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV)
plus OUTDIR/_truth/feedback_truth.csv (the topic and sentiment the generator gave each comment; not a DATA.md
table). Fixed seed, numpy only; a few seconds. Data covers 2025-01-01 .. 2026-05-31 (naive local time, UTC+8 in
all three markets); the Singapore app launched on 2025-04-01.
"""
from __future__ import annotations

import bisect
import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
START = datetime(2025, 1, 1)
END = datetime(2026, 5, 31, 23, 59, 59)
SG_LAUNCH = datetime(2025, 4, 1)
RULES_2026 = datetime(2026, 1, 12)          # new anti-scam transfer screening goes live
VIRTUAL_AB = (datetime(2025, 9, 1), datetime(2026, 1, 1))
rng = np.random.default_rng(SEED)


def r() -> float:
    return float(rng.random())


def pick(pairs):
    tot = sum(w for _, w in pairs)
    x = r() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def logn(median: float, sigma: float) -> float:
    return float(median * np.exp(sigma * rng.standard_normal()))


def mins(x: float) -> timedelta:
    return timedelta(minutes=x)


def hours(x: float) -> timedelta:
    return timedelta(hours=x)


def days(x: float) -> timedelta:
    return timedelta(days=x)


HOUR_W = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3.5, 4, 4, 4.5, 5, 4.5, 4, 4, 4.2, 4.5, 5, 5.5, 6, 6, 5, 3]
HOUR_PAIRS = list(enumerate(HOUR_W))


def at_day(d: datetime) -> datetime:
    h = pick(HOUR_PAIRS)
    return datetime(d.year, d.month, d.day, h, int(r() * 60), int(r() * 60))


def month_start(i: int) -> datetime:
    y, m = 2025 + i // 12, i % 12 + 1
    return datetime(y, m, 1)


def month_days(i: int) -> int:
    a, b = month_start(i), month_start(i + 1)
    return (b - a).days


NMONTHS = 17  # Jan 2025 .. May 2026

# ---------------------------------------------------------------- reference data
REGIONS = {"Hong Kong": "香港", "Shenzhen": "深圳", "Singapore": "新加坡"}
CCY = {"Hong Kong": "HKD", "Shenzhen": "CNY", "Singapore": "SGD"}
TO_HKD = {"HKD": 1.0, "CNY": 1.08, "SGD": 5.82, "USD": 7.80}
SEGMENTS = {"mass": "大众客户", "young_professional": "年轻白领", "affluent": "富裕客户", "student": "学生",
            "expat": "外籍人士"}
SEG_P = {"Hong Kong": [("mass", .34), ("young_professional", .30), ("affluent", .12), ("student", .10), ("expat", .14)],
         "Shenzhen": [("mass", .46), ("young_professional", .34), ("affluent", .10), ("student", .10)],
         "Singapore": [("mass", .28), ("young_professional", .30), ("affluent", .10), ("student", .08), ("expat", .24)]}
ACQ = {"social_ads": "社交广告", "app_store": "应用商店", "referral": "好友推荐", "kol": "网红推广",
       "partner": "合作商户", "offline_event": "线下路演"}
ACQ_P = [("social_ads", .36), ("app_store", .23), ("referral", .19), ("kol", .09), ("partner", .08),
         ("offline_event", .05)]
DEV_P = {"Hong Kong": [("ios", .55), ("android", .40), ("web", .05)],
         "Shenzhen": [("android", .64), ("ios", .31), ("web", .05)],
         "Singapore": [("ios", .56), ("android", .39), ("web", .05)]}
FAIL_ZH = {"blurry_image": "图片模糊", "glare": "反光", "id_expired": "证件过期", "face_not_detected": "未检测到人脸",
           "camera_permission_error": "相机权限错误", "timeout": "超时", "spoof_suspected": "疑似翻拍",
           "address_proof_missing": "缺少地址证明", "document_unclear": "证件不清晰", "name_mismatch": "姓名不一致",
           "sanctions_screening": "制裁名单筛查", "visa_expiring": "签证即将到期", "wrong_activation_code": "激活码错误",
           "system_error": "系统错误", "otp_expired": "验证码过期", "wrong_otp": "验证码错误"}
TT_ZH = {"fps": "转数快", "paynow": "PayNow", "ibps": "超级网银", "internal": "行内转账", "cross_border": "跨境汇款"}
PROD_ZH = {"time_deposit": "定期存款", "money_market_fund": "货币基金", "bond_fund": "债券基金", "equity_fund": "股票基金"}
CLOSE_ZH = {"switching_bank": "转用其他银行", "moved_abroad": "移居海外", "low_interest": "利率不吸引",
            "app_issues": "App不好用", "no_longer_needed": "不再需要", "account_frozen": "账户被冻结"}
COURIERS = {"Hong Kong": [("sf_express", .7), ("hongkong_post", .3)], "Shenzhen": [("sf_express", 1.0)],
            "Singapore": [("singpost", .72), ("ninja_van", .28)]}
COURIER_DAYS = {"sf_express": 1.4, "hongkong_post": 3.0, "singpost": 6.5, "ninja_van": 2.6}
VERSIONS = [(datetime(2025, 1, 1), "4.2.0"), (datetime(2025, 3, 10), "4.3.0"), (datetime(2025, 5, 19), "4.4.0"),
            (datetime(2025, 7, 3), "4.5.0"), (datetime(2025, 7, 15), "4.5.1"), (datetime(2025, 8, 1), "4.5.2"),
            (datetime(2025, 9, 22), "4.6.0"), (datetime(2025, 11, 10), "4.7.0"), (datetime(2026, 2, 5), "4.8.0"),
            (datetime(2026, 4, 8), "5.0.0")]
BAD_IOS = {"4.5.0", "4.5.1"}  # camera-permission bug in the liveness SDK on iOS


_VDATES = [d for d, _ in VERSIONS]


def version_at(ts: datetime, device: str):
    if device == "web":
        return None
    k = max(bisect.bisect_right(_VDATES, ts) - 1, 0)
    if k > 0 and r() < .15:
        k -= 1
    return VERSIONS[k][1]


TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_promo_landing", "活动落地页", "Campaign landing page", "awareness", "web", "digital", "Growth",
     "落地页|广告页|推广页|landing page|campaign page|ad landing"),
    ("tp_signup", "手机号注册", "Sign-up", "consideration", "app", "digital", "Growth",
     "注册|註冊|登记|sign up|registration|register"),
    ("tp_id_upload", "证件上传", "ID document upload", "consideration", "app", "digital", "Onboarding",
     "上传证件|拍身份证|证件扫描|HKID|NRIC|护照|ID upload|ID scan|document upload"),
    ("tp_liveness", "人脸活体检测", "Liveness check", "consideration", "app", "digital", "Onboarding",
     "人脸识别|刷脸|自拍验证|活体|face check|face scan|selfie check|liveness|eKYC"),
    ("tp_kyc_review", "KYC审核", "KYC review", "consideration", "other", "digital", "Compliance",
     "开户审核|身份审核|合规审核|尽职调查|KYC|know your customer|AML check|due diligence"),
    ("tp_account_open", "开户成功", "Account opened", "purchase", "other", "digital", "Onboarding",
     "开户|開戶|开户完成|account opening|new account|account opened"),
    ("tp_first_deposit", "首笔入金", "First deposit", "purchase", "app", "digital", "Onboarding",
     "入金|首存|首次存款|注资|fund account|first deposit|first top-up|funding"),
    ("tp_card_order", "申请实体卡", "Physical card order", "purchase", "app", "digital", "Cards",
     "申卡|实体卡申请|借记卡申请|card order|card request|debit card application"),
    ("tp_card_ship", "卡片寄出", "Card shipped", "service", "other", "physical", "Cards",
     "寄卡|发卡|卡片寄送|card dispatch|card shipped|mailing"),
    ("tp_card_delivered", "卡片签收", "Card delivered", "service", "other", "physical", "Cards",
     "收卡|签收|卡片送达|card arrival|card delivery|card received"),
    ("tp_card_activate", "卡片激活", "Card activation", "service", "app", "digital", "Cards",
     "开卡|激活卡|啟動張卡|activate card|card activation"),
    ("tp_virtual_card", "虚拟卡发卡", "Virtual card issued", "purchase", "app", "digital", "Cards",
     "虚拟卡|电子卡|virtual card|digital card"),
    ("tp_card_spend", "首次刷卡消费", "First card spend", "loyalty", "other", "physical", "Cards",
     "刷卡|首刷|消费|first spend|first purchase|card usage"),
    ("tp_login", "登录App", "App login", "service", "app", "digital", "Digital Channels",
     "登录|登入|打开App|login|log in|sign in"),
    ("tp_transfer_start", "发起转账", "Transfer started", "service", "app", "digital", "Payments",
     "转账|轉數|过数|汇款|付款|transfer|send money|payment"),
    ("tp_payee", "选择收款人", "Payee selection", "service", "app", "digital", "Payments",
     "收款人|添加收款人|新收款人|payee|beneficiary|recipient"),
    ("tp_otp_verify", "动态验证码验证", "OTP verification", "service", "app", "digital", "Security",
     "验证码|短信验证|动态密码|OTP|SMS code|2FA|one-time password"),
    ("tp_transfer_submit", "提交转账", "Transfer submitted", "service", "app", "digital", "Payments",
     "提交转账|转账提交|风控拦截|转账被拦|held transfer|transfer hold|payment review"),
    ("tp_transfer_success", "转账到账", "Transfer completed", "service", "other", "digital", "Payments",
     "到账|到賬|转账成功|transfer success|transfer completed|credited"),
    ("tp_account_freeze", "账户冻结", "Account frozen", "service", "other", "digital", "Fraud & Risk",
     "冻结|凍結|风控冻结|锁户|account frozen|account locked|account freeze"),
    ("tp_unfreeze", "账户解冻", "Account unfrozen", "service", "other", "digital", "Fraud & Risk",
     "解冻|解封|恢复账户|unfreeze|account restored|unlock account"),
    ("tp_wealth_browse", "理财产品浏览", "Wealth product browsing", "consideration", "app", "digital", "Wealth",
     "理财|基金|投资|睇基金|wealth|funds|investing|investment products"),
    ("tp_risk_assess", "风险测评", "Risk profiling questionnaire", "consideration", "app", "digital", "Wealth",
     "风险评估|风险问卷|风险承受能力|RPQ|risk profile|suitability|risk questionnaire"),
    ("tp_wealth_subscribe", "基金申购", "Fund subscription", "purchase", "app", "digital", "Wealth",
     "申购|认购|买基金|下单|subscribe|buy fund|fund order"),
    ("tp_wealth_confirm", "份额确认", "Units confirmed", "purchase", "other", "digital", "Wealth",
     "确认份额|份额到账|confirmation|units allotted|order confirmed"),
    ("tp_time_deposit", "定期存款", "Time deposit", "purchase", "app", "digital", "Deposits",
     "定存|定期|存定期|fixed deposit|time deposit|TD"),
    ("tp_fx_convert", "换汇", "FX conversion", "service", "app", "digital", "Treasury",
     "换汇|兑换|找换|外币兑换|currency exchange|FX|forex"),
    ("tp_support_chat", "在线客服", "Live chat support", "service", "app", "digital", "Customer Service",
     "客服|人工客服|在线咨询|live chat|support|customer service|agent"),
    ("tp_account_close", "销户", "Account closure", "loyalty", "app", "digital", "Customer Service",
     "注销账户|销户|取消账户|close account|account closure|churn"),
]
JOURNEYS = [
    ("onboarding", "线上开户", "Account opening", 14,
     ["tp_signup", "tp_id_upload", "tp_liveness", "tp_kyc_review", "tp_account_open", "tp_first_deposit"]),
    ("card", "实体卡开卡", "Debit card activation", 30,
     ["tp_card_order", "tp_card_ship", "tp_card_delivered", "tp_card_activate", "tp_card_spend"]),
    ("transfer", "转账", "Money transfer", 1,
     ["tp_transfer_start", "tp_payee", "tp_otp_verify", "tp_transfer_submit", "tp_transfer_success"]),
    ("wealth", "基金理财申购", "Fund investing", 14,
     ["tp_wealth_browse", "tp_risk_assess", "tp_wealth_subscribe", "tp_wealth_confirm"]),
]

# ---------------------------------------------------------------- feedback text
# Each topic has marker words (gold.py uses the same list) and templates per script; every template holds a
# marker of its own topic and none of any other topic (checked at the end of generation).
MARKERS = {
    "liveness": ["人脸", "人臉", "活体", "活體", "face scan", "liveness", "selfie"],
    "kyc_docs": ["地址证明", "住址證明", "开户审核", "開戶審批", "proof of address", "address proof", "kyc"],
    "frozen": ["冻结", "凍結", "拦截", "攔截", "frozen", "on hold", "held for review"],
    "otp": ["验证码", "驗證碼", "otp", "sms code"],
    "card_delivery": ["还没收到卡", "未收到張卡", "寄卡", "card hasn't arrived", "card still hasn't", "card delivery"],
    "card_activation": ["激活", "啟動", "activat"],
    "fx_spread": ["汇率", "匯率", "exchange rate", "spread"],
    "rpq": ["风险测评", "風險評估", "risk questionnaire", "rpq"],
    "app_crash": ["闪退", "閃退", "crash"],
    "praise_fast": ["开户很快", "開戶好快", "几分钟就开好", "account opening was quick", "opened my account in"],
    "praise_transfer": ["秒到", "轉數快好方便", "instant transfer", "transfers are instant"],
    "praise_rate": ["利率", "利息", "interest"],
    "praise_service": ["耐心", "耐性", "patient", "helpful"],
}
TEMPLATES = {
    "liveness": {
        "hans": ["人脸识别一直失败，试了好几次都过不了", "刷脸验证老是提示未检测到人脸，开户开不下去",
                 "活体检测卡在那里转圈，最后直接报错", "人脸识别太难过了，光线够亮也不行",
                 "更新之后人脸验证就打不开相机"],
        "hant": ["人臉識別成日失敗，試咗十幾次都唔得", "做人臉驗證一直話偵測唔到，開唔到戶",
                 "個活體檢測好難過，部iPhone完全用唔到", "更新完之後人臉驗證開唔到相機"],
        "en": ["The face scan keeps failing, can't finish signing up", "Liveness check fails every single time",
               "Selfie verification just spins and then errors out", "Tried the face scan 6 times, gave up",
               "After the update the liveness step can't open my iPhone camera"],
    },
    "kyc_docs": {
        "hans": ["开户审核等了好几天还没结果", "要我补地址证明，我刚搬家哪来的水电单", "开户审核被拒也不说原因"],
        "hant": ["開戶審批等咗成個星期都未有消息", "要我補交住址證明，我啱啱搬屋邊有帳單", "開戶審批俾人拒絕又唔講原因"],
        "en": ["KYC has been pending for a week with no update", "They keep asking for proof of address but I just "
               "moved here on an employment pass", "Rejected at KYC with no explanation",
               "As a new arrival I don't have an address proof yet, impossible to open an account",
               "Uploaded my tenancy agreement as proof of address twice, still waiting"],
    },
    "frozen": {
        "hans": ["转账被拦截了，说要人工复核，急用钱啊", "账户突然被冻结，打客服也说不清楚原因",
                 "给家人转钱也被拦截，风控太严了吧", "账户冻结了三天还没解开，工资都取不出来",
                 "交房租的钱被拦截，房东一直催"],
        "hant": ["過數俾屋企人都被攔截，話要覆核", "個戶口無端端被凍結，搵客服都冇用", "戶口凍結咗幾日仲未解",
                 "交租過數又被攔截，搞到遲交租"],
        "en": ["My transfer was put on hold again, this is ridiculous", "Account frozen without any warning",
               "Every payment to a new payee gets held for review now", "Paying rent and the transfer is on hold for "
               "2 days", "Sent money home and it was held for review, nobody tells me why",
               "My account has been frozen since Monday, I can't pay my bills"],
    },
    "otp": {
        "hans": ["短信验证码老是收不到，转账转不出去", "验证码过期太快了，还没收到就失效"],
        "hant": ["SMS驗證碼成日收唔到", "驗證碼嚟得好慢，過咗期先到"],
        "en": ["OTP never arrives when I'm travelling", "The SMS code takes minutes to come through",
               "OTP expired before it arrived"],
    },
    "card_delivery": {
        "hans": ["开户两周了还没收到卡", "寄卡太慢了，快递单号也查不到"],
        "hant": ["等咗十日都未收到張卡", "寄卡真係好慢，問極都話寄緊"],
        "en": ["My card hasn't arrived after 10 days", "Card delivery via SingPost is painfully slow",
               "Two weeks and my card still hasn't shown up", "Card delivery took forever, almost three weeks"],
    },
    "card_activation": {
        "hans": ["实体卡激活一直失败", "卡片激活的时候提示系统错误"],
        "hant": ["張卡啟動唔到，試咗幾次都話錯誤"],
        "en": ["Card activation fails with an error", "Can't activate the physical card in the app"],
    },
    "fx_spread": {
        "hans": ["换美元的汇率比别家差不少", "汇率点差太大了"],
        "hant": ["換美金個匯率好差", "匯率唔抵，不如去找換店"],
        "en": ["The exchange rate for USD is worse than other banks", "FX spread is too wide",
               "The exchange rate markup is basically hidden"],
    },
    "rpq": {
        "hans": ["风险测评问卷太长了，做到一半就不想做了", "买个基金每次都要重新做风险测评"],
        "hant": ["風險評估問卷長到爆，做到一半放棄"],
        "en": ["The risk questionnaire is way too long", "Why do I have to redo the RPQ every time I buy a fund"],
    },
    "app_crash": {
        "hans": ["App一打开就闪退", "更新后经常闪退，转账转到一半没了"],
        "hant": ["個App成日閃退"],
        "en": ["App crashes on launch", "Keeps crashing after the update"],
    },
    "praise_fast": {
        "hans": ["开户很快，十分钟搞定", "几分钟就开好户了，比传统银行方便太多"],
        "hant": ["開戶好快，唔使去分行排隊"],
        "en": ["Account opening was quick and painless", "Opened my account in 10 minutes on the MTR"],
    },
    "praise_transfer": {
        "hans": ["转账秒到，还免手续费", "跨行转账秒到账，很方便"],
        "hant": ["轉數快好方便，即刻到"],
        "en": ["Transfers are instant and free", "Love the instant transfers"],
    },
    "praise_rate": {
        "hans": ["定存利率挺高的", "利息比大银行高"],
        "hant": ["定期利息幾好"],
        "en": ["Great time deposit interest rate", "Interest is better than my old bank"],
    },
    "praise_service": {
        "hans": ["客服很耐心，问题很快解决了", "在线客服小姐姐很耐心"],
        "hant": ["客服好有耐性，幫我搞掂咗"],
        "en": ["The chat agent was patient and sorted it out", "Very helpful support team"],
    },
    "generic_pos": {
        "hans": ["整体体验不错", "界面简洁好用", "用了半年，挺满意的"],
        "hant": ["整體幾好用", "介面好清晰"],
        "en": ["Clean app, does what I need", "Pretty good overall", "Nice design, easy to use"],
    },
    "generic_neu": {
        "hans": ["还可以吧", "一般般，没什么特别"],
        "hant": ["麻麻地", "一般啦"],
        "en": ["It's ok", "Fine, nothing special"],
    },
    "generic_neg": {
        "hans": ["功能太少了", "希望能多一些功能，比如信用卡"],
        "hant": ["功能太少", "想要多啲功能"],
        "en": ["Wish there were more features", "Customer service hours are too short"],
    },
}
SUFFIX = {"hans": ["", "", "。", "，希望尽快改进", "！"], "hant": ["", "", "。", "，唔該改善下", "！"],
          "en": ["", "", ".", ". Please fix this.", "!"]}
SUFFIX_POS = {"hans": ["", "。", "，点赞"], "hant": ["", "。", "，讚"], "en": ["", ".", " :)"]}
TOPIC_TP = {"liveness": "tp_liveness", "kyc_docs": "tp_kyc_review", "otp": "tp_otp_verify",
            "card_delivery": "tp_card_delivered", "card_activation": "tp_card_activate", "fx_spread": "tp_fx_convert",
            "rpq": "tp_risk_assess", "app_crash": "tp_login", "praise_fast": "tp_account_open",
            "praise_transfer": "tp_transfer_success", "praise_rate": "tp_time_deposit",
            "praise_service": "tp_support_chat"}
PRAISE = {"praise_fast", "praise_transfer", "praise_rate", "praise_service", "generic_pos"}

# ---------------------------------------------------------------- generation state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
EXPERIMENTS: list[dict] = []
CUSTOMERS: list[dict] = []
_seq = {"O": 0, "C": 0, "T": 0, "W": 0, "F": 0, "D": 0, "X": 0, "S": 0}


def sid(kind: str) -> str:
    _seq[kind] += 1
    return f"{kind}{_seq[kind]:06d}"


def ev(c: dict, ts: datetime, tp: str, action: str, sess=None, device=None, channel=None, **kw):
    if ts > END or ts < START:
        return
    d = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=sess, action=action, device=device,
             channel=channel, region=c["region"], 地区=REGIONS[c["region"]])
    if device in ("ios", "android") and "app_version" not in kw:
        kw["app_version"] = version_at(ts, device)
    d.update(kw)
    EVENTS.append(d)


def fb(c: dict | None, ts: datetime | None, topic: str, tp=None, channel=None, region=None, nps=None, prefix=""):
    if ts is not None and ts > END:
        return
    script = c["script"] if c else pick([("hans", .4), ("hant", .3), ("en", .3)])
    if channel is None:
        if topic in PRAISE:
            channel = pick([("app_review", .45), ("in_app_survey", .4), ("social", .15)])
        else:
            channel = pick([("ticket", .3), ("app_review", .28), ("in_app_survey", .2), ("social", .12),
                            ("call_note", .10)])
    text = TEMPLATES[topic][script][int(r() * len(TEMPLATES[topic][script]))]
    suffix = SUFFIX_POS if topic in PRAISE else SUFFIX
    text = text + suffix[script][int(r() * len(suffix[script]))]
    if channel == "call_note":
        text = ("Cx reports: " if script == "en" else "客户反映：") + text
    text = prefix + text
    rating = None
    if channel in ("app_review", "in_app_survey"):
        if topic in PRAISE:
            rating = pick([(5, .68), (4, .32)]) if topic != "generic_pos" else pick([(5, .45), (4, .45), (3, .10)])
        elif topic == "generic_neu":
            rating = pick([(3, .7), (4, .2), (2, .1)])
        else:
            rating = pick([(1, .52), (2, .33), (3, .15)])
    cust = c["customer_id"] if c else None
    if channel == "social" or (channel == "app_review" and r() < .6):
        cust = None
    if channel == "social" and r() < .35:
        ts = None
    elif channel == "app_review" and r() < .12:
        ts = None
    sentiment = ("positive" if topic in PRAISE else "neutral" if topic == "generic_neu" else "negative")
    if nps is not None:
        sentiment = "positive" if nps >= 9 else "negative" if nps <= 6 else "neutral"
    reg = region or (c["region"] if c else pick([("Hong Kong", .55), ("Shenzhen", .2), ("Singapore", .25)]))
    FEEDBACK.append(dict(
        text=text, ts=ts, customer_id=cust, touchpoint_id=tp if tp is not None else TOPIC_TP.get(topic),
        channel=channel, rating=rating, nps=nps, language="en" if script == "en" else "zh", region=reg,
        地区=REGIONS[reg], device=(c["device"] if c and channel in ("app_review", "in_app_survey") else None),
        reply_status=pick([("replied", .55), ("not_replied", .45)]) if channel in ("app_review", "social") else
        ("closed" if channel == "ticket" else None),
        _topic=topic if not topic.startswith("generic") else "", _sentiment=sentiment))


# ---------------------------------------------------------------- customers
def new_customer(i: int, region: str, signup: datetime) -> dict:
    seg = pick(SEG_P[region])
    dev = pick(DEV_P[region])
    if seg == "expat":
        script = pick([("en", .9), ("hans", .1)])
    elif region == "Hong Kong":
        script = pick([("hant", .72), ("en", .28)])
    elif region == "Shenzhen":
        script = pick([("hans", .97), ("en", .03)])
    else:
        script = pick([("en", .72), ("hans", .28)])
    lang = {"hant": "zh-Hant", "hans": "zh-Hans", "en": "en"}[script]
    id_type = {"Hong Kong": "hkid", "Shenzhen": "prc_id", "Singapore": "nric"}[region]
    if seg == "expat":
        id_type = "passport" if region == "Hong Kong" else "fin"
    age = {"student": ("18-24", 1.0), "young_professional": ("25-34", .8)}.get(seg)
    age_band = age[0] if age and r() < age[1] else pick([("18-24", .12), ("25-34", .34), ("35-44", .28),
                                                          ("45-54", .16), ("55+", .10)])
    acq = pick(ACQ_P)
    return dict(customer_id=f"C{i:05d}", signup_at=signup, segment=seg, region=region, acquisition_channel=acq,
                tier="standard", 客群=SEGMENTS[seg], 地区=REGIONS[region], 获客渠道=ACQ[acq], age_band=age_band,
                gender=pick([("F", .48), ("M", .50), ("X", .02)]), id_type=id_type, phone_os=dev,
                preferred_language=lang, employment=("student" if seg == "student" else
                                                     pick([("employed", .8), ("self_employed", .15),
                                                           ("retired", .05)])),
                income_band=("<10k" if seg == "student" else "50k+" if seg == "affluent" and r() < .8 else
                             pick([("<10k", .15), ("10k-25k", .45), ("25k-50k", .3), ("50k+", .1)])),
                referral_code=(f"RF{int(r() * 90000) + 10000}" if acq == "referral" else None),
                kyc_status="incomplete", risk_profile=None, account_opened_at=None, first_deposit_at=None,
                account_status="not_opened", closed_at=None,
                # private
                device=dev, script=script)


def onboarding(c: dict) -> None:
    t = c["signup_at"]
    dev = c["device"]
    s = sid("O")
    ch = "web" if dev == "web" else "app"
    if c["acquisition_channel"] in ("social_ads", "kol") and r() < .7:
        ev(c, t - mins(logn(40, 1.5)), "tp_promo_landing", "view", None, dev if dev == "web" else
           pick([("web", .5), (dev, .5)]), "ads" if c["acquisition_channel"] == "social_ads" else "social",
           campaign=pick([("spring_bonus", .3), ("hkd500_welcome", .4), ("refer_a_friend", .3)]))
    ev(c, t, "tp_signup", "submit", s, dev, ch, id_type=c["id_type"])
    if r() > {"student": .88, "affluent": .84}.get(c["segment"], .86):
        return
    t += mins(logn(3, .8)) if r() < .85 else days(1 + int(r() * 3)) + mins(r() * 600)
    for a in range(1, 4):  # ID upload (OCR) attempts
        if r() < (.18 if dev == "web" else .10):
            reason = pick([("blurry_image", .5), ("glare", .35), ("id_expired", .15)])
            ev(c, t, "tp_id_upload", "fail", s, dev, ch, attempt_no=a, id_type=c["id_type"], fail_reason=reason,
               失败原因=FAIL_ZH[reason])
            if a == 3 or r() > .65:
                return
            t += mins(logn(1.5, .6))
        else:
            ev(c, t, "tp_id_upload", "success", s, dev, ch, attempt_no=a, id_type=c["id_type"])
            break
    if r() > .94:
        return
    t += mins(logn(1.2, .6))
    for a in range(1, 5):  # liveness attempts
        ver = version_at(t, dev)
        bad = dev == "ios" and ver in BAD_IOS
        p_fail = .80 if bad else {"web": .15, "android": .09, "ios": .07}[dev]
        if r() < p_fail:
            reason = ("camera_permission_error" if bad and r() < .85 else
                      pick([("face_not_detected", .55), ("timeout", .35), ("spoof_suspected", .10)]))
            ev(c, t, "tp_liveness", "fail", s, dev, ch, attempt_no=a, fail_reason=reason, 失败原因=FAIL_ZH[reason],
               app_version=ver)
            if a == 4 or r() > (.45 if bad else .72):
                if r() < (.35 if bad else .2):
                    fb(c, t + hours(logn(3, 1)), "liveness")
                if r() < .2:
                    support(c, t + hours(logn(2, 1)), "onboarding")
                return
            t += mins(logn(1, .5))
        else:
            ev(c, t, "tp_liveness", "success", s, dev, ch, attempt_no=a, app_version=ver)
            if a > 1 and r() < (.15 if bad else .05):
                fb(c, t + hours(logn(3, 1)), "liveness")
            break
    # KYC review
    expat = c["segment"] == "expat"
    if expat:
        t += days(logn(2.0, .5))
        dec = pick([("approved", .45), ("pending_docs", .40), ("rejected", .15)])
    else:
        t += mins(logn(8, .8)) if r() < .8 else hours(logn(20, .8))
        dec = pick([("approved", .89), ("pending_docs", .06), ("rejected", .05)])
    rounds = 0
    while True:
        rounds += 1
        if dec == "approved":
            ev(c, t, "tp_kyc_review", "approved", s, None, "system", review_type="auto" if t - c["signup_at"] <
               hours(1) else "manual", id_type=c["id_type"])
            break
        if dec == "pending_docs":
            reason = (pick([("address_proof_missing", .75), ("visa_expiring", .15), ("document_unclear", .10)])
                      if expat else pick([("document_unclear", .5), ("name_mismatch", .3),
                                          ("address_proof_missing", .2)]))
        else:
            reason = (pick([("address_proof_missing", .45), ("visa_expiring", .3), ("sanctions_screening", .1),
                            ("document_unclear", .15)]) if expat else
                      pick([("document_unclear", .4), ("name_mismatch", .3), ("sanctions_screening", .15),
                            ("address_proof_missing", .15)]))
        ev(c, t, "tp_kyc_review", dec, s, None, "system", review_type="manual", fail_reason=reason,
           失败原因=FAIL_ZH[reason], id_type=c["id_type"])
        if r() < (.45 if expat else .25):
            fb(c, t + hours(logn(20, 1)), "kyc_docs")
        if r() < .3:
            support(c, t + hours(logn(6, 1)), "onboarding")
        if dec == "rejected":
            c["kyc_status"] = "rejected"
            c["account_status"] = "rejected"
            return
        if rounds >= 2 or r() > (.35 if expat else .55):
            c["kyc_status"] = "pending"
            return
        t += days(logn(3, .5))
        dec = "approved" if r() < .9 else "rejected"
    c["kyc_status"] = "approved"
    t += mins(logn(3, .5))
    if t > END:
        return
    ev(c, t, "tp_account_open", "success", s, None, "system", account_no=f"8{int(r() * 1e8):08d}")
    c["account_opened_at"] = t
    c["account_status"] = "active"
    if r() < .05:
        fb(c, t + mins(logn(30, 1)), "praise_fast", channel=pick([("in_app_survey", .6), ("app_review", .4)]))
    elif r() < .04:
        fb(c, t + mins(logn(30, 1)), pick([("generic_pos", .6), ("generic_neu", .4)]), tp="tp_account_open",
           channel="in_app_survey")
    cards(c, t)
    # first deposit
    p = {"affluent": .86, "student": .62, "young_professional": .72, "expat": .72}.get(c["segment"], .70)
    if c["acquisition_channel"] == "referral":
        p += .07
    if r() < p:
        td = t + days(logn(.8, 1.3))
        amt = round(logn({"affluent": 60000, "student": 800}.get(c["segment"], 6000), .9), -1)
        amt = max(amt, 10.0)
        ccy = CCY[c["region"]]
        if ccy == "SGD":
            amt = round(amt / 5.8, 0)
        method = {"Hong Kong": pick([("fps", .8), ("bank_transfer", .15), ("cash_711", .05)]),
                  "Shenzhen": pick([("ibps", .9), ("bank_transfer", .1)]),
                  "Singapore": pick([("paynow", .85), ("bank_transfer", .15)])}[c["region"]]
        ev(c, td, "tp_first_deposit", "success", s, dev, ch, amount=amt, currency=ccy, deposit_method=method)
        if td <= END:
            c["first_deposit_at"] = td
            c["deposit_amount"] = amt


def cards(c: dict, t_open: datetime) -> None:
    dev = c["device"]
    virtual = False
    if c["region"] != "Shenzhen" and t_open >= VIRTUAL_AB[0]:
        if t_open < VIRTUAL_AB[1]:
            variant = "instant_virtual" if r() < .5 else "control"
            EXPERIMENTS.append(dict(experiment_id="virtual_card_first_2025", variant=variant,
                                    customer_id=c["customer_id"], assigned_at=t_open + timedelta(seconds=20),
                                    experiment_name="Instant virtual card at account opening",
                                    market=c["region"], unit="customer"))
            virtual = variant == "instant_virtual"
        else:
            virtual = True
    if virtual:
        s = sid("C")
        tv = t_open + timedelta(seconds=45)
        ev(c, tv, "tp_virtual_card", "issued", s, None, "system", card_type="virtual")
        if r() < .60:
            ev(c, tv + days(logn(1.8, 1.1)), "tp_card_spend", "first_spend", s, None, "card_network",
               card_type="virtual", amount=round(logn(150, 1), 1), currency=CCY[c["region"]],
               merchant_category=pick([("online_shopping", .45), ("food_delivery", .3), ("transport", .15),
                                       ("subscription", .1)]))
    if r() > .9:
        return
    s = sid("C")
    t = t_open + mins(2)
    ev(c, t, "tp_card_order", "auto_issue", s, None, "system", card_type="physical")
    t += days(1 + int(r() * 2)) + hours(r() * 6)
    if t.weekday() >= 5:
        t += days(7 - t.weekday())
    courier = pick(COURIERS[c["region"]])
    ev(c, t, "tp_card_ship", "shipped", s, None, "courier", card_type="physical", courier=courier,
       tracking_no=f"{courier[:2].upper()}{int(r() * 1e9):09d}")
    if r() < .03:
        return
    dd = logn(COURIER_DAYS[courier], .45)
    if courier == "singpost" and t.month in (11, 12):
        dd *= 1.3
    t += days(dd)
    ev(c, t, "tp_card_delivered", "delivered", s, None, "courier", card_type="physical", courier=courier,
       delivery_days=round(dd, 1))
    if dd > (7 if courier == "singpost" else 4) and r() < .22:
        fb(c, t - days(r() * 2), "card_delivery")
        if r() < .3:
            support(c, t - days(r() * 2), "card")
    if r() > .86:
        return
    t += days(logn(1.3, 1.0))
    for a in range(1, 4):
        if r() < .07:
            reason = pick([("wrong_activation_code", .6), ("system_error", .4)])
            ev(c, t, "tp_card_activate", "fail", s, dev, "app", attempt_no=a, fail_reason=reason,
               失败原因=FAIL_ZH[reason], card_type="physical")
            if r() < .25:
                fb(c, t + hours(1), "card_activation")
            if a == 3 or r() > .7:
                return
            t += mins(logn(5, .8))
        else:
            ev(c, t, "tp_card_activate", "success", s, dev, "app", attempt_no=a, card_type="physical")
            break
    if r() < (.66 if virtual else .78):
        ev(c, t + days(logn(2.5, 1.1)), "tp_card_spend", "first_spend", s, None, "card_network",
           card_type="physical", amount=round(logn(220, 1), 1), currency=CCY[c["region"]],
           merchant_category=pick([("supermarket", .3), ("restaurant", .3), ("transport", .15),
                                   ("retail", .25)]))


def support(c: dict, t: datetime, topic: str) -> None:
    ev(c, t, "tp_support_chat", "chat", sid("S"), c["device"] if c["device"] != "web" else "web", "app",
       chat_topic=topic, wait_minutes=round(logn(4, .9), 1))
    if r() < .12:
        fb(c, t + mins(logn(20, .5)), "praise_service", channel="in_app_survey")
    elif r() < .10:
        fb(c, t + mins(logn(20, .5)), pick([("generic_neu", .6), ("generic_neg", .4)]), tp="tp_support_chat",
           channel="in_app_survey")


# ---------------------------------------------------------------- life after opening
def held_p(t: datetime, ttype: str, new_payee: bool, region: str) -> float:
    if t < RULES_2026:
        p = .012
    else:
        p = {1: .035, 2: .055, 3: .075, 4: .095, 5: .115}[t.month] if t.year == 2026 else .115
    p *= 1.8 if new_payee else .55
    if ttype == "cross_border":
        p *= 2.3
    if region == "Shenzhen":
        p *= .45
    return min(p, .6)


TT = {"Hong Kong": [("fps", .72), ("internal", .14), ("cross_border", .14)],
      "Shenzhen": [("ibps", .72), ("internal", .14), ("cross_border", .14)],
      "Singapore": [("paynow", .76), ("internal", .10), ("cross_border", .14)]}
AMT = {"fps": 600, "paynow": 90, "ibps": 700, "internal": 500, "cross_border": 6000}


def transfer(c: dict, t: datetime) -> datetime | None:
    """one transfer session; returns the time an account freeze ends (or END) when the account got frozen."""
    dev = c["device"]
    s = sid("T")
    tt = pick(TT[c["region"]] if c["segment"] != "expat" else
              [(TT[c["region"]][0][0], .6), ("internal", .05), ("cross_border", .35)])
    ccy = CCY[c["region"]]
    amt = round(logn(AMT[tt], 1.0), 0)
    if ccy == "SGD" and tt == "cross_border":
        amt = round(amt / 5.8, 0)
    amt = max(amt, 1.0)
    kw = dict(transfer_type=tt, 转账类型=TT_ZH[tt], amount=amt, currency=ccy)
    ev(c, t, "tp_transfer_start", "start", s, dev, "app", **kw)
    if r() < .06:
        return None
    t += timedelta(seconds=logn(25, .6))
    new = r() < (.5 if tt == "cross_border" else .33)
    ev(c, t, "tp_payee", "new_payee" if new else "existing_payee", s, dev, "app", payee_type="new" if new else
       "existing", **kw)
    if r() < (.06 if new else .02):
        return None
    t += timedelta(seconds=logn(20, .5))
    for a in range(1, 4):
        if r() < .05:
            reason = pick([("otp_expired", .6), ("wrong_otp", .4)])
            ev(c, t, "tp_otp_verify", "fail", s, dev, "app", attempt_no=a, fail_reason=reason,
               失败原因=FAIL_ZH[reason], **kw)
            if r() < .08:
                fb(c, t + mins(5), "otp")
            if a == 3 or r() > .75:
                return None
            t += timedelta(seconds=logn(50, .5))
        else:
            ev(c, t, "tp_otp_verify", "success", s, dev, "app", attempt_no=a, **kw)
            break
    t += timedelta(seconds=logn(6, .4))
    if r() < held_p(t, tt, new, c["region"]):
        reason = pick([("new_payee_high_risk", .45), ("scam_payee_match", .2), ("unusual_amount", .2),
                       ("cross_border_review", .15)]) if tt == "cross_border" else \
            pick([("new_payee_high_risk", .55), ("scam_payee_match", .25), ("unusual_amount", .2)])
        ev(c, t, "tp_transfer_submit", "held", s, dev, "app", hold_reason=reason, **kw)
        if r() < .45:
            fb(c, t + hours(logn(5, 1)), "frozen", tp="tp_transfer_submit")
        if r() < .35:
            support(c, t + hours(logn(1, 1)), "transfer")
        if r() < .18:  # escalated: the whole account is frozen
            tf = t + hours(logn(4, .8))
            fs = sid("F")
            freason = pick([("suspected_scam_payee", .55), ("unusual_activity", .35), ("kyc_refresh", .10)])
            ev(c, tf, "tp_account_freeze", "frozen", fs, None, "system", freeze_reason=freason)
            if r() < .7:
                fb(c, tf + hours(logn(8, 1)), "frozen", tp="tp_account_freeze")
            if r() < .8:
                support(c, tf + hours(logn(2, 1)), "freeze")
            if r() < .85:
                tu = tf + days(logn(2.5, .8))
                ev(c, tu, "tp_unfreeze", "unfrozen", fs, None, "system", freeze_reason=freason)
                if tf <= END < tu:
                    c["account_status"] = "frozen"
                if r() < .15:
                    close(c, tu + days(logn(2, 1)), "account_frozen")
                    return END
                return tu
            if tf <= END:
                c["account_status"] = "frozen"
            if r() < .4:
                close(c, tf + days(logn(10, .6)), "account_frozen")
            return END
        if r() < .72:
            ev(c, t + hours(logn(14, 1.0)), "tp_transfer_success", "released", s, None, "system", **kw)
        return None
    ev(c, t, "tp_transfer_submit", "submitted", s, dev, "app", **kw)
    delay = hours(logn(5, .9)) if tt == "cross_border" else timedelta(seconds=logn(8, .6))
    ev(c, t + delay, "tp_transfer_success", "success", s, None, "system", **kw)
    if r() < .008:
        fb(c, t + hours(logn(4, 1)), "praise_transfer")
    return None


def close(c: dict, t: datetime, reason: str) -> None:
    if t > END or c["account_status"] == "closed":
        return
    ev(c, t, "tp_account_close", "closed", None, c["device"], "app", close_reason=reason, 销户原因=CLOSE_ZH[reason])
    c["account_status"] = "closed"
    c["closed_at"] = t


def order(c: dict, t: datetime, otype: str, amt: float, status: str, sess, **kw) -> None:
    if t > END:
        return
    ccy = CCY[c["region"]]
    ORDERS.append(dict(customer_id=c["customer_id"], ts=t, amount=round(amt, 2), status=status,
                       channel="web" if c["device"] == "web" else "app", device=c["device"], currency=ccy,
                       amount_hkd=round(amt * TO_HKD[ccy], 2), order_type=otype, 产品类型=PROD_ZH[otype],
                       region=c["region"], 地区=REGIONS[c["region"]], segment=c["segment"], session_id=sess, **kw))


FUNDS = {"money_market_fund": [("MMF-HKD-01", "Lanstar HKD Money Market Fund"), ("MMF-USD-02", "Global USD Liquidity")],
         "bond_fund": [("BF-ASIA-11", "Asia Investment Grade Bond"), ("BF-GLB-12", "Global Aggregate Bond")],
         "equity_fund": [("EF-TECH-21", "Global Technology Equity"), ("EF-ASIA-22", "Asia ex-Japan Equity")]}


def wealth(c: dict, t: datetime) -> None:
    dev = c["device"]
    s = sid("W")
    seg = c["segment"]
    ev(c, t, "tp_wealth_browse", "view", s, dev, "app", products_viewed=1 + int(r() * 5))
    if r() > {"affluent": .66, "young_professional": .46, "student": .35}.get(seg, .50):
        return
    t += mins(logn(8, 1.2)) if r() < .8 else days(logn(2, .8))
    if r() < .25:
        ev(c, t, "tp_risk_assess", "abandoned", s, dev, "app", questions_answered=int(3 + r() * 8))
        if r() < .12:
            fb(c, t + mins(30), "rpq")
        return
    prof = pick([("conservative", .3), ("balanced", .45), ("aggressive", .25)])
    c["risk_profile"] = prof
    ev(c, t, "tp_risk_assess", "completed", s, dev, "app", risk_profile=prof)
    if r() > {"affluent": .80, "young_professional": .40, "student": .35}.get(seg, .55):
        return
    t += mins(logn(6, 1)) if r() < .7 else days(logn(2.5, .7))
    ftype = pick([("money_market_fund", .45), ("bond_fund", .3), ("equity_fund", .25)] if prof != "aggressive"
                 else [("money_market_fund", .25), ("bond_fund", .25), ("equity_fund", .5)])
    code, name = FUNDS[ftype][int(r() * 2)]
    base = {"affluent": 80000, "student": 1500, "young_professional": 8000}.get(seg, 10000)
    amt = max(100.0, round(logn(base, .8), -2))
    if c["region"] == "Singapore":
        amt = max(20.0, round(amt / 5.8, 0))
    status = pick([("paid", .90), ("cancelled", .07), ("refunded", .03)])
    ev(c, t, "tp_wealth_subscribe", "submit", s, dev, "app", product_type=ftype, 产品类型=PROD_ZH[ftype],
       product_code=code, amount=amt, currency=CCY[c["region"]])
    order(c, t, ftype, amt, status, s, product_code=code, product_name=name, tenor_months=None, rate_pct=None,
          risk_level={"money_market_fund": "R1", "bond_fund": "R2", "equity_fund": "R4"}[ftype],
          fee=round(amt * (.0 if ftype == "money_market_fund" else .005), 2),
          cancel_reason=("insufficient_balance" if status == "cancelled" and r() < .6 else "customer_cancelled"
                         if status == "cancelled" else "fund_house_rejected" if status == "refunded" else None))
    if status == "paid":
        tc = t + days(1 + int(r() * 2)) + hours(r() * 4)
        ev(c, tc, "tp_wealth_confirm", "confirmed", s, None, "system", product_type=ftype, 产品类型=PROD_ZH[ftype],
           product_code=code, amount=amt, currency=CCY[c["region"]])


def time_deposit(c: dict, t: datetime) -> None:
    promo = c["region"] == "Hong Kong" and t.year == 2026 and t.month == 3 and r() < .7
    tenor = 6 if promo else pick([(1, .2), (3, .35), (6, .25), (12, .2)])
    rate = 4.0 if promo else {"Hong Kong": {1: 2.6, 3: 3.1, 6: 3.2, 12: 3.0}, "Shenzhen": {1: 1.2, 3: 1.5, 6: 1.7,
                                                                                           12: 1.9},
                              "Singapore": {1: 2.4, 3: 2.8, 6: 2.9, 12: 2.7}}[c["region"]][tenor]
    base = {"affluent": 250000, "student": 5000}.get(c["segment"], 40000)
    amt = max(1000.0, round(logn(base, .7), -3))
    if c["region"] == "Singapore":
        amt = max(500.0, round(amt / 5.8, -2))
    status = "paid" if r() < .97 else "cancelled"
    code = f"TD-{CCY[c['region']]}-{tenor}M" + ("-PROMO" if promo else "")
    ev(c, t, "tp_time_deposit", "placed" if status == "paid" else "failed", None, c["device"], "app",
       product_type="time_deposit", 产品类型="定期存款", product_code=code, amount=amt, currency=CCY[c["region"]])
    order(c, t, "time_deposit", amt, status, None, product_code=code,
          product_name=f"{tenor}-month {CCY[c['region']]} time deposit" + (" (spring promo)" if promo else ""),
          tenor_months=tenor, rate_pct=rate, risk_level="R0", fee=0.0,
          cancel_reason="insufficient_balance" if status == "cancelled" else None)
    if status == "paid" and r() < .06:
        fb(c, t + hours(logn(6, 1)), "praise_rate")


def lifetime(c: dict) -> None:
    t0 = c["first_deposit_at"]
    if t0 is None:
        return
    seg, reg = c["segment"], c["region"]
    lam = {"mass": .55, "young_professional": .75, "affluent": .65, "student": .70, "expat": .80}[seg]
    t = t0
    mi = (t.year - 2025) * 12 + t.month - 1
    frozen_until = None
    while mi < NMONTHS:
        ms = month_start(mi)
        lo = max(ms, t0)
        hi = month_start(mi + 1)
        if hi > END:
            hi = END
        frac = (hi - lo).total_seconds() / (month_days(mi) * 86400)
        if c["account_status"] == "closed":
            return
        if r() < .022:  # goes dormant: no more activity
            c["account_status"] = "dormant" if c["account_status"] == "active" else c["account_status"]
            if r() < .25:
                close(c, lo + days(r() * (hi - lo).days),
                      pick([("switching_bank", .36), ("moved_abroad", .24), ("low_interest", .18),
                            ("app_issues", .12), ("no_longer_needed", .10)]))
            return
        boost = {(2025, 1): 1.7, (2026, 2): 1.9, (2025, 12): 1.2, (2025, 2): 1.2}.get((ms.year, ms.month), 1.0)
        for _ in range(int(rng.poisson(lam * boost * frac * 1.0))):
            if boost >= 1.7 and r() < .5:
                cny = datetime(2025, 1, 29) if ms.year == 2025 else datetime(2026, 2, 17)
                tt = at_day(cny + days(int(r() * 14) - 9))
                if tt < lo or tt >= hi:
                    tt = at_day(lo + days(r() * max((hi - lo).days, 0.5)))
            else:
                tt = at_day(lo + days(r() * max((hi - lo).days, 0.5)))
            if tt < t0:
                tt = t0 + hours(1 + r() * 24)
            if frozen_until and tt < frozen_until:
                continue
            res = transfer(c, tt)
            if res is not None:
                frozen_until = res
                if c["account_status"] in ("frozen", "closed"):
                    return
        for _ in range(int(rng.poisson(1.1 * frac))):
            tl = at_day(lo + days(r() * max((hi - lo).days, 0.5)))
            if tl > t0:
                ev(c, tl, "tp_login", "login", None, c["device"], "web" if c["device"] == "web" else "app")
        if r() < {"Singapore": .10, "Shenzhen": .04}.get(reg, .06) * (1.6 if seg == "expat" else 1) * frac:
            tf = at_day(lo + days(r() * max((hi - lo).days, 0.5)))
            if tf > t0:
                pair = {"Hong Kong": ("HKD", "USD"), "Shenzhen": ("CNY", "HKD"), "Singapore": ("SGD", "USD")}[reg]
                ev(c, tf, "tp_fx_convert", "converted", None, c["device"], "app", from_currency=pair[0],
                   to_currency=pair[1], amount=round(logn(3000 if reg != "Singapore" else 800, .9), 0),
                   currency=pair[0], spread_bps=int(35 + r() * 30))
                if r() < (.10 if reg == "Singapore" else .05):
                    fb(c, tf + hours(logn(3, 1)), "fx_spread")
        ptd = {"affluent": .22, "student": .02}.get(seg, .07)
        if reg == "Hong Kong" and ms.year == 2026 and ms.month == 3:
            ptd *= 3.5
        if r() < ptd * frac:
            td = at_day(lo + days(r() * max((hi - lo).days, 0.5)))
            if td > t0:
                time_deposit(c, td)
        pw = {"affluent": .30, "young_professional": .24, "mass": .10, "student": .08, "expat": .12}[seg]
        if r() < pw * frac:
            tw = at_day(lo + days(r() * max((hi - lo).days, 0.5)))
            if tw > t0:
                wealth(c, tw)
        if r() < .004 * frac:
            close(c, at_day(lo + days(r() * max((hi - lo).days, 0.5))),
                  pick([("switching_bank", .36), ("moved_abroad", .24), ("low_interest", .18),
                        ("app_issues", .12), ("no_longer_needed", .10)]))
        mi += 1


def background_feedback() -> None:
    """app-store reviews and social posts not tied to an event, and the quarterly NPS survey."""
    opened = [c for c in CUSTOMERS if c["first_deposit_at"] is not None]
    for mi in range(NMONTHS):
        ms = month_start(mi)
        for _ in range(int(rng.poisson(26))):
            c = opened[int(r() * len(opened))]
            t = at_day(ms + days(r() * month_days(mi)))
            if c["first_deposit_at"] < t:
                fb(c, t, pick([("generic_pos", .35), ("generic_neu", .25), ("generic_neg", .15),
                               ("app_crash", .25)]), tp="tp_login",
                   channel=pick([("app_review", .8), ("social", .2)]))
        for _ in range(int(rng.poisson(6))):
            fb(None, at_day(ms + days(r() * month_days(mi))), pick([("praise_fast", .4), ("praise_transfer", .3),
                                                                     ("app_crash", .3)]), channel="social")
    for q in range(6):  # quarterly NPS: sent mid-quarter to customers with a funded account
        qs = datetime(2025, 2, 10) + timedelta(days=91 * q) if q < 5 else datetime(2026, 5, 11)
        for c in opened:
            if c["first_deposit_at"] < qs and (c["closed_at"] is None or c["closed_at"] > qs) and r() < .09:
                t = at_day(qs + days(r() * 10))
                base = {"affluent": (.52, .30), "expat": (.38, .34), "student": (.40, .36)}.get(
                    c["segment"], (.45, .33))
                if c.get("_held_at") and c["_held_at"] < t:
                    base = (.15, .25)
                x = r()
                nps = (9 + int(r() * 2)) if x < base[0] else (7 + int(r() * 2)) if x < base[0] + base[1] else \
                    int(r() * 7)
                topic = "generic_pos" if nps >= 9 else "generic_neu" if nps >= 7 else "generic_neg"
                if nps <= 6 and c.get("_held_at") and c["_held_at"] < t and r() < .5:
                    topic = "frozen"
                fb(c, t, topic, tp=("tp_transfer_submit" if topic == "frozen" else None), channel="nps_survey",
                   nps=nps)


# ---------------------------------------------------------------- main
def main(out: Path) -> None:
    i = 0
    for mi in range(NMONTHS):
        ms = month_start(mi)
        for region in REGIONS:
            if region == "Hong Kong":
                mean = 118 + 5 * mi
            elif region == "Shenzhen":
                mean = 50 + 3 * mi
            else:
                if ms < SG_LAUNCH:
                    continue
                mean = 48 + 6 * (mi - 3)
            if ms.month == 2:
                mean *= .8
            if ms.month == 9:
                mean *= 1.15
            if region == "Hong Kong" and ms.year == 2026 and ms.month == 3:
                mean *= 1.25
            for _ in range(int(rng.poisson(mean))):
                i += 1
                c = new_customer(i, region, at_day(ms + days(r() * month_days(mi))))
                CUSTOMERS.append(c)
    CUSTOMERS.sort(key=lambda c: c["signup_at"])
    for k, c in enumerate(CUSTOMERS, 1):
        c["customer_id"] = f"C{k:05d}"
        onboarding(c)
    for c in CUSTOMERS:
        lifetime(c)
    # customers who had a held transfer before an NPS survey answer worse
    first_hold: dict[str, datetime] = {}
    for e in EVENTS:
        if e["touchpoint_id"] == "tp_transfer_submit" and e["action"] == "held":
            if e["customer_id"] not in first_hold or e["ts"] < first_hold[e["customer_id"]]:
                first_hold[e["customer_id"]] = e["ts"]
    for c in CUSTOMERS:
        c["_held_at"] = first_hold.get(c["customer_id"])
        if c["first_deposit_at"] is not None:
            bal = c.get("deposit_amount", 0) * TO_HKD[CCY[c["region"]]]
            c["tier"] = ("premier" if c["segment"] == "affluent" and r() < .75 or bal > 200000 else
                         "plus" if r() < .22 else "standard")
    background_feedback()
    write(out)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def write_csv(path: Path, rows: list[dict], cols: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for row in rows:
            w.writerow([fmt(row.get(k)) for k in cols])


def write(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write_csv(out / "touchpoints.csv", tps, list(tps[0]))
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4], 1)]
    write_csv(out / "journeys.csv", jr, list(jr[0]))
    ccols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "客群", "地区", "获客渠道",
             "age_band", "gender", "id_type", "phone_os", "preferred_language", "employment", "income_band",
             "referral_code", "kyc_status", "risk_profile", "account_opened_at", "first_deposit_at",
             "account_status", "closed_at"]
    write_csv(out / "customers.csv", CUSTOMERS, ccols)
    evs = sorted(EVENTS, key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    for k, e in enumerate(evs, 1):
        e["event_id"] = f"E{k:07d}"
    dups = [dict(evs[int(r() * len(evs))]) for _ in range(37)]  # a tracker re-sent a few events
    rows = evs + dups
    rows.sort(key=lambda e: (e["ts"], e["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "app_version", "region", "地区", "attempt_no", "id_type", "fail_reason", "失败原因", "review_type",
             "account_no", "campaign", "card_type", "courier", "tracking_no", "delivery_days", "merchant_category",
             "transfer_type", "转账类型", "payee_type", "amount", "currency", "deposit_method", "hold_reason",
             "freeze_reason", "chat_topic", "wait_minutes", "product_type", "产品类型", "product_code",
             "products_viewed", "questions_answered", "risk_profile", "from_currency", "to_currency", "spread_bps",
             "close_reason", "销户原因"]
    extra = set().union(*[e.keys() for e in EVENTS]) - set(ecols)
    assert not extra, extra
    write_csv(out / "events.csv", rows, ecols)
    ORDERS.sort(key=lambda o: o["ts"])
    for k, o in enumerate(ORDERS, 1):
        o["order_id"] = f"ORD{k:06d}"
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "currency", "amount_hkd",
             "order_type", "产品类型", "product_code", "product_name", "tenor_months", "rate_pct", "risk_level", "fee",
             "region", "地区", "segment", "session_id", "cancel_reason"]
    write_csv(out / "orders.csv", ORDERS, ocols)
    FEEDBACK.sort(key=lambda f: (f["ts"] or datetime(2030, 1, 1), f["text"]))
    for k, f in enumerate(FEEDBACK, 1):
        f["feedback_id"] = f"FB{k:05d}"
        low = f["text"].lower()
        hits = {t for t, ws in MARKERS.items() if any(w.lower() in low for w in ws)}
        assert hits == ({f["_topic"]} if f["_topic"] else set()), (f["text"], hits, f["_topic"])
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "region", "地区", "device", "reply_status"]
    write_csv(out / "feedback.csv", FEEDBACK, fcols)
    write_csv(out / "_truth" / "feedback_truth.csv",
              [dict(feedback_id=f["feedback_id"], topics=f["_topic"], sentiment=f["_sentiment"]) for f in FEEDBACK],
              ["feedback_id", "topics", "sentiment"])
    EXPERIMENTS.sort(key=lambda x: x["assigned_at"])
    write_csv(out / "experiments.csv", EXPERIMENTS,
              ["experiment_id", "variant", "customer_id", "assigned_at", "experiment_name", "market", "unit"])
    print(f"customers {len(CUSTOMERS)}, events {len(rows)} ({len(dups)} duplicates), orders {len(ORDERS)}, "
          f"feedback {len(FEEDBACK)}, experiments {len(EXPERIMENTS)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUTDIR")
    main(Path(sys.argv[1]))
