"""齐美 AlignSmile: an online clear-aligner (隐形牙套) brand selling direct to consumers in seven cities. A person clicks
an ad (小红书 / 抖音 / 百度, or an influencer's code), takes the online smile assessment quiz, books a free 3D scan at a
partner clinic, gets scanned, receives a treatment plan from an orthodontist, buys the plan (full payment or
installments), receives the aligners, does monthly check-ins in the app, may need refinement aligners, finishes
treatment and may buy a retainer. Data covers 2024-01-01 .. 2026-06-30 (today is 2026-12-01).

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

SEED = 20261202
START = datetime(2024, 1, 1)
CLICK_END = datetime(2026, 5, 31)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 10000
D = timedelta

CITIES = {  # en: (zh, province, weight)
    "Shanghai": ("上海", "上海市", 0.22), "Beijing": ("北京", "北京市", 0.20), "Guangzhou": ("广州", "广东省", 0.14),
    "Shenzhen": ("深圳", "广东省", 0.16), "Hangzhou": ("杭州", "浙江省", 0.10), "Chengdu": ("成都", "四川省", 0.10),
    "Wuhan": ("武汉", "湖北省", 0.08)}
# clinic_id, zh, en, city
CLINICS = [
    ("SH01", "上海静安合作诊所", "Shanghai Jingan Partner Clinic", "Shanghai"),
    ("SH02", "上海浦东合作诊所", "Shanghai Pudong Partner Clinic", "Shanghai"),
    ("BJ01", "北京朝阳合作诊所", "Beijing Chaoyang Partner Clinic", "Beijing"),
    ("BJ02", "北京海淀合作诊所", "Beijing Haidian Partner Clinic", "Beijing"),
    ("GZ01", "广州天河合作诊所", "Guangzhou Tianhe Partner Clinic", "Guangzhou"),
    ("SZ01", "深圳南山合作诊所", "Shenzhen Nanshan Partner Clinic", "Shenzhen"),
    ("SZ02", "深圳福田合作诊所", "Shenzhen Futian Partner Clinic", "Shenzhen"),
    ("HZ01", "杭州西湖合作诊所", "Hangzhou West Lake Partner Clinic", "Hangzhou"),
    ("CD01", "成都锦江合作诊所", "Chengdu Jinjiang Partner Clinic", "Chengdu"),
    ("WH01", "武汉江汉合作诊所", "Wuhan Jianghan Partner Clinic", "Wuhan"),
    ("WH02", "武汉光谷合作诊所", "Wuhan Optics Valley Partner Clinic", "Wuhan"),
]
CLIN = {c[0]: c for c in CLINICS}
SLOW_CLINIC = "CD01"                                   # Chengdu: scan slots booked out, long wait, many no-shows
NEW_CLINIC, NEW_OPEN = "WH02", datetime(2026, 3, 1)    # few bookings, very many no-shows (small-group trap)
FIT_CLINIC = "SZ01"                                    # scanner out of calibration: aligners don't fit
FIT_FROM, FIT_TO = datetime(2025, 1, 1), datetime(2025, 11, 1)
LAUNCH = datetime(2025, 9, 1)                          # 12 期免息分期 launched (plan acceptance up)
SLOW_FROM, SLOW_TO = datetime(2025, 11, 1), datetime(2026, 1, 16)   # warehouse move 东莞 -> 苏州 + 双11 backlog
WAREHOUSE_MOVE = datetime(2025, 11, 15)
APP42, APP43 = datetime(2025, 7, 1), datetime(2026, 1, 10)         # v4.2: Android sends every reminder twice

AGES = {"18-24": ("18-24岁", 0.30), "25-34": ("25-34岁", 0.42), "35-44": ("35-44岁", 0.20), "45+": ("45岁及以上", 0.08)}
CHANNELS = {"xiaohongshu": "小红书", "douyin": "抖音", "baidu": "百度", "influencer": "达人推荐码"}
CH_BY_AGE = {"18-24": [0.40, 0.40, 0.06, 0.14], "25-34": [0.36, 0.33, 0.17, 0.14],
             "35-44": [0.25, 0.30, 0.35, 0.10], "45+": [0.15, 0.30, 0.50, 0.05]}
QUIZ_P = {"xiaohongshu": 0.62, "douyin": 0.28, "baidu": 0.55, "influencer": 0.75}
# code: (display name, weight, quiz p, book mult, purchase mult)
INFLUENCERS = {"LILY520": ("莉莉Lily", 0.40, 0.62, 0.75, 0.75), "DRWANG": ("王医生聊牙齿", 0.20, 0.88, 1.20, 1.35),
               "SMILEJOJO": ("JOJO爱笑", 0.20, 0.75, 1.0, 1.0), "KIKI88": ("Kiki的日常", 0.20, 0.72, 0.95, 0.95)}
SMALL_CODE, SMALL_FROM = "MIAOMIAO", datetime(2025, 11, 20)          # tiny new influencer, nearly all convert
COMPLEX = {"mild": "轻度", "moderate": "中度", "complex": "复杂"}
CX_BY_AGE = {"18-24": [0.52, 0.35, 0.13], "25-34": [0.46, 0.38, 0.16], "35-44": [0.38, 0.40, 0.22],
             "45+": [0.30, 0.40, 0.30]}
PRODUCT = {"mild": ("lite", "轻齐版", 8800, (5, 8)), "moderate": ("standard", "标准版", 15800, (9, 13)),
           "complex": ("comprehensive", "全面版", 22800, (14, 20))}
BUY_P = {"mild": 0.58, "moderate": 0.47, "complex": 0.26}
PAY_ZH = {"full": "全款", "installment": "分期"}
RETAINER_P = {"mild": 0.40, "moderate": 0.52, "complex": 0.70}
CONCERNS = {"crowding": "牙齿拥挤", "gaps": "牙缝大", "protrusion": "龅牙/前突", "overbite": "深覆合", "crossbite": "反颌"}
DOCTORS = ["李明远医生", "周静医生", "陈思敏医生", "王海涛医生", "刘佳医生"]
CAMPAIGNS = {"xiaohongshu": ["xhs_note_beforeafter", "xhs_search_ads", "xhs_kol_collab"],
             "douyin": ["dy_feed_video", "dy_live_promo"], "baidu": ["bd_search_brand", "bd_search_generic"],
             "influencer": ["kol_code"]}

TOUCHPOINTS = [
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "点广告|投放|广告|种草|刷到|ad click|ad|clicked an ad|campaign"),
    ("tp_quiz", "在线微笑测评", "Online smile assessment quiz", "consideration", "web", "digital", "growth",
     "测评|微笑测评|牙齿测评|问卷|自测|smile quiz|quiz|assessment|smile assessment"),
    ("tp_scan_booked", "预约免费3D扫描", "Free 3D scan booked", "consideration", "web", "digital", "growth",
     "预约扫描|约口扫|预约口扫|约扫描|book a scan|scan booking|booked scan"),
    ("tp_scan_done", "完成3D口扫", "3D scan done at partner clinic", "consideration", "store", "physical",
     "clinic_partnerships", "口扫|扫描|到诊|去诊所|3D扫描|scan|scanned|clinic visit|3D scan"),
    ("tp_plan_sent", "治疗方案发送", "Treatment plan sent", "consideration", "app", "digital", "orthodontics",
     "方案|治疗方案|矫治方案|3D方案|方案动画|treatment plan|plan sent|plan"),
    ("tp_purchase", "购买矫治方案", "Aligner plan purchased", "purchase", "app", "digital", "sales",
     "下单|购买|付款|成交|买牙套|分期|purchase|buy|bought|checkout|payment"),
    ("tp_shipped", "牙套发货", "Aligners shipped", "service", "other", "physical", "fulfilment",
     "发货|寄出|物流|快递|收货|shipping|shipped|delivery|dispatch"),
    ("tp_checkin", "月度线上复查", "Monthly in-app check-in", "service", "app", "digital", "orthodontics",
     "复查|月检|线上复查|打卡|拍照复查|check-in|check in|monthly check|checkup"),
    ("tp_refinement", "精调牙套", "Refinement aligners", "service", "other", "physical", "orthodontics",
     "精调|加配|重启|中途精调|refinement|refinements|extra aligners"),
    ("tp_complete", "矫正完成", "Treatment complete", "loyalty", "app", "digital", "orthodontics",
     "完成|结束矫正|矫正结束|毕业|摘牙套|finished|treatment complete|done with treatment|completion"),
    ("tp_retainer", "购买保持器", "Retainer purchased", "loyalty", "app", "digital", "sales",
     "保持器|维持器|retainer|retainers"),
    ("tp_refund", "退款申请", "Refund requested", "service", "phone", "digital", "customer_service",
     "退款|退费|退钱|refund|money back"),
]
JOURNEYS = [
    ("acquire", "获客转化（广告到下单）", "Ad click to purchase", 90,
     ["tp_ad_click", "tp_quiz", "tp_scan_booked", "tp_scan_done", "tp_plan_sent", "tp_purchase"]),
    ("scan_to_buy", "口扫到下单", "Scan to purchase", 45, ["tp_scan_done", "tp_plan_sent", "tp_purchase"]),
    ("treatment", "矫治全程", "Treatment to retainer", 900,
     ["tp_purchase", "tp_shipped", "tp_checkin", "tp_complete", "tp_retainer"]),
]

# feedback templates: topic -> (zh list, en list)
T = {
    "fit": (["牙套戴不进去，总是卡不到位，后牙那里最明显", "新寄来的这副不贴合，边缘翘起来了", "第三副开始就不贴合，前牙有缝隙",
             "牙套老是松松的不贴合，戴着很别扭", "戴不进去，用力压也压不到底", "两副都卡不到位，复查时医生也说不贴合"],
            ["The aligners don't fit, they keep popping off at the back", "My new set doesn't fit at all, gap at the front",
             "Aligners not fitting since tray 3"]),
    "pain": (["刚换新牙套疼得吃不下饭", "牙齿酸痛了好几天，有点受不了", "晚上疼得睡不着", "附件磨得嘴里都磨破了", "每次换新的一副都要痛三天"],
             ["It hurts a lot for the first three days of every tray", "So sore I could barely eat this week",
              "Painful every time I switch trays"]),
    "pain_mild": (["换牙套头两天有点酸，能忍", "稍微有点疼，过两天就好了"],
                  ["A bit sore for a day or two, manageable"]),
    "ship": (["下单两周了还没发货", "发货太慢了，等了快三个礼拜", "物流一直不更新，客服说仓库在搬", "付完钱迟迟不发货，体验很差",
              "催了好几次发货，一直说在排队"],
             ["Paid two weeks ago and my aligners still haven't shipped", "Shipping is so slow, nearly three weeks",
              "Still waiting for my order to ship, no updates"]),
    "arrived": (["牙套收到了，包装很精致", "第二天就收到了，速度快", "收到啦，说明书写得很清楚"],
                ["Aligners arrived quickly, lovely packaging", "Got my box in two days, very neat"]),
    "remind": (["APP每天推送好几次复查提醒，太烦了", "提醒太频繁，一天三四条", "同一个提醒推两遍，安卓版是不是有bug",
                "复查提醒能不能关掉？烦死了", "推送太多了，已经把通知关了"],
               ["The app spams me with check-in reminders", "I get every reminder notification twice, so annoying",
                "Too many reminder notifications, please fix"]),
    "checkin_ok": (["线上复查很方便，不用跑诊所", "医生每次复查回复都很及时", "拍照复查很简单，两分钟搞定"],
                   ["Monthly check-ins are easy and the doctor replies fast", "Love that check-ins are done from home"]),
    "results": (["戴了十个月，牙齿整齐多了，超满意！", "效果太好了，现在拍照都敢露齿了，很自信", "矫正完成！对比照差别好大，效果惊艳",
                 "牙缝终于合上了，效果出乎意料", "朋友都说我牙齿变整齐了"],
                ["Great results, my teeth are finally straight!", "Amazing results after nine months, so happy",
                 "Really happy with the results, worth every penny"]),
    "scan_ok": (["口扫很快，十分钟就好了，诊所环境不错", "扫描师很专业，还给我讲了后面的流程", "去诊所扫描很顺利，准时"],
                ["The 3D scan was quick and the staff were friendly", "Scan appointment was on time and easy"]),
    "scan_wait": (["预约口扫要等十几天，太久了", "约了扫描还要排两周，差点不想做了", "到了诊所还排了一个小时才扫描"],
                  ["Had to wait almost two weeks for a scan slot", "Long wait for the scan appointment"]),
    "plan_ok": (["方案3D动画很直观，能看到每一步的变化", "医生讲方案很耐心，心里有底了"],
                ["The treatment plan animation was really helpful", "Doctor explained the plan clearly"]),
    "price": (["价格有点贵，再考虑考虑", "比诊所便宜，但还是有点小贵"],
              ["A bit expensive, still thinking about it"]),
    "installment_ok": (["免息分期很划算，每个月压力小很多", "12期免息太香了，直接下单"],
                       ["Interest-free installments made it affordable", "The 0% installment option sold me"]),
    "order_ok": (["下单流程很顺畅，几分钟搞定", "付款很方便，客服解答也耐心"], ["Checkout was smooth and quick"]),
    "installment_bad": (["分期审核没通过，只能全款，有点失望", "分期申请被拒了，也没说原因"],
                        ["My installment application got rejected with no reason"]),
    "refund": (["申请退款一个星期了还没到账", "不想做了申请退款，流程太麻烦", "退款要填一堆表，客服回复也慢", "等太久不想要了，申请退款"],
               ["Requested a refund ten days ago, still nothing", "The refund is taking forever"]),
    "retainer": (["保持器质量不错，晚上戴着也舒服", "保持器收到了，价格合理"],
                 ["Retainer arrived, comfortable to wear at night"]),
    "neutral": (["请问保持器要戴多久？", "复查照片怎么拍比较标准？", "想问一下可以改收货地址吗", "还在观望中", "一般吧，还在适应"],
                ["How long do I need to wear each tray?", "Can I change my delivery address?", "Still getting used to it"]),
}
SENT = {"fit": "neg", "pain": "neg", "pain_mild": "neu", "ship": "neg", "arrived": "pos", "remind": "neg",
        "checkin_ok": "pos", "results": "pos", "scan_ok": "pos", "scan_wait": "neg", "plan_ok": "pos", "price": "neu",
        "installment_ok": "pos", "order_ok": "pos", "installment_bad": "neg", "refund": "neg", "retainer": "pos", "neutral": "neu"}
RATING = {"neg": (1, 2), "neu": (3, 3), "pos": (4, 5)}


def day_weights():
    days = (CLICK_END.date() - START.date()).days + 1
    w = np.ones(days)
    for i in range(days):
        d = START + D(days=i)
        w[i] *= [1.0, 1.0, 1.0, 1.0, 0.95, 1.05, 1.15][d.weekday()]
        if (d.month == 10 and d.day >= 20) or (d.month == 11 and d.day <= 11):
            w[i] *= 1.6                                  # 双11 campaign
        if (d.month == 5 and d.day >= 25) or (d.month == 6 and d.day <= 18):
            w[i] *= 1.4                                  # 618
        if d.month in (7, 8):
            w[i] *= 1.15                                 # summer: students
        for cny in (datetime(2025, 1, 29), datetime(2026, 2, 17)):
            if -7 <= (d - cny).days <= 6:
                w[i] *= 0.5                              # 春节
        w[i] *= 1 + 0.3 * (d - START).days / 365         # growth
    return w / w.sum()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    P = day_weights()
    day_idx = rng.choice(len(P), size=N, p=P)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"o": 0, "f": 0, "s": 0, "new": 0}

    def pick(keys, probs):
        return keys[int(rng.choice(len(keys), p=np.array(probs) / sum(probs)))]

    def ev(cid, ts, tp, **kw):
        if ts <= END:
            events.append(dict(customer_id=cid, ts=ts, touchpoint_id=tp, **kw))
            return True
        return False

    def order(cid, ts, amount, status, **kw):
        if ts > END:
            return None
        cnt["o"] += 1
        oid = f"O{cnt['o']:06d}"
        orders.append(dict(order_id=oid, customer_id=cid, ts=ts, amount=amount, status=status, currency="CNY", **kw))
        return orders[-1]

    def fb(cid, ts, tp, channel, topic, lang, rating=True, nps=None, undated_p=0.0, **kw):
        if ts is not None and ts > END:
            return
        zh, en = T[topic]
        pool = en if lang == "en" else zh
        text = pool[int(rng.integers(len(pool)))]
        s = SENT[topic]
        # light variation, as people type
        if lang == "en":
            if rng.random() < 0.25:
                text = str(rng.choice(["Honestly, ", "Update: ", "Hmm, "])) + text[0].lower() + text[1:]
        else:
            pre = {"neg": ["说实话，", "唉，", "吐槽一下：", "客服看一下："], "pos": ["真心推荐，", "哈哈，", "分享一下："],
                   "neu": ["你好，", "请问一下，"]}[s]
            if rng.random() < 0.3:
                text = str(rng.choice(pre)) + text
            if rng.random() < 0.3:
                text = text + str(rng.choice(["。", "！", "～", "！！"]))
        r = None
        if rating:
            lo, hi = RATING[s]
            r = int(rng.integers(lo, hi + 1))
        if undated_p and rng.random() < undated_p:
            ts = None
        cnt["f"] += 1
        feedback.append(dict(feedback_id=f"F{cnt['f']:05d}", text=text, ts=ts, customer_id=cid, touchpoint_id=tp,
                             channel=channel, rating=r, nps=nps, language=lang, sentiment_label=s, **kw))

    def hours(lo=9, hi=21):
        return D(hours=float(rng.uniform(lo, hi)))

    def lognorm_days(median, sigma, lo, hi):
        return float(np.clip(median * np.exp(rng.normal(0, sigma)), lo, hi))

    city_keys = list(CITIES)
    city_p = [CITIES[c][2] for c in city_keys]
    age_keys = list(AGES)
    age_p = [AGES[a][1] for a in age_keys]
    ch_keys = list(CHANNELS)
    code_keys = list(INFLUENCERS)
    code_p = [INFLUENCERS[k][1] for k in code_keys]

    for i in range(N):
        cid = f"C{i + 1:05d}"
        day = START + D(days=int(day_idx[i]))
        # evenings are busiest for ad clicks
        t0 = day + D(hours=float(rng.choice([8, 10, 12, 13, 15, 18, 20, 21, 22, 23],
                                            p=[.04, .06, .10, .08, .07, .12, .17, .17, .13, .06])),
                     minutes=float(rng.uniform(0, 60)))
        city = pick(city_keys, city_p)
        age = pick(age_keys, age_p)
        gender = "female" if rng.random() < (0.72 if age == "18-24" else 0.66) else "male"
        lang = "en" if rng.random() < (0.10 if city in ("Shanghai", "Beijing", "Shenzhen") else 0.03) else "zh"
        ch = pick(ch_keys, CH_BY_AGE[age])
        code = ""
        if ch == "influencer":
            code = pick(code_keys, code_p)
            if t0 >= SMALL_FROM and rng.random() < 0.15:
                code = SMALL_CODE
        if ch == "baidu":
            cdev = pick(["pc", "ios", "android"], [0.40, 0.33, 0.27])
        else:
            cdev = pick(["ios", "android"], [0.56, 0.44])
        pdev = cdev if cdev != "pc" else pick(["ios", "android"], [0.55, 0.45])
        cx_key = pick(["mild", "moderate", "complex"], CX_BY_AGE[age])
        campaign = code.lower() if code else str(rng.choice(CAMPAIGNS[ch]))

        def new_session():
            cnt["s"] += 1
            return f"S{cnt['s']:06d}"

        s1 = new_session()
        click_kw = dict(action="click", device=cdev, channel=ch, campaign=campaign, influencer_code=code)
        ev(cid, t0, "tp_ad_click", session_id=s1, **click_kw)
        # quiz
        if code == SMALL_CODE:
            q_p, book_m, buy_m = 0.97, 1.6, 3.0
        elif code:
            _, _, q_p, book_m, buy_m = INFLUENCERS[code]
        else:
            q_p, book_m, buy_m = QUIZ_P[ch], 1.0, 1.0
        if age == "18-24":
            buy_m *= 0.9
        took_quiz = rng.random() < q_p
        same_session = rng.random() < 0.7
        quiz_t = t0 + (D(minutes=float(rng.uniform(2, 25))) if same_session
                       else D(hours=float(rng.uniform(3, 110))))
        # retargeting clicks (same channel) before the quiz / within 3 days
        for _ in range(int(rng.choice([0, 0, 0, 1, 1, 2]))):
            limit = (quiz_t - t0).total_seconds() if took_quiz else 3 * 86400
            if limit < 3600:
                continue
            tx = t0 + D(seconds=float(rng.uniform(600, limit - 300)))
            ev(cid, tx, "tp_ad_click", session_id=new_session(), **click_kw)
        signup = None
        segment = "visitor"
        clinic = None
        scan_t = None
        product = ""
        pay_plan = ""
        if took_quiz:
            signup = quiz_t
            segment = "lead"
            concern = pick(list(CONCERNS), [0.38, 0.2, 0.22, 0.12, 0.08])
            qs = s1 if same_session else new_session()
            ev(cid, quiz_t, "tp_quiz", session_id=qs, action="submit", device=cdev,
               channel="mini_program" if ch == "influencer" else "web", concern=concern, 主要诉求=CONCERNS[concern],
               case_complexity=cx_key, 病例难度=COMPLEX[cx_key])
            book_p = {"18-24": 0.50, "25-34": 0.64, "35-44": 0.62, "45+": 0.52}[age] * book_m
            if cx_key == "complex":
                book_p *= 0.92
            if rng.random() < min(book_p, 0.97):
                bt = quiz_t + (D(minutes=float(rng.uniform(3, 40))) if rng.random() < 0.5
                               else D(days=float(rng.uniform(0.3, 10))))
                cands = [c for c in CLINICS if c[3] == city and (c[0] != NEW_CLINIC or bt >= NEW_OPEN)]
                if len(cands) == 2 and cands[1][0] == NEW_CLINIC:
                    cl = cands[int(rng.random() < 0.45)]
                elif city == "Shenzhen":
                    cl = cands[int(rng.random() < 0.4)]             # Nanshan is the bigger partner
                else:
                    cl = cands[int(rng.integers(len(cands)))]
                clinic = cl[0]
                ckw = dict(clinic_id=cl[0], clinic=cl[1], clinic_en=cl[2], city=city, 城市=CITIES[city][0])
                if cl[0] == SLOW_CLINIC:
                    wait = lognorm_days(12, 0.35, 3, 30)
                else:
                    wait = lognorm_days(4, 0.45, 0.8, 20)
                slot = (bt + D(days=wait)).replace(hour=int(rng.choice([10, 11, 14, 15, 16, 17, 19])),
                                                   minute=int(rng.choice([0, 30])), second=0)
                if slot <= bt:
                    slot = bt + D(hours=3)
                ev(cid, bt, "tp_scan_booked", session_id=qs if bt - quiz_t < D(hours=1) else new_session(),
                   action="submit", device=pdev, channel="mini_program" if ch == "influencer" else "web",
                   scan_slot=slot.strftime("%Y-%m-%d %H:%M"), **ckw)
                show_p = {SLOW_CLINIC: 0.66}.get(cl[0], 0.87)
                if code == SMALL_CODE:
                    show_p = 0.97
                show = rng.random() < show_p
                if cl[0] == NEW_CLINIC:       # the new clinic: two of three booked scans are no-shows
                    cnt["new"] += 1
                    show = cnt["new"] % 3 == 1
                if show:
                    scan_t = slot + D(minutes=float(rng.uniform(5, 50)))
                    if ev(cid, scan_t, "tp_scan_done", action="success", channel="store", **ckw):
                        # feedback on the scan visit
                        if rng.random() < 0.30:
                            topic = ("scan_wait" if (wait > 8 and rng.random() < 0.75) else
                                     "scan_ok" if rng.random() < 0.85 else "neutral")
                            fb(cid, scan_t + D(hours=float(rng.uniform(1, 30))), "tp_scan_done", "in_app_rating",
                               topic, lang, device=pdev, **ckw)
                    else:
                        scan_t = None
                else:
                    scan_t = None
        # plan, purchase, treatment
        if scan_t is not None and rng.random() < 0.98:
            plan_t = scan_t + D(days=lognorm_days(5, 0.35, 2, 14)) + hours(0, 2)
            lo, hi = PRODUCT[cx_key][3]
            est = int(rng.integers(lo, hi + 1))
            doctor = DOCTORS[int(rng.integers(len(DOCTORS)))]
            price = PRODUCT[cx_key][2]
            ckw = dict(clinic_id=clinic, clinic=CLIN[clinic][1], clinic_en=CLIN[clinic][2], city=city,
                       城市=CITIES[city][0])
            if ev(cid, plan_t, "tp_plan_sent", action="view", device=pdev, channel="app", doctor=doctor,
                  est_months=est, aligner_count=est * 2 + int(rng.integers(0, 4)), quoted_price=price,
                  case_complexity=cx_key, 病例难度=COMPLEX[cx_key], **ckw):
                if rng.random() < 0.18:
                    topic = "plan_ok" if rng.random() < 0.7 else "price"
                    fb(cid, plan_t + D(hours=float(rng.uniform(1, 48))), "tp_plan_sent", "in_app_rating", topic, lang,
                       device=pdev, **ckw)
            bp = BUY_P[cx_key] + (0.14 if plan_t >= LAUNCH else 0.0)
            buy_t = plan_t + D(days=lognorm_days(5, 0.7, 0.2, 25)) + hours(0, 3)
            if (plan_t.month, plan_t.day) >= (10, 10) and (plan_t.month, plan_t.day) <= (11, 11):
                # 双11: ¥1000 off on Nov 1-11 -> October plans wait for the promo, more of them buy
                bp += 0.10
                if plan_t.month == 10 and rng.random() < 0.5:
                    buy_t = datetime(plan_t.year, 11, 1) + D(days=float(rng.uniform(0, 10.9)))
            bp = min(bp * buy_m, 0.95)
            bought = rng.random() < bp
            inst_p = (0.62 if plan_t >= LAUNCH else 0.33) * (1.3 if age == "18-24" else 1.0)
            wants_inst = rng.random() < min(inst_p, 0.92)
            ocommon = dict(order_type="aligner_plan", 订单类型="矫治方案", product=PRODUCT[cx_key][0],
                           产品=PRODUCT[cx_key][1], case_complexity=cx_key, 病例难度=COMPLEX[cx_key],
                           influencer_code=code, clinic_id=clinic, clinic_en=CLIN[clinic][2],
                           channel="mini_program" if ch == "influencer" else "app", device=pdev)
            discount = 0
            if code:
                discount += 500
            md = (buy_t.month, buy_t.day)
            if (md >= (11, 1) and md <= (11, 11)):
                discount += 1000
            if (md >= (6, 1) and md <= (6, 18)):
                discount += 800
            if bought and wants_inst and rng.random() < 0.10:
                # installment application rejected -> cancelled order; half of them then pay in full
                months = 12 if buy_t >= LAUNCH else int(rng.choice([6, 12]))
                order(cid, buy_t, price - discount, "cancelled", payment_plan="installment", 付款方式="分期",
                      installment_months=months, list_price=price, discount=discount, **ocommon)
                if rng.random() < 0.3:
                    fb(cid, buy_t + D(hours=float(rng.uniform(1, 20))), "tp_purchase", "ticket", "installment_bad",
                       lang, rating=False, undated_p=0.08)
                if rng.random() < 0.5:
                    wants_inst = False
                    buy_t = buy_t + D(days=float(rng.uniform(0.5, 3)))
                else:
                    bought = False
            if bought and buy_t <= END:
                if wants_inst:
                    months = (int(rng.choice([12, 12, 12, 24])) if buy_t >= LAUNCH else int(rng.choice([6, 12])))
                    pay_plan = "installment"
                else:
                    months = 0
                    pay_plan = "full"
                amount = price - discount
                segment = "in_treatment"
                product = PRODUCT[cx_key][0]
                ev(cid, buy_t, "tp_purchase", action="success", device=pdev, channel=ocommon["channel"],
                   amount=amount, payment_plan=pay_plan, 付款方式=PAY_ZH[pay_plan], installment_months=months,
                   case_complexity=cx_key, 病例难度=COMPLEX[cx_key], influencer_code=code, clinic_id=clinic,
                   clinic_en=CLIN[clinic][2])
                o = order(cid, buy_t, amount, "paid", payment_plan=pay_plan, 付款方式=PAY_ZH[pay_plan],
                          installment_months=months, list_price=price, discount=discount, **ocommon)
                if rng.random() < 0.15:
                    u = rng.random()
                    topic = ("installment_ok" if pay_plan == "installment" and buy_t >= LAUNCH and rng.random() < 0.6
                             else "order_ok" if u < 0.6 else "price" if u < 0.85 else "neutral")
                    fb(cid, buy_t + D(hours=float(rng.uniform(1, 30))), "tp_purchase", "in_app_rating", topic, lang,
                       device=pdev)
                # shipping
                slow = SLOW_FROM <= buy_t < SLOW_TO
                ship_days = lognorm_days(17, 0.25, 9, 32) if slow else lognorm_days(7, 0.22, 3, 14)
                ship_t = (buy_t + D(days=ship_days)).replace(hour=int(rng.integers(10, 19)),
                                                              minute=int(rng.integers(0, 60)))
                if ship_t <= buy_t:
                    ship_t = buy_t + D(days=3)
                # refunds (30-day guarantee): many more while shipping was slow
                refund_p = 0.11 if slow else 0.03
                refund_t = None
                if rng.random() < refund_p:
                    if slow:
                        refund_t = buy_t + D(days=float(rng.uniform(6, min(ship_days, 26))))
                        reason = "slow_shipping"
                    else:
                        refund_t = buy_t + D(days=float(rng.uniform(2, 28)))
                        reason = str(rng.choice(["changed_mind", "price", "fit"], p=[0.5, 0.3, 0.2]))
                    if refund_t > END - D(days=2):
                        refund_t = None
                if refund_t is not None:
                    rzh = {"slow_shipping": "发货太慢", "changed_mind": "不想做了", "price": "价格原因",
                           "fit": "牙套不合适"}[reason]
                    ev(cid, refund_t, "tp_refund", action="submit", device=pdev, channel="phone",
                       refund_reason=reason, 退款原因=rzh)
                    o["status"] = "refunded"
                    o["refunded_at"] = refund_t + D(days=float(rng.uniform(1, 2)))
                    o["refund_reason"] = reason
                    segment = "refunded"
                    if rng.random() < 0.7:
                        fb(cid, refund_t + D(hours=float(rng.uniform(2, 60))), "tp_refund", "ticket", "refund", lang,
                           rating=False, undated_p=0.08)
                if slow and rng.random() < 0.40:
                    fb(cid, buy_t + D(days=float(rng.uniform(9, min(ship_days, 20)))), "tp_shipped", "ticket", "ship",
                       lang, rating=False, undated_p=0.08)
                if refund_t is not None and refund_t < ship_t:
                    continue_treatment = False
                else:
                    continue_treatment = True
                if continue_treatment:
                    wh = "suzhou" if ship_t >= WAREHOUSE_MOVE else "dongguan"
                    if ev(cid, ship_t, "tp_shipped", action="success", channel="courier", warehouse=wh,
                          仓库={"suzhou": "苏州仓", "dongguan": "东莞仓"}[wh],
                          carrier=str(rng.choice(["SF", "JD"], p=[0.75, 0.25])), aligner_count=est * 2):
                        if rng.random() < 0.35:
                            topic = ("ship" if ship_days > 12 and rng.random() < 0.85 else
                                     "arrived" if rng.random() < 0.85 else "neutral")
                            fb(cid, ship_t + D(days=float(rng.uniform(1, 4))), "tp_shipped", "in_app_rating", topic,
                               lang, device=pdev)
                if continue_treatment and refund_t is not None:
                    continue_treatment = False       # returned the aligners within the guarantee
                if continue_treatment:
                    faulty = clinic == FIT_CLINIC and FIT_FROM <= scan_t < FIT_TO
                    fit_bad_p = 0.22 if faulty else 0.015
                    pain_base = {"mild": 2.2, "moderate": 3.4, "complex": 5.0}[cx_key]
                    ref_p = 0.12
                    had_fit = False
                    refine_at = max(2, int(round(est * 0.65)))
                    n_months = est
                    drop_at = int(rng.integers(2, max(3, est))) if rng.random() < 0.06 else None
                    refined = False
                    k = 0
                    last_t = ship_t
                    dropped = False
                    while k < n_months:
                        k += 1
                        if drop_at is not None and k >= drop_at:
                            dropped = True
                            break
                        ct = ship_t + D(days=30 * k + float(rng.normal(0, 3))) + hours(8, 23) - D(hours=12)
                        if ct > END:
                            break
                        ver = "4.1" if ct < APP42 else "4.2" if ct < APP43 else "4.3"
                        if rng.random() < 0.88:
                            fit_ok = "no" if rng.random() < fit_bad_p else "yes"
                            had_fit = had_fit or fit_ok == "no"
                            pain = int(np.clip(round(rng.normal(pain_base + (1.2 if k <= 2 else 0), 1.4)), 0, 10))
                            ev(cid, ct, "tp_checkin", action="submit", device=pdev, channel="app", app_version=ver,
                               fit_ok=fit_ok, pain_level=pain, month_no=k, case_complexity=cx_key,
                               病例难度=COMPLEX[cx_key])
                            last_t = ct
                            bug = pdev == "android" and ver == "4.2"
                            fkw = dict(device=pdev, app_version=ver, case_complexity=cx_key,
                                       病例难度=COMPLEX[cx_key], clinic_id=clinic, clinic_en=CLIN[clinic][2])
                            if fit_ok == "no":
                                if rng.random() < 0.40:
                                    fb(cid, ct + D(hours=float(rng.uniform(1, 30))), "tp_checkin", "ticket", "fit",
                                       lang, rating=False, undated_p=0.08, **fkw)
                                elif rng.random() < 0.4:
                                    fb(cid, ct + D(minutes=float(rng.uniform(2, 60))), "tp_checkin", "in_app_rating",
                                       "fit", lang, **fkw)
                            elif rng.random() < (0.14 if bug else 0.07):
                                if bug and rng.random() < 0.7:
                                    topic = "remind"
                                elif pain >= 6 and rng.random() < 0.7:
                                    topic = "pain"
                                elif pain >= 3 and rng.random() < 0.3:
                                    topic = "pain_mild"
                                else:
                                    topic = "checkin_ok" if rng.random() < 0.8 else "neutral"
                                fb(cid, ct + D(minutes=float(rng.uniform(2, 60))), "tp_checkin", "in_app_rating",
                                   topic, lang, **fkw)
                        fit_now = had_fit and not refined and rng.random() < 0.5    # re-scan, new trays
                        if not refined and (fit_now or (k == refine_at and rng.random() < ref_p)):
                            refined = True
                            rt = ct + D(days=float(rng.uniform(5, 15)))
                            reason = "fit" if had_fit else "tracking"
                            if ev(cid, rt, "tp_refinement", action="success", channel="courier",
                                  refinement_reason=reason, 精调原因={"fit": "牙套不贴合", "tracking": "牙齿未到位"}[reason],
                                  clinic_id=clinic, clinic_en=CLIN[clinic][2], case_complexity=cx_key,
                                  病例难度=COMPLEX[cx_key]) and cx_key == "mild":
                                order(cid, rt, 1500, "paid", order_type="refinement", 订单类型="精调牙套",
                                      product="refinement", 产品="精调牙套", case_complexity=cx_key,
                                      病例难度=COMPLEX[cx_key], clinic_id=clinic, clinic_en=CLIN[clinic][2],
                                      channel="app", device=pdev, list_price=1500, discount=0)
                            n_months += int(rng.integers(2, 4))
                    # app-store reviews during treatment
                    rv_t = ship_t + D(days=float(rng.uniform(20, 30 * max(k, 1))))
                    if rv_t <= min(last_t + D(days=20), END):
                        ver = "4.1" if rv_t < APP42 else "4.2" if rv_t < APP43 else "4.3"
                        bug = pdev == "android" and ver == "4.2"
                        if rng.random() < (0.45 if bug else 0.15):
                            topic = ("remind" if rng.random() < (0.8 if bug else 0.12) else
                                     "checkin_ok" if rng.random() < 0.7 else "neutral")
                            fb(cid, rv_t, "tp_checkin", "app_review", topic, lang, device=pdev, app_version=ver)
                    # social posts about pain during treatment
                    if rng.random() < {"mild": 0.04, "moderate": 0.08, "complex": 0.16}[cx_key]:
                        fb(cid, ship_t + D(days=float(rng.uniform(2, 40))), "tp_checkin", "social", "pain", lang,
                           rating=False, undated_p=0.2, platform=str(rng.choice(["xiaohongshu", "douyin"])))
                    if rng.random() < 0.05:
                        order(cid, ship_t + D(days=float(rng.uniform(30, 30 * est))), 399, "paid",
                              order_type="replacement", 订单类型="补配牙套", product="replacement_tray", 产品="补配单副牙套",
                              case_complexity=cx_key, 病例难度=COMPLEX[cx_key], channel="app", device=pdev,
                              list_price=399, discount=0)
                    if dropped:
                        segment = "dropped"
                    elif k >= n_months:
                        done_t = last_t + D(days=float(rng.uniform(5, 15)))
                        if ev(cid, done_t, "tp_complete", action="success", device=pdev, channel="app",
                              case_complexity=cx_key, 病例难度=COMPLEX[cx_key], months_in_treatment=n_months):
                            segment = "completed"
                            if rng.random() < 0.45:
                                topic = "results" if rng.random() < 0.85 else "neutral"
                                fb(cid, done_t + D(hours=float(rng.uniform(1, 48))), "tp_complete", "in_app_rating",
                                   topic, lang, device=pdev, case_complexity=cx_key, 病例难度=COMPLEX[cx_key])
                            if rng.random() < 0.55:
                                nps = int(np.clip(round(rng.normal(8.6 if not had_fit else 6.2, 1.5)), 0, 10))
                                topic = "results" if nps >= 9 else "neutral" if nps >= 7 else (
                                    "fit" if had_fit else "pain")
                                fb(cid, done_t + D(days=7), "tp_complete", "survey", topic, lang, rating=False,
                                   nps=nps, case_complexity=cx_key, 病例难度=COMPLEX[cx_key])
                            if rng.random() < 0.10:
                                fb(cid, done_t + D(days=float(rng.uniform(3, 60))), "tp_complete", "social",
                                   "results", lang, rating=False, undated_p=0.2,
                                   platform=str(rng.choice(["xiaohongshu", "douyin"])))
                            if rng.random() < RETAINER_P[cx_key]:
                                lag = (lognorm_days(14, 0.7, 1, 85) if rng.random() < 0.85
                                       else float(rng.uniform(95, 220)))
                                rt = done_t + D(days=lag)
                                if ev(cid, rt, "tp_retainer", action="success", device=pdev, channel="app",
                                      amount=1280, case_complexity=cx_key, 病例难度=COMPLEX[cx_key]):
                                    order(cid, rt, 1280, "paid", order_type="retainer", 订单类型="保持器",
                                          product="retainer", 产品="保持器", case_complexity=cx_key,
                                          病例难度=COMPLEX[cx_key], channel="app", device=pdev, list_price=1280,
                                          discount=0)
                                    if rng.random() < 0.2:
                                        fb(cid, rt + D(days=float(rng.uniform(3, 10))), "tp_retainer",
                                           "in_app_rating", "retainer" if rng.random() < 0.8 else "neutral", lang,
                                           device=pdev)
        # a few leads comment on social about price / ask questions
        if took_quiz and segment == "lead" and rng.random() < 0.03:
            fb(cid, quiz_t + D(days=float(rng.uniform(1, 20))), "tp_plan_sent" if scan_t else "tp_quiz", "social",
               "price" if rng.random() < 0.6 else "neutral", lang, rating=False, undated_p=0.2,
               platform=str(rng.choice(["xiaohongshu", "douyin"])))
        customers.append(dict(
            customer_id=cid, signup_at=signup, segment=segment, region=CITIES[city][1], acquisition_channel=ch,
            tier=product, city=city, 城市=CITIES[city][0], age_band=age, 年龄段=AGES[age][0], gender=gender,
            性别={"female": "女", "male": "男"}[gender], case_complexity=cx_key if took_quiz else "",
            病例难度=COMPLEX[cx_key] if took_quiz else "", payment_plan=pay_plan,
            付款方式=PAY_ZH.get(pay_plan, ""), influencer_code=code, 来源渠道=CHANNELS[ch], primary_device=pdev,
            scan_clinic_id=clinic or "", language=lang, first_click_at=t0))

    # event ids in time order, a few exact duplicates (re-sent by the app's offline queue)
    events.sort(key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    for j, e in enumerate(events):
        e["event_id"] = f"E{j + 1:07d}"
    dup = rng.choice(len(events), size=15, replace=False)
    events += [dict(events[int(j)]) for j in dup]
    orders.sort(key=lambda o: o["order_id"])

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events, first=["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action",
                                             "device", "channel"])
    write(out / "orders.csv", orders, first=["order_id", "customer_id", "ts", "amount", "status", "channel", "device"])
    write(out / "feedback.csv", feedback, first=["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                 "channel", "rating", "nps"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    return v


def write(path: Path, rows: list[dict], first: list[str] | None = None) -> None:
    cols = list(first or [])
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
