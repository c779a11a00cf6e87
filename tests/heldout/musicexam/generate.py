"""和弦考级 ChordMark Music Exams: a graded music exam board (piano 钢琴, violin 小提琴, voice 声乐, music theory 乐理)
running exams at seven centres in mainland China and Hong Kong plus online video exams. Candidates are entered by
their school (学校统一报名), a private teacher (私人老师), a music centre / piano shop (琴行/培训机构) or, rarely, by a
parent (家长自报) in the teacher portal; the fee is paid (late entries pay a surcharge), a timetable letter (考试通知书)
or, for online exams, a video-exam invitation is issued, candidates check in at the centre and sit the exam (or are
absent), online candidates upload their video in the app (uploads may fail), results are published, certificates
are posted by courier and delivered, and some results are appealed (复议). Entries can be rescheduled or withdrawn
(partial refund); families call the exam helpline. Five exam sessions: spring / summer / winter 2025, spring 2026,
and entries for summer 2026 (exams after the extract). History 2025-01-01 .. 2026-06-30 (extract taken early July
2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
rng = np.random.default_rng(SEED)
D = timedelta
CUTOFF = datetime(2026, 6, 30, 23, 59, 59)
HKD_CNY = 0.92
FEE_RISE = datetime(2026, 1, 1)                                    # fees +6 % for sessions from spring 2026
CERT_VENDOR = (datetime(2025, 10, 15), datetime(2026, 2, 28))       # new certificate printer: posting backlog
ANDROID_BUG = (datetime(2026, 3, 1), datetime(2026, 5, 31))         # app 3.2 on Android: video uploads fail
SLOW_EXAMINER = ("EX07", datetime(2025, 9, 1))                      # Guangzhou examiner: late starts from winter 2025
EXPERIMENT = ("exam_reminder_sms", datetime(2025, 9, 1), datetime(2026, 4, 30))

SESSIONS = [  # id, zh, en, registration window, exam window, entries
    ("2025S", "2025春季考期", "Spring 2025", (datetime(2025, 1, 6), datetime(2025, 2, 28)),
     (datetime(2025, 3, 22), datetime(2025, 4, 30)), 1900),
    ("2025U", "2025夏季考期", "Summer 2025", (datetime(2025, 4, 14), datetime(2025, 5, 31)),
     (datetime(2025, 7, 5), datetime(2025, 8, 10)), 2600),
    ("2025W", "2025冬季考期", "Winter 2025", (datetime(2025, 9, 1), datetime(2025, 10, 15)),
     (datetime(2025, 11, 15), datetime(2025, 12, 20)), 1700),
    ("2026S", "2026春季考期", "Spring 2026", (datetime(2026, 1, 5), datetime(2026, 2, 27)),
     (datetime(2026, 3, 21), datetime(2026, 4, 30)), 2100),
    ("2026U", "2026夏季考期", "Summer 2026", (datetime(2026, 4, 13), datetime(2026, 5, 29)),
     (datetime(2026, 7, 4), datetime(2026, 8, 9)), 2700),
]

REGIONS = [  # zh, en, weight, centres
    ("华东", "East China", 0.32, ["C01", "C02"]),
    ("华南", "South China", 0.27, ["C03", "C04"]),
    ("华北", "North China", 0.21, ["C05"]),
    ("西南", "Southwest", 0.17, ["C06"]),
    ("香港", "Hong Kong", 0.03, ["C07"]),
]
CENTRES = {
    "C01": ("上海静安考点", "Shanghai Jing'an", "上海", "Shanghai"),
    "C02": ("杭州西湖考点", "Hangzhou West Lake", "杭州", "Hangzhou"),
    "C03": ("广州天河考点", "Guangzhou Tianhe", "广州", "Guangzhou"),
    "C04": ("深圳福田考点", "Shenzhen Futian", "深圳", "Shenzhen"),
    "C05": ("北京海淀考点", "Beijing Haidian", "北京", "Beijing"),
    "C06": ("成都锦江考点", "Chengdu Jinjiang", "成都", "Chengdu"),
    "C07": ("香港九龙考点", "Hong Kong Kowloon", "香港", "Hong Kong"),
    "ONL": ("线上考场", "Online", "线上", "Online"),
}
EXAMINERS = {c: [f"EX{3 * i + k + 1:02d}" for k in range(3)] for i, c in enumerate(["C01", "C02", "C03", "C04", "C05",
                                                                                      "C06", "C07"])}
EXAMINERS["ONL"] = ["EX30", "EX31", "EX32", "EX33"]
SUBJECTS = [("piano", "钢琴", 0.52), ("violin", "小提琴", 0.18), ("voice", "声乐", 0.12), ("theory", "乐理", 0.18)]
ROUTES = [("school", "学校统一报名", 0.35), ("private_teacher", "私人老师", 0.45), ("music_centre", "琴行/培训机构", 0.15),
          ("self", "家长自报", 0.05)]
PAY_P = {"school": 0.975, "private_teacher": 0.91, "music_centre": 0.93, "self": 0.70}
PAYMENT = {"school": ("bank_transfer", "对公转账"), "private_teacher": ("wechat_pay", "微信支付"),
           "music_centre": ("alipay", "支付宝"), "self": ("wechat_pay", "微信支付")}
BANDS = [("distinction", "优秀"), ("merit", "良好"), ("pass", "合格"), ("fail", "不合格")]
TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_entry", "老师提交报名", "Entry submitted", "purchase", "web", "digital", "entries",
     "报名|报考|录入报名|教师报名|entry|entries|registration|entered"),
    ("tp_fee", "考试费缴纳", "Exam fee paid", "purchase", "web", "digital", "finance",
     "缴费|交费|付款|考试费|fee paid|payment|paid"),
    ("tp_letter", "考试通知书", "Timetable letter", "service", "email", "digital", "exam_operations",
     "通知书|准考证|考试通知|timetable|exam letter|admission letter"),
    ("tp_online_invite", "线上考试邀请", "Online exam invitation", "service", "email", "digital", "online_exams",
     "线上考试通知|视频考试邀请|online invite|video exam invitation"),
    ("tp_reschedule", "申请改期", "Reschedule request", "service", "web", "digital", "exam_operations",
     "改期|调期|换时间|reschedule|change the date"),
    ("tp_withdraw", "撤销报考", "Entry withdrawn", "service", "web", "digital", "entries",
     "撤考|退考|撤销|withdraw|withdrawal|cancel the entry"),
    ("tp_checkin", "考点签到", "Centre check-in", "service", "store", "physical", "centre_operations",
     "签到|候考|到场|check-in|check in|arrival at the centre"),
    ("tp_exam_sat", "现场考试", "In-person exam", "service", "store", "physical", "examiners",
     "考试|考级|现场考|exam day|sat the exam|in-person exam"),
    ("tp_no_show", "缺考", "Absent from exam", "service", "store", "physical", "centre_operations",
     "缺考|没来考|absent|no-show|no show|missed the exam"),
    ("tp_upload_fail", "视频上传失败", "Video upload failed", "service", "app", "digital", "online_exams",
     "上传失败|传不上去|upload failed|upload error"),
    ("tp_video_ok", "考试视频提交", "Exam video submitted", "service", "app", "digital", "online_exams",
     "视频提交|交视频|上传成功|video submitted|submission"),
    ("tp_result", "成绩发布", "Result published", "service", "web", "digital", "examiners",
     "成绩|出分|查分|result|results|marks|grade result"),
    ("tp_cert_posted", "证书寄出", "Certificate posted", "loyalty", "other", "physical", "certificates",
     "寄证书|证书发出|证书邮寄|certificate posted|certificate dispatched"),
    ("tp_cert_received", "证书签收", "Certificate delivered", "loyalty", "other", "physical", "certificates",
     "收到证书|证书签收|拿到证书|certificate received|certificate delivered"),
    ("tp_appeal", "成绩复议申请", "Result appeal", "service", "web", "digital", "quality",
     "复议|申诉|查卷|appeal|re-mark|remark|review of marks"),
    ("tp_appeal_outcome", "复议结果", "Appeal decision", "service", "email", "digital", "quality",
     "复议结果|申诉结果|appeal outcome|appeal decision"),
    ("tp_hotline", "考务热线", "Exam helpline call", "service", "phone", "digital", "customer_service",
     "热线|客服电话|打电话|helpline|hotline|call centre"),
]
JOURNEYS = [
    ("entry", "报名缴费", "Entry to payment", ["tp_entry", "tp_fee"], 30),
    ("exam_day", "现场考试日", "In-person exam day", ["tp_letter", "tp_checkin", "tp_exam_sat", "tp_result"], 90),
    ("online_exam", "线上视频考试", "Online video exam", ["tp_online_invite", "tp_video_ok", "tp_result"], 90),
    ("certificate", "成绩到证书", "Result to certificate", ["tp_result", "tp_cert_posted", "tp_cert_received"], 90),
    ("appeal", "成绩复议", "Result appeal", ["tp_appeal", "tp_appeal_outcome"], 60),
]

# ---------- feedback texts: each topic has its own markers (see gold.py) ----------
TEXTS = {
    "late_letter": (["考试通知书离考试不到两周才发出来，孩子根本来不及准备。", "通知书这么晚才到，请假都来不及安排。",
                     "这一期的考试通知书拖到最后才发，家长都很着急。", "等通知书等了好久，问老师老师也说没收到。"],
                    ["The timetable letter only arrived ten days before the exam.",
                     "Our timetable letter came so late we nearly missed the slot.",
                     "Why did the timetable letter turn up at the last minute this time?"]),
    "examiner": (["考官迟到了半个多小时，孩子在门口等得很紧张。", "考官态度很冷淡，全程没有笑容，孩子出来就哭了。",
                  "考官一直看手机，感觉根本没认真听。", "考官开始得太晚，后面的考生全部往后拖。"],
                 ["The examiner started 40 minutes late and my daughter lost her nerve.",
                  "The examiner was dismissive and barely looked up.",
                  "Our examiner kept checking his phone during the pieces."]),
    "cert_delay": (["成绩出来两个月了证书还没收到。", "证书迟迟不寄，学校那边等着用。", "一直在等证书，客服只说还在印刷。"],
                   ["Still waiting for the certificate two months after the result.",
                    "The certificate is taking forever, we need it for a school application.",
                    "No certificate yet and no tracking number."]),
    "upload_fail": (["安卓手机视频一直上传失败，试了三次。", "录好的考试视频传不上去，卡在99%。",
                     "APP更新后就上传失败，只能借苹果手机传。"],
                    ["The video upload kept failing on my Android phone.",
                     "Upload stuck at 99% three times, very stressful.",
                     "After the app update the upload fails every time."]),
    "queue": (["签到排队排了快一个小时，孩子手都冷了。", "候考室挤满了人，没有地方热身。", "考点签到排队太久，流程要优化。"],
              ["We stood in the queue for almost an hour before the exam.",
               "The waiting room was packed, no space to warm up."]),
    "fee": (["今年考试费又涨了，一个学生多了好几十。", "考试费比去年贵，家里两个孩子压力很大。", "考试费上调也没有提前说。"],
            ["The exam fee went up again this year.", "Exam fees are getting expensive for families with two kids."]),
    "refund_slow": (["撤销报考一个多月了退款还没到账。", "退款流程太慢，打电话也没结果。"],
                    ["Withdrew in time but the refund still hasn't come through.", "Refund is painfully slow."]),
    "hotline": (["考务热线一直打不通。", "热线永远占线，只能在群里问老师。"],
                ["The helpline never picks up.", "Tried the helpline five times, no answer."]),
    "appeal": (["申请复议一个多月没有回音。", "复议结果就一句话，没有任何解释。"],
               ["The appeal took over a month and gave no explanation.", "Our appeal result was a one-line email."]),
    "praise": (["整个流程顺畅，孩子考完很开心。", "工作人员很专业，引导很清楚。", "考点安排得井井有条，准时开始。",
                "线上考试很方便，老师指导很贴心。"],
               ["Everything was smooth from entry to result.", "Very well organised centre, started on time.",
                "Staff were friendly and professional."]),
    "neutral": (["考点附近停车不太方便，建议提前到。", "停车位有点少，其他还行。"],
                ["Parking near the centre is limited, arrive early.", "Not much parking but otherwise fine."]),
}
NEG = {"late_letter", "examiner", "cert_delay", "upload_fail", "queue", "fee", "refund_slow", "hotline", "appeal"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, p=None):
    return items[int(rng.choice(len(items), p=p))]


def at_hour(d: datetime, lo=8, hi=20) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))


class Gen:
    def __init__(self):
        self.cust = {}
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_entry = 0

    # ----- customers (candidates)
    def new_customer(self, ts):
        cid = f"K{len(self.cust) + 1:05d}"
        reg = pick(REGIONS, [r[2] for r in REGIONS])
        route = pick(ROUTES, [r[2] for r in ROUTES])
        intl = reg[0] == "香港" or rng.random() < 0.08
        c = dict(customer_id=cid, signup_at=ts, region=reg[0], region_en=reg[1], centres=reg[3],
                 acquisition_channel=route[0], 报名途径=route[1], age=int(rng.integers(6, 18)),
                 teacher_id=f"T{int(rng.integers(1, 420)):04d}", school_id=f"S{int(rng.integers(1, 90)):03d}"
                 if route[0] == "school" else "", language="en" if intl else "zh",
                 device=pick(["ios", "android", "pc"], [0.42, 0.46, 0.12]), entries=0, max_grade=0,
                 subject=pick(SUBJECTS, [s[2] for s in SUBJECTS]))
        self.cust[cid] = c
        return c

    def customer_rows(self):
        rows = []
        for c in self.cust.values():
            g = c["max_grade"]
            tier, tier_zh = (("foundation", "初级(1-3级)") if g <= 3 else ("intermediate", "中级(4-5级)") if g <= 5
                             else ("advanced", "高级(6-8级)"))
            age = c["age"]
            band = "6-8" if age <= 8 else "9-11" if age <= 11 else "12-14" if age <= 14 else "15-17"
            rows.append({"customer_id": c["customer_id"], "signup_at": fmt(c["signup_at"]),
                         "segment": "returning" if c["entries"] > 1 else "new", "region": c["region"],
                         "region_en": c["region_en"], "acquisition_channel": c["acquisition_channel"],
                         "报名途径": c["报名途径"], "tier": tier, "级别段": tier_zh, "age_band": band,
                         "main_subject": c["subject"][0], "主修科目": c["subject"][1], "teacher_id": c["teacher_id"],
                         "school_id": c["school_id"], "preferred_language": c["language"],
                         "phone_os": c["device"]})
        return rows

    # ----- writers
    def ev(self, e, tp, ts, action, **kw):
        if ts > CUTOFF:
            return
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=e["cid"], ts=fmt(ts), touchpoint_id=tp,
                   session_id=e["id"], action=action, device=kw.pop("device", "pc"),
                   channel=kw.pop("channel", "teacher_portal"), exam_session=e["sess"][0], 考期=e["sess"][1],
                   subject=e["subject"][0], 科目=e["subject"][1], grade=e["grade"], exam_mode=e["mode"],
                   考试形式="线上" if e["mode"] == "online" else "现场", centre_id=e["centre"],
                   centre=CENTRES[e["centre"]][0], centre_en=CENTRES[e["centre"]][1], region=e["c"]["region"],
                   region_en=e["c"]["region_en"], teacher_id=e["c"]["teacher_id"])
        row.update(kw)
        self.events.append(row)

    def order(self, e, ts, otype, otype_zh, amount_cny, status="paid", **kw):
        if ts > CUTOFF:
            return
        self.n_ord += 1
        hk = e["centre"] == "C07"
        amount = round(amount_cny / HKD_CNY, 0) if hk else round(amount_cny, 2)
        route = e["c"]["acquisition_channel"]
        self.orders.append(dict(order_id=f"OR{self.n_ord:06d}", customer_id=e["cid"], ts=fmt(ts), amount=amount,
                                currency="HKD" if hk else "CNY",
                                amount_cny=round(amount * HKD_CNY, 2) if hk else amount, status=status,
                                order_type=otype, 订单类型=otype_zh, entry_id=e["id"], exam_session=e["sess"][0],
                                subject=e["subject"][0], 科目=e["subject"][1], grade=e["grade"], centre_id=e["centre"],
                                centre_en=CENTRES[e["centre"]][1], region=e["c"]["region"],
                                payer={"school": "school", "private_teacher": "teacher", "music_centre": "music_centre",
                                       "self": "parent"}[route],
                                payment_method=PAYMENT[route][0], 支付方式=PAYMENT[route][1],
                                channel="teacher_portal", **kw))

    def fb(self, e, ts, tp, channel, topics, rating=None, nps=None, undated_p=0.0):
        if ts is not None and ts > CUTOFF:
            return
        self.n_fb += 1
        lang = e["c"]["language"]
        parts = [pick(TEXTS[t][0 if lang == "zh" else 1]) for t in topics]
        text = ("" if lang == "zh" else " ").join(parts)
        dated = ts is not None and rng.random() >= undated_p
        neg = any(t in NEG for t in topics)
        sent = "negative" if neg else "positive" if "praise" in topics else "neutral"
        fid = f"FB{self.n_fb:05d}"
        self.feedback.append(dict(feedback_id=fid, customer_id=e["cid"], ts=fmt(ts) if dated else "",
                                  touchpoint_id=tp, channel=channel, rating="" if rating is None else int(rating),
                                  nps="" if nps is None else int(nps), text=text, language=lang, entry_id=e["id"],
                                  centre_id=e["centre"], centre_en=CENTRES[e["centre"]][1],
                                  考点=CENTRES[e["centre"]][0], region=e["c"]["region"], subject=e["subject"][0],
                                  科目=e["subject"][1], exam_session=e["sess"][0]))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))

    # ----- one exam entry
    def entry(self, sess, c):
        self.n_entry += 1
        c["entries"] += 1
        subj = c["subject"] if rng.random() < 0.9 else pick(SUBJECTS, [s[2] for s in SUBJECTS])
        grade = min(8, c["max_grade"] + 1) if c["max_grade"] else int(rng.choice(range(1, 9),
                                                                                   p=[.17, .17, .15, .14, .12, .1, .08, .07]))
        c["max_grade"] = max(c["max_grade"], grade)
        online_p = 0.8 if subj[0] == "theory" else 0.22
        mode = "online" if (c["region"] != "香港" and rng.random() < online_p) else "in_person"
        centre = "ONL" if mode == "online" else pick(c["centres"])
        e = dict(id=f"E{self.n_entry:06d}", cid=c["customer_id"], c=c, sess=sess, subject=subj, grade=grade,
                 mode=mode, centre=centre)
        (r0, r1), (x0, x1) = sess[3], sess[4]
        span = (r1 - r0).days
        t_entry = at_hour(r0 + D(days=int(min(span, rng.beta(1.6, 1.2) * (span + 1)))), 9, 23)
        route = c["acquisition_channel"]
        late_entry = (r1 - t_entry).days < 7
        self.ev(e, "tp_entry", t_entry, "submit", channel="school_portal" if route == "school" else "teacher_portal",
                late_entry="yes" if late_entry else "no")
        base = {"piano": (300, 80), "violin": (300, 78), "voice": (280, 75), "theory": (180, 40)}[subj[0]]
        fee = base[0] + base[1] * grade
        if sess[3][0] >= FEE_RISE:
            fee *= 1.06
        disc = round(fee * 0.05, 2) if route == "school" else 0.0
        pay_p = PAY_P[route] - (0.25 if late_entry and route == "self" else 0)
        if rng.random() >= pay_p:
            self.order(e, t_entry + D(days=14), "exam_fee", "考试费", fee - disc, status="cancelled",
                       discount_cny=disc)
            if rng.random() < 0.15:
                self.ev(e, "tp_hotline", t_entry + D(days=float(rng.uniform(2, 12))), "call", channel="phone",
                        call_reason="payment")
            return
        t_pay = t_entry + D(hours=float(rng.exponential(60 if route != "school" else 120)))
        self.ev(e, "tp_fee", t_pay, "pay", channel="school_portal" if route == "school" else "teacher_portal",
                payment_method=PAYMENT[route][0], fee_cny=round(fee - disc, 2))
        self.order(e, t_pay, "exam_fee", "考试费", fee - disc, discount_cny=disc)
        if late_entry:
            self.order(e, t_pay + D(minutes=1), "late_entry_fee", "逾期报名附加费", 120.0, discount_cny=0.0)
        # exam date, letter
        exam_day = x0 + D(days=int(rng.integers(0, (x1 - x0).days + 1)))
        if e["mode"] == "in_person" and rng.random() < 0.03:                # reschedule (2 weeks later, fee 150)
            t_res = t_pay + D(days=float(rng.uniform(3, 20)))
            self.ev(e, "tp_reschedule", t_res, "submit", reason=pick(["illness", "school_event", "clash", "travel"]))
            self.order(e, t_res, "reschedule_fee", "改期手续费", 150.0, discount_cny=0.0)
            exam_day += D(days=14)
        late_letter = sess[0] == "2025U" and rng.random() < 0.46
        dbe = int(rng.integers(5, 14)) if late_letter else int(rng.integers(18, 36)) if rng.random() > 0.04 else 13
        t_letter = at_hour(exam_day - D(days=dbe), 9, 18)
        # withdrawal
        if rng.random() < 0.04:
            t_w = t_pay + D(days=float(rng.uniform(2, max(3, (exam_day - t_pay).days - 2))))
            before = (exam_day - t_w).days
            self.ev(e, "tp_withdraw", t_w, "submit", days_before_exam=before,
                    reason=pick(["illness", "not_ready", "moved", "clash"]))
            if before > 21:
                t_ref = t_w + D(days=float(rng.uniform(5, 40)))
                self.order(e, t_ref, "refund", "退费", round((fee - disc) * 0.5, 2), status="refunded", discount_cny=0.0)
                if (t_ref - t_w).days > 20 and rng.random() < 0.45:
                    self.fb(e, t_ref - D(days=3), "tp_withdraw", "teacher_ticket", ["refund_slow"], undated_p=0.1)
            return
        hot_p = 0.06
        if e["mode"] == "in_person":
            self.ev(e, "tp_letter", t_letter, "send", channel="email", days_before_exam=dbe,
                    exam_date=exam_day.strftime("%Y-%m-%d"))
            if late_letter:
                hot_p = 0.3
                if rng.random() < 0.16:
                    self.fb(e, t_letter + D(days=float(rng.uniform(0, 4))), "tp_letter",
                            pick(["social", "teacher_ticket"]), ["late_letter"], undated_p=0.12)
            if rng.random() < hot_p:
                self.ev(e, "tp_hotline", t_letter + D(days=float(rng.uniform(0, 5))), "call", channel="phone",
                        call_reason="letter" if late_letter else pick(["venue", "timing", "other"]))
                if rng.random() < 0.08:
                    self.fb(e, t_letter + D(days=5), "tp_hotline", "social", ["hotline"], undated_p=0.2)
            self.in_person(e, exam_day, dbe, t_letter)
        else:
            self.ev(e, "tp_online_invite", t_letter, "send", channel="email", days_before_exam=dbe,
                    exam_date=exam_day.strftime("%Y-%m-%d"))
            if late_letter and rng.random() < 0.12:
                self.fb(e, t_letter + D(days=float(rng.uniform(0, 4))), "tp_online_invite",
                        pick(["social", "teacher_ticket"]), ["late_letter"], undated_p=0.12)
            self.online(e, exam_day)

    def in_person(self, e, exam_day, dbe, t_letter):
        c = e["c"]
        variant = None
        if EXPERIMENT[1] <= t_letter <= EXPERIMENT[2]:
            if "variant" not in c:
                c["variant"] = "sms_reminder" if rng.random() < 0.5 else "control"
                self.exp.append(dict(experiment_id=EXPERIMENT[0], variant=c["variant"], customer_id=c["customer_id"],
                                     assigned_at=fmt(t_letter - D(minutes=5))))
            variant = c["variant"]
        p_abs = 0.05 + (0.08 if dbe < 14 else 0) + (0.02 if c["age"] >= 15 else 0)
        if variant == "sms_reminder":
            p_abs *= 0.45
        t_slot = datetime(exam_day.year, exam_day.month, exam_day.day, int(rng.integers(9, 17)),
                          int(rng.choice([0, 20, 40])))
        if rng.random() < p_abs:
            self.ev(e, "tp_no_show", t_slot + D(minutes=30), "absent", channel="centre_staff")
            if rng.random() < 0.3:
                self.ev(e, "tp_hotline", t_slot + D(days=1), "call", channel="phone", call_reason="absence")
            return
        t_in = t_slot - D(minutes=float(rng.uniform(10, 40)))
        crowd = e["centre"] == "C01"
        wait = float(rng.uniform(40, 75) if crowd else rng.uniform(10, 30))
        self.ev(e, "tp_checkin", t_in, "check_in", channel="centre_staff", wait_minutes=round(wait))
        ex = pick(EXAMINERS[e["centre"]])
        slow = ex == SLOW_EXAMINER[0] and exam_day >= SLOW_EXAMINER[1]
        delay = int(rng.integers(25, 55)) if slow else int(rng.integers(0, 11))
        t_exam = t_in + D(minutes=wait + delay)
        self.ev(e, "tp_exam_sat", t_exam, "complete", channel="centre_staff", examiner_id=ex, start_delay_minutes=delay)
        p_pass = 0.86 - (0.13 if slow else 0) + (0.11 if e["centre"] == "C07" else 0) + \
            (0.06 if e["centre"] == "C06" else 0) - (0.04 if e["subject"][0] == "voice" else 0)
        issues = []
        if slow and rng.random() < 0.45:
            issues.append("examiner")
        if crowd and rng.random() < 0.22:
            issues.append("queue")
        t_res = at_hour(exam_day + D(days=int(rng.integers(18, 33))), 10, 18)
        self.result(e, t_res, p_pass, ex, slow, issues, "tp_exam_sat")

    def online(self, e, exam_day):
        c = e["c"]
        dev = c["device"]
        window_end = exam_day + D(days=14)
        t = at_hour(exam_day + D(days=float(rng.uniform(0, 10))), 8, 23)
        version = "3.2" if t >= ANDROID_BUG[0] else "3.1" if t >= datetime(2025, 9, 1) else "3.0"
        bug = dev == "android" and ANDROID_BUG[0] <= t <= ANDROID_BUG[1]
        p_fail = 0.42 if bug else 0.05 if dev == "pc" else 0.08
        fails = 0
        ok = False
        for _ in range(3):
            if rng.random() < p_fail:
                fails += 1
                self.ev(e, "tp_upload_fail", t, "fail", channel="app", device=dev, app_version=version,
                        error_code=pick(["UPLOAD_TIMEOUT", "CHUNK_ERROR"]) if bug else pick(["NETWORK", "FILE_TOO_LARGE"]))
                t += D(hours=float(rng.uniform(1, 48)))
                if t > window_end or rng.random() < (0.3 if bug else 0.2):
                    break
            else:
                ok = True
                self.ev(e, "tp_video_ok", t, "submit", channel="app", device=dev, app_version=version,
                        video_minutes=round(float(rng.uniform(6, 25)), 1))
                break
        if fails and rng.random() < (0.3 if bug else 0.1):
            self.fb(e, t + D(hours=2), "tp_upload_fail", "app_review", ["upload_fail"],
                    rating=int(rng.choice([1, 2], p=[0.6, 0.4])))
        if fails and rng.random() < 0.25:
            self.ev(e, "tp_hotline", t + D(hours=3), "call", channel="phone", call_reason="upload")
        if not ok:
            return
        ex = pick(EXAMINERS["ONL"])
        p_pass = 0.84 - (0.04 if e["subject"][0] == "voice" else 0)
        t_res = at_hour(t + D(days=int(rng.integers(14, 25))), 10, 18)
        self.result(e, t_res, p_pass, ex, False, [], "tp_video_ok")

    def result(self, e, t_res, p_pass, ex, slow, issues, exam_tp):
        passed = rng.random() < p_pass
        if passed:
            marks = int(rng.integers(100, 151))
        else:
            marks = int(rng.integers(60, 100))
        band = BANDS[0] if marks >= 130 else BANDS[1] if marks >= 120 else BANDS[2] if marks >= 100 else BANDS[3]
        self.ev(e, "tp_result", t_res, "publish", channel="web", examiner_id=ex, marks=marks, result_band=band[0],
                成绩等级=band[1])
        # survey after the result
        if rng.random() < 0.2 or (issues and rng.random() < 0.6):
            if issues:
                topics = [issues[0]]
                tp = "tp_exam_sat" if topics[0] == "examiner" else "tp_checkin"
                rating = int(rng.choice([1, 2, 3], p=[0.45, 0.45, 0.1]))
            else:
                r = rng.random()
                if r < 0.62:
                    topics, rating = ["praise"], int(rng.choice([4, 5], p=[0.35, 0.65]))
                elif r < 0.85:
                    topics, rating = ["neutral"], int(rng.choice([3, 4], p=[0.5, 0.5]))
                else:
                    topics, rating = ["praise", "neutral"], 4
                tp = exam_tp if "praise" in topics else ("tp_checkin" if exam_tp == "tp_exam_sat" else exam_tp)
            if not passed and topics == ["praise"]:
                rating = max(3, rating - 1)
            self.fb(e, t_res + D(days=float(rng.uniform(0.2, 5))), tp, "post_exam_survey", topics, rating=rating)
        # appeals
        voice = e["subject"][0] == "voice"
        p_app = (0.16 if not passed else 0.02) + (0.05 if voice else 0) + (0.08 if slow else 0)
        if rng.random() < p_app:
            t_a = t_res + D(days=float(rng.uniform(1, 14)))
            self.ev(e, "tp_appeal", t_a, "submit", channel="teacher_portal", appeal_reason=pick(
                ["marking", "examiner_conduct", "procedure"], [0.6, 0.25, 0.15] if not slow else [0.3, 0.6, 0.1]))
            self.order(e, t_a, "appeal_fee", "复议费", 350.0, discount_cny=0.0)
            t_o = t_a + D(days=float(rng.uniform(18, 42)))
            upheld = rng.random() < (0.38 if (voice or slow) else 0.2)
            self.ev(e, "tp_appeal_outcome", t_o, "decide", channel="email",
                    appeal_outcome="upheld" if upheld else "not_upheld", 复议结论="维持原判" if not upheld else "改判")
            if upheld:
                self.order(e, t_o + D(days=3), "refund", "退费", 350.0, status="refunded", discount_cny=0.0)
            if rng.random() < 0.25:
                self.fb(e, t_o + D(days=1), "tp_appeal_outcome", "teacher_ticket", ["appeal"], undated_p=0.1)
        if not passed:
            return
        # certificate
        backlog = CERT_VENDOR[0] <= t_res <= CERT_VENDOR[1]
        t_post = at_hour(t_res + D(days=float(rng.uniform(35, 62) if backlog else rng.uniform(9, 21))), 9, 17)
        courier = ("hk_post", "香港邮政") if e["centre"] == "C07" else pick([("sf", "顺丰"), ("ems", "EMS")], [0.7, 0.3])
        if backlog and rng.random() < 0.22:
            self.fb(e, t_res + D(days=float(rng.uniform(30, 50))), "tp_cert_posted",
                    pick(["teacher_ticket", "social"]), ["cert_delay"], undated_p=0.12)
            if rng.random() < 0.5:
                self.ev(e, "tp_hotline", t_res + D(days=35), "call", channel="phone", call_reason="certificate")
        self.ev(e, "tp_cert_posted", t_post, "dispatch", channel="courier", courier=courier[0], 快递=courier[1])
        if rng.random() < 0.985:
            self.ev(e, "tp_cert_received", t_post + D(days=float(rng.uniform(5, 11) if e["centre"] == "C07"
                                                                 else rng.uniform(1, 5))),
                    "deliver", channel="courier", courier=courier[0], 快递=courier[1])

    def nps_waves(self):
        """quarterly NPS survey of families whose result was published in the quarter before."""
        res = {}
        for r in self.events:
            if r["touchpoint_id"] == "tp_result":
                res.setdefault(r["session_id"], r)
        entries = {}
        for r in self.events:
            entries.setdefault(r["session_id"], r)
        for q_end in [datetime(2025, 4, 5), datetime(2025, 7, 5), datetime(2025, 10, 5), datetime(2026, 1, 5),
                      datetime(2026, 4, 5), datetime(2026, 6, 25)]:
            pool = [r for r in res.values() if q_end - D(days=92) <= datetime.fromisoformat(r["ts"]) < q_end]
            for r in pool:
                if rng.random() > 0.12:
                    continue
                c = self.cust[r["customer_id"]]
                e = dict(id=r["session_id"], cid=c["customer_id"], c=c, centre=r["centre_id"],
                         subject=(r["subject"], r["科目"]), sess=(r["exam_session"], r["考期"]))
                rise = q_end > datetime(2026, 1, 1)
                x = rng.random()
                if rise and x < 0.3:
                    topics, nps = ["fee"], int(rng.integers(2, 7))
                elif x < 0.7:
                    topics, nps = ["praise"], int(rng.integers(8, 11))
                else:
                    topics, nps = ["neutral"], int(rng.integers(6, 9))
                self.fb(e, q_end + D(hours=float(rng.uniform(10, 200))), "tp_result", "nps_survey", topics, nps=nps)

    def run(self):
        prev = []
        for sess in SESSIONS:
            n = sess[5]
            ret = [c for c in prev if rng.random() < 0.33]
            cands = ret[: int(n * 0.35)]
            r0 = sess[3][0]
            cands += [self.new_customer(at_hour(r0)) for _ in range(n - len(cands))]
            for c in cands:
                before = len(self.events)
                self.entry(sess, c)
                first = next((r for r in self.events[before:] if r["touchpoint_id"] == "tp_entry"), None)
                if first and c["entries"] == 1:
                    c["signup_at"] = datetime.fromisoformat(first["ts"])
            prev = cands
        self.nps_waves()


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "exam_session", "考期", "subject", "科目", "grade", "exam_mode", "考试形式", "centre_id", "centre", "centre_en",
           "region", "region_en", "teacher_id", "late_entry", "payment_method", "fee_cny", "reason", "days_before_exam",
           "exam_date", "wait_minutes", "examiner_id", "start_delay_minutes", "app_version", "error_code",
           "video_minutes", "marks", "result_band", "成绩等级", "appeal_reason", "appeal_outcome", "复议结论", "courier",
           "快递", "call_reason"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "currency", "amount_cny", "status", "order_type", "订单类型",
            "entry_id", "exam_session", "subject", "科目", "grade", "centre_id", "centre_en", "region", "payer",
            "payment_method", "支付方式", "discount_cny", "channel"]
FB_COLS = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text", "language",
           "entry_id", "centre_id", "centre_en", "考点", "region", "subject", "科目", "exam_session"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "region_en", "acquisition_channel", "报名途径", "tier",
             "级别段", "age_band", "main_subject", "主修科目", "teacher_id", "school_id", "preferred_language", "phone_os"]


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


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
    fees = [i for i, r in enumerate(ev) if r["touchpoint_id"] == "tp_fee"]
    dup = rng.choice(fees, size=30, replace=False)                 # the payment webhook re-sends a few rows
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fbs = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fbs, FB_COLS)
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, entries {g.n_entry}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiment rows {len(g.exp)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
