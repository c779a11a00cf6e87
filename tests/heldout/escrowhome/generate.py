"""安家托管 HearthKey Escrow & Title: home-buying escrow and title service (synthetic, written blind).

HearthKey runs escrow and title for home purchases from six offices: Irvine, Arcadia and San Jose (California),
Bellevue (Washington), Houston (Texas) and Las Vegas (Nevada). A large share of its buyers and sellers are
Chinese-speaking families; the staff work in English and Mandarin, over phone, e-mail, SMS and WeChat.

Buyers, sellers and real-estate agents are all customers. A file (one purchase) is opened by the buyer's agent, a
lender, a builder, the buyer after the online fee calculator, or a repeat buyer. The buyer deposits the earnest money
(EMD), passes an online identity check (or an in-office check after three failed attempts), uploads documents, the
title team runs the title search, the buyer signs (in the office, with a mobile notary or by remote online
notarisation where the state allows it), wires the closing funds, the county records the deed (= close of escrow),
the seller's proceeds are disbursed and the buyer's owner's title policy is issued. Sellers fill in an intake
package, pass the identity check, sign and get paid. Around these: status calls, complaints, wire-fraud reports and
cancellations.

Data 2025-01-01 .. 2026-05-31 (CRM + escrow-system + app extract taken on 2026-06-03). Naive local times of each
office. Money in USD.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260603), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260603
rng = np.random.default_rng(SEED)
SIM0 = date(2024, 10, 1)          # files are simulated from here so that January 2025 has a full pipeline
D0 = date(2025, 1, 1)             # first day in the extract
END = date(2026, 5, 31)           # last day in the extract
T_START = datetime(2025, 1, 1)
T_END = datetime(2026, 6, 1)

# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_fee_quote", "在线费用估算", "Online fee calculator", "awareness", "web", "digital", "marketing",
     "费用计算器|算费用|估算费用|过户费用估算|fee calculator|closing cost calculator|cost estimator|net sheet"),
    ("tp_quote_request", "索取正式报价", "Quote request", "consideration", "web", "digital", "sales",
     "要报价|报价单|正式报价|估价单|quote request|fee quote|formal quote|buyer estimate"),
    ("tp_open_escrow", "开立托管", "Escrow opened", "purchase", "other", "digital", "escrow_ops",
     "开户|开托管|开单|新单|开escrow|open escrow|escrow opening|new file|new order|opened files"),
    ("tp_seller_intake", "卖方开户资料", "Seller intake package", "purchase", "email", "digital", "escrow_ops",
     "卖方资料|卖方信息表|卖方开户|seller package|seller intake|statement of information|seller opening package"),
    ("tp_emd_deposit", "定金入托管", "Earnest money deposit", "purchase", "other", "digital", "escrow_ops",
     "定金|诚意金|打定金|交定金|EMD|earnest money|good faith deposit|deposit"),
    ("tp_id_verify", "身份核验", "Identity verification", "purchase", "app", "digital", "compliance",
     "身份验证|实名认证|验证身份|验证护照|KYC|ID check|ID verification|identity check|identity verification"),
    ("tp_doc_upload", "文件上传", "Document upload", "purchase", "app", "digital", "escrow_ops",
     "上传文件|传资料|上传合同|文件上传|upload|document upload|docs upload|document portal"),
    ("tp_title_search", "产权调查", "Title search", "purchase", "other", "digital", "title",
     "查产权|产权报告|初步产权报告|产权调查|prelim|preliminary report|title report|title search|title exam"),
    ("tp_payoff_demand", "卖方贷款清偿单", "Payoff demand", "purchase", "other", "digital", "escrow_ops",
     "清偿单|还清贷款|贷款结清|payoff|payoff statement|payoff demand|loan payoff"),
    ("tp_signing", "签约公证", "Signing appointment", "purchase", "store", "physical", "closing",
     "签字|签文件|公证|约签|签约|signing|notary|closing appointment|signing appointment|RON|mobile notary"),
    ("tp_closing_funds", "尾款到账", "Closing funds received", "purchase", "other", "digital", "escrow_ops",
     "尾款|首付款|打尾款|汇款到账|closing funds|cash to close|down payment wire|funds in"),
    ("tp_recording", "过户登记", "Recording (close of escrow)", "service", "other", "physical", "title",
     "过户|登记|产权过户|交割|结案|COE|recording|close of escrow|closing|closed|recorded"),
    ("tp_disbursement", "卖方放款", "Seller disbursement", "service", "other", "digital", "accounting",
     "放款|卖房款|拨款|出款|付款给卖方|payout|disbursement|seller proceeds|wire out|proceeds"),
    ("tp_title_policy", "产权保险单签发", "Owner's title policy issued", "loyalty", "email", "digital", "title",
     "产权保险|保单|产权保单|owner's policy|title policy|title insurance"),
    ("tp_status_call", "进度查询", "Status inquiry", "service", "phone", "digital", "client_care",
     "问进度|催进度|查进度|来电|status call|status inquiry|where is my file|file status|update request"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "digital", "client_care",
     "投诉|客诉|投诉工单|complaint|escalation|grievance"),
    ("tp_fraud_report", "可疑汇款信息举报", "Wire-fraud report", "service", "email", "digital", "compliance",
     "诈骗邮件|钓鱼邮件|假汇款信息|电汇诈骗|phishing|wire fraud|spoofed email|fake wire instructions"),
    ("tp_cancellation", "取消托管", "Escrow cancelled", "purchase", "other", "digital", "escrow_ops",
     "取消|撤单|退定金|黄了|cancel|cancellation|fell out of escrow|deal fell through"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("buyer_closing", "买方托管到过户", "Buyer escrow to close",
     ["tp_open_escrow", "tp_emd_deposit", "tp_id_verify", "tp_signing", "tp_closing_funds", "tp_recording"], 75),
    ("seller_proceeds", "卖方开户到收款", "Seller intake to proceeds",
     ["tp_seller_intake", "tp_id_verify", "tp_signing", "tp_disbursement"], 75),
    ("online_quote", "在线估算到开户", "Fee calculator to open escrow",
     ["tp_fee_quote", "tp_quote_request", "tp_open_escrow"], 14),
]

# office: zh, state, county, files per business day, median price, zh share, cash share, new-build share
OFFICES = {
    "Irvine": ("尔湾", "CA", "Orange County", 3.6, 1_420_000, .50, .30, .10),
    "Arcadia": ("阿凯迪亚", "CA", "Los Angeles County", 2.7, 1_330_000, .66, .38, .05),
    "San Jose": ("圣何塞", "CA", "Santa Clara County", 3.1, 1_580_000, .48, .24, .06),
    "Bellevue": ("贝尔维尤", "WA", "King County", 2.3, 1_260_000, .42, .22, .08),
    "Houston": ("休斯顿", "TX", "Harris County", 3.4, 410_000, .22, .18, .26),
    "Las Vegas": ("拉斯维加斯", "NV", "Clark County", 2.8, 465_000, .16, .24, .22),
}
OFFICE_NAMES = list(OFFICES)
OFFICE_CODE = {"Irvine": "IRV", "Arcadia": "ARC", "San Jose": "SJC", "Bellevue": "BEL", "Houston": "HOU",
               "Las Vegas": "LAS"}
RON_STATES = ("WA", "TX", "NV")        # remote online notarisation of deeds allowed
OFFICERS = {
    "Irvine": [("Jenny Wu", .40), ("Mark Ellis", .30), ("Sophia Chen", .30)],
    "Arcadia": [("Helen Zhao", .55), ("David Kim", .45)],
    "San Jose": [("Grace Lin", .40), ("Kevin Tran", .35), ("Maria Lopez", .25)],
    "Bellevue": [("Linda Park", .50), ("Tom Becker", .50)],
    "Houston": [("Carlos Reyes", .40), ("Brenda Mitchell", .35), ("Ivy Huang", .25)],
    "Las Vegas": [("Rachel Stone", .50), ("Eric Nguyen", .50)],
}
BROKERAGES = {  # office: [(brokerage, weight)]
    "Irvine": [("Golden Bridge Realty", .24), ("Compass", .20), ("Keller Williams", .16), ("Redfin", .14),
               ("Coldwell Banker", .14), ("eXp Realty", .12)],
    "Arcadia": [("Golden Bridge Realty", .34), ("Sunrise Home Group", .22), ("Keller Williams", .14),
                ("Coldwell Banker", .12), ("Redfin", .10), ("eXp Realty", .08)],
    "San Jose": [("Compass", .28), ("Intero Realty", .20), ("Golden Bridge Realty", .16), ("Redfin", .14),
                 ("Keller Williams", .12), ("eXp Realty", .10)],
    "Bellevue": [("Windermere", .30), ("Compass", .20), ("John L. Scott", .18), ("Redfin", .14),
                 ("Golden Bridge Realty", .10), ("eXp Realty", .08)],
    "Houston": [("Keller Williams", .26), ("Lone Star Homes", .20), ("eXp Realty", .18), ("Redfin", .14),
                ("Coldwell Banker", .12), ("Compass", .10)],
    "Las Vegas": [("Desert Sun Realty", .26), ("Keller Williams", .20), ("eXp Realty", .18), ("Redfin", .14),
                  ("Coldwell Banker", .12), ("Compass", .10)],
}
BUILDERS = {"Irvine": "Irvine Pacific Homes", "Arcadia": "Foothill Builders", "San Jose": "Valley Crest Homes",
            "Bellevue": "Eastside Modern Homes", "Houston": "Bayou Star Builders", "Las Vegas": "Summit Desert Homes"}
LENDERS = (["Cathay Bank", "East West Bank", "Wells Fargo", "Chase", "Bank of America", "Rocket Mortgage",
            "United Wholesale Mortgage", "loanDepot"], [.15, .15, .15, .14, .12, .11, .10, .08])
SOURCE_W = {  # file source without web and builder files
    "agent_referral": .80, "lender_referral": .09, "repeat_client": .06, "walk_in": .05}
SOURCE_CHANNEL = {"agent_referral": "agent_portal", "lender_referral": "email", "repeat_client": "phone",
                  "walk_in": "store", "web_quote": "web", "builder": "email"}
CANCEL_ZH = {"financing_denied": "贷款被拒", "inspection": "验房问题", "appraisal_low": "估价不足",
             "buyer_remorse": "买方反悔", "title_issue": "产权问题", "seller_backed_out": "卖方违约"}
EXC_ZH = {"old_deed_of_trust": "旧贷款未注销", "unpaid_hoa": "HOA欠费", "judgment_lien": "判决留置",
          "vesting_error": "产权人信息错误", "mechanics_lien": "施工留置权", "solar_ucc_lien": "太阳能板UCC留置"}
EXC_W = {
    "default": {"old_deed_of_trust": .42, "unpaid_hoa": .15, "judgment_lien": .14, "vesting_error": .13,
                "mechanics_lien": .10, "solar_ucc_lien": .06},
    "Houston": {"unpaid_hoa": .38, "old_deed_of_trust": .22, "mechanics_lien": .18, "judgment_lien": .10,
                "vesting_error": .06, "solar_ucc_lien": .06},
    "Las Vegas": {"solar_ucc_lien": .46, "old_deed_of_trust": .20, "unpaid_hoa": .18, "judgment_lien": .07,
                  "vesting_error": .05, "mechanics_lien": .04},
}
IDFAIL_ZH = {"glare": "照片反光", "expired_document": "证件过期", "selfie_mismatch": "自拍比对不一致",
             "name_mismatch": "姓名不一致", "unsupported_document": "不支持的证件类型"}
MODE_ZH = {"in_office": "到店签约", "mobile_notary": "上门公证", "ron": "远程在线公证"}
COMPLAINT_ZH = {"id_verification": "身份核验", "closing_delay": "过户延误", "disbursement_delay": "放款延误",
                "communication": "沟通不及时", "notary": "公证员问题", "fees": "收费争议", "portal": "APP/门户故障",
                "wire_fraud": "电汇诈骗"}
CALL_REASONS = ["status_update", "documents", "wire_instructions", "closing_date", "proceeds"]
HOLIDAYS = {date(2025, 1, 1), date(2025, 1, 20), date(2025, 2, 17), date(2025, 5, 26), date(2025, 7, 4),
            date(2025, 9, 1), date(2025, 11, 27), date(2025, 12, 25), date(2026, 1, 1), date(2026, 1, 19),
            date(2026, 2, 16), date(2026, 5, 25), date(2024, 11, 28), date(2024, 12, 25)}
SEASON = {1: .72, 2: .84, 3: 1.0, 4: 1.1, 5: 1.22, 6: 1.24, 7: 1.1, 8: 1.04, 9: .94, 10: .92, 11: .8, 12: .7}

# planted windows
FRAUD_WAVE = (datetime(2025, 8, 1), datetime(2025, 9, 12))       # spoofed escrow e-mails, Irvine and Bellevue
CALLBACK_RULE = (date(2025, 9, 15), date(2025, 10, 31))          # mandatory call-back before incoming wires
IDV_SWITCH = date(2025, 10, 6)                                   # IDCheck -> VeriMe
IDV_FIX = date(2025, 12, 15)                                     # VeriMe accepts non-US passports again
GRACE_LEAVES = date(2026, 1, 9)                                  # San Jose senior escrow officer leaves
SJ_CRUNCH = (date(2026, 1, 9), date(2026, 3, 31))
AMY_JOINS = date(2026, 3, 2)
CLARK_MIGRATION = (date(2026, 2, 2), date(2026, 3, 27))          # Clark County recorder system migration
APP_BUG = (date(2026, 3, 16), date(2026, 4, 19))                 # client app 4.0.0 upload crash on Android
RON_TEST = (date(2025, 6, 1), date(2025, 11, 30))
AGENT_WAVES = {"2025-06": date(2025, 6, 9), "2025-12": date(2025, 12, 8), "2026-05": date(2026, 5, 11)}


def pick(options, weights=None):
    if weights is None:
        return options[int(rng.integers(len(options)))]
    w = np.asarray(weights, dtype=float)
    i = int(np.searchsorted(np.cumsum(w / w.sum()), rng.random(), side="right"))
    return options[min(i, len(options) - 1)]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def U(a, b):
    return float(a + (b - a) * rng.random())


def is_bday(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def next_bday(t: datetime, hour_lo=9.0, hour_hi=17.0) -> datetime:
    """the same moment if it falls on a business day within hours, else a random time on the next business day."""
    d = t.date()
    if is_bday(d) and hour_lo <= t.hour + t.minute / 60 <= hour_hi:
        return t
    if is_bday(d) and t.hour + t.minute / 60 < hour_lo:
        return at(d, U(hour_lo, hour_lo + 2))
    d += timedelta(days=1)
    while not is_bday(d):
        d += timedelta(days=1)
    return at(d, U(hour_lo, hour_hi))


def at(d: date, hour: float) -> datetime:
    return datetime(d.year, d.month, d.day) + timedelta(seconds=int(hour * 3600))


def fmt(t: datetime | None) -> str | None:
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def inside(t: datetime) -> bool:
    return T_START <= t < T_END


def app_version(d: date):
    if d < date(2025, 7, 14):
        return "3.8.2"
    if d < APP_BUG[0]:
        return "3.9.5"
    if d <= APP_BUG[1]:
        return "4.0.0"
    return "4.0.2"


# ---------------------------------------------------------------- output rows
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: dict[str, dict] = {}
experiments: list[dict] = []
_eid = [0]


def ev(cid, t: datetime, tp, action, channel=None, device=None, **extra):
    if not inside(t):
        return None
    _eid[0] += 1
    row = dict(event_id=f"EV{_eid[0]:07d}", customer_id=cid, ts=fmt(t), touchpoint_id=tp, action=action,
               channel=channel, device=device)
    row.update(extra)
    events.append(row)
    customers[cid]["_seen"] = True
    return row


# ---------------------------------------------------------------- feedback texts
# one topic per comment; a topic's markers (README / gold.py) appear only in its own texts.
# a leading "+" marks a positive text of a topic that is otherwise negative.
TEXTS = {
    "id_check": (["身份验证一直不通过，护照拍了十几次都说无法识别。", "用中国护照做身份验证根本过不了，最后只能跑去办公室当面核验。",
                  "身份验证老是提示照片反光，试了一晚上。", "换了新的身份验证系统以后更麻烦了，外国护照不支持。",
                  "身份验证卡了三天，差点耽误签字时间。", "+身份验证很快，两分钟就好了。"],
                 ["The ID verification kept failing on my passport, had to drive to the office in the end.",
                  "Your ID verification would not accept my foreign passport. Three tries, three failures.",
                  "Spent an hour on ID verification, it kept saying there was glare on the photo.",
                  "ID verification is a nightmare for anyone without a US driver's license.",
                  "+ID verification took two minutes on my phone, painless."]),
    "phishing": (["收到一封冒充你们公司的诈骗邮件，汇款账户都改了，幸好打电话核实了。", "差点被诈骗，邮件里的电汇信息和你们给的不一样。",
                  "你们应该提前提醒大家有诈骗邮件，我爸妈差点就汇款了。", "收到诈骗短信说托管账户变更，请一定加强防范。"],
                 ["Got a phishing email pretending to be you with new wire instructions. Scary.",
                  "Reported a phishing attempt, someone spoofed your email domain and sent fake bank details.",
                  "Please warn buyers about phishing, my parents almost wired the money to a fake account.",
                  "The phishing email looked exactly like your letterhead. Glad we called to check."]),
    "proceeds": (["卖房款过户后三天才到账，说好的当天。", "周五完成过户，卖房款拖到下周二才收到。", "卖房款一直没到，打电话问了好几次。",
                  "卖房款晚到，我这边新房的首付都差点耽误。", "+卖房款当天就到账了，很高效。"],
                 ["Sale proceeds took four days to hit my account after closing.",
                  "Closed on a Friday and the proceeds didn't arrive until Tuesday.",
                  "Still waiting on my proceeds, nobody can tell me when the wire goes out.",
                  "Late proceeds nearly wrecked the purchase of our next home.",
                  "+Proceeds were wired the same afternoon, very efficient."]),
    "recording": (["过户登记被县里退回了两次，交房推迟了一周。", "过户登记一拖再拖，搬家公司都约好了。", "县政府系统升级，过户登记等了五天。",
                   "过户登记比预期晚了好几天，也没有提前通知。"],
                  ["Recording got rejected by the county and our move-in was pushed back.",
                   "The recording took five days because of the county system change.",
                   "Recording delays meant we couldn't get the keys on time.",
                   "Why did the recording take a week? Nobody explained anything."]),
    "no_response": (["打了好几次电话都没人回，换了负责人以后完全找不到人。", "邮件和微信都没人回，进度完全不知道。", "留言两天都没人回复。",
                     "催了一周没人回，最后只能让经纪人去问。"],
                    ["Left three voicemails and got no response for days.",
                     "Emails got no response after my file was handed to someone else.",
                     "No response from the escrow team for a whole week.",
                     "My agent had to chase them because of the constant no response."]),
    "fees": (["手续费比报价单高了好几百。", "手续费明细看不懂，多了好几项杂费。", "手续费比别家贵。", "电汇手续费也要我们出，之前没说。"],
             ["The escrow fees came in higher than the estimate.", "Too many junk fees on the final statement.",
              "Your fees are higher than other escrow companies in town.", "Wire fees were never mentioned up front."]),
    "notary": (["公证员迟到了一个小时。", "约好的公证员临时取消，只能改期。", "公证员没带齐文件，又要重新约时间。",
                "+公证员很专业，上门签字很方便。", "+远程视频签字，公证员讲解得很清楚。"],
               ["The mobile notary was an hour late.", "Notary cancelled last minute and the signing had to be rescheduled.",
                "The notary didn't bring all the pages, we had to sign again.",
                "+Remote online signing with the notary was so easy.", "+Our notary was patient and explained every page."]),
    "officer": (["经办人{officer}非常负责，每一步都提前通知。", "感谢经办人的耐心解答，第一次买房很安心。", "经办人反应很快，晚上发消息也会回复。"],
                ["Our escrow officer {officer} was amazing, always one step ahead.",
                 "Great officer, explained every document patiently.",
                 "Officer {officer} was responsive and kept everyone on track."]),
    "app_upload": (["APP上传文件一直闪退，安卓手机根本用不了。", "上传合同老是失败，只能发邮件。", "更新以后上传功能坏了。",
                    "+文件上传很方便，拍照就行。"],
                   ["The app crashes every time I try to upload the inspection report.",
                    "Upload keeps failing on my Android phone since the update.",
                    "Couldn't upload documents in the app, had to email them instead.",
                    "+Uploading documents from my phone was easy."]),
    "title_lien": (["产权报告查出前房主的旧贷款没注销，拖了两周。", "太阳能板租约把产权卡住了，卖家拖了很久才处理。",
                    "产权上的问题没有提前跟我们解释清楚。", "+产权调查发现了HOA欠费，幸好你们及时发现。"],
                   ["A lien from the seller's solar lease held up everything for two weeks.",
                    "The title search found an old lien that nobody knew about.",
                    "The HOA lien took forever to clear.", "+Glad the lien was caught before closing."]),
    "emd": (["定金汇过去三天还显示没到账。", "定金要求三天内入账太赶了，银行还要回电核实。", "定金支票被退回，也没有第一时间通知我。"],
            ["The earnest money wire took forever because of the callback check.",
             "Earnest money receipt took days to show up.", "Nobody told me the earnest money check bounced."]),
    "mandarin": (["有中文服务太好了，爸妈也能听懂。", "全程中文沟通，省了很多麻烦。", "中文的文件说明很贴心。"],
                 ["Appreciated that they had Mandarin-speaking staff for my parents.",
                  "Mandarin support made it easy for my in-laws.",
                  "Having someone who speaks Mandarin at the signing was great."]),
    "praise": (["整个流程很顺利，按时交房。", "服务很好，会推荐给朋友。", "比想象中简单，谢谢团队。"],
               ["Smooth closing, right on schedule.", "Great experience from start to finish.",
                "Would use them again for our next purchase."]),
    "neutral": (["还可以，流程有点长。", "一般吧，没什么特别的。", "正常完成了。"],
                ["It was fine.", "OK, nothing special.", "Process was standard."]),
    "bad": (["体验很差，不会再用了。", "整个过程很糟糕。"], ["Disappointing experience overall.", "Would not use again."]),
}
AGENT_TEXTS = {
    "officer": (["合作的经办人很专业，我的买家都很满意。"], ["Your escrow officer team makes my job easy."]),
    "no_response": (["最近打电话到办公室经常没人回，客户一直催我。"], ["Lately I get no response from the office, my buyers keep calling me."]),
    "fees": (["你们的手续费在同行里偏高，客户会比价。"], ["Your fees are higher than the competition, buyers notice."]),
    "recording": (["县里的过户登记拖太久，影响我交房。"], ["Recording delays at the county made me look bad with my sellers."]),
    "praise": (["合作很顺，会继续推荐。"], ["Reliable partner, I keep sending files your way."]),
    "neutral": (["还行。"], ["Fine, no complaints."]),
    "app_upload": (["经纪人门户上传文件经常失败。"], ["The agent portal upload fails half the time."]),
}
SENTIMENT = {"id_check": "negative", "phishing": "negative", "proceeds": "negative", "recording": "negative",
             "no_response": "negative", "fees": "negative", "notary": "negative", "officer": "positive",
             "app_upload": "negative", "title_lien": "negative", "emd": "negative", "mandarin": "positive",
             "praise": "positive", "neutral": "neutral", "bad": "negative"}
TOPIC_TP = {"id_check": "tp_id_verify", "phishing": "tp_fraud_report", "proceeds": "tp_disbursement",
            "recording": "tp_recording", "no_response": "tp_status_call", "fees": None, "notary": "tp_signing",
            "officer": None, "app_upload": "tp_doc_upload", "title_lien": "tp_title_search",
            "emd": "tp_emd_deposit", "mandarin": None, "praise": None, "neutral": None, "bad": None}
_fid = [0]


def fb(topic, lang, t, cid, channel, office, tp="auto", rating=None, nps=None, officer=None, agent=False,
       positive=None, **extra):
    """positive: None = any text of the topic, True / False = only positive / negative ones."""
    if t is not None and not inside(t):
        return None
    pool = AGENT_TEXTS if agent and topic in AGENT_TEXTS else TEXTS
    zh, en = pool[topic]
    opts = zh if lang == "zh" else en
    if positive is not None:
        sub = [x for x in opts if x.startswith("+") == positive]
        opts = sub or opts
    text = pick(opts)
    sent = SENTIMENT[topic]
    if text.startswith("+"):
        text, sent = text[1:], "positive"
    text = text.format(officer=officer or pick([o[0] for o in OFFICERS[office or "Irvine"]]))
    _fid[0] += 1
    fid = f"FB{_fid[0]:05d}"
    row = dict(feedback_id=fid, customer_id=cid, ts=fmt(t), touchpoint_id=TOPIC_TP[topic] if tp == "auto" else tp,
               channel=channel, rating=rating, nps=nps, text=text, language=lang, office=office,
               办事处=OFFICES[office][0] if office else None)
    row.update(extra)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))
    return row


def score_for(topic, sent):
    """(rating 1-5, nps 0-10) consistent with the comment."""
    if sent == "positive":
        return int(pick([4, 5], [.3, .7])), int(pick([8, 9, 10], [.2, .4, .4]))
    if sent == "neutral":
        return int(pick([3, 4], [.6, .4])), int(pick([6, 7, 8], [.3, .4, .3]))
    return int(pick([1, 2, 3], [.45, .4, .15])), int(pick([0, 2, 3, 4, 5, 6], [.15, .15, .2, .2, .15, .15]))


# ---------------------------------------------------------------- parties
_cid = [0]


def new_customer(party, office, t: datetime, **attrs):
    _cid[0] += 1
    cid = f"CU{_cid[0]:06d}"
    row = dict(customer_id=cid, signup_at=t, party_type=party, office=office, 办事处=OFFICES[office][0],
               region=OFFICES[office][1], _seen=False)
    row.update(attrs)
    customers[cid] = row
    return cid


AGENTS: dict[str, list[tuple]] = {}        # office -> [(cid, brokerage, weight)]


def make_agents():
    for office in OFFICE_NAMES:
        lst = []
        for i in range(44):
            brk = pickd(dict(BROKERAGES[office]))
            lang = "zh" if (brk in ("Golden Bridge Realty", "Sunrise Home Group") and rng.random() < .8) or \
                rng.random() < OFFICES[office][5] * .4 else "en"
            cid = new_customer("agent", office, at(date(2023, 1, 1) + timedelta(days=int(rng.integers(0, 640))), 10),
                               brokerage=brk, preferred_language=lang, acquisition_channel="agent_program")
            w = float(rng.lognormal(0, .8)) * (1.8 if brk == "Golden Bridge Realty" else 1.0)
            lst.append((cid, brk, w))
        AGENTS[office] = lst


def pick_agent(office):
    lst = AGENTS[office]
    return lst[int(pick(list(range(len(lst))), [x[2] for x in lst]))]


def client_lang(office, bias=1.0):
    return "zh" if rng.random() < min(.95, OFFICES[office][5] * bias) else "en"


def id_document(lang):
    if lang == "zh":
        return pick(["us_drivers_license", "foreign_passport", "permanent_resident_card", "us_passport"],
                    [.45, .33, .13, .09])
    return pick(["us_drivers_license", "us_passport", "foreign_passport", "permanent_resident_card"],
                [.80, .15, .03, .02])


def device_of(lang):
    return pick(["ios", "android", "pc"], [.56, .24, .20] if lang == "zh" else [.42, .30, .28])


# ---------------------------------------------------------------- web visitors (fee calculator)
WEB_FILES: list[tuple] = []          # (open time, office, customer id, lang, device)


def simulate_visitors(office, d: date):
    lam = 4.4 * OFFICES[office][3] / 3.0 * SEASON[d.month] * (0.7 if d.weekday() >= 5 else 1.0)
    for _ in range(rng.poisson(lam)):
        src = pickd({"google_ads": .34, "organic": .28, "wechat": .14, "xiaohongshu": .12, "zillow_ads": .12})
        lang = "zh" if src in ("wechat", "xiaohongshu") or rng.random() < OFFICES[office][5] * .35 else "en"
        t = at(d, U(7, 23))
        cid = new_customer("prospect", office, t, acquisition_channel=src, preferred_language=lang,
                           segment="prospect")
        dev = device_of(lang)
        sess = f"WS{cid[2:]}"
        ev(cid, t, "tp_fee_quote", "view", "web", dev, session_id=sess, office=office, 办事处=OFFICES[office][0],
           price_entered=int(round(OFFICES[office][4] * float(rng.lognormal(0, .3)), -3)))
        p_req = {"google_ads": .24, "organic": .34, "wechat": .40, "xiaohongshu": .42, "zillow_ads": .26}[src]
        if rng.random() > p_req:
            continue
        t2 = t + timedelta(minutes=U(2, 40)) if rng.random() < .7 else t + timedelta(days=U(.5, 6))
        ev(cid, t2, "tp_quote_request", "submit", "web", dev, session_id=sess if t2 - t < timedelta(hours=1) else
           f"WS{cid[2:]}b", office=office, 办事处=OFFICES[office][0])
        p_open = {"google_ads": .13, "organic": .22, "wechat": .30, "xiaohongshu": .33, "zillow_ads": .16}[src]
        if rng.random() < p_open:
            t3 = next_bday(t2 + timedelta(days=U(.5, 12)))
            WEB_FILES.append((t3, office, cid, lang, dev))


# ---------------------------------------------------------------- files
_file = [0]


REASSIGNED: dict[str, str] = {}     # file -> officer after Grace Lin left


def officer_for(office, d: date):
    lst = OFFICERS[office]
    if office == "San Jose" and d >= GRACE_LEAVES:
        lst = [x for x in lst if x[0] != "Grace Lin"]
        if d >= AMY_JOINS:
            lst = lst + [("Amy Xu", .3)]
    return pick([x[0] for x in lst], [x[1] for x in lst])


def sj_crunch(office, t: datetime) -> bool:
    return office == "San Jose" and SJ_CRUNCH[0] <= t.date() <= SJ_CRUNCH[1]


def run_file(t0: datetime, office, source, buyer=None, blang=None, bdev=None):
    zh_o, state, county, _, median, zh_share, cash_share, nb_share = OFFICES[office]
    _file[0] += 1
    yr = t0.year % 100
    file_no = f"E{yr:02d}-{OFFICE_CODE[office]}-{_file[0]:05d}"
    new_build = source == "builder"
    price = int(round(median * float(rng.lognormal(0, .32)) * (1.08 if new_build else 1.0), -3))
    cash = rng.random() < cash_share * (1.25 if price > 2_000_000 else 1.0)
    loan_type = "cash" if cash else ("jumbo" if price > 1_150_000 and state in ("CA", "WA") and rng.random() < .7
                                     else pick(["conventional", "fha", "va"], [.74, .16, .10]))
    lender = None if cash else pick(*LENDERS)
    loan_amt = 0 if cash else int(round(price * U(.6, .85 if loan_type != "fha" else .965), -3))
    agent_cid, brokerage, _ = pick_agent(office)
    officer = officer_for(office, t0.date())
    REASSIGNED[file_no] = officer_for(office, GRACE_LEAVES) if officer == "Grace Lin" else officer

    def off(t: datetime) -> str:
        return officer if t.date() < GRACE_LEAVES else REASSIGNED[file_no]
    blang = blang or client_lang(office)
    bdev = bdev or device_of(blang)
    first_time = rng.random() < (.45 if blang == "en" else .35)
    if buyer is None:
        buyer = new_customer("buyer", office, t0, preferred_language=blang, acquisition_channel=source)
    bc = customers[buyer]
    if source != "web_quote":             # web buyers keep the marketing source of their first visit
        bc["acquisition_channel"] = source
    bc.update(party_type="buyer", preferred_language=blang, id_document=id_document(blang),
              first_time_buyer=first_time, agent_id=agent_cid, brokerage=brokerage, file_no=file_no,
              tier="premier" if price >= 2_000_000 else "standard")
    seller = None
    if not new_build:
        slang = client_lang(office, .85)
        seller = new_customer("seller", office, t0 + timedelta(hours=U(2, 30)), preferred_language=slang,
                              acquisition_channel="listing_agent" if rng.random() < .92 else "repeat_client",
                              id_document=id_document(slang) if rng.random() < .4 else "us_drivers_license",
                              file_no=file_no, tier=bc["tier"])
    target_days = (int(pick([21, 30], [.5, .5])) if cash else int(pick([30, 45], [.55, .45]) if loan_type != "jumbo"
                                                                       else pick([30, 45], [.3, .7])))
    target = next_bday(t0 + timedelta(days=target_days)).date()
    common = dict(office=office, 办事处=zh_o, file_no=file_no)
    history = {"buyer": [], "seller": []}

    # ---- experiment
    variant = None
    if state in RON_STATES and not cash and RON_TEST[0] <= t0.date() <= RON_TEST[1]:
        variant = "ron_offered" if rng.random() < .5 else "standard"
        experiments.append(dict(experiment_id="ron_signing_2025", variant=variant, customer_id=buyer,
                                assigned_at=fmt(t0 + timedelta(minutes=int(rng.integers(3, 30))))))

    # ---- open
    open_ch = SOURCE_CHANNEL[source]
    ev(buyer, t0, "tp_open_escrow", "opened", open_ch, bdev if source == "web_quote" else None, **common,
       escrow_officer=officer, source=source, sale_type="new_build" if new_build else "resale",
       file_type="cash" if cash else "financed", loan_type=loan_type, lender=lender, purchase_price=price,
       loan_amount=loan_amt or None, brokerage=brokerage, agent_id=agent_cid,
       builder=BUILDERS[office] if new_build else None, target_coe=target.isoformat())

    # ---- cancellation plan
    p_cancel = .105 + (.10 if office == "Houston" and t0.year == 2025 else 0) - (.05 if cash else 0)
    cancel_stage = None
    if rng.random() < p_cancel:
        cancel_stage = pick(["before_emd", "contingency", "pre_close"], [.10, .76, .14])
    reasons = {"financing_denied": .30, "inspection": .26, "appraisal_low": .12, "buyer_remorse": .12,
               "title_issue": .06, "seller_backed_out": .14}
    if office == "Houston":
        reasons["appraisal_low"] = .62
    if cash:
        reasons["financing_denied"] = 0
        reasons["appraisal_low"] = .03
    cancel_reason = pickd(reasons)
    if cancel_stage == "before_emd":
        cancel_reason = pick(["buyer_remorse", "seller_backed_out"], [.6, .4])

    def cancel(t):
        tc = next_bday(t)
        ev(buyer, tc, "tp_cancellation", "cancelled", "email", None, **common, cancel_reason=cancel_reason,
           取消原因=CANCEL_ZH[cancel_reason], escrow_officer=off(tc),
           emd_refunded=cancel_reason not in ("buyer_remorse",) or rng.random() < .3)
        return tc

    # ---- seller intake
    t_seller = None
    if seller:
        t_seller = next_bday(t0 + timedelta(days=U(.3, 3)))
        ev(seller, t_seller, "tp_seller_intake", "submitted", "email", None, **common, escrow_officer=officer)

    if cancel_stage == "before_emd":
        tc = cancel(t0 + timedelta(days=U(.5, 2.5)))
        return finish(buyer, seller, t0, office, file_no, price, loan_amt, cash, new_build, loan_type, lender,
                      brokerage, officer, source, None, None, tc, history, target, 0, "none")

    # ---- earnest money
    method = pick(["wire", "ach", "check", "mobile_check"], [.50, .20, .18, .12])
    late_p = .07
    if method == "wire" and CALLBACK_RULE[0] <= t0.date() <= CALLBACK_RULE[1]:
        late_p = .27
    late = rng.random() < late_p
    days = U(4.2, 8) if late else U(.4, 2.8)
    t_emd = next_bday(t0 + timedelta(days=days))
    emd = int(round(price * U(.01, .03), -2))
    returned = method in ("ach", "check", "mobile_check") and rng.random() < .025
    if returned:
        ev(buyer, t_emd, "tp_emd_deposit", "returned", "app" if method == "mobile_check" else "other",
           bdev if method == "mobile_check" else None, **common, emd_method=method, emd_usd=emd,
           days_to_deposit=round((t_emd - t0).total_seconds() / 86400, 1), late=False)
        history["buyer"].append("emd")
        t_emd = next_bday(t_emd + timedelta(days=U(1, 3)))
        late = True
    ev(buyer, t_emd, "tp_emd_deposit", "received", "app" if method == "mobile_check" else "other",
       bdev if method == "mobile_check" else None, **common, emd_method=method, emd_usd=emd,
       days_to_deposit=round((t_emd - t0).total_seconds() / 86400, 1), late=late)
    if late:
        history["buyer"].append("emd")

    # ---- identity checks
    def id_checks(cid, start: datetime, lang, dev, doc, who):
        t = start
        fails = 0
        for attempt in range(1, 4):
            vendor = "IDCheck" if t.date() < IDV_SWITCH else "VeriMe"
            p = {"us_drivers_license": .07, "us_passport": .06, "permanent_resident_card": .09,
                 "foreign_passport": .12}[doc]
            bug = vendor == "VeriMe" and t.date() < IDV_FIX and doc == "foreign_passport"
            if bug:
                p = .50
            elif vendor == "VeriMe" and t.date() < IDV_FIX:
                p += .02
            ok = rng.random() >= p
            reason = None
            if not ok:
                reason = "unsupported_document" if bug and rng.random() < .8 else pickd(
                    {"glare": .35, "expired_document": .12, "selfie_mismatch": .28, "name_mismatch": .25})
            ev(cid, t, "tp_id_verify", "pass" if ok else "fail", "web" if dev == "pc" else "app", dev, **common,
               party_role=who, attempt=attempt, id_document=doc, idv_vendor=vendor, fail_reason=reason,
               失败原因=IDFAIL_ZH.get(reason), app_version=None if dev == "pc" else app_version(t.date()))
            if ok:
                return t, fails
            fails += 1
            t = t + timedelta(hours=U(.1, 30))
        t = next_bday(t + timedelta(days=U(.5, 3)))
        ev(cid, t, "tp_id_verify", "manual_pass", "store", None, **common, party_role=who, attempt=4,
           id_document=doc, idv_vendor="in_office")
        return t, fails

    t_id, bfails = id_checks(buyer, t_emd + timedelta(hours=U(2, 90)), blang, bdev, bc["id_document"], "buyer")
    if bfails >= 2:
        history["buyer"].append("id_check")
    t_sid = None
    if seller:
        sc = customers[seller]
        t_sid, sfails = id_checks(seller, t_seller + timedelta(hours=U(2, 100)), sc["preferred_language"],
                                  device_of(sc["preferred_language"]), sc["id_document"], "seller")
        if sfails >= 2:
            history["seller"].append("id_check")

    # ---- documents
    n_docs = int(pick([1, 2, 3, 4], [.25, .35, .28, .12]))
    tdoc = t0 + timedelta(days=U(.5, 4))
    up_fail = 0
    for k in range(n_docs):
        doc_type = pick(["purchase_agreement", "inspection_report", "insurance_binder", "hoa_docs", "loan_docs"],
                        [.3, .25, .2, .12, .13])
        for attempt in range(1, 4):
            ver = None if bdev == "pc" else app_version(tdoc.date())
            p = .38 if (bdev == "android" and ver == "4.0.0") else .04
            ok = rng.random() >= p
            err = None if ok else ("app_crash" if p > .3 and rng.random() < .85 else pick(["timeout", "file_too_large"]))
            ev(buyer, tdoc, "tp_doc_upload", "uploaded" if ok else "failed", "web" if bdev == "pc" else "app", bdev,
               **common, doc_type=doc_type, attempt=attempt, app_version=ver, upload_error=err)
            if ok:
                break
            up_fail += 1
            tdoc += timedelta(minutes=U(3, 600))
        tdoc += timedelta(days=U(.5, 5))
    if up_fail >= 2:
        history["buyer"].append("app_upload")

    # ---- title search
    exc_rate = {"Las Vegas": .34, "Houston": .27}.get(office, .20)
    t_title = next_bday(t0 + timedelta(days=U(2, 8)))
    exc = None
    clear_days = None
    if rng.random() < exc_rate:
        exc = pickd(EXC_W.get(office, EXC_W["default"]))
        clear_days = round(U(12, 32) if exc == "solar_ucc_lien" else U(3, 18), 1)
        history["buyer"].append("title_lien")
        if cancel_stage is None and rng.random() < .05:
            cancel_stage, cancel_reason = "contingency", "title_issue"
    ev(buyer, t_title, "tp_title_search", "exceptions" if exc else "clear", "other", None, **common,
       exception_type=exc, 产权瑕疵=EXC_ZH.get(exc), days_to_clear=clear_days, county=county)
    if seller and rng.random() < .66:
        pay_days = U(2, 6) if rng.random() < .8 else U(8, 16)
        tp_ = next_bday(t_seller + timedelta(days=pay_days))
        ev(seller, tp_, "tp_payoff_demand", "received" if pay_days < 7 else "delayed", "email", None, **common,
           payoff_days=round(pay_days, 1), lender=pick(*LENDERS))

    if cancel_stage == "contingency":
        tc = cancel(max(t_id, t_title) + timedelta(days=U(1, 12)))
        return finish(buyer, seller, t0, office, file_no, price, loan_amt, cash, new_build, loan_type, lender,
                      brokerage, officer, source, None, None, tc, history, target, 0, method)

    # ---- signing
    t_sign = next_bday(at(target, 10) - timedelta(days=U(3, 7)))
    t_sign = max(t_sign, next_bday(t_id + timedelta(hours=U(3, 30))))
    if t_sid:
        t_sign = max(t_sign, next_bday(t_sid + timedelta(hours=U(3, 30))))
    if state in RON_STATES:
        mode = "ron" if (variant == "ron_offered" and rng.random() < .72) or (variant is None and rng.random() < .16) \
            else pick(["in_office", "mobile_notary"], [.45, .55])
    else:
        mode = pick(["in_office", "mobile_notary"], [.45, .55])
    resched_p = {"in_office": .09, "mobile_notary": .17, "ron": .05}[mode]
    if sj_crunch(office, t_sign):
        resched_p += .08
    n_appt = 0
    while True:
        n_appt += 1
        r = rng.random()
        if n_appt < 3 and r < resched_p:
            act = "no_show" if r < resched_p * .3 else "rescheduled"
            ev(buyer, t_sign, "tp_signing", act, "store" if mode == "in_office" else ("web" if mode == "ron" else "other"),
               None, **common, party_role="buyer", signing_mode=mode, 签约方式=MODE_ZH[mode], appointment_no=n_appt,
               escrow_officer=off(t_sign))
            history["buyer"].append("notary")
            t_sign = next_bday(t_sign + timedelta(days=U(1, 4)))
            continue
        ev(buyer, t_sign, "tp_signing", "signed", "store" if mode == "in_office" else ("web" if mode == "ron" else "other"),
           None, **common, party_role="buyer", signing_mode=mode, 签约方式=MODE_ZH[mode], appointment_no=n_appt,
           escrow_officer=off(t_sign))
        break
    if mode == "in_office" and rng.random() < .16:          # paper comment card at the signing table: no ts
        topic = pick(["officer", "mandarin", "praise", "neutral", "fees"], [.35, .2 if blang == "zh" else 0, .25, .12, .08])
        fb(topic, blang, None, buyer, "closing_card", office, officer=officer)
    t_ssign = None
    if seller:
        smode = "ron" if state in RON_STATES and rng.random() < .2 else pick(["in_office", "mobile_notary"], [.5, .5])
        t_ssign = next_bday(t_sign + timedelta(hours=U(-20, 30)))
        t_ssign = max(t_ssign, next_bday(t_sid + timedelta(hours=U(2, 20))))
        ev(seller, t_ssign, "tp_signing", "signed", "store" if smode == "in_office" else ("web" if smode == "ron" else "other"),
           None, **common, party_role="seller", signing_mode=smode, 签约方式=MODE_ZH[smode], appointment_no=1,
           escrow_officer=off(t_ssign))

    if cancel_stage == "pre_close":
        if cancel_reason in ("inspection", "title_issue"):
            cancel_reason = "financing_denied" if not cash else "buyer_remorse"
        tc = cancel(t_sign + timedelta(days=U(.5, 4)))
        return finish(buyer, seller, t0, office, file_no, price, loan_amt, cash, new_build, loan_type, lender,
                      brokerage, officer, source, None, None, tc, history, target, n_appt, method)

    # ---- closing funds
    funds = int(round(price - loan_amt - emd + price * U(.01, .025), -2))
    t_funds = next_bday(t_sign + timedelta(hours=U(3, 30)))
    fdelay = rng.random() < .06
    if fdelay:
        t_funds = next_bday(t_funds + timedelta(days=U(1, 3)))
    ev(buyer, t_funds, "tp_closing_funds", "delayed" if fdelay else "received", "other", None, **common,
       funds_usd=funds, wire_verified_by_call=t_funds.date() >= CALLBACK_RULE[0])

    # ---- recording
    t_rec = next_bday(max(at(target, U(9, 16)), t_funds + timedelta(hours=U(2, 6))))
    if not cash and rng.random() < .07:                          # lender late to fund
        t_rec = next_bday(t_rec + timedelta(days=U(1, 5)))
    if sj_crunch(office, t_rec) and rng.random() < .45:
        t_rec = next_bday(t_rec + timedelta(days=U(3, 10)))
    clark = office == "Las Vegas" and CLARK_MIGRATION[0] <= t_rec.date() <= CLARK_MIGRATION[1]
    rej_p = .30 if clark else .03
    extra_rec = dict(county=county, escrow_officer=off(t_rec))
    if rng.random() < rej_p:
        rr = pick(["formatting", "missing_signature", "legal_description", "system_error"],
                  [.25, .15, .15, .45] if clark else [.4, .3, .3, 0])
        ev(buyer, t_rec, "tp_recording", "rejected", "other", None, **common, **extra_rec, reject_reason=rr,
           days_to_record=None, on_time=None)
        history["buyer"].append("recording")
        if seller:
            history["seller"].append("recording")
        t_rec = next_bday(t_rec + timedelta(days=U(2, 6) if clark else U(1, 2.5)))
    dtr = round(U(2.5, 7.5) if clark else U(.6, 1.6), 1)
    if clark:
        t_rec = next_bday(t_rec + timedelta(days=dtr - 1))
    on_time = t_rec.date() <= target
    days_late = max(0, int(np.busday_count(target, t_rec.date())))
    rec = ev(buyer, t_rec, "tp_recording", "recorded", "other", None, **common, **extra_rec, reject_reason=None,
             days_to_record=dtr, on_time=on_time, days_late=days_late, target_coe=target.isoformat(),
             recording_no=f"{t_rec.year}-{int(rng.integers(100000, 999999))}")
    if days_late > 3:          # in the San Jose crunch the delay is the team's, and clients complain about that
        history["buyer"].append("no_response" if sj_crunch(office, t_rec) else "recording")

    # ---- seller disbursement
    if seller:
        fri_late = t_rec.weekday() == 4 and t_rec.hour >= 12
        if fri_late and rng.random() < .75:
            t_dis = next_bday(at(t_rec.date() + timedelta(days=3), U(9, 15)), 9, 16)
        elif rng.random() < (.22 if sj_crunch(office, t_rec) else .045):
            t_dis = next_bday(t_rec + timedelta(days=U(1.2, 3)))
        else:
            t_dis = t_rec + timedelta(hours=U(1.5, 7))
        hours = (t_dis - t_rec).total_seconds() / 3600
        ev(seller, t_dis, "tp_disbursement", "delayed" if hours > 24 else "sent", "other", None, **common,
           disburse_method=pick(["wire", "check"], [.88, .12]), proceeds_usd=int(round(price * U(.25, .65), -2)),
           hours_to_disburse=round(hours, 1), recorded_at=fmt(t_rec), escrow_officer=extra_rec["escrow_officer"])
        if hours > 24:
            history["seller"].append("proceeds")

    # ---- owner's title policy
    ev(buyer, next_bday(t_rec + timedelta(days=U(8, 35))), "tp_title_policy", "issued", "email", None, **common,
       policy_type="owner_eagle" if rng.random() < .3 else "owner_standard")
    return finish(buyer, seller, t0, office, file_no, price, loan_amt, cash, new_build, loan_type, lender, brokerage,
                  officer, source, t_rec, rec, None, history, target, n_appt, method)


def fees_of(office, price, loan_amt, cash, n_appt, mode_mobile=True):
    state = OFFICES[office][1]
    if state == "CA":
        escrow = 250 + 2.0 * price / 1000
        title = 350 + 0.0021 * price
    elif state == "WA":
        escrow = 400 + 1.5 * price / 1000
        title = 0.0026 * price
    elif state == "TX":
        escrow = 700.0
        title = 0.0058 * price + 240
    else:
        escrow = 450 + 1.8 * price / 1000
        title = 0.0023 * price + 150
    lender_pol = 0 if cash else 150 + 0.0006 * loan_amt
    other = 60 + 35 * int(rng.integers(2, 5)) + (175 if mode_mobile else 0) + float(rng.integers(0, 120))
    return round(escrow, 2), round(title + lender_pol, 2), round(other, 2)


def finish(buyer, seller, t0, office, file_no, price, loan_amt, cash, new_build, loan_type, lender, brokerage,
           officer, source, t_rec, rec, t_cancel, history, target, n_appt, method):
    """status calls, complaints, fraud reports, feedback and the order of a file."""
    zh_o = OFFICES[office][0]
    common = dict(office=office, 办事处=zh_o, file_no=file_no)
    if t_rec is not None and t_rec >= T_END:          # still in escrow at the extract
        t_rec = rec = None
    if t_cancel is not None and t_cancel >= T_END:
        t_cancel = None
    t_end = t_rec or t_cancel or datetime(2026, 6, 1)
    active = (t0, min(t_end + timedelta(days=2), T_END - timedelta(minutes=1)))
    span = max(.5, (active[1] - active[0]).total_seconds() / 86400)
    agent_cid = customers[buyer]["agent_id"]
    parties = [(buyer, "buyer", 1.1), (agent_cid, "buyers_agent", .8)] + ([(seller, "seller", .8)] if seller else [])
    crunch_days = 0.0
    if office == "San Jose":
        a = max(active[0], datetime(2026, 1, 9))
        b = min(active[1], datetime(2026, 4, 1))
        crunch_days = max(0.0, (b - a).total_seconds() / 86400)
    calls_by = {}
    for cid, role, lam in parties:
        n = rng.poisson(lam * min(1.0, span / 30)) + rng.poisson(2.6 * crunch_days / 30)
        if role == "seller" and "proceeds" in history["seller"]:
            n += 1 + rng.poisson(.6)
        calls_by[role] = []
        lang = customers[cid].get("preferred_language", "en")
        for _ in range(n):
            t = active[0] + timedelta(seconds=float(rng.random()) * (active[1] - active[0]).total_seconds())
            t = next_bday(t, 8, 18)
            if t > active[1]:
                continue
            chan = pick(["phone", "email", "wechat", "sms"], [.5, .2, .25, .05] if lang == "zh" else [.6, .3, 0, .1])
            reason = "proceeds" if role == "seller" and t_rec is not None and t > t_rec else pick(
                CALL_REASONS[:4], [.55, .2, .12, .13])
            row = ev(cid, t, "tp_status_call", "inquiry", chan, None, **common, caller_role=role, call_reason=reason,
                     escrow_officer=officer if t.date() < GRACE_LEAVES else REASSIGNED[file_no])
            if row is not None:
                calls_by[role].append(t)
        if crunch_days > 10 and role != "buyers_agent" and calls_by[role]:
            history[role if role == "seller" else "buyer"].append("no_response")
    # wire-fraud reports
    p_fraud = .008
    in_wave = active[0] <= FRAUD_WAVE[1] and active[1] >= FRAUD_WAVE[0]
    if in_wave:
        p_fraud = .17 if office in ("Irvine", "Bellevue") else .03
    if rng.random() < p_fraud:
        lo = max(active[0], FRAUD_WAVE[0]) if in_wave else active[0]
        hi = min(active[1], FRAUD_WAVE[1]) if in_wave else active[1]
        if hi > lo:
            t = next_bday(lo + timedelta(seconds=float(rng.random()) * (hi - lo).total_seconds()), 8, 20)
            who = buyer if not seller or rng.random() < .8 else seller
            r = ev(who, t, "tp_fraud_report", "reported", pick(["email", "phone"], [.6, .4]), None, **common,
                   spoof_channel=pick(["email", "sms", "phone"], [.75, .18, .07]),
                   money_lost=bool(rng.random() < .03), reporter_role="buyer" if who == buyer else "seller")
            if r is not None:
                history["buyer" if who == buyer else "seller"].append("phishing")
    # complaints
    comp_p = {"id_check": .12, "proceeds": .25, "recording": .14, "no_response": .14, "notary": .06,
              "app_upload": .05, "emd": .03, "phishing": .10, "title_lien": .02}
    cat = {"id_check": "id_verification", "proceeds": "disbursement_delay", "recording": "closing_delay",
           "no_response": "communication", "notary": "notary", "app_upload": "portal", "emd": "communication",
           "phishing": "wire_fraud", "title_lien": "closing_delay"}
    complaints = []
    for role in ("buyer", "seller"):
        cid = buyer if role == "buyer" else seller
        if cid is None:
            continue
        done = set()
        for h in history[role]:
            if h in done:
                continue
            done.add(h)
            if rng.random() < comp_p.get(h, 0):
                complaints.append((cid, role, cat[h], h))
        if rng.random() < .012:
            complaints.append((cid, role, "fees", "fees"))
        if rng.random() < .006:
            complaints.append((cid, role, "communication", "bad"))
    high_sev = False
    for cid, role, c, topic in complaints:
        t = next_bday(active[0] + timedelta(seconds=float(rng.random()) * (active[1] - active[0]).total_seconds())
                      if t_rec is None else t_rec + timedelta(days=U(0, 6)), 8, 18)
        if c == "disbursement_delay" and t_rec is not None:
            t = next_bday(t_rec + timedelta(days=U(1, 4)), 8, 18)
        sev = pick(["low", "medium", "high"], [.35, .45, .20])
        high_sev = high_sev or (sev == "high" and role == "buyer")
        res = round(U(1, 6) if sev == "low" else U(2, 14) if sev == "medium" else U(5, 25), 1)
        if sj_crunch(office, t):
            res = round(res * 1.8, 1)
        lang = customers[cid]["preferred_language"]
        r = ev(cid, t, "tp_complaint", "opened", pick(["phone", "email", "wechat"], [.5, .3, .2] if lang == "zh" else
                                                    [.6, .4, 0]), None, **common, complaint_category=c,
               投诉类型=COMPLAINT_ZH[c], severity=sev, resolved_days=res, party_role=role)
        if r is not None:
            fb(topic, lang, t + timedelta(minutes=int(rng.integers(5, 90))), cid, "complaint_ticket", office,
               positive=False, officer=officer, ticket_no=f"TK{r['event_id'][2:]}", severity=sev)
    # feedback: post-close survey, call notes, WeChat messages
    for role, cid in (("buyer", buyer), ("seller", seller)):
        if cid is None:
            continue
        lang = customers[cid]["preferred_language"]
        neg = [h for h in dict.fromkeys(history[role]) if h in TEXTS]
        if t_rec is not None and rng.random() < .27:
            t = t_rec + timedelta(days=U(2, 14), hours=U(0, 10))
            if neg and rng.random() < .8:
                topic = pick(neg)
                pos = False
            else:
                topic = pickd({"officer": .32, "mandarin": .18 if lang == "zh" else .02, "praise": .3, "neutral": .14,
                               "fees": .06, "notary": .05 if role == "buyer" else 0,
                               "proceeds": .04 if role == "seller" else 0})
                pos = True if topic in ("notary", "proceeds") else None
            row = fb(topic, lang, t, cid, "post_close_survey", office, tp=None if topic in
                     ("officer", "praise", "neutral", "mandarin", "bad") else "auto", officer=officer, positive=pos)
            if row is not None:
                row["rating"], row["nps"] = score_for(topic, truth[-1]["sentiment"])
                row["survey"] = "post_close"
        if lang == "zh" and rng.random() < .09:
            t = active[0] + timedelta(seconds=float(rng.random()) * (active[1] - active[0]).total_seconds())
            topic = pick(neg) if neg and rng.random() < .6 else pickd({"officer": .3, "mandarin": .3, "praise": .2,
                                                                        "neutral": .2})
            fb(topic, lang, t, cid, "wechat", office, officer=officer, positive=False if topic in neg else None)
    for role, ts in calls_by.items():
        if role == "buyers_agent":
            continue
        cid = buyer if role == "buyer" else seller
        lang = customers[cid]["preferred_language"]
        for t in ts:
            if rng.random() < .10:
                neg = [h for h in dict.fromkeys(history[role]) if h in ("no_response", "proceeds", "phishing",
                                                                         "recording", "id_check", "emd")]
                topic = pick(neg) if neg and rng.random() < .7 else pick(["neutral", "praise"])
                fb(topic, lang, t + timedelta(minutes=int(rng.integers(3, 40))), cid, "call_note", office,
                   officer=officer, positive=False if topic in neg else None)
    # order (one per file)
    mobile = rng.random() < .55
    escrow, title, other = fees_of(office, price, loan_amt, cash, n_appt, mobile)
    amount = round(escrow + title + other, 2)
    if t_rec is not None:
        status = "refunded" if high_sev and rng.random() < .25 else "paid"
        ts = t_rec
    elif t_cancel is not None:
        status, ts = "cancelled", t_cancel
    else:
        status, ts = "open", t0
    if inside(ts):
        orders.append(dict(order_id=f"ORD-{file_no}", customer_id=buyer, ts=fmt(ts), amount=amount, status=status,
                           channel=SOURCE_CHANNEL[source], office=office, 办事处=zh_o, file_no=file_no,
                           escrow_officer=officer if ts.date() < GRACE_LEAVES else REASSIGNED[file_no],
                           file_type="cash" if cash else "financed",
                           sale_type="new_build" if new_build else "resale", loan_type=loan_type,
                           purchase_price=price, loan_amount=loan_amt or None, lender=lender, brokerage=brokerage,
                           escrow_fee_usd=escrow, title_premium_usd=title, other_fees_usd=other,
                           cancel_fee_usd=(250.0 if OFFICES[office][1] == "CA" else 200.0) if status == "cancelled" else None,
                           opened_at=fmt(t0), closed_at=fmt(t_rec), cancelled_at=fmt(t_cancel),
                           emd_method=method if method != "none" else None, currency="USD"))
    for role, cid in (("buyer", buyer), ("seller", seller)):
        if cid is None:
            continue
        seg = "closed" if t_rec is not None else ("cancelled" if t_cancel is not None else "in_escrow")
        customers[cid]["segment"] = seg
    return t_rec


# ---------------------------------------------------------------- agents: survey waves
def agent_surveys():
    files_by_agent: dict[str, list] = {}
    for e in events:
        if e["touchpoint_id"] == "tp_open_escrow":
            files_by_agent.setdefault(e["agent_id"], []).append(e)
    for wave, d in AGENT_WAVES.items():
        for office in OFFICE_NAMES:
            for cid, brk, _ in AGENTS[office]:
                recent = [e for e in files_by_agent.get(cid, []) if
                          d - timedelta(days=180) <= datetime.fromisoformat(e["ts"]).date() <= d]
                if not recent or rng.random() > .5:
                    continue
                lang = customers[cid]["preferred_language"]
                w = {"officer": .30, "praise": .25, "neutral": .15, "fees": .12, "no_response": .06,
                     "recording": .04, "app_upload": .04}
                if office == "San Jose" and wave == "2026-05":
                    w.update(no_response=.9, officer=.05, praise=.05)
                if office == "Las Vegas" and wave == "2026-05":
                    w.update(recording=.8, praise=.05)
                if office == "Houston":
                    w.update(fees=.05)
                topic = pickd(w)
                t = at(d + timedelta(days=int(rng.integers(0, 10))), U(8, 20))
                row = fb(topic, lang, t, cid, "agent_survey", office, tp=None, agent=True,
                         officer=OFFICERS[office][0][0], positive=None)
                if row is None:
                    continue
                s = truth[-1]["sentiment"]
                row["nps"] = int(pick([9, 10], [.5, .5])) if s == "positive" else int(pick([7, 8], [.5, .5])) \
                    if s == "neutral" else int(pick([2, 4, 5, 6], [.2, .3, .3, .2]))
                row["survey"] = f"agent_{wave}"
                row["brokerage"] = brk


def app_reviews():
    """store reviews of the client app: no customer id."""
    d = D0
    while d <= END:
        ver = app_version(d)
        for dev in ("ios", "android"):
            lam = .55 if dev == "ios" else .4
            if dev == "android" and ver == "4.0.0":      # a burst of one-star reviews right after the release
                lam = 3.2 if d < date(2026, 3, 30) else 1.4
            for _ in range(rng.poisson(lam)):
                lang = "zh" if rng.random() < .4 else "en"
                if dev == "android" and ver == "4.0.0" and rng.random() < .8:
                    topic, pos = "app_upload", False
                else:
                    topic = pickd({"app_upload": .25, "praise": .35, "neutral": .2, "id_check": .1, "bad": .1})
                    pos = None
                    if topic == "id_check" and IDV_SWITCH <= d < IDV_FIX:
                        pos = False
                row = fb(topic, lang, at(d, U(6, 23)), None, "app_review", None, tp=None if topic in
                         ("praise", "neutral", "bad") else "auto", positive=pos, device=dev, app_version=ver,
                         platform="App Store" if dev == "ios" else "Google Play")
                if row is not None:
                    row["rating"] = score_for(topic, truth[-1]["sentiment"])[0]
        d += timedelta(days=1)


def social_posts():
    """Yelp and Xiaohongshu posts scraped without time or customer."""
    for _ in range(90):
        office = pick(OFFICE_NAMES)
        lang = "zh" if rng.random() < .5 else "en"
        topic = pickd({"phishing": .12, "id_check": .12, "fees": .16, "officer": .2, "praise": .15, "recording": .1,
                       "no_response": .15})
        row = fb(topic, lang, None, None, "social", office, tp=None if topic in ("officer", "praise") else "auto",
                 platform="xiaohongshu" if lang == "zh" else "yelp")
        if row is not None and rng.random() < .7:
            row["rating"] = score_for(topic, truth[-1]["sentiment"])[0]


# ---------------------------------------------------------------- main
def main(out: Path) -> None:
    make_agents()
    d = SIM0
    day_files = []
    while d <= END:
        for office in OFFICE_NAMES:
            simulate_visitors(office, d)
        d += timedelta(days=1)
    WEB_FILES.sort(key=lambda x: (x[0], x[2]))
    d = SIM0
    while d <= END:
        for office in OFFICE_NAMES:
            rate = OFFICES[office][3] * SEASON[d.month] * (1.1 if d.year == 2026 else 1.0)
            if office == "Houston" and d.year == 2026:
                rate *= 1.05
            if not is_bday(d):
                rate *= .15
            for _ in range(rng.poisson(rate)):
                t0 = at(d, U(8.5, 18))
                if not is_bday(d):
                    t0 = next_bday(t0)
                src = "builder" if rng.random() < OFFICES[office][7] else pickd(SOURCE_W)
                day_files.append((t0, office, src))
        d += timedelta(days=1)
    for w in WEB_FILES:
        day_files.append((w[0], w[1], "web_quote", w[2], w[3], w[4]))
    day_files.sort(key=lambda x: (x[0], x[1], x[2], x[3] if len(x) > 3 else ""))
    for f in day_files:
        if f[0].date() > END:
            continue
        if len(f) > 3:
            run_file(f[0], f[1], "web_quote", buyer=f[3], blang=f[4], bdev=f[5])
        else:
            run_file(f[0], f[1], f[2])
    agent_surveys()
    app_reviews()
    social_posts()
    write_all(out)


def write_csv(path: Path, rows: list[dict], first: list[str]) -> None:
    cols = list(first)
    for r in rows:
        for k in r:
            if k not in cols and not k.startswith("_"):
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else (str(r[c]).lower() if isinstance(r[c], bool) else r[c])
                        for c in cols])


def write_all(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    tp_rows = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write_csv(out / "touchpoints.csv", tp_rows, list(tp_rows[0]))
    j_rows = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                   touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])]
    write_csv(out / "journeys.csv", j_rows, list(j_rows[0]))
    # the phone system re-exported some status calls of 2026-04-20 .. 04-24: same event_id twice
    dup = [dict(e) for e in events if e["touchpoint_id"] == "tp_status_call" and "2026-04-20" <= e["ts"] < "2026-04-25"]
    rows = sorted(events + dup[:40], key=lambda e: (e["ts"], e["event_id"]))
    cust = []
    n_files = {}
    for e in events:
        if e["touchpoint_id"] == "tp_open_escrow":
            n_files[e["agent_id"]] = n_files.get(e["agent_id"], 0) + 1
    for cid, c in customers.items():
        if not c["_seen"] and c["party_type"] != "agent":
            continue
        c = dict(c)
        if c["party_type"] == "agent":
            c["segment"] = "agent"
            c["tier"] = "top_producer" if n_files.get(cid, 0) >= 30 else "agent"
            c["files_in_extract"] = n_files.get(cid, 0)
        c["signup_at"] = fmt(c["signup_at"])
        c["客户类型"] = {"buyer": "买方", "seller": "卖方", "agent": "经纪人", "prospect": "潜在客户"}[c["party_type"]]
        cust.append(c)
    write_csv(out / "customers.csv", cust, ["customer_id", "signup_at", "segment", "region", "acquisition_channel",
                                            "tier", "party_type", "客户类型", "office", "办事处", "preferred_language"])
    write_csv(out / "events.csv", rows, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel",
                                         "device", "session_id"])
    write_csv(out / "orders.csv", sorted(orders, key=lambda o: (o["ts"], o["order_id"])),
              ["order_id", "customer_id", "ts", "amount", "status", "channel"])
    fbs = sorted(feedback, key=lambda f: (f["ts"] is None, f["ts"] or "", f["feedback_id"]))
    write_csv(out / "feedback.csv", fbs, ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating",
                                          "nps", "text", "language"])
    write_csv(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write_csv(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust)}, events {len(rows)} ({len(dup[:40])} duplicates), orders {len(orders)}, "
          f"feedback {len(feedback)}, experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
