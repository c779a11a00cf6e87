"""明眸 ClearView: a chain of refractive-surgery (LASIK / SMILE / ICL) eye hospitals in 6 cities (上海, 北京, 广州, 深圳,
成都, 武汉). A lead comes in (online consultation / ad lead), books a free pre-op eye exam, attends it, gets a
suitability result (laser OK / ICL only / not suitable), chooses a surgery plan, pays a ¥2,000 deposit, has surgery,
comes back for the day-1, 1-week and 1-month follow-ups, and may refer a friend (who becomes a new lead).
Data covers 2024-09-01 .. 2026-07-31 (leads until 2026-06-15; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, about 2 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261205
START = datetime(2024, 9, 1)
LEAD_END = datetime(2026, 6, 15)
END = datetime(2026, 7, 31, 23, 59, 59)
N_BASE = 7000
D = timedelta

CITIES = {  # en: (zh, province, weight)
    "Shanghai": ("上海", "上海市", 0.25), "Beijing": ("北京", "北京市", 0.19), "Guangzhou": ("广州", "广东省", 0.14),
    "Shenzhen": ("深圳", "广东省", 0.18), "Chengdu": ("成都", "四川省", 0.13), "Wuhan": ("武汉", "湖北省", 0.11)}
HOSP = {  # id: (zh, en, city, weight within city)
    "SH01": ("上海徐家汇院区", "Shanghai Xujiahui Hospital", "Shanghai", 0.55),
    "SH02": ("上海五角场院区", "Shanghai Wujiaochang Hospital", "Shanghai", 0.45),
    "BJ01": ("北京国贸院区", "Beijing Guomao Hospital", "Beijing", 0.50),
    "BJ02": ("北京中关村院区", "Beijing Zhongguancun Hospital", "Beijing", 0.50),
    "GZ01": ("广州天河院区", "Guangzhou Tianhe Hospital", "Guangzhou", 1.0),
    "SZ01": ("深圳南山院区", "Shenzhen Nanshan Hospital", "Shenzhen", 0.50),
    "SZ02": ("深圳福田院区", "Shenzhen Futian Hospital", "Shenzhen", 0.50),
    "CD01": ("成都春熙路院区", "Chengdu Chunxilu Hospital", "Chengdu", 1.0),
    "WH01": ("武汉江汉院区", "Wuhan Jianghan Hospital", "Wuhan", 1.0),
    "WH02": ("武汉光谷院区", "Wuhan Optics Valley Hospital", "Wuhan", 0.0),   # opens 2026-03-01
}
NEW_HOSP, NEW_OPEN = "WH02", datetime(2026, 3, 1)           # tiny new hospital: every patient refers (small-group trap)
SLOW_HOSP, SLOW_FROM = "SZ02", datetime(2025, 7, 1)         # Futian: one exam room closed -> backlog, long waits
STAR_HOSP = "BJ01"
SURGEONS = {
    "SH01": [("陈志明", "Chen Zhiming"), ("王雪", "Wang Xue")],
    "SH02": [("刘建国", "Liu Jianguo"), ("赵敏", "Zhao Min")],
    "BJ01": [("林晓岚", "Lin Xiaolan"), ("孙浩", "Sun Hao")],
    "BJ02": [("周文", "Zhou Wen"), ("吴静", "Wu Jing")],
    "GZ01": [("黄伟", "Huang Wei"), ("何丽", "He Li")],
    "SZ01": [("郑涛", "Zheng Tao"), ("许倩", "Xu Qian")],
    "SZ02": [("马骏", "Ma Jun"), ("郭婷", "Guo Ting")],
    "CD01": [("杨帆", "Yang Fan"), ("邓燕", "Deng Yan")],
    "WH01": [("胡斌", "Hu Bin"), ("罗娜", "Luo Na")],
    "WH02": [("叶青", "Ye Qing")],
}
STAR = ("林晓岚", "Lin Xiaolan")
PROMO = (datetime(2025, 11, 3), datetime(2025, 11, 16, 23, 59))   # 双11 free-exam + ¥1,000-off campaign

CHANNELS = {  # en: (zh, weight for base leads)
    "baidu_search": ("百度搜索", 0.25), "douyin_ad": ("抖音广告", 0.33), "xiaohongshu": ("小红书", 0.17),
    "dianping": ("大众点评", 0.15), "campus_event": ("校园活动", 0.10), "referral": ("老带新", 0.0)}
AGES = {"18-22": ("18-22岁", 0.30), "23-30": ("23-30岁", 0.38), "31-40": ("31-40岁", 0.24), "41-50": ("41-50岁", 0.08)}
STUDENT_P = {"18-22": 0.85, "23-30": 0.15, "31-40": 0.0, "41-50": 0.0}
OCC = {"student": "学生", "working": "在职"}
MYOPIA = {"low": ("低度近视", 0.30), "medium": ("中度近视", 0.45), "high": ("高度近视", 0.25)}
SUIT = {"laser_ok": "适合激光手术", "icl_only": "仅适合ICL", "not_suitable": "不适合手术"}
SUIT_P = {"low": [0.92, 0.02, 0.06], "medium": [0.85, 0.07, 0.08], "high": [0.42, 0.43, 0.15]}
STYPE = {"LASIK": "半飞秒", "SMILE": "全飞秒", "ICL": "ICL晶体植入"}
PRICE = {"LASIK": 13800, "SMILE": 19800, "ICL": 33800}
PACKAGE = {"LASIK": "半飞秒精雕套餐", "SMILE": "全飞秒SMILE套餐", "ICL": "ICL V4c晶体套餐"}
DEPOSIT = 2000
EXAM_FEE = 300
DROPS_PRICE = 98
OTYPE = {"exam_fee": "检查费", "deposit": "定金", "surgery": "手术费", "eye_drops": "眼药水"}
REFUND = {"not_suitable_on_recheck": "术前复查不适合", "customer_cancelled": "客户取消"}
DRY_P = {"LASIK": 0.38, "SMILE": 0.12, "ICL": 0.06}
BOOK_P = {"baidu_search": 0.62, "douyin_ad": 0.42, "xiaohongshu": 0.55, "dianping": 0.72, "campus_event": 0.66,
          "referral": 0.86}
PLAN_P = {"baidu_search": 0.76, "douyin_ad": 0.66, "xiaohongshu": 0.74, "dianping": 0.74, "campus_event": 0.72,
          "referral": 0.86}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "在线咨询留资", "Online consultation lead", "awareness", "ads", "digital", "marketing",
     "咨询|留资|线索|在线咨询|广告线索|lead|inquiry|consultation"),
    ("tp_exam_booked", "预约免费术前检查", "Free eye exam booked", "consideration", "mini_program", "digital",
     "customer_service", "预约检查|约检查|预约|booking|exam booking|appointment"),
    ("tp_exam", "到院术前检查", "Eye exam attended", "consideration", "store", "physical", "clinic",
     "术前检查|检查|到院|到诊|eye exam|pre-op exam|exam day"),
    ("tp_result", "适应症评估结果", "Suitability result", "consideration", "store", "physical", "clinic",
     "评估结果|能不能做|适应症|suitability|result|candidacy"),
    ("tp_plan", "选择手术方案", "Surgery plan chosen", "purchase", "store", "physical", "consultants",
     "选方案|术式选择|方案|plan|package|surgery plan"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "consultants",
     "定金|交定金|订金|deposit"),
    ("tp_surgery", "手术日", "Surgery day", "purchase", "store", "physical", "surgery",
     "手术|做手术|surgery|operation|surgery day"),
    ("tp_fu_day1", "术后第1天复查", "Day-1 follow-up", "service", "store", "physical", "clinic",
     "术后第一天|次日复查|day 1 check|day-1 follow-up"),
    ("tp_fu_week1", "术后1周复查", "1-week follow-up", "service", "store", "physical", "clinic",
     "一周复查|术后一周|1 week check|week-1 follow-up"),
    ("tp_fu_month1", "术后1个月复查", "1-month follow-up", "service", "store", "physical", "clinic",
     "一个月复查|术后一个月|月复查|1 month check|month-1 follow-up"),
    ("tp_referral", "推荐好友", "Friend referral", "loyalty", "mini_program", "digital", "marketing",
     "老带新|推荐|转介绍|referral|refer a friend"),
]
JOURNEYS = [
    ("acquire", "获客到手术", "Lead to surgery",
     ["tp_lead", "tp_exam_booked", "tp_exam", "tp_plan", "tp_deposit", "tp_surgery"], 90),
    ("exam_to_surgery", "检查到手术", "Exam to surgery", ["tp_exam", "tp_plan", "tp_deposit", "tp_surgery"], 60),
    ("aftercare", "术后复查", "Post-op follow-up", ["tp_surgery", "tp_fu_day1", "tp_fu_week1", "tp_fu_month1"], 60),
]

# ---------------------------------------------------------------- feedback texts: (zh list, en list, sentiment)
T = {
    "wait": ([
        "检查那天等了快三个小时，人太多了，叫号系统也乱", "排队排了两个多小时才轮到散瞳，体验很差",
        "预约的是上午十点，结果等了一个半小时才开始检查", "周末去检查，光排队就等了好久，护士也顾不过来",
        "检查项目不多，但是每一项都要排队，前前后后等了大半天", "等了太久了，约了时间还要排这么久的队，下次不来了"], [
        "Waited almost three hours on exam day, way too crowded.", "Had a 10am slot and still had to wait 90 minutes before anyone saw me.",
        "The exam itself was fine but the wait between each test was ridiculous."], "neg"),
    "book_slow": ([
        "预约检查要排到两周以后，号太难约了", "想约个周末的检查，一直约不上", "客服说最近的检查号要等十几天"], [
        "Hard to get an appointment - the earliest exam slot was two weeks out."], "neg"),
    "exam_good": ([
        "检查做得很细致，每一项都有解释", "检查流程顺畅，护士态度很好", "术前检查挺全面的，做了差不多十几项",
        "环境干净，检查设备看起来很新"], [
        "Very thorough pre-op exam, every test was explained.", "Smooth exam, friendly nurses."], "pos"),
    "exam_neu": ([
        "检查大概两个小时，散瞳之后半天看不清东西，记得带墨镜", "检查完给了一份报告，角膜厚度什么的还要再研究一下"], [
        "The exam took about two hours; bring sunglasses for after the dilation."], "neu"),
    "unsuitable": ([
        "白跑一趟，说我角膜太薄做不了", "检查完说我不适合做手术，有点失望", "说我度数太高只能做ICL，价格贵了一倍多，再考虑吧"], [
        "Turns out my corneas are too thin, so no surgery for me. Disappointed.", "They said only ICL is possible for me, which costs twice as much."], "neg"),
    "hidden": ([
        "抖音上写的3999起，到了医院说全飞秒要将近两万，这不是隐形消费吗", "广告价和实际价格差太多，各种加价，什么角膜地形图、个性化切削都要额外收费",
        "说好的特价，到了又说要加钱升级方案，感觉被套路了", "顾问一直推贵的方案，低价那个说不适合我，隐形消费太多",
        "价格不透明，检查完报价比广告上多了一万多，额外收费项目一大堆"], [
        "The ad said from 3,999 but at the hospital the price was almost 20k - hidden charges everywhere.",
        "Too many hidden fees: extra charge for the topography, extra for the custom ablation.",
        "Felt like bait and switch, the advertised price was not real."], "neg"),
    "pricey": ([
        "价格有点贵，再对比一下其他医院", "全飞秒两万块，对学生来说压力挺大的", "能不能分期？一次拿出这么多钱有点难"], [
        "A bit expensive, still comparing with other hospitals.", "Pricey for a student, is there an installment plan?"], "neg"),
    "plan_good": ([
        "顾问讲解很详细，半飞秒和全飞秒的区别说得很明白", "方案推荐比较中肯，没有强推", "医生根据我的情况推荐了合适的术式，很放心"], [
        "The consultant explained the LASIK vs SMILE differences very well.", "No pressure, they recommended what fits my eyes."], "pos"),
    "refund_slow": ([
        "复查说不能做了，退定金退了三个星期还没到账", "取消手术后定金退款流程太慢，打了好几次客服"], [
        "My deposit refund took weeks after they said I couldn't have the surgery."], "neg"),
    "pro": ([
        "主刀医生非常专业，全程都在跟我说话，一点都不紧张", "主刀医生很专业，手术十几分钟就做完了", "医生专业又耐心，术前把风险讲得很透",
        "专业！从检查到手术每一步都解释得很到位", "医生技术专业，手术过程很顺利"], [
        "The surgeon was very professional and kept talking me through it.", "Super professional doctor, the whole thing took 15 minutes.",
        "Professional team, I felt safe the whole time."], "pos"),
    "pro_star": ([
        "林晓岚医生非常专业，全程都在跟我说话，一点都不紧张", "林主任太专业了，手术前把每一步都讲清楚了", "林医生专业又温柔，强烈推荐"], [
        "Dr. Lin Xiaolan was extremely professional and calm, highly recommend.", "Dr. Lin is so professional, explained every step."],
        "pos"),
    "surg_ok": ([
        "手术很快，就是有点紧张", "手术过程还可以，术后眼睛有点酸", "做完手术出来看东西还有点雾，医生说正常"], [
        "Quick surgery, a bit nervous but fine.", "Surgery went ok, eyes a bit sore after."], "neu"),
    "clear": ([
        "术后第二天就看得清了，太开心了", "终于摆脱眼镜了，现在视力1.0，看东西特别清晰", "早上醒来就能看清楚闹钟，这钱花得值",
        "视力恢复得很好，看得清清楚楚", "复查视力1.2，看远处非常清晰"], [
        "Day two and I can see clearly without glasses, amazing.", "Vision is crystal clear now, 20/20 at the check.",
        "Best money I ever spent, I can see clearly when I wake up."], "pos"),
    "dry": ([
        "术后眼睛特别干，每天要滴好几次人工泪液", "干眼症状很明显，对着电脑一会儿就难受", "一个月了眼睛还是干涩，医生说要慢慢恢复",
        "眼干得厉害，眼药水都买了好几瓶了", "做完半飞秒之后眼睛一直发干，晚上更严重"], [
        "My eyes are so dry after the surgery, I use drops all day.", "Dry eye is really bad, I can't look at a screen for long.",
        "Still dry eyes a month later, nobody warned me it would be this bad."], "neg"),
    "glare": ([
        "晚上看路灯有光晕，开车有点不适应", "夜里看灯有眩光，医生说会慢慢好"], [
        "Halos around lights at night, driving is a bit uncomfortable."], "neg"),
    "fu_neu": ([
        "复查挺快的，测了视力和眼压就走了", "复查要提前预约，流程还行"], [
        "Follow-up was quick: vision and eye pressure, done."], "neu"),
    "far_away": ([
        "回访电话：客户已回学校，在外地，没时间回来做一个月复查", "回访电话：客户说开学了不在本地，复查以后再说",
        "回访电话：学生已返校，人在外地，问能不能在当地医院复查"], [
        "Call note: patient moved back to university in another city, will not come for the 1-month check."], "neu"),
    "busy": ([
        "回访电话：客户工作忙，暂时不来复查", "回访电话：客户说视力挺好的，觉得没必要再来复查"], [
        "Call note: patient is busy with work, says vision is fine and skips the check."], "neu"),
    "chat_q": ([
        "全飞秒和半飞秒有什么区别？", "学生有优惠吗？", "做完手术多久可以正常上班？", "近视800度能做吗？", "周末可以做检查吗？"], [
        "What's the difference between SMILE and LASIK?", "Do you have a student discount?", "Can I do the exam on a Saturday?"], "neu"),
    "pushy": ([
        "留了电话之后客服一天打三次电话推销，太烦了", "咨询了一下就被各种电话轰炸"], [
        "After I left my number they called me three times a day."], "neg"),
    "referral": ([
        "推荐了同事过来，老带新还有返现，不错", "朋友做完效果好我才来的，也推荐给了室友"], [
        "Referred my colleague, the referral bonus was a nice touch."], "pos"),
}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    def pick(keys, probs):
        p = np.asarray(probs, dtype=float)
        return keys[int(rng.choice(len(keys), p=p / p.sum()))]

    def at_hours(d: datetime, lo=9, hi=17) -> datetime:
        return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))

    # ---- lead-date weights (per day) for students / working people
    days = [(START + D(days=i)) for i in range((LEAD_END - START).days + 1)]

    def weights(student: bool, campus: bool) -> np.ndarray:
        w = []
        for d in days:
            x = 1.0 + 0.5 * (d - START).days / 650
            m = d.month
            if campus:
                x *= {3: 2.0, 4: 2.0, 9: 2.4, 10: 2.4, 11: 1.2, 5: 1.0}.get(m, 0.15)
            elif student:
                x *= {6: 3.0, 7: 2.6, 8: 1.0, 12: 1.6, 1: 1.5, 2: 0.9}.get(m, 0.6)
            else:
                x *= {3: 1.1, 4: 1.1, 5: 1.1, 6: 1.0, 7: 1.0, 10: 1.1, 11: 1.1}.get(m, 0.9)
            if datetime(2025, 1, 25) <= d <= datetime(2025, 2, 6) or datetime(2026, 2, 13) <= d <= datetime(2026, 2, 25):
                x *= 0.35   # 春节
            if PROMO[0] <= d <= PROMO[1]:
                x *= 2.2 if d < datetime(2025, 11, 10) else 3.8   # 双11 ramps up to the 11th
            w.append(x)
        w = np.asarray(w)
        return w / w.sum()

    W = {(s, c): weights(s, c) for s in (False, True) for c in (False, True)}

    customers, events, orders, fb = [], [], [], []

    def ev(c, ts, tp, **kw):
        if ts > END:
            return False
        events.append(dict(customer_id=c["cid"], ts=ts, touchpoint_id=tp, **kw))
        return True

    def order(c, ts, amount, status, otype, **kw):
        if ts > END:
            return
        h = c["hospital_id"]
        orders.append(dict(customer_id=c["cid"], ts=ts, amount=amount, status=status, order_type=otype,
                           订单类型=OTYPE[otype], hospital_id=h, hospital_en=HOSP[h][1], city=c["city"],
                           城市=CITIES[c["city"]][0], **kw))

    def feedback(c, ts, tp, channel, topic, rating=None, nps=None, undated_p=0.0, **kw):
        zh, en, senti = T[topic]
        lang = c["language"]
        text = str(rng.choice(en if lang == "en" else zh))
        if ts is not None and ts > END:
            return None
        if ts is not None and rng.random() < undated_p:
            ts = None
        h = c["hospital_id"]
        row = dict(text=text, ts=ts, customer_id=c["cid"], touchpoint_id=tp, channel=channel, rating=rating,
                       nps=nps, language=lang, sentiment_label=senti, topic=topic, hospital_id=h,
                       hospital=HOSP[h][0], hospital_en=HOSP[h][1], **kw)
        fb.append(row)
        return row

    def rating_for(senti):
        if senti == "neg":
            return int(pick([1, 2, 3], [0.35, 0.45, 0.20]))
        if senti == "pos":
            return int(pick([4, 5], [0.3, 0.7]))
        return int(pick([3, 4], [0.6, 0.4]))

    def new_customer(lead_ts: datetime | None, channel: str | None, city: str | None, hosp: str | None,
                     referred_by: str | None) -> dict:
        age = pick(list(AGES), [v[1] for v in AGES.values()])
        student = rng.random() < STUDENT_P[age]
        if channel is None:
            chs = [k for k in CHANNELS if k != "referral" and (student or k != "campus_event")]
            ws = [CHANNELS[k][1] * (2.2 if (k == "campus_event" and student) else 1.0) for k in chs]
            channel = pick(chs, ws)
        if lead_ts is None:
            w = W[(student, channel == "campus_event")]
            d = days[int(rng.choice(len(days), p=w))]
            lead_ts = at_hours(d, 8, 23.9)
        if city is None:
            city = pick(list(CITIES), [v[2] for v in CITIES.values()])
        if hosp is None:
            hs = [h for h, v in HOSP.items() if v[2] == city]
            ws = [HOSP[h][3] for h in hs]
            if city == "Wuhan" and lead_ts >= NEW_OPEN:
                ws = [0.65, 0.35]
            hosp = pick(hs, ws)
        en_p = 0.09 if city in ("Shanghai", "Beijing", "Shenzhen") and not student else 0.01
        c = dict(cid=len(customers), signup_at=lead_ts, channel=channel, city=city, hospital_id=hosp, age=age,
                 student=student, gender=pick(["female", "male"], [0.56, 0.44]),
                 myopia=pick(list(MYOPIA), [v[1] for v in MYOPIA.values()]),
                 language="en" if rng.random() < en_p else "zh", referred_by=referred_by, segment="lead")
        customers.append(c)
        return c

    def journey(c: dict) -> None:
        t0, ch, h = c["signup_at"], c["channel"], c["hospital_id"]
        promo = PROMO[0] <= t0 <= PROMO[1]
        device = ""
        if ch in ("baidu_search", "douyin_ad", "xiaohongshu", "dianping"):
            device = {"baidu_search": pick(["pc", "ios", "android"], [0.3, 0.3, 0.4]),
                      "douyin_ad": pick(["ios", "android"], [0.42, 0.58]),
                      "xiaohongshu": pick(["ios", "android"], [0.62, 0.38]),
                      "dianping": pick(["ios", "android"], [0.5, 0.5])}[ch]
        campaign = {"baidu_search": "bd_brand_search", "douyin_ad": "dy_smile_3999" if t0 >= datetime(2025, 2, 1)
                    else "dy_feed_video", "xiaohongshu": "xhs_kol_notes", "dianping": "dp_exam_coupon",
                    "campus_event": "campus_talk", "referral": "refer_a_friend"}[ch]
        if promo and ch in ("baidu_search", "douyin_ad", "xiaohongshu"):
            campaign = "double11_2025"
        ev(c, t0, "tp_lead", action="submit", channel={"baidu_search": "ads", "douyin_ad": "ads", "xiaohongshu": "social",
           "dianping": "app", "campus_event": "other", "referral": "mini_program"}[ch], device=device,
           lead_source=ch, 线索来源=CHANNELS[ch][0], campaign=campaign, city=c["city"], 城市=CITIES[c["city"]][0])
        if rng.random() < 0.07 and t0 <= END:
            feedback(c, t0 + D(minutes=float(rng.uniform(2, 30))), "tp_lead", "online_chat",
                     "pushy" if rng.random() < 0.3 else "chat_q")
        # ---- booking
        if rng.random() > BOOK_P[ch] * (1.1 if promo else 1.0):
            return
        tb = t0 + D(days=float(rng.exponential(1.5)), hours=float(rng.uniform(0, 3)))
        hx = dict(hospital_id=h, hospital=HOSP[h][0], hospital_en=HOSP[h][1], city=c["city"], 城市=CITIES[c["city"]][0])
        if not ev(c, tb, "tp_exam_booked", action="submit", channel=pick(["mini_program", "phone"], [0.7, 0.3]), **hx):
            return
        slow = h == SLOW_HOSP and tb >= SLOW_FROM
        if slow and rng.random() < 0.12:
            feedback(c, tb + D(hours=1), "tp_exam_booked", "ticket", "book_slow", undated_p=0.05)
        if rng.random() < (0.30 if slow else 0.13):
            c["segment"] = "lead"
            return
        gap = rng.gamma(4.0, 3.3) if slow else rng.gamma(2.0, 2.0)
        te = at_hours(tb + D(days=float(gap) + 0.5), 9, 16)
        doc = SURGEONS[h][int(rng.integers(len(SURGEONS[h])))]
        if h == STAR_HOSP and rng.random() < 0.3:
            doc = STAR
        wait_med = 135 if slow else 50
        if te.weekday() >= 5:
            wait_med *= 1.25
        wait = int(min(300, max(10, rng.lognormal(np.log(wait_med), 0.35))))
        sph = {"low": rng.uniform(-3.0, -0.75), "medium": rng.uniform(-6.0, -3.25), "high": rng.uniform(-12.0, -6.25)}
        sphere = round(float(sph[c["myopia"]]) * 4) / 4
        if not ev(c, te, "tp_exam", action="success", channel="store", surgeon=doc[0], surgeon_en=doc[1],
                  waiting_minutes=wait, sphere_d=sphere, **hx):
            return
        c["segment"] = "examined"
        waived = promo or ch in ("campus_event", "referral") or rng.random() < {"dianping": 0.25}.get(ch, 0.85)
        order(c, te + D(minutes=5), 0 if waived else EXAM_FEE, "paid", "exam_fee", list_price=EXAM_FEE,
              fee_waived=str(waived).lower(), channel="store",
              payment_method="" if waived else pick(["wechat_pay", "alipay", "card"], [0.55, 0.35, 0.1]))
        if rng.random() < 0.38:
            if wait > 100 and rng.random() < 0.85:
                topic = "wait"
            else:
                topic = pick(["exam_good", "exam_neu", "wait"], [0.65, 0.3, 0.05])
            s = T[topic][2]
            feedback(c, te + D(hours=float(rng.uniform(3, 30))), "tp_exam", "survey", topic, rating=rating_for(s))
        # ---- result
        sp = list(SUIT_P[c["myopia"]])
        if c["age"] == "41-50":
            sp = [sp[0] - 0.15, sp[1], sp[2] + 0.15]
        suit = pick(list(SUIT), sp)
        tr = te + D(hours=float(rng.uniform(2, 3.5)))
        ev(c, tr, "tp_result", action="not_suitable" if suit == "not_suitable" else "suitable", channel="store",
           suitability=suit, 评估结果=SUIT[suit], surgeon=doc[0], surgeon_en=doc[1], **hx)
        if suit == "not_suitable":
            c["segment"] = "not_suitable"
            if rng.random() < 0.25:
                feedback(c, tr + D(hours=3), "tp_result", "survey", "unsuitable", rating=rating_for("neg"))
            return
        # ---- plan
        pp = PLAN_P[ch] * (0.62 if suit == "icl_only" else 1.0)
        if rng.random() > pp:
            if suit == "icl_only" and rng.random() < 0.2:
                feedback(c, tr + D(hours=3), "tp_result", "survey", "unsuitable", rating=rating_for("neg"))
            return
        tp_ = tr + (D(minutes=float(rng.uniform(20, 90))) if rng.random() < 0.55 else
                    D(days=float(rng.uniform(1, 14))))
        if suit == "icl_only":
            st = "ICL"
        else:
            st = "SMILE" if rng.random() < (0.35 if c["student"] else 0.58) else "LASIK"
        discount = (1000 if (c["student"] or promo) and st != "ICL" else 0)
        if not ev(c, tp_, "tp_plan", action="submit", channel="store", surgery_type=st, 术式=STYPE[st],
                  package=PACKAGE[st], list_price=PRICE[st], surgeon=doc[0], surgeon_en=doc[1], **hx):
            return
        c["segment"] = "planned"
        dep_p = 0.84
        if ch == "douyin_ad":
            dep_p = 0.40
        if st == "ICL":
            dep_p *= 0.85
        deposit = rng.random() < dep_p
        # plan-step survey / ticket
        if ch == "douyin_ad" and rng.random() < (0.55 if not deposit else 0.25):
            row = feedback(c, tp_ + D(hours=float(rng.uniform(1, 48))), "tp_plan",
                           pick(["survey", "ticket"], [0.6, 0.4]), "hidden", undated_p=0.04)
            if row is not None and row["channel"] == "survey":
                row["rating"] = rating_for("neg")
        elif rng.random() < 0.35:
            topic = pick(["pricey", "plan_good", "hidden"], [0.45 if c["student"] else 0.3, 0.45, 0.05])
            feedback(c, tp_ + D(hours=float(rng.uniform(1, 48))), "tp_plan", "survey", topic,
                     rating=rating_for(T[topic][2]))
        if not deposit:
            return
        td = tp_ + (D(minutes=float(rng.uniform(10, 60))) if rng.random() < 0.4 else D(days=float(rng.uniform(0.5, 10))))
        if not ev(c, td, "tp_deposit", action="success", channel="mini_program", amount=DEPOSIT, surgery_type=st,
                  术式=STYPE[st], **hx):
            return
        c["segment"] = "deposit_paid"
        # ---- surgery date
        if c["student"]:
            m = td.month
            if 3 <= m <= 6:
                y = td.year
                d0 = datetime(y, 7, 1) + D(days=float(rng.uniform(0, 30)) if rng.random() < 0.7 else float(rng.uniform(31, 55)))
            elif 9 <= m <= 12:
                d0 = datetime(td.year + 1, 1, 10) + D(days=float(rng.uniform(0, 12)))
            else:
                d0 = td + D(days=float(rng.uniform(3, 14)))
            ts_ = at_hours(max(d0, td + D(days=2)), 8, 16)
        else:
            ts_ = at_hours(td + D(days=float(rng.gamma(2.0, 5.0)) + 1.5), 8, 16)
        surgeon = doc if rng.random() < 0.85 else SURGEONS[h][int(rng.integers(len(SURGEONS[h])))]
        if h == STAR_HOSP and rng.random() < 0.45:
            surgeon = STAR
        r = rng.random()
        ox = dict(surgery_type=st, 术式=STYPE[st], package=PACKAGE[st], list_price=PRICE[st])
        if r < 0.075:    # found unsuitable at the pre-op recheck on surgery day: deposit refunded
            if ts_ > END:
                order(c, td + D(minutes=2), DEPOSIT, "paid", "deposit", channel="mini_program",
                      payment_method=pick(["wechat_pay", "alipay"], [0.6, 0.4]), **ox)
                return
            order(c, td + D(minutes=2), DEPOSIT, "refunded", "deposit", channel="mini_program",
                  payment_method=pick(["wechat_pay", "alipay"], [0.6, 0.4]), refund_reason="not_suitable_on_recheck",
                  退款原因=REFUND["not_suitable_on_recheck"], refunded_at=ts_ + D(days=float(rng.uniform(3, 20))), **ox)
            c["segment"] = "refunded"
            if rng.random() < 0.4:
                feedback(c, ts_ + D(days=float(rng.uniform(5, 20))), "tp_deposit", "ticket", "refund_slow", undated_p=0.05)
            return
        if r < 0.105:    # customer cancelled
            tc = td + D(days=float(rng.uniform(2, 25)))
            order(c, td + D(minutes=2), DEPOSIT, "refunded", "deposit", channel="mini_program",
                  payment_method=pick(["wechat_pay", "alipay"], [0.6, 0.4]), refund_reason="customer_cancelled",
                  退款原因=REFUND["customer_cancelled"], refunded_at=tc + D(days=float(rng.uniform(1, 10))), **ox)
            c["segment"] = "refunded"
            if rng.random() < 0.15:
                feedback(c, tc + D(days=3), "tp_deposit", "ticket", "refund_slow", undated_p=0.05)
            return
        order(c, td + D(minutes=2), DEPOSIT, "paid", "deposit", channel="mini_program",
              payment_method=pick(["wechat_pay", "alipay"], [0.6, 0.4]), **ox)
        sx = dict(surgeon=surgeon[0], surgeon_en=surgeon[1], surgery_type=st, 术式=STYPE[st])
        if not ev(c, ts_, "tp_surgery", action="success", channel="store", eyes="both", **sx, **hx):
            return
        c["segment"] = "patient"
        order(c, ts_ - D(minutes=30), PRICE[st] - DEPOSIT - discount, "paid", "surgery", channel="store",
              discount=discount, payment_method=pick(["wechat_pay", "alipay", "card", "installment"],
                                                     [0.3, 0.25, 0.2, 0.25 + (0.3 if c["student"] else 0)]), **ox)
        star = surgeon == STAR
        if rng.random() < 0.42:
            topic = pick(["pro_star", "pro", "surg_ok"], [0.45, 0.25, 0.3] if star else [0, 0.22, 0.78])
            nps = int(min(10, max(0, round(rng.normal(9.2 if topic != "surg_ok" else 7.6, 1.0)))))
            feedback(c, ts_ + D(hours=float(rng.uniform(3, 30))), "tp_surgery", "survey", topic,
                     rating=rating_for(T[topic][2]), nps=nps, **sx)
        dry = rng.random() < DRY_P[st]
        # ---- follow-ups
        d1 = at_hours(ts_ + D(days=1), 8, 11)
        if rng.random() < 0.97 and ev(c, d1, "tp_fu_day1", action="success", channel="store",
                                      va=round(float(rng.uniform(0.6, 1.2)), 1), **sx, **hx):
            if rng.random() < 0.12:
                feedback(c, d1 + D(hours=4), "tp_fu_day1", "survey", "clear", rating=rating_for("pos"), **sx)
            w1 = at_hours(ts_ + D(days=float(rng.uniform(6, 9))), 9, 17)
            if rng.random() < 0.88 and ev(c, w1, "tp_fu_week1", action="success", channel="store",
                                          va=round(float(rng.uniform(0.8, 1.5)), 1), **sx, **hx):
                if rng.random() < 0.25:
                    topic = "dry" if dry and rng.random() < 0.6 else pick(["clear", "fu_neu", "glare"],
                                                                          [0.6, 0.3, 0.1 if st != "ICL" else 0.4])
                    feedback(c, w1 + D(hours=5), "tp_fu_week1", "survey", topic, rating=rating_for(T[topic][2]), **sx)
                m1 = at_hours(ts_ + D(days=float(rng.uniform(28, 40))), 9, 17)
                if rng.random() < (0.45 if c["student"] else 0.85):
                    if ev(c, m1, "tp_fu_month1", action="success", channel="store", dry_eye="yes" if dry else "no",
                          干眼="是" if dry else "否", va=round(float(rng.uniform(1.0, 1.5)), 1), **sx, **hx):
                        if rng.random() < 0.45:
                            topic = "dry" if dry and rng.random() < 0.7 else pick(
                                ["clear", "fu_neu", "glare"], [0.65, 0.25, 0.1 if st != "ICL" else 0.4])
                            nps = int(min(10, max(0, round(rng.normal(5.0 if topic == "dry" else 8.8, 1.3)))))
                            feedback(c, m1 + D(hours=5), "tp_fu_month1", "survey", topic,
                                     rating=rating_for(T[topic][2]), nps=nps, **sx)
                elif rng.random() < 0.5:
                    feedback(c, m1, "tp_fu_month1", "call_note", "far_away" if c["student"] else "busy", **sx)
        # eye drops
        n_drops = int(rng.poisson(2.3 if dry else 0.35))
        for _ in range(n_drops):
            order(c, ts_ + D(days=float(rng.uniform(5, 120))), DROPS_PRICE, "paid", "eye_drops",
                  channel=pick(["mini_program", "store"], [0.6, 0.4]), item="玻璃酸钠滴眼液(人工泪液)",
                  payment_method=pick(["wechat_pay", "alipay"], [0.7, 0.3]))
        # reviews
        if rng.random() < 0.12:
            topic = "dry" if dry and rng.random() < 0.5 else ("pro_star" if star and rng.random() < 0.5 else
                                                              pick(["clear", "surg_ok", "pro"], [0.6, 0.25, 0.15]))
            feedback(c, ts_ + D(days=float(rng.uniform(10, 90))), "tp_surgery", "review", topic,
                     rating=rating_for(T[topic][2]), undated_p=0.2, platform=pick(["大众点评", "新氧", "小红书"],
                                                                              [0.5, 0.3, 0.2]), **sx)
        # ---- referral
        ref_p = 1.0 if h == NEW_HOSP else (0.40 if star else 0.12)
        if rng.random() < ref_p:
            tr2 = ts_ + (D(days=float(rng.uniform(12, 40))) if h == NEW_HOSP else
                         D(days=float(min(330.0, 12 + rng.gamma(2.0, 30.0)))))
            if tr2 <= END:
                friend = None
                if tr2 + D(days=3) <= LEAD_END:
                    friend = new_customer(at_hours(tr2 + D(days=float(rng.uniform(0.2, 3))), 9, 22), "referral",
                                          c["city"], h, c["cid"])
                ev(c, tr2, "tp_referral", action="submit", channel="mini_program",
                   referred_customer_id=friend["cid"] if friend else "", **hx)
                if rng.random() < 0.1:
                    feedback(c, tr2 + D(hours=2), "tp_referral", "survey", "referral", rating=rating_for("pos"))
                if friend is not None:
                    queue.append(friend)

    queue: list[dict] = []
    for _ in range(N_BASE):
        queue.append(new_customer(None, None, None, None, None))
    i = 0
    while i < len(queue):
        journey(queue[i])
        i += 1

    # ---- ids in signup order
    order_idx = sorted(range(len(customers)), key=lambda k: (customers[k]["signup_at"], k))
    cid_map = {customers[k]["cid"]: f"C{n + 1:05d}" for n, k in enumerate(order_idx)}

    def w(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f)
            wr.writerow(cols)
            for r in rows:
                vals = []
                for col in cols:
                    v = r.get(col, "")
                    if isinstance(v, datetime):
                        v = v.strftime("%Y-%m-%d %H:%M:%S")
                    elif v is None:
                        v = ""
                    vals.append(v)
                wr.writerow(vals)

    w("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                           kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
      ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    w("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                        touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
      ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])

    crow = []
    for k in order_idx:
        c = customers[k]
        h = c["hospital_id"]
        crow.append(dict(customer_id=cid_map[c["cid"]], signup_at=c["signup_at"], segment=c["segment"],
                         region=CITIES[c["city"]][1], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
                         city=c["city"], 城市=CITIES[c["city"]][0], age_band=c["age"], 年龄段=AGES[c["age"]][0],
                         gender=c["gender"], 性别={"female": "女", "male": "男"}[c["gender"]],
                         occupation="student" if c["student"] else "working",
                         职业=OCC["student" if c["student"] else "working"], myopia_level=c["myopia"],
                         近视程度=MYOPIA[c["myopia"]][0], home_hospital_id=h, hospital=HOSP[h][0],
                         hospital_en=HOSP[h][1], language=c["language"],
                         referred_by=cid_map[c["referred_by"]] if c["referred_by"] is not None else ""))
    w("customers", crow, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "获客渠道", "city",
                          "城市", "age_band", "年龄段", "gender", "性别", "occupation", "职业", "myopia_level", "近视程度",
                          "home_hospital_id", "hospital", "hospital_en", "language", "referred_by"])

    events.sort(key=lambda e: (e["ts"], cid_map[e["customer_id"]], e["touchpoint_id"]))
    for n, e in enumerate(events):
        e["event_id"] = f"E{n + 1:06d}"
        e["session_id"] = f"S{cid_map[e['customer_id']][1:]}-{e['ts']:%y%m%d}"
        e["customer_id"] = cid_map[e["customer_id"]]
        if e.get("referred_customer_id") not in (None, ""):
            e["referred_customer_id"] = cid_map[e["referred_customer_id"]]
    dups = [dict(events[int(j)]) for j in rng.choice(len(events), 12, replace=False)]
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "lead_source", "线索来源", "campaign", "hospital_id", "hospital", "hospital_en", "city", "城市", "surgeon",
             "surgeon_en", "waiting_minutes", "sphere_d", "suitability", "评估结果", "surgery_type", "术式", "package",
             "list_price", "amount", "eyes", "va", "dry_eye", "干眼", "referred_customer_id"]
    w("events", events + dups, ecols)

    orders.sort(key=lambda o: (o["ts"], cid_map[o["customer_id"]]))
    for n, o in enumerate(orders):
        o["order_id"] = f"O{n + 1:06d}"
        o["customer_id"] = cid_map[o["customer_id"]]
        o["currency"] = "CNY"
    w("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "订单类型",
                         "surgery_type", "术式", "package", "list_price", "discount", "fee_waived", "item",
                         "payment_method", "refund_reason", "退款原因", "refunded_at", "hospital_id", "hospital_en",
                         "city", "城市", "currency"])

    fb.sort(key=lambda r: (r["ts"] or END + D(days=1), cid_map[r["customer_id"]]))
    for n, r in enumerate(fb):
        r["feedback_id"] = f"F{n + 1:05d}"
        r["customer_id"] = cid_map[r["customer_id"]]
    w("feedback", fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                       "language", "sentiment_label", "hospital_id", "hospital", "hospital_en", "surgeon", "surgeon_en",
                       "surgery_type", "术式", "platform"])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
