"""公证通 NotaryOne: a chain of private notary offices in five cities (Shanghai with two offices, Beijing, Guangzhou,
Chengdu, Hangzhou; plus a temporary Chengdu pop-up service point in winter 2025/26) that notarise documents for
individuals and small firms: birth, degree, property, power-of-attorney and company documents.

A client finds the office (walk-in, the WeChat mini-program, a lawyer's referral or a web search) -> books an
appointment (online or by phone) -> submits the documents at the counter -> the identity check (ID verification)
-> document review (some cases are returned for missing papers and resubmitted) -> the notary fee is paid -> the
notarised certificate (公证书) is issued -> some order a translation / consular legalisation add-on -> the certificate
is collected at the counter or mailed by express -> a post-service survey. Some cases are cancelled after payment and
the notary fee is refunded. Orders: notary fees (by document type, extra copies, expedite surcharge, senior discount),
add-on fees, express mail fees. Feedback: post-service surveys (rated, NPS), WeChat mini-program reviews, Dianping
reviews, hotline call notes and service tickets, mostly Chinese, some English.
Data covers 2024-07-01 .. 2026-05-31 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 7, 1)
END = datetime(2026, 5, 31, 23, 59, 59)
N = 4000
D = timedelta

FEE_UP = datetime(2025, 7, 1)                                    # property and company fees +20 %
CHECKLIST = datetime(2025, 9, 1)                                 # new property document checklist: fewer returns
GZ_SHORT = datetime(2025, 6, 1)                                  # Guangzhou Tianhe loses a counter clerk: long queues
ANDROID_BUG = (datetime(2025, 11, 3), datetime(2025, 12, 8))     # mini-program booking page broken on Android
POPUP = (datetime(2025, 11, 1), datetime(2026, 1, 31, 23, 59))   # Chengdu Tianfu pop-up service point

CTYPE = {"individual": "个人", "company": "企业"}
SEG = {"key_account": "协议客户", "standard": "普通客户"}
ACQ = {"walk_in": "上门", "wechat_mini": "微信小程序", "lawyer_referral": "律师推荐", "web_search": "网络搜索"}
CITY = {"上海": "Shanghai", "北京": "Beijing", "广州": "Guangzhou", "成都": "Chengdu", "杭州": "Hangzhou"}
CITY_W = {"上海": 0.32, "北京": 0.22, "广州": 0.18, "成都": 0.14, "杭州": 0.14}
NAT = {"mainland": "中国大陆", "hk_mo_tw": "港澳台", "foreign": "外籍"}
DOC = {"birth": "出生公证", "degree": "学历公证", "property": "房产公证", "poa": "委托书公证", "company": "公司文件公证"}
DOC_SHORT = {"birth": "出生证明", "degree": "学历", "property": "房产", "poa": "委托书", "company": "公司文件"}
DOC_EN = {"birth": "birth certificate", "degree": "degree certificate", "property": "property deed",
          "poa": "power of attorney", "company": "company documents"}
PURPOSE = {"study_abroad": "留学", "immigration": "移民定居", "overseas_work": "海外就业", "property_deal": "房产交易",
           "inheritance": "继承", "business": "商务", "other": "其他"}
URG = {"standard": "普通", "expedited": "加急"}
BOOK = {"online": "线上预约", "phone": "电话预约"}
RETURN = {"missing_original": "缺原件", "missing_relation_proof": "缺关系证明", "expired_id": "证件过期",
          "missing_authorisation": "缺授权文件"}
ADDON = {"translation": "翻译", "legalisation": "领事认证", "translation_legalisation": "翻译+领事认证"}
DELIV = {"pickup": "现场领取", "express": "快递邮寄"}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_card": "银行卡", "cash": "现金"}
OTYPE = {"notary_fee": "公证费", "addon_fee": "加办费", "express_fee": "快递费"}
# offices: id, zh, en, city, weight within the city
OFFICES = [("SH-XH", "上海徐汇", "Shanghai Xuhui", "上海", 0.55), ("SH-PD", "上海浦东", "Shanghai Pudong", "上海", 0.45),
           ("BJ-CY", "北京朝阳", "Beijing Chaoyang", "北京", 1.0), ("GZ-TH", "广州天河", "Guangzhou Tianhe", "广州", 1.0),
           ("CD-GX", "成都高新", "Chengdu Gaoxin", "成都", 1.0), ("HZ-XH", "杭州西湖", "Hangzhou Xihu", "杭州", 1.0)]
POPUP_OFFICE = ("CD-TF", "成都天府临时服务点", "Chengdu Tianfu pop-up", "成都")
OFF = {o[0]: o for o in OFFICES + [POPUP_OFFICE + (0.0,)]}
# notaries: zh, pinyin, office, first day, rating effect
NOTARIES = [("陈静", "Chen Jing", "SH-XH", None, 0.9), ("王磊", "Wang Lei", "SH-XH", None, 0.1),
            ("周敏", "Zhou Min", "SH-XH", None, 0.0), ("刘强", "Liu Qiang", "SH-PD", None, -1.3),
            ("孙悦", "Sun Yue", "SH-PD", None, 0.1), ("吴昊", "Wu Hao", "SH-PD", None, 0.0),
            ("李娜", "Li Na", "BJ-CY", None, 0.2), ("张伟", "Zhang Wei", "BJ-CY", None, 0.0),
            ("马丽", "Ma Li", "BJ-CY", None, 0.1), ("黄志明", "Huang Zhiming", "GZ-TH", None, 0.0),
            ("林晓燕", "Lin Xiaoyan", "GZ-TH", None, 0.1), ("杨帆", "Yang Fan", "CD-GX", None, 0.1),
            ("何静", "He Jing", "CD-GX", None, 0.0), ("徐婷", "Xu Ting", "HZ-XH", None, 0.2),
            ("郑浩", "Zheng Hao", "HZ-XH", None, 0.0), ("赵雪", "Zhao Xue", "HZ-XH", datetime(2026, 4, 1), -2.6)]
POPUP_NOTARY = "何静"
NOT = {n[0]: n for n in NOTARIES}
BASE_FEE = {"birth": 200, "degree": 200, "property": 500, "poa": 300, "company": 800}
ADDON_FEE = {"translation": 180, "legalisation": 450, "translation_legalisation": 600}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "首次咨询", "First enquiry", "awareness", "other", "digital", "客服中心",
     "咨询|问询|初次接触|first contact|enquiry|inquiry"),
    ("tp_booking", "预约办理", "Appointment booked", "consideration", "mini_program", "digital", "客服中心",
     "预约|约号|预约成功|booking|appointment"),
    ("tp_submit", "递交材料", "Documents submitted", "purchase", "store", "physical", "受理窗口",
     "交材料|受理|递件|到店办理|submission|drop-off of documents"),
    ("tp_id_verify", "身份核验", "Identity verified", "purchase", "store", "physical", "受理窗口",
     "核验身份|人脸识别|实名核验|ID check|identity check"),
    ("tp_return", "退回补材料", "Returned for missing papers", "purchase", "store", "physical", "审查组",
     "退件|补正|材料退回|补材料通知|returned case|request for more documents"),
    ("tp_resubmit", "补交材料", "Papers resubmitted", "purchase", "store", "physical", "受理窗口",
     "补交|补正材料|resubmission"),
    ("tp_review_pass", "审查通过", "Review passed", "purchase", "other", "physical", "审查组",
     "材料审查通过|审核通过|document review passed|approved"),
    ("tp_fee_paid", "缴费", "Fee paid", "purchase", "mini_program", "digital", "财务",
     "付款|交费|缴纳公证费|payment|fee payment"),
    ("tp_issued", "出证", "Certificate issued", "service", "other", "physical", "公证员",
     "出具公证书|公证书出具|制证|certificate issuance|issued"),
    ("tp_addon", "翻译认证加办", "Translation & legalisation add-on", "service", "other", "physical", "涉外业务部",
     "翻译件|领事认证|加办|add-on|legalisation|translation"),
    ("tp_collect", "领取/邮寄公证书", "Certificate collected or mailed", "service", "store", "physical", "受理窗口",
     "取证|领证|寄件|邮寄|collection|pickup|mailing"),
    ("tp_survey", "服务评价", "Post-service survey", "loyalty", "mini_program", "digital", "客服中心",
     "满意度调查|回访|问卷|satisfaction survey"),
    ("tp_cancel", "撤回申请", "Case cancelled", "service", "other", "digital", "财务",
     "撤件|撤销|取消办理|退费|cancellation|refund"),
]
JOURNEYS = [("intake", "预约受理", "Intake", ["tp_inquiry", "tp_booking", "tp_submit", "tp_id_verify"], 14),
            ("certify", "出证流程", "Certification", ["tp_submit", "tp_review_pass", "tp_fee_paid", "tp_issued",
                                                     "tp_collect"], 45)]

# ---------- feedback texts (topic -> zh / en templates) ----------
FB = {
    "wait": ("neg", [
        "{doc}，预约了还要排队，等了一个多小时才轮到我",
        "排队的人太多了，窗口就开了一个，等了快两个小时",
        "明明约的是上午十点，结果等太久了，差不多十一点半才办上",
        "现场排队太长，老人也只能站着等，体验很差",
        "核验身份前排队排了一个多小时，预约形同虚设",
    ], [
        "Booked a slot but still waited over an hour at the counter.",
        "The queue was ridiculous, a long wait even with an appointment.",
        "Waited nearly two hours before anyone checked my ID.",
    ]),
    "unclear_list": ("neg", [
        "{doc}的材料清单写得不清楚，来回跑了好几趟",
        "预约的时候没说清楚要带什么，到了才说缺原件，白跑一趟",
        "材料清单和窗口说的不一样，又被退回来补材料",
        "网上的材料清单太笼统了，第一次去根本不知道要带关系证明",
        "没说清楚要带什么材料，退件两次，耽误了一个礼拜",
    ], [
        "The document list on the website was unclear, I had to come back twice.",
        "Nobody told me which papers to bring; my file was sent back for a missing original.",
        "The checklist is confusing and incomplete, my case got returned.",
    ]),
    "rude": ("neg", [
        "窗口的工作人员态度很差，问两句就不耐烦",
        "公证员态度恶劣，说话很冲，一点都不专业",
        "问材料的问题，对方很不耐烦，直接让我自己看",
        "服务态度很差，问什么都爱答不理",
    ], [
        "The staff at the counter were rude and dismissive.",
        "The notary was rude to my elderly mother.",
        "Very dismissive staff, they would not answer simple questions.",
    ]),
    "helpful": ("pos", [
        "公证员很耐心，一步一步讲得很清楚",
        "工作人员非常热情，帮我把材料都核对了一遍",
        "老师很耐心，还提醒我翻译件要一起办，省了不少事",
        "窗口小姐姐非常热情，讲得很清楚，点赞",
    ], [
        "The notary was very helpful and explained everything clearly.",
        "Very helpful staff, they checked all my papers before submission.",
        "Friendly and very helpful, explained everything in English.",
    ]),
    "fast": ("pos", [
        "出证很快，第二天就通知我取了",
        "加急当天就拿到公证书，效率很高",
        "比预想的快很多，出证很快，好评",
        "效率很高，三天就出证了",
    ], [
        "Fast turnaround, the certificate was ready the next day.",
        "Quick service, I got my notarised copy the same day.",
        "Really fast turnaround, much quicker than I expected.",
    ]),
    "fee": ("neg", [
        "{doc}收费太贵了，一份要好几百",
        "公证费用太高，涨价以后更贵了",
        "多一份副本也要另外收钱，费用太高",
        "办个{doc}太贵了，比前年贵了不少",
    ], [
        "The fees are too expensive for a simple document.",
        "Fees are high, and they went up again this year.",
        "Too expensive, especially the charge for extra copies.",
    ]),
    "legal_slow": ("neg", [
        "领事认证太慢了，出证以后又等了两个多礼拜",
        "认证拖了半个月，差点耽误签证",
        "翻译很快，但是领事认证太慢",
    ], [
        "The legalisation took more than two weeks, almost missed my visa appointment.",
        "Legalisation was slow, nobody could tell me when it would be done.",
    ]),
    "mail_slow": ("neg", [
        "选了邮寄，快递四五天才到，中间也没人通知",
        "公证书寄丢了一次，重新补寄又花了好几天",
    ], [
        "The courier took almost a week to deliver my certificate.",
        "My certificate was mailed to the wrong address by the courier.",
    ]),
    "booking_bug": ("neg", [
        "小程序预约一直转圈，提交不了",
        "安卓手机上小程序预约页面打不开，约不上号",
        "用小程序预约点提交没反应，只好打电话",
    ], [
        "The mini program booking page keeps spinning on my Android phone.",
        "Could not book through the mini program, the submit button does nothing.",
    ]),
    "refund": ("neg", [
        "撤回申请以后退款一直没到账",
        "退款流程太复杂，打了好几次电话才处理",
    ], [
        "Still waiting for my refund after cancelling the case.",
        "The refund took ages after I withdrew my application.",
    ]),
    "good": ("pos", [
        "整体满意，流程挺顺的",
        "服务不错，下次还来这家",
        "整体满意，手续办得很顺利",
    ], [
        "Satisfied overall, a smooth process.",
        "Good service overall, would use again.",
    ]),
    "neutral": ("neu", [
        "整体还行，中规中矩",
        "一般般吧，没什么特别的",
        "流程正常，中规中矩",
    ], [
        "It was ok, nothing special.",
        "Average experience, nothing special.",
    ]),
}
TOPIC_TP = {"wait": "tp_id_verify", "unclear_list": "tp_return", "rude": "tp_submit", "helpful": "tp_submit",
            "fast": "tp_issued", "fee": "tp_fee_paid", "legal_slow": "tp_addon", "mail_slow": "tp_collect",
            "booking_bug": "tp_booking", "refund": "tp_cancel", "good": "tp_survey", "neutral": "tp_survey"}
TOPIC_RATING = {"wait": 2.6, "unclear_list": 1.8, "rude": 1.9, "helpful": 4.7, "fast": 4.7, "fee": 2.6,
                "legal_slow": 2.5, "mail_slow": 2.5, "booking_bug": 1.6, "refund": 1.3, "good": 4.4, "neutral": 3.2}


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    def pick(d, p=None):
        keys = list(d)
        return keys[int(rng.choice(len(keys), p=p))]

    def at_hour(day: datetime, lo: float, hi: float) -> datetime:
        t = day.replace(hour=0, minute=0, second=0) + D(hours=float(rng.uniform(lo, hi)))
        return t

    def open_day(t: datetime, prev: datetime | None = None) -> datetime:   # offices are closed on Sundays
        t = t + D(days=1) if t.weekday() == 6 else t
        if prev is not None and t <= prev + D(hours=1):
            t = prev + D(hours=float(rng.uniform(1, 3)))
        return t

    # ---- first-contact dates: growth, summer peak (study abroad), Spring Festival dip
    days = []
    w = []
    d = START
    while d <= datetime(2026, 5, 31):
        m = d.month
        season = {1: 0.85, 2: 0.55, 6: 1.3, 7: 1.45, 8: 1.35, 10: 0.85}.get(m, 1.0)
        growth = 1 + 0.025 * ((d.year - 2024) * 12 + m - 7)
        days.append(d)
        w.append(season * growth)
        d += D(days=1)
    w = np.array(w) / sum(w)

    customers, events, orders, feedback = [], [], [], []
    ev_n = [0]
    case_n = [0]
    ord_n = [0]
    fb_n = [0]

    def add_fb(text, ts, cust, tp, channel, rating, nps, lang, label, case=None):
        if ts is not None and ts > END:
            return
        fb_n[0] += 1
        row = dict(feedback_id=f"FB{fb_n[0]:05d}", text=text, ts=fmt(ts), customer_id=cust["customer_id"],
                   touchpoint_id=tp, channel=channel, rating="" if rating is None else rating,
                   nps="" if nps is None else nps, language=lang, sentiment_label=label,
                   region=cust["region"], city_en=cust["city_en"], case_id="", office="", office_en="",
                   notary="", notary_en="", doc_type="", 公证类型="")
        if case:
            row.update(case_id=case["case_id"], office=case["office"], office_en=case["office_en"],
                       notary=case.get("notary", ""), notary_en=case.get("notary_en", ""),
                       doc_type=case["doc_type"], 公证类型=DOC[case["doc_type"]])
        feedback.append(row)

    def fb_text(topic, lang, doc):
        pol, zh, en = FB[topic]
        pool = en if lang == "en" else zh
        s = pool[int(rng.integers(len(pool)))]
        return s.replace("{doc}", (DOC_SHORT[doc] + "公证") if doc else "公证"), pol

    def rating_for(topic, effect=0.0):
        pol = FB[topic][0]
        r = TOPIC_RATING[topic] + 0.5 * effect + rng.normal(0, 0.5)
        lo, hi = {"neg": (1, 3), "neu": (3, 3), "pos": (4, 5)}[pol]
        return int(min(hi, max(lo, round(r))))

    def nps_for(r):
        base = {1: 1, 2: 3, 3: 6, 4: 8, 5: 9}[r]
        return int(min(10, max(0, base + rng.integers(-1, 2))))

    for i in range(N):
        cid = f"C{i + 1:05d}"
        ctype = "company" if rng.random() < 0.22 else "individual"
        city = pick(CITY_W, list(CITY_W.values()))
        offs = [o for o in OFFICES if o[3] == city]
        home = offs[int(rng.choice(len(offs), p=[o[4] for o in offs]))][0]
        acq = pick(ACQ, [0.12, 0.33, 0.40, 0.15] if ctype == "company" else [0.24, 0.40, 0.08, 0.28])
        if acq == "wechat_mini" or rng.random() < 0.5:
            dev = "ios" if rng.random() < 0.5 else "android"
        else:
            dev = pick({"ios": 0, "android": 0, "pc": 0}, [0.3, 0.3, 0.4]) if acq == "web_search" else \
                ("ios" if rng.random() < 0.5 else "android")
        if ctype == "individual":
            nat = pick(NAT, [0.80, 0.08, 0.12])
            age = pick({"18-29": 0, "30-44": 0, "45-59": 0, "60+": 0}, [0.30, 0.35, 0.22, 0.13])
            seg = "standard"
        else:
            nat = "foreign" if rng.random() < 0.25 else "mainland"
            age = ""
            seg = "key_account" if rng.random() < 0.3 else "standard"
        lang = "en" if nat == "foreign" and rng.random() < 0.7 else "zh"
        t0 = at_hour(days[int(rng.choice(len(days), p=w))], 8.5, 21.5 if acq in ("wechat_mini", "web_search") else 17)
        cust = dict(customer_id=cid, signup_at=fmt(t0), segment=seg, 客户级别=SEG[seg], region=city,
                    city_en=CITY[city], acquisition_channel=acq, 来源渠道=ACQ[acq], tier="",
                    client_type=ctype, 客户类型=CTYPE[ctype], nationality_group=nat, 国籍类别=NAT[nat],
                    age_band=age, primary_device=dev, language=lang, home_office=OFF[home][1],
                    home_office_en=OFF[home][2],
                    company_name=(f"{city}{['华信', '恒达', '启明', '锦程', '联创', '嘉禾'][i % 6]}"
                                  f"{['贸易', '科技', '咨询', '实业'][i % 4]}有限公司") if ctype == "company" else "")
        customers.append(cust)
        # cases of this client
        starts = [t0]
        n_more = rng.poisson(1.7) if ctype == "company" else int(rng.random() < 0.1)
        t = t0
        for _ in range(n_more):
            t = t + D(days=float(rng.exponential(110)) + 20)
            starts.append(at_hour(t, 8.5, 17))
        for k, ts0 in enumerate(starts):
            if ts0 > END:
                break
            simulate_case(rng, cust, home, ts0, k, events, orders, add_fb, fb_text, rating_for, nps_for, ev_n,
                          case_n, ord_n, open_day, at_hour)

    # ---- generic Dianping reviews and mini-program reviews not tied to a case, some undated
    for cust in rng.choice(customers, size=420, replace=False):
        topic = pick({"wait": 0, "unclear_list": 0, "rude": 0, "helpful": 0, "fast": 0, "fee": 0, "good": 0,
                      "neutral": 0}, [0.20, 0.14, 0.10, 0.12, 0.12, 0.12, 0.12, 0.08])
        if topic == "wait" and cust["region"] != "广州" and rng.random() < 0.6:
            topic = "good"
        chan = "dianping" if rng.random() < 0.55 else "mini_program_review"
        ts = datetime.strptime(cust["signup_at"], "%Y-%m-%d %H:%M:%S") + D(days=float(rng.uniform(3, 30)))
        if ts > END:
            continue
        undated = rng.random() < (0.3 if chan == "dianping" else 0.12)
        text, pol = fb_text(topic, cust["language"], None)
        r = rating_for(topic)
        add_fb(text, None if undated else ts, cust, TOPIC_TP[topic], chan, r, None, cust["language"], pol)

    # ---- write
    cols_c = list(customers[0])
    write(out / "customers.csv", cols_c, customers)
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "office", "office_en", "city", "city_en", "client_type", "客户类型", "doc_type", "公证类型", "purpose", "用途",
             "urgency", "办理时效", "notary", "notary_en", "booking_method", "预约方式", "copies", "return_reason",
             "退回原因", "addon_type", "加办类型", "delivery_method", "领取方式", "tracking_no", "order_id", "amount"]
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", ecols, events)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "case_id", "order_type",
             "订单类型", "doc_type", "公证类型", "office", "office_en", "city", "city_en", "urgency", "办理时效",
             "copies", "base_fee", "copy_fee", "expedite_fee", "discount_amount", "discount_reason", "addon_type",
             "加办类型", "payment_method", "支付方式", "refund_amount", "refunded_at", "refund_reason", "invoice_no"]
    orders.sort(key=lambda o: o["ts"])
    write(out / "orders.csv", ocols, orders)
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "sentiment_label", "case_id", "office", "office_en", "region", "city_en", "notary", "notary_en",
             "doc_type", "公证类型"]
    write(out / "feedback.csv", fcols, feedback)
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", list(tps[0]), tps)
    js = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out / "journeys.csv", list(js[0]), js)


def simulate_case(rng, cust, home, t0, k, events, orders, add_fb, fb_text, rating_for, nps_for, ev_n, case_n, ord_n,
                  open_day, at_hour):
    case_n[0] += 1
    case_id = f"CS{case_n[0]:06d}"
    ctype, acq, dev, nat = cust["client_type"], cust["acquisition_channel"], cust["primary_device"], \
        cust["nationality_group"]
    lang = cust["language"]
    if ctype == "company":
        doc = ["company", "poa", "property"][int(rng.choice(3, p=[0.7, 0.2, 0.1]))]
    else:
        m = t0.month
        summer = 1.6 if m in (6, 7, 8) else 1.0
        p = np.array([0.22 * summer, 0.28 * summer, 0.25, 0.25])
        doc = ["birth", "degree", "property", "poa"][int(rng.choice(4, p=p / p.sum()))]
    purpose = {"birth": ["study_abroad", "immigration", "other"], "degree": ["study_abroad", "overseas_work"],
               "property": ["property_deal", "inheritance"], "poa": ["property_deal", "other", "inheritance"],
               "company": ["business"]}[doc]
    purpose = purpose[int(rng.integers(len(purpose)))]
    urg = "expedited" if rng.random() < (0.4 if ctype == "company" else 0.18) else "standard"
    case = dict(case_id=case_id, doc_type=doc, office=OFF[home][1], office_en=OFF[home][2])
    office = home
    EV_CH = {"walk_in": "store", "wechat_mini": "mini_program", "lawyer_referral": "phone", "web_search": "web"}

    def ev(tp, ts, action, **kw):
        if ts > END:
            return False
        ev_n[0] += 1
        o = OFF[office]
        row = dict(event_id=f"E{ev_n[0]:07d}", customer_id=cust["customer_id"], ts=fmt(ts), touchpoint_id=tp,
                   session_id=case_id, action=action, device="", channel="", office=o[1], office_en=o[2],
                   city=o[3], city_en=CITY[o[3]], client_type=ctype, 客户类型=CTYPE[ctype], doc_type=doc,
                   公证类型=DOC[doc], purpose=purpose, 用途=PURPOSE[purpose], urgency=urg, 办理时效=URG[urg])
        if "notary" in case:
            row.update(notary=case["notary"], notary_en=case["notary_en"])
        row.update(kw)
        events.append(row)
        return True

    def order(ts, amount, otype, status="paid", **kw):
        if ts > END:
            return None
        ord_n[0] += 1
        o = OFF[office]
        row = dict(order_id=f"OD{ord_n[0]:06d}", customer_id=cust["customer_id"], ts=fmt(ts),
                   amount=f"{amount:.2f}", status=status, channel="mini_program" if rng.random() < 0.7 else "store",
                   device="", case_id=case_id, order_type=otype, 订单类型=OTYPE[otype], doc_type=doc,
                   公证类型=DOC[doc], office=o[1], office_en=o[2], city=o[3], city_en=CITY[o[3]], urgency=urg,
                   办理时效=URG[urg])
        row["device"] = dev if row["channel"] == "mini_program" else ""
        pm = pick_pm(rng, row["channel"])
        row.update(payment_method=pm, 支付方式=PAY[pm])
        row.update(kw)
        orders.append(row)
        return row

    # 1 enquiry
    digital = acq in ("wechat_mini", "web_search")
    ev("tp_inquiry", t0, "view", device=dev if digital else "", channel=EV_CH[acq])
    p_book = {"lawyer_referral": 0.95, "walk_in": 0.86, "wechat_mini": 0.78, "web_search": 0.52}[acq]
    bug = acq == "wechat_mini" and dev == "android" and ANDROID_BUG[0] <= t0 < ANDROID_BUG[1]
    if k > 0:
        p_book = max(p_book, 0.9)
    if bug:
        p_book *= 0.3
    if rng.random() >= p_book:
        if bug and rng.random() < 0.35:
            chan = "ticket" if rng.random() < 0.5 else "call_note"
            text, pol = fb_text("booking_bug", lang, None)
            add_fb(text, t0 + D(hours=float(rng.uniform(0.2, 30))), cust, "tp_booking", chan, None, None, lang, pol)
        return
    method = "online" if digital and rng.random() < 0.85 else "phone"
    tb = t0 + D(hours=float(rng.uniform(0.05, 2))) if acq == "walk_in" else t0 + D(days=float(rng.exponential(1.2)))
    ev("tp_booking", tb, "submit", device=dev if method == "online" else "",
       channel=("mini_program" if acq == "wechat_mini" else "web") if method == "online" else "phone",
       booking_method=method, 预约方式=BOOK[method])
    # 2 appointment: documents submitted at the counter
    p_show = {"lawyer_referral": 0.93, "walk_in": 0.88, "wechat_mini": 0.80, "web_search": 0.70}[acq]
    if k > 0:
        p_show = max(p_show, 0.9)
    if rng.random() >= p_show:
        return
    lead = float(rng.integers(1, 5 if acq == "lawyer_referral" else 9))
    ts_sub = open_day(at_hour(tb + D(days=lead), 9, 16.5), tb)
    if office[:2] == "CD" and POPUP[0] <= ts_sub <= POPUP[1] and rng.random() < 0.3:
        office = POPUP_OFFICE[0]
        case.update(office=OFF[office][1], office_en=OFF[office][2])
    cands = [n for n in NOTARIES if n[2] == (home if office != POPUP_OFFICE[0] else "CD-GX")
             and (n[3] is None or n[3] <= ts_sub)]
    if office == POPUP_OFFICE[0]:
        cands = [NOT[POPUP_NOTARY]]
    if home == "HZ-XH" and ts_sub >= datetime(2026, 4, 1):
        nw = [0.5 if n[0] == "赵雪" else 0.25 for n in cands]
    else:
        nw = [1.0] * len(cands)
    nt = cands[int(rng.choice(len(cands), p=np.array(nw) / sum(nw)))]
    case.update(notary=nt[0], notary_en=nt[1])
    effect = nt[4]
    copies = int(rng.choice([1, 2, 3], p=[0.6, 0.3, 0.1]))
    ev("tp_submit", ts_sub, "submit", channel="store", copies=copies)
    # 3 identity check after the queue
    if office == POPUP_OFFICE[0]:
        wait = float(rng.lognormal(np.log(120), 0.25))
    elif office == "GZ-TH" and ts_sub >= GZ_SHORT:
        wait = float(rng.lognormal(np.log(72), 0.35))
    else:
        wait = float(rng.lognormal(np.log(17), 0.45))
    if rng.random() < 0.015:
        return                                           # identity check failed / client left
    ts_id = ts_sub + D(minutes=wait)
    ev("tp_id_verify", ts_id, "success", channel="store")
    # 4 review: returned for missing papers?
    p_ret = {"birth": 0.10, "degree": 0.08, "poa": 0.15, "company": 0.28,
             "property": 0.44 if ts_sub < CHECKLIST else 0.17}[doc]
    returned = False
    t = ts_id
    rounds = 0
    while rng.random() < p_ret and rounds < 2:
        returned = True
        rounds += 1
        reason = {"property": ["missing_relation_proof", "missing_original", "expired_id"],
                  "company": ["missing_authorisation", "missing_original"],
                  }.get(doc, ["missing_original", "expired_id", "missing_relation_proof"])
        reason = reason[int(rng.integers(len(reason)))]
        t_ret = open_day(at_hour(t + D(days=float(rng.uniform(0.5, 3))), 9, 17.5), t)
        ev("tp_return", t_ret, "fail", channel="phone", return_reason=reason, 退回原因=RETURN[reason])
        if rng.random() < (0.45 if doc == "property" else 0.3):
            chan = "call_note" if rng.random() < 0.6 else "mini_program_review"
            text, pol = fb_text("unclear_list", lang, doc)
            add_fb(text, t_ret + D(hours=float(rng.uniform(1, 48))), cust, "tp_return", chan,
                   rating_for("unclear_list") if chan == "mini_program_review" else None, None, lang, pol, case)
        if rng.random() >= 0.72:
            return                                       # never came back with the papers
        t = open_day(at_hour(t_ret + D(days=float(rng.uniform(2, 12))), 9, 16.5), t_ret)
        ev("tp_resubmit", t, "submit", channel="store")
        p_ret = 0.15
    t_pass = t + D(days=float(rng.uniform(0.2, 2.0)))
    ev("tp_review_pass", t_pass, "success", channel="other")
    # 5 fee
    fee_up = doc in ("property", "company") and t_pass >= FEE_UP
    if rng.random() >= (0.78 if fee_up else 0.96):
        if fee_up and rng.random() < 0.3:
            text, pol = fb_text("fee", lang, doc)
            add_fb(text, t_pass + D(days=float(rng.uniform(0.5, 4))), cust, "tp_fee_paid", "call_note", None, None,
                   lang, pol, case)
        return
    t_fee = t_pass + D(hours=float(rng.uniform(0.5, 40)))
    base = BASE_FEE[doc] * (1.2 if fee_up else 1.0)
    copy_fee = 20 * (copies - 1)
    exp_fee = round(0.5 * base) if urg == "expedited" else 0
    disc = round(0.2 * base) if cust["age_band"] == "60+" else 0
    amount = base + copy_fee + exp_fee - disc
    ev("tp_fee_paid", t_fee, "pay", channel="mini_program", device=dev, amount=f"{amount:.2f}")
    o = order(t_fee, amount, "notary_fee", copies=copies, base_fee=f"{base:.2f}", copy_fee=f"{copy_fee:.2f}",
              expedite_fee=f"{exp_fee:.2f}", discount_amount=f"{disc:.2f}",
              discount_reason="senior_60plus" if disc else "", invoice_no=f"NV{ord_n[0] + 100000}")
    if o:
        events[-1]["order_id"] = o["order_id"]
    # 6 cancellation after payment
    if rng.random() < (0.07 if fee_up else 0.035):
        t_c = t_fee + D(days=float(rng.uniform(0.5, 4)))
        if ev("tp_cancel", t_c, "cancel", channel="phone", order_id=o["order_id"] if o else "") and o:
            o.update(status="refunded", refund_amount=o["amount"],
                     refunded_at=fmt(t_c + D(days=float(rng.uniform(1, 5)))),
                     refund_reason=["client_withdrew", "documents_no_longer_needed", "wrong_document_type"][
                         int(rng.choice(3, p=[0.5, 0.35, 0.15]))])
            if rng.random() < 0.3:
                text, pol = fb_text("refund", lang, doc)
                dp = rng.random() < 0.25
                add_fb(text, t_c + D(days=float(rng.uniform(2, 8))), cust, "tp_cancel",
                       "dianping" if dp else "call_note", rating_for("refund") if dp else None, None, lang, pol, case)
        return
    # 7 issuance
    if urg == "expedited":
        dur = float(rng.uniform(0.2, 1.5))
    else:
        dur = float(rng.lognormal(np.log(4.5), 0.35))
    t_iss = open_day(at_hour(t_fee + D(days=dur), 9, 17.5), t_fee) if dur > 0.6 else t_fee + D(days=dur)
    if not ev("tp_issued", t_iss, "success", channel="other"):
        return
    # 8 add-on
    p_add = {"foreign": 0.75, "hk_mo_tw": 0.5}.get(nat, 0.6 if purpose in ("study_abroad", "immigration",
                                                                              "overseas_work") else
                                                      (0.35 if purpose == "business" else 0.04))
    addon = None
    t_ready = t_iss
    if rng.random() < p_add:
        addon = pick_addon(rng)
        dur = float(rng.uniform(1, 3)) if addon == "translation" else float(rng.lognormal(np.log(12), 0.25))
        order(t_iss + D(minutes=10), ADDON_FEE[addon] * copies, "addon_fee", addon_type=addon,
              加办类型=ADDON[addon], copies=copies, base_fee=f"{ADDON_FEE[addon]:.2f}")
        t_ready = open_day(at_hour(t_iss + D(days=dur), 9, 17.5), t_iss)
        if not ev("tp_addon", t_ready, "success", channel="other", addon_type=addon, 加办类型=ADDON[addon]):
            return
        if addon != "translation" and rng.random() < 0.1:
            text, pol = fb_text("legal_slow", lang, doc)
            add_fb(text, t_ready - D(days=float(rng.uniform(1, 4))), cust, "tp_addon", "call_note", None, None, lang,
                   pol, case)
    # 9 collection or mail
    p_mail = 0.6 if nat == "foreign" else (0.5 if ctype == "company" else 0.28)
    if rng.random() < 0.03:
        return                                           # never collected (yet)
    if rng.random() < p_mail:
        method = "express"
        t_col = t_ready + D(hours=float(rng.uniform(2, 20)))
        fee = 25.0 if rng.random() < 0.6 else 35.0
        if not ev("tp_collect", t_col, "send", channel="other", delivery_method=method, 领取方式=DELIV[method],
                  tracking_no=f"SF{1300000000 + ev_n[0]}"):
            return
        order(t_col, fee, "express_fee", base_fee=f"{fee:.2f}")
        if rng.random() < 0.05:
            text, pol = fb_text("mail_slow", lang, doc)
            add_fb(text, None if rng.random() < 0.15 else t_col + D(days=float(rng.uniform(3, 7))), cust,
                   "tp_collect", "ticket", None, None, lang, pol, case)
    else:
        method = "pickup"
        t_col = open_day(at_hour(t_ready + D(days=float(rng.lognormal(np.log(2.0), 0.7))), 9, 17.5), t_ready)
        if not ev("tp_collect", t_col, "collect", channel="store", delivery_method=method, 领取方式=DELIV[method]):
            return
    # 10 survey
    if rng.random() >= 0.40:
        return
    t_sv = t_col + D(hours=float(rng.uniform(2, 60)))
    if not ev("tp_survey", t_sv, "submit", channel="mini_program", device=dev):
        return
    cand = {"neutral": 0.18, "good": 0.40}
    cand["helpful"] = 0.12 + (0.45 if effect > 0.5 else 0.0)
    cand["rude"] = 0.03 + (0.45 if effect < -0.5 else 0.0)
    if wait > 60:
        cand["wait"] = 0.9
    if returned:
        cand["unclear_list"] = 0.7
    if urg == "expedited" or (t_iss - t_fee).total_seconds() < 2 * 86400:
        cand["fast"] = 0.35
    if fee_up:
        cand["fee"] = 0.35
    elif doc in ("property", "company"):
        cand["fee"] = 0.06
    if addon in ("legalisation", "translation_legalisation"):
        cand["legal_slow"] = 0.25
    if method == "express":
        cand["mail_slow"] = 0.08
    keys = list(cand)
    pr = np.array([cand[x] for x in keys])
    topic = keys[int(rng.choice(len(keys), p=pr / pr.sum()))]
    text, pol = fb_text(topic, lang, doc)
    r = rating_for(topic, effect)
    add_fb(text, t_sv, cust, TOPIC_TP[topic], "survey", r, nps_for(r), lang, pol, case)


def pick_pm(rng, channel):
    if channel == "mini_program":
        return "wechat_pay" if rng.random() < 0.8 else "alipay"
    return ["wechat_pay", "alipay", "bank_card", "cash"][int(rng.choice(4, p=[0.45, 0.25, 0.2, 0.1]))]


def pick_addon(rng):
    return ["translation", "legalisation", "translation_legalisation"][int(rng.choice(3, p=[0.55, 0.15, 0.30]))]


def write(path: Path, cols, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for r in rows:
            wr.writerow({c: r.get(c, "") for c in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
