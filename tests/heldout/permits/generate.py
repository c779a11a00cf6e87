"""CityGo 一网通办 — a city government online services portal (permits and licences), 2024-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers (= applicants), events, journeys, orders (= fee payments) and feedback as CSV
following DATA.md (no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
One applicant = one application case in this extract. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2024, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)      # extract cut: nothing after this
N_APPLICANTS = 6000
D = timedelta

POLICY_FROM = datetime(2025, 9, 1)            # new 经营范围规范表述目录 for business licences
SLOW_DISTRICT = "老城区"                      # understaffed service hall: long queues, slow processing

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_find_service", "办事指南查询", "Service guide lookup", "consideration", "web", "digital", "大数据中心",
     "找事项|查办事指南|办事指南|事项查询|咨询取号|find service|service search|service guide|look up a service"),
    ("tp_online_form", "在线填报", "Online form", "purchase", "web", "digital", "大数据中心",
     "填表|填写申请表|网上填报|申请表|fill in the form|application form|online form"),
    ("tp_doc_upload", "材料上传", "Document upload", "purchase", "web", "digital", "大数据中心",
     "上传材料|传材料|上传附件|材料提交|upload documents|document upload|file upload|attachments"),
    ("tp_submit", "提交申请", "Application submitted", "purchase", "web", "digital", "大数据中心",
     "递交申请|申报|提交|进件|submit|submission|application submitted|apply"),
    ("tp_prereview", "预审", "Pre-review", "service", "other", "digital", "审批部门",
     "初审|受理审查|材料预审|pre-check|pre-review|initial review|intake review"),
    ("tp_correction", "补正通知", "Correction request", "service", "other", "digital", "审批部门",
     "补正|材料补正|退回补正|补齐补正|一次性告知|request for correction|correction notice|RFI|resubmission request"),
    ("tp_appointment", "现场核验预约", "On-site verification booking", "service", "mini_program", "digital",
     "政务服务中心", "预约核验|约号|预约现场|预约办理|booking|appointment|verification booking"),
    ("tp_onsite_check", "现场核验", "On-site verification", "service", "store", "physical", "政务服务中心",
     "窗口核验|现场查验|到场核验|大厅核验|in-person check|on-site check|verification at the hall|site inspection"),
    ("tp_approval", "审批通过", "Approved", "service", "other", "digital", "审批部门",
     "办结|准予许可|获批|审批完成|出件|approval|approved|granted|permit issued"),
    ("tp_rejected", "不予许可", "Rejected", "service", "other", "digital", "审批部门",
     "驳回|不予受理|不批|被拒|denied|rejected|refused"),
    ("tp_cert_delivery", "证照领取/送达", "Certificate pickup / delivery", "service", "store", "physical",
     "政务服务中心", "领证|出证|取证|邮寄送达|证照邮寄|拿证|certificate collection|pickup|mail delivery|get the licence"),
    ("tp_hotline", "12345热线", "12345 hotline", "service", "phone", "physical", "12345热线中心",
     "12345|市民热线|政务热线|热线电话|打12345|hotline|citizen hotline|call centre|call center"),
    ("tp_evaluation", "好差评", "Service rating (好差评)", "loyalty", "mini_program", "digital", "大数据中心",
     "评价|满意度评价|打分|差评|好评|service rating|satisfaction rating|review"),
]

JOURNEYS = [
    ("apply", "网上申办全流程", "Online application journey", 60,
     ["tp_find_service", "tp_online_form", "tp_doc_upload", "tp_submit", "tp_prereview", "tp_approval",
      "tp_cert_delivery"]),
    ("onsite", "现场核验流程", "On-site verification", 30, ["tp_appointment", "tp_onsite_check"]),
]

DISTRICTS = ["老城区", "高新区", "滨江区", "北湖区", "南山区", "临港区"]
DISTRICT_W = [0.20, 0.20, 0.18, 0.15, 0.15, 0.12]
SERVICES = ["business_licence", "residence_permit", "vehicle_plate", "building_permit"]
SERVICE_W = [0.30, 0.30, 0.25, 0.15]
DEPARTMENT = {"business_licence": "市场监管局", "residence_permit": "公安分局", "vehicle_plate": "车管所",
              "building_permit": "住建局"}
ONSITE_P = {"business_licence": 0.30, "residence_permit": 0.20, "vehicle_plate": 1.0, "building_permit": 1.0}
PROC_DAYS = {"business_licence": 3.0, "residence_permit": 6.0, "vehicle_plate": 2.0, "building_permit": 16.0}
EXPRESS_P = {"business_licence": 0.20, "residence_permit": 0.10, "vehicle_plate": 0.15, "building_permit": 0.05}

# ---- feedback texts: (topic, sentiment, zh variants, en variants) --------------------------------------------------
TEXTS = {
    "upload_fail": ("neg",
                    ["施工图纸上传老是失败，提示文件超过20M，压缩了也传不上去",
                     "材料上传一直转圈，传了五六次都没成功，只能放弃",
                     "上传附件的时候页面报错，PDF格式明明是对的",
                     "图纸太大上传不了，网上办理形同虚设，最后还得跑大厅",
                     "上传材料卡在99%，客服也说不清楚原因"],
                    ["The document upload keeps failing - my drawings are over the size limit and the portal rejects them.",
                     "Spent an hour trying to upload PDFs, the page just spins and times out.",
                     "Upload failed again and again, no error message, I gave up on the online application."]),
    "correction": ("neg",
                   ["补正了三次，每次要求都不一样，为什么不能一次性告知",
                    "刚交上去就被要求补正，材料清单上根本没写要这个",
                    "补正通知写得太笼统，看不懂要补什么材料"],
                   ["I was asked to correct my documents twice, each time for something different.",
                    "Got a correction request for a document that is not even on the checklist.",
                    "The correction notice was vague, I had no idea what to resubmit."]),
    "policy": ("neg",
               ["按新规填的经营范围还是被退回补正，到底怎么写才对",
                "新规出来以后经营范围怎么表述都不对，反复补正浪费时间",
                "经营范围新目录里找不到我们的业务，被要求补正两次"],
               ["Since the new business scope rules came in, my application was sent back for correction twice.",
                "The new business scope catalogue is confusing, got a correction request for the wording."]),
    "queue": ("neg",
              ["老城区政务大厅排队排了两个多小时，窗口只开了两个",
               "预约了还要排队，等了快三个小时才轮到我",
               "大厅排队太久了，叫号系统还老出问题",
               "现场核验排队一上午，工作日请假来的，太折腾了"],
              ["Waited almost three hours in the queue at the service hall even with an appointment.",
               "The queue at the hall was ridiculous, only two windows open.",
               "Long wait at the service centre, I lost half a day of work."]),
    "slow": ("neg",
             ["审批太慢了，提交快一个月还没办结",
              "说好的承诺时限早过了，进度一直显示审核中",
              "办理时间比指南写的长很多，催了也没用"],
             ["Approval is taking forever, almost a month since I submitted and still 'under review'.",
              "Processing time is way longer than the service guide says."]),
    "hotline": ("neg",
                ["12345打了好几次都占线，好不容易接通又说要转部门",
                 "打12345咨询，转了三个部门都没人能回答",
                 "热线一直打不进去，等了二十分钟挂了"],
                ["Called the 12345 hotline several times, always busy, then transferred around.",
                 "Hotline could not answer my question and just gave me another number."]),
    "english": ("neg",
                [],
                ["There are no English instructions anywhere in the mini-program, very hard for foreigners.",
                 "The form is Chinese only, I needed a friend to translate every field.",
                 "No English guide for the residence permit, the staff at the window could not explain in English either."]),
    "inquiry": ("neu",
                ["咨询一下居住证办理需要哪些材料",
                 "想问营业执照变更能不能全程网办",
                 "询问机动车号牌能不能邮寄到家",
                 "咨询建设工程施工许可的办理时限"],
                ["Asking which documents I need for the residence permit.",
                 "Question: can the plate be mailed to my home address?"]),
    "neutral": ("neu",
                ["流程还可以，就是步骤有点多",
                 "整体一般，能办下来就行",
                 "办是办好了，中间等了几天，还行吧"],
                ["It was OK, a few too many steps.",
                 "Average experience, got it done in the end."]),
    "mini_praise": ("pos",
                    ["小程序办理很方便，全程网办不用跑腿",
                     "用手机小程序几分钟就填完了，点赞",
                     "小程序界面清楚，进度随时能查"],
                    ["The mini-program made it really easy, did everything from my phone.",
                     "Smooth process on the mini-program, could track progress anytime."]),
    "staff_praise": ("pos",
                     ["窗口工作人员很耐心，一次就帮我办好了",
                      "工作人员态度很好，讲解得很清楚",
                      "大厅的帮办代办服务很贴心"],
                     ["The staff at the window were patient and helpful.",
                      "Very friendly officer, explained everything clearly."]),
    "delivery": ("pos",
                 ["证照邮寄到家，两天就收到了，很快",
                  "免费邮寄很贴心，不用再跑一趟",
                  "审批挺快的，执照寄到公司了"],
                 ["Certificate was mailed to my home in two days, great.",
                  "Fast approval and free delivery, impressive."]),
}


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)

    def r() -> float:
        return float(rng.random())

    def pick(options, w=None):
        return options[int(rng.choice(len(options), p=w))]

    customers, events, orders, feedback = [], [], [], []
    ev_n = [0]
    ord_n = [0]
    fb_n = [0]

    def add_event(cid, ts, tp, action, channel, device, service, **extra):
        if ts > END:
            return False
        ev_n[0] += 1
        row = dict(event_id=f"E{ev_n[0]:07d}", customer_id=cid, ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, action=action, device=device or "", channel=channel,
                   service_type=service, wait_minutes="")
        row.update(extra)
        events.append(row)
        return True

    def add_order(cid, ts, amount, status, channel, device, fee_type, service, pay_method):
        if ts > END:
            return
        ord_n[0] += 1
        orders.append(dict(order_id=f"O{ord_n[0]:06d}", customer_id=cid, ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                           amount=f"{amount:.2f}", status=status, channel=channel, device=device or "",
                           fee_type=fee_type, service_type=service, pay_method=pay_method))
        return orders[-1]

    def add_feedback(cid, ts, tp, channel, topic, lang, rating=None, allow_no_ts=True):
        if ts is not None and ts > END:
            return
        sent, zh, en = TEXTS[topic]
        variants = en if (lang == "en" and en) else zh
        if not variants:
            variants = en
        text = variants[int(rng.integers(len(variants)))]
        fb_n[0] += 1
        has_ts = ts is not None and not (allow_no_ts and r() < 0.08)
        anon = channel == "message_board" and r() < 0.3
        feedback.append(dict(feedback_id=f"F{fb_n[0]:05d}", customer_id="" if anon else cid,
                             ts=ts.strftime("%Y-%m-%d %H:%M:%S") if has_ts else "",
                             touchpoint_id=tp, channel=channel, rating="" if rating is None else int(rating),
                             text=text, language="en" if variants is en else "zh",
                             sentiment_label=sent if rating is None else ("pos" if rating >= 4 else
                                                                           "neu" if rating == 3 else "neg")))

    span_days = (datetime(2026, 6, 30) - START).days + 1
    # growth: later days a bit more likely
    day_w = np.linspace(0.8, 1.25, span_days)
    day_w /= day_w.sum()

    for i in range(N_APPLICANTS):
        cid = f"A{100001 + i}"
        service = pick(SERVICES, SERVICE_W)
        district = pick(DISTRICTS, DISTRICT_W)
        day = int(rng.choice(span_days, p=day_w))
        progress = day / span_days
        if service == "building_permit":
            applicant_type = "enterprise"
        elif service == "business_licence":
            applicant_type = "enterprise" if r() < 0.55 else "individual_business"
        elif service == "vehicle_plate":
            applicant_type = "citizen" if r() < 0.8 else "enterprise"
        else:
            applicant_type = "citizen"
        foreign_p = {"residence_permit": 0.26, "vehicle_plate": 0.08, "business_licence": 0.06,
                     "building_permit": 0.0}[service]
        nationality = "foreign" if r() < foreign_p else "cn"
        lang = "en" if nationality == "foreign" else "zh"
        if service == "building_permit":
            ch_w = [0.65, 0.20, 0.15]
        else:
            p_mini = 0.28 + 0.22 * progress
            ch_w = [0.80 - p_mini - 0.0, p_mini, 0.20]
        channel = pick(["pc_portal", "mini_program", "hall_window"], ch_w)
        device = {"pc_portal": "pc", "hall_window": None}.get(channel, "ios" if r() < 0.45 else "android")
        is_express = r() < EXPRESS_P[service]
        segment = "returning" if r() < 0.4 else "first_time"
        t0 = START + D(days=day)
        if channel == "hall_window":
            while t0.weekday() >= 5:
                t0 += D(days=1)
            t0 += D(hours=9 + 7.5 * r())
        else:
            t0 += D(hours=7 + 16 * r())
        if t0 > END:
            t0 = END - D(hours=3)
        if channel == "hall_window" and r() < 0.6:
            signup = ""
        elif segment == "returning":
            signup = (t0 - D(days=30 + 1500 * r())).strftime("%Y-%m-%d %H:%M:%S")
        else:
            signup = (t0 - D(minutes=2 + 30 * r())).strftime("%Y-%m-%d %H:%M:%S")
        customers.append(dict(customer_id=cid, signup_at=signup, segment=segment, applicant_type=applicant_type,
                              district=district, service_type=service, department=DEPARTMENT[service],
                              application_channel=channel, is_express="true" if is_express else "false",
                              nationality=nationality))
        ch_ev = channel
        ev = lambda ts, tp, action, **kw: add_event(cid, ts, tp, action, ch_ev, device, service, **kw)  # noqa: E731

        # hotline propensity and experience flags for feedback
        flags = set()
        t = t0
        ev(t, "tp_find_service", "view")
        if channel != "hall_window" and r() < 0.35:
            ev(t + D(minutes=1 + 5 * r()), "tp_find_service", "view")
        # step 2: form
        p_form = 0.97 if channel == "hall_window" else (0.86 if service == "building_permit" else 0.68)
        if r() >= p_form:
            if r() < 0.03:
                ev(t + D(hours=2 + 48 * r()), "tp_hotline", "call", )
                add_feedback(cid, t + D(hours=3), "tp_hotline", "hotline_12345", "inquiry", lang)
            continue
        t += D(minutes=3 + 40 * r()) if r() < 0.7 else D(days=1 + 3 * r())
        ev(t, "tp_online_form", "fill")
        # step 3: upload
        p_up = {"pc_portal": 0.76, "mini_program": 0.88, "hall_window": 0.99}[channel]
        if r() >= p_up:
            continue
        t += D(minutes=5 + 60 * r())
        # step 4: submit (upload success)
        if service == "building_permit":
            p_sub = {"pc_portal": 0.50, "mini_program": 0.56, "hall_window": 0.95}[channel]
        else:
            p_sub = {"pc_portal": 0.84, "mini_program": 0.93, "hall_window": 0.99}[channel]
        ok = r() < p_sub
        if not ok:
            for k in range(1 + int(rng.integers(3))):
                ev(t + D(minutes=4 * k), "tp_doc_upload", "fail")
            if service == "building_permit" and r() < 0.30:
                tt = t + D(hours=1 + 30 * r())
                if r() < 0.5:
                    ev(tt, "tp_hotline", "call")
                    add_feedback(cid, tt, "tp_doc_upload", "hotline_12345", "upload_fail", lang)
                else:
                    add_feedback(cid, tt, "tp_doc_upload", "message_board", "upload_fail", lang)
            elif r() < 0.04:
                add_feedback(cid, t + D(hours=2), "tp_doc_upload", "message_board", "upload_fail", lang)
            continue
        if service == "building_permit" and r() < 0.4:
            ev(t, "tp_doc_upload", "fail")
            t += D(minutes=5 + 20 * r())
        ev(t, "tp_doc_upload", "upload")
        t += D(minutes=1 + 10 * r())
        ev(t, "tp_submit", "submit")
        t_submit = t
        # fees due at submission
        paid_fee = None
        pay_method = pick(["wechat_pay", "alipay", "unionpay"], [0.5, 0.35, 0.15]) if channel != "hall_window" \
            else pick(["wechat_pay", "alipay", "unionpay", "cash"], [0.35, 0.25, 0.25, 0.15])
        if service in ("vehicle_plate", "building_permit"):
            if service == "vehicle_plate":
                amount, fee_type = 125.0, "plate_fee"
            else:
                area = float(np.clip(rng.lognormal(np.log(2500), 0.7), 200, 40000))
                amount, fee_type = round(area * 1.2, 2), "permit_fee"
            if r() < 0.03:
                add_order(cid, t + D(minutes=2), amount, "cancelled", channel, device, fee_type, service, pay_method)
                continue
            paid_fee = add_order(cid, t + D(minutes=2), amount, "paid", channel, device, fee_type, service,
                                 pay_method)
        # pre-review
        t += D(hours=6 + 60 * r())
        corr_p = {"business_licence": 0.14, "residence_permit": 0.10, "vehicle_plate": 0.08,
                  "building_permit": 0.30}[service]
        if service == "business_licence":
            if POLICY_FROM <= t < datetime(2025, 12, 1):
                corr_p = 0.62
            elif datetime(2025, 12, 1) <= t < datetime(2026, 1, 1):
                corr_p = 0.34
        elif POLICY_FROM <= t < datetime(2025, 12, 1):
            corr_p += 0.04
        n_corr = 0
        while True:
            if r() < corr_p and n_corr < 2:
                ev(t, "tp_prereview", "return")
                ev(t + D(minutes=1), "tp_correction", "notice")
                n_corr += 1
                flags.add("correction")
                if service == "business_licence" and POLICY_FROM <= t < datetime(2026, 1, 1):
                    flags.add("policy")
                    if r() < 0.35:      # confused by the new business-scope catalogue: complains right away
                        tf = t + D(hours=3 + 30 * r())
                        fch = pick(["hotline_12345", "message_board"])
                        if fch == "hotline_12345":
                            ev(tf, "tp_hotline", "call")
                        add_feedback(cid, tf, "tp_correction", fch, "policy", lang)
                if r() < 0.15:
                    ev(t + D(hours=2 + 20 * r()), "tp_hotline", "call")
                    flags.add("called")
                if r() < 0.10:          # gives up after the correction request
                    if r() < 0.5:
                        add_feedback(cid, t + D(days=2), "tp_correction", "message_board",
                                     "policy" if "policy" in flags else "correction", lang)
                    t = None
                    break
                t += D(days=1 + 8 * r())
                if not ev(t, "tp_doc_upload", "resubmit"):
                    t = None
                    break
                t += D(hours=6 + 40 * r())
                corr_p = 0.12
                continue
            ev(t, "tp_prereview", "pass")
            break
        if t is None:
            continue
        # on-site verification
        if r() < ONSITE_P[service]:
            t += D(minutes=10 + 600 * r())
            ev(t, "tp_appointment", "book")
            lead = (7 + 13 * r()) if district == SLOW_DISTRICT else (1 + 5 * r())
            t = t.replace(hour=0, minute=0, second=0) + D(days=int(lead)) + D(hours=9 + 7 * r())
            if r() < 0.06:   # no-show: case lapses
                continue
            wait = rng.normal(72, 22) if district == SLOW_DISTRICT else rng.normal(19, 7)
            wait = int(max(3, round(wait)))
            if not add_event(cid, t, "tp_onsite_check", "checked", "hall_window", None, service,
                             wait_minutes=str(wait)):
                continue
            if wait > 60:
                flags.add("queue")
        # decision
        base = PROC_DAYS[service] * (1.8 if district == SLOW_DISTRICT else 1.0) * (0.5 if is_express else 1.0)
        days = float(rng.gamma(3.0, base / 3.0)) + 0.2
        t += D(days=days)
        if days > 20:
            flags.add("slow")
        if r() < 0.05:
            ev(t, "tp_rejected", "reject")
            if paid_fee is not None:
                paid_fee["status"] = "refunded"
            if r() < 0.4:
                add_feedback(cid, t + D(days=1), "tp_rejected", "message_board", "slow" if "slow" in flags else
                             "correction", lang)
            continue
        if not ev(t, "tp_approval", "approve"):
            continue
        t_appr = t
        # certificate
        mail_p = 0.3 if channel == "hall_window" else 0.6
        if r() < 0.03:
            continue
        if r() < mail_p:
            add_order(cid, t_appr + D(minutes=5), 15.0, "paid", channel, device, "postage", service, pay_method)
            t = t_appr + D(days=1 + 3 * r())
            if not ev(t, "tp_cert_delivery", "mailed"):
                continue
            flags.add("mailed")
        else:
            t = t_appr.replace(hour=0, minute=0) + D(days=1 + int(8 * r())) + D(hours=9 + 7 * r())
            wait = rng.normal(65, 20) if district == SLOW_DISTRICT else rng.normal(15, 6)
            wait = int(max(2, round(wait)))
            if not add_event(cid, t, "tp_cert_delivery", "pickup", "hall_window", None, service,
                             wait_minutes=str(wait)):
                continue
            if wait > 60:
                flags.add("queue")
        # hotline calls from stressed applicants
        p_call = 0.05 + (0.10 if district == SLOW_DISTRICT else 0) + (0.08 if "slow" in flags else 0)
        if r() < p_call:
            tc = t_submit + (t - t_submit) * r()
            ev(tc, "tp_hotline", "call")
            topic = "slow" if "slow" in flags else ("queue" if "queue" in flags else pick(["hotline", "inquiry"]))
            add_feedback(cid, tc, "tp_hotline" if topic in ("hotline", "inquiry") else
                         ("tp_onsite_check" if topic == "queue" else "tp_approval"), "hotline_12345", topic, lang)
        # 好差评 service rating
        if r() < 0.33:
            score = 4.5 + (0.25 if channel == "mini_program" else 0)
            if "correction" in flags:
                score -= 1.5
            if "queue" in flags:
                score -= 1.9
            if "slow" in flags:
                score -= 1.0
            score += rng.normal(0, 0.7)
            rating = int(np.clip(round(score), 1, 5))
            te = t + D(hours=1 + 40 * r())
            ev(te, "tp_evaluation", "rate")
            if rating <= 2:
                opts = [x for x in ("policy" if "policy" in flags else "correction", "queue", "slow")
                        if x in flags or (x == "policy" and "correction" in flags)] or ["hotline", "neutral"]
                topic = pick(opts)
                if topic == "neutral":
                    rating = 3
            elif rating == 3:
                topic = "neutral"
            else:
                if channel == "mini_program":
                    topic = pick(["mini_praise", "delivery", "staff_praise"], [0.6, 0.3, 0.1])
                elif channel == "hall_window":
                    topic = pick(["staff_praise", "delivery"], [0.7, 0.3])
                else:
                    topic = pick(["delivery", "staff_praise", "neutral"], [0.5, 0.3, 0.2])
                    if topic == "neutral":
                        rating = 4
            if lang == "en" and rating <= 3 and r() < 0.35:
                topic = "english"
                rating = min(rating, 2)
            tp = {"correction": "tp_correction", "policy": "tp_correction", "queue": "tp_onsite_check",
                  "slow": "tp_approval", "hotline": "tp_hotline", "neutral": "tp_cert_delivery",
                  "mini_praise": "tp_online_form", "delivery": "tp_cert_delivery",
                  "staff_praise": "tp_onsite_check" if ONSITE_P[service] > 0.5 else "tp_cert_delivery",
                  "english": "tp_online_form"}[topic]
            add_feedback(cid, te, tp, "haochaping", topic, lang, rating=rating)

    # ---- write -------------------------------------------------------------------------------------------------
    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            for row in rows:
                w.writerow({c: row.get(c, "") for c in cols})

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, window, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=window))
    write("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    write("customers", customers, ["customer_id", "signup_at", "segment", "applicant_type", "district",
                                   "service_type", "department", "application_channel", "is_express",
                                   "nationality"])
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device",
                             "channel", "service_type", "wait_minutes"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "fee_type",
                             "service_type", "pay_method"])
    feedback.sort(key=lambda f: f["feedback_id"])
    write("feedback", feedback, ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "text",
                                 "language", "sentiment_label"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
