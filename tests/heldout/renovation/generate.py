"""装得好 HomeFix Renovation: a home-renovation (家装) company in 上海 / 杭州 / 成都, leads 2024-07-01 .. 2026-05-31,
history up to 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md table,
used only by gold.py to check its text markers). Deterministic (fixed seed), plain Python + numpy, ~2 s.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2024, 7, 1)
LEAD_END = datetime(2026, 5, 31, 23, 59, 59)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 5500
D = timedelta

CITIES = ["上海", "杭州", "成都"]
CITY_W = [0.40, 0.32, 0.28]
CITY_EN = {"上海": "Shanghai", "杭州": "Hangzhou", "成都": "Chengdu"}
CODE = {"上海": "SH", "杭州": "HZ", "成都": "CD"}
REGION = {"上海": "华东", "杭州": "华东", "成都": "西南"}
CITY_PRICE = {"上海": 1.25, "杭州": 1.10, "成都": 0.85}
SLOW_FOREMAN = "HZ-F02"                      # planted: long delays
GOOD_FOREMEN = {"SH-F01", "CD-F02"}          # planted: few delays, praised
# planted: design team short-staffed for measurements taken in this window -> slow proposals
DESIGN_JAM = (datetime(2025, 9, 25), datetime(2025, 12, 20))
CD_PLUMBING_SWITCH = datetime(2025, 7, 1)    # planted: new plumbing subcontractor in 成都 -> inspections fail
# planted: the measurement-booking page broke on Android for leads in this window -> fewer bookings
ANDROID_BUG = (datetime(2025, 8, 1), datetime(2025, 11, 1))
SPRING_FESTIVAL = [(datetime(2025, 1, 20), datetime(2025, 2, 10)), (datetime(2026, 2, 8), datetime(2026, 3, 1))]

CHANNELS = ["douyin", "xiaohongshu", "58tongcheng", "referral"]
CHANNEL_W = [0.38, 0.27, 0.20, 0.15]
CHANNEL_ZH = {"douyin": "抖音", "xiaohongshu": "小红书", "58tongcheng": "58同城", "referral": "老客户介绍"}
P_APPT = {"douyin": 0.42, "xiaohongshu": 0.60, "58tongcheng": 0.45, "referral": 0.80}
P_SIGN = {"douyin": 0.36, "xiaohongshu": 0.50, "58tongcheng": 0.32, "referral": 0.66}
STYLES = ["现代简约", "北欧", "新中式", "轻奢", "日式原木", "法式"]
STYLE_EN = {"现代简约": "modern minimalist", "北欧": "Nordic", "新中式": "new Chinese", "轻奢": "light luxury",
            "日式原木": "Japanese wood", "法式": "French"}
STYLE_W = [0.34, 0.15, 0.15, 0.15, 0.13, 0.08]
STYLE_PRICE = {"轻奢": 1.30, "法式": 1.10, "新中式": 1.10}
HOUSE_EN = {"新房": "new build", "二手房": "second-hand"}
BUDGETS = ["10万以下", "10-20万", "20-40万", "40万以上"]
BUDGET_EN = {"10万以下": "under 100k", "10-20万": "100k-200k", "20-40万": "200k-400k", "40万以上": "over 400k"}
SEGMENTS = ["first_home", "upgrade", "landlord"]
SEGMENT_ZH = {"first_home": "首套自住", "upgrade": "改善换房", "landlord": "出租房东"}
PACKAGES = ["基础包", "标准包", "全包"]
PACKAGE_EN = {"基础包": "basic", "标准包": "standard", "全包": "full-service"}
UNIT_PRICE = {"基础包": 800, "标准包": 1300, "全包": 2100}
CHANGE_ITEMS = [("墙面铲除重做", "wall re-plastering"), ("水电改造加点位", "extra sockets and pipes"),
                ("防水加做", "extra waterproofing"), ("地面找平", "floor levelling"), ("门窗更换", "window replacement"),
                ("拆除旧橱柜", "old cabinet removal"), ("吊顶加做", "extra ceiling work")]
COMPLAINT_TYPES = [("噪音", "noise"), ("灰尘", "dust"), ("电梯占用", "elevator blocked")]
REPAIR_TYPES = [("墙面开裂", "wall cracks"), ("瓷砖空鼓", "hollow tiles"), ("卫生间渗水", "bathroom leak"),
                ("柜门变形", "warped cabinet door"), ("电路跳闸", "circuit tripping")]
ORDER_ZH = {"deposit": "定金", "progress": "进度款", "final": "尾款", "change_order": "增项"}

TOUCHPOINTS = [
    ("tp_lead", "线上留资", "Online lead", "awareness", "social", "digital", "marketing",
     "留资|线索|留电话|咨询表单|获客|抖音留资|小红书私信|58同城|lead|leads|sign-up form|inquiry|enquiry"),
    ("tp_online_consult", "在线咨询", "Online consultation", "consideration", "mini_program", "digital",
     "customer_service", "在线咨询|客服咨询|问价|聊天|consult|consultation|chat|online chat"),
    ("tp_appt_booked", "预约免费量房", "Measurement booked", "consideration", "phone", "digital", "sales",
     "预约量房|约量房|免费量房预约|预约|booking|book a measurement|measurement appointment|appointment"),
    ("tp_measure", "上门量房", "On-site measurement", "consideration", "store", "physical", "design",
     "量房|上门量房|测量|实地测量|site measurement|on-site measurement|measuring|measurement visit"),
    ("tp_design", "设计方案", "Design proposal", "consideration", "store", "physical", "design",
     "出方案|设计方案|效果图|方案|报价方案|design proposal|design|proposal|renderings|quote"),
    ("tp_contract", "签约交定金", "Contract signed", "purchase", "store", "physical", "sales",
     "签约|签合同|交定金|定金|成交|contract|contract signed|signing|deposit|closed deal"),
    ("tp_contract_cancel", "退单", "Contract cancelled", "purchase", "store", "physical", "sales",
     "退单|解约|取消合同|退定金|cancel|cancellation|contract cancelled|refund deposit"),
    ("tp_construction_start", "开工", "Construction start", "service", "other", "physical", "construction",
     "开工|进场|动工|开工仪式|construction start|start of works|kick-off|site start"),
    ("tp_change_order", "增项签单", "Change order", "service", "other", "physical", "construction",
     "增项|加项|变更|追加项目|change order|add-on|variation|extra work"),
    ("tp_neighbour_complaint", "邻居/物业投诉", "Neighbour complaint", "service", "other", "physical",
     "construction", "邻居投诉|物业投诉|扰民|噪音投诉|neighbour complaint|neighbor complaint|noise complaint|HOA complaint"),
    ("tp_mid_inspection", "水电验收", "Plumbing & electrical inspection", "service", "other", "physical",
     "quality", "水电验收|中期验收|隐蔽工程验收|水电|mid-stage inspection|plumbing inspection|electrical inspection|MEP inspection"),
    ("tp_completion", "竣工验收", "Completion inspection", "service", "other", "physical", "quality",
     "竣工验收|完工验收|竣工|交付|完工|completion|handover|final inspection|completion inspection"),
    ("tp_final_payment", "付尾款", "Final payment", "purchase", "app", "digital", "finance",
     "尾款|结清|付尾款|结算|final payment|balance|settle|pay the balance"),
    ("tp_warranty_repair", "保修报修", "Warranty repair request", "loyalty", "phone", "digital", "after_sales",
     "保修|报修|售后|维修申请|warranty|warranty claim|repair request|after-sales"),
    ("tp_warranty_fixed", "保修完成", "Warranty repair done", "loyalty", "other", "physical", "after_sales",
     "维修完成|修好了|保修完成|售后完成|repair done|fixed|warranty repair done|resolved"),
]
JOURNEYS = [
    ("sales", "获客到签约", "Lead to contract", 60,
     ["tp_lead", "tp_appt_booked", "tp_measure", "tp_design", "tp_contract"]),
    ("delivery", "施工交付", "Construction to handover", 150,
     ["tp_construction_start", "tp_mid_inspection", "tp_completion", "tp_final_payment"]),
    ("warranty", "保修服务", "Warranty repair", 30, ["tp_warranty_repair", "tp_warranty_fixed"]),
]

# ---------------- comment banks: every template of a topic carries that topic's marker words (see gold.py)
ZH = {
    "delay": ["工期拖了{d}天还没完，说好的{p}天呢", "工期一拖再拖，问工地进度永远说快了", "合同工期早就过了，还在刷墙",
              "工期延误{d}天，租的房子又得续租一个月", "工期严重超时，催了好几次才来人", "本来过年前能住进去，工期一拖就泡汤了"],
    "hidden_cost": ["签约时报价挺低，开工后各种增项，最后多花了{k}千", "增项太多了，拆完墙才说要铲墙皮重做，还得加钱",
                    "水电开槽后说点位不够要加钱，感觉是套路", "增项单一张接一张，预算完全失控",
                    "合同外的增项没提前讲清楚，明显是低价引流", "防水说要加做，又加钱，当初报价为什么不含"],
    "dust_noise": ["拆墙噪音太大，楼下邻居报了物业", "楼道里全是灰尘，物业找我谈话了", "电钻噪音中午也不停，邻居来敲门骂",
                   "灰尘没做防护，电梯里都是，被邻居投诉", "工人早上七点就开始砸墙，噪音扰民被投诉了"],
    "good_foreman": ["{f}工长很负责，每天在群里发进度照片", "工长人很靠谱，有问题马上解决，推荐", "工长细心，细节处理得很好",
                     "遇到一个好工长，工地收拾得很干净", "工长专业又耐心，全程省心"],
    "design_slow": ["量完房等了半个多月才出方案", "出方案太慢了，催了三次设计师才给", "出方案拖了{d}天，都想换一家了",
                    "出方案的速度太慢，别家一周就出图了"],
    "design_good": ["设计师很懂我们要的风格，效果图很满意", "设计师沟通很耐心，改了两版就定了", "设计很用心，收纳考虑得很周到"],
    "measure_late": ["量房师傅迟到了一个多小时", "约好上午量房，下午才来人", "量房的人迟到还不打招呼"],
    "measure_good": ["量房很准时，测量也仔细", "上门量房挺专业的，顺便给了不少建议"],
    "price_high": ["报价比别家贵了不少，再考虑考虑", "报价太高了，超出预算", "看了报价有点贵，先不签了"],
    "inspection_fail": ["水电验收没通过，还得返工", "水电验收查出水管打压不合格，返工耽误时间", "水电验收两次才过，质量让人担心"],
    "warranty_slow": ["报修一周多了还没人上门", "报修后一直推来推去，没人管", "报修电话打了好几次，迟迟没人来修"],
    "warranty_fast": ["报修第二天就来修好了，售后不错", "售后响应很快，师傅上门很及时"],
    "quality": ["住进去三个月卫生间就渗水了", "瓷砖空鼓好几块，敲起来都是空的", "墙面开裂了，才住半年"],
    "neutral": ["整体还行，中规中矩", "装修完了，没什么特别的", "一般般吧，价格也就那样"],
    "general_pos": ["整体满意，按时交付了", "装得不错，家里人都说好看", "性价比挺高的，会推荐给朋友"],
}
EN = {
    "delay": ["The project is {d} days behind schedule and nobody tells us why", "Endless delays, we had to extend our rental",
              "Way behind schedule, the handover date slipped twice", "Delay after delay, very frustrating"],
    "hidden_cost": ["So many add-on items after they started, the final cost was way over the quote",
                    "Hidden costs everywhere - every week a new extra charge", "The low quote was bait, add-on items doubled it",
                    "Extra charge for waterproofing that should have been in the contract"],
    "dust_noise": ["Neighbours complained about the noise from the demolition", "Dust all over the corridor, building management called us",
                   "The drilling noise started at 7am, our neighbours are furious"],
    "good_foreman": ["Our foreman was fantastic, daily photo updates in the group chat", "Great foreman, very responsive and tidy",
                     "The foreman solved every problem quickly, highly recommend"],
    "design_slow": ["Waited over two weeks for the design proposal", "The design proposal took forever, had to chase the designer"],
    "design_good": ["The designer really got our style, lovely renderings", "Very patient designer, two rounds and we were happy"],
    "measure_late": ["The measurement guy was an hour late", "Measurement visit was late and nobody called"],
    "measure_good": ["Measurement visit was on time and thorough"],
    "price_high": ["The quote was too expensive for us", "Price is much higher than other companies"],
    "inspection_fail": ["We failed the plumbing inspection and they had to redo pipes"],
    "warranty_slow": ["Reported a repair over a week ago and still no one came", "Repair request ignored, had to call many times"],
    "warranty_fast": ["Repair done the next day, good after-sales"],
    "quality": ["Bathroom started leaking after three months", "Several hollow tiles already", "Cracks in the wall after half a year"],
    "neutral": ["It was ok, nothing special", "Average experience overall"],
    "general_pos": ["Happy with the result, handed over on time", "Nice job overall, would recommend"],
}
NEG = {"delay", "hidden_cost", "dust_noise", "design_slow", "measure_late", "price_high", "inspection_fail",
       "warranty_slow", "quality"}
POS = {"good_foreman", "design_good", "measure_good", "warranty_fast", "general_pos"}


def day_weights() -> tuple[list[datetime], np.ndarray]:
    days, w = [], []
    d = START
    total = (LEAD_END - START).days
    while d <= LEAD_END:
        x = 0.8 + 0.4 * (d - START).days / total
        if d.month in (9, 10):
            x *= 1.6                                            # 金九银十
        elif d.month in (3, 4):
            x *= 1.25
        elif d.month == 1:
            x *= 0.75
        if any(a <= d < b for a, b in SPRING_FESTIVAL):
            x *= 0.35
        if d.weekday() >= 5:
            x *= 1.2
        days.append(d)
        w.append(x)
        d += D(days=1)
    w = np.array(w)
    return days, w / w.sum()


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    events, orders, feedback, truth, customers = [], [], [], [], []
    cnt = {"e": 0, "f": 0, "o": 0, "w": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ev(c, t, tp, action, device="", channel="onsite", **kw):
        if t > END:
            return False
        r = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=c["pj"],
                 action=action, device=device, channel=channel, city=c["city"], project_id=c["pj"])
        r.update(kw)
        events.append(r)
        return True

    def order(c, t, kind, amount, status="paid", **kw):
        if t > END:
            return None
        pay = c["pay"] if kind != "change_order" else str(rng.choice(["wechat_pay", "alipay"]))
        r = dict(order_id=nid("o", "HF", 6), customer_id=c["id"], ts=fmt(t), amount=int(round(amount)), status=status,
                 channel="store" if kind == "deposit" else "app", device="", order_type=kind,
                 order_type_zh=ORDER_ZH[kind], project_id=c["pj"], city=c["city"], foreman_id=c.get("foreman", ""),
                 package=c.get("package", ""), payment_method=pay, currency="CNY", change_item="")
        r.update(kw)
        orders.append(r)
        return r

    def comment(c, t, topic, channel, tp, rating=None, nps=None, p_no_ts=0.0, **kw):
        if t > END:
            return
        bank = ZH if c["lang"] == "zh" else EN
        txt = str(bank[topic][int(rng.integers(len(bank[topic])))])
        txt = txt.format(d=int(rng.integers(12, 45)), p=int(rng.choice([60, 75, 90, 100])),
                         k=int(rng.integers(8, 40)), f=str(rng.choice(["王", "李", "张", "刘", "陈", "周"])))
        if c["lang"] == "zh" and rng.random() < 0.3:
            txt += str(rng.choice(["。", "！", "，希望改进", "，唉" if topic in NEG else "，点赞"]))
        fid = nid("f", "FB", 5)
        r = dict(feedback_id=fid, text=txt, ts="" if rng.random() < p_no_ts else fmt(t), customer_id=c["id"],
                 touchpoint_id=tp, channel=channel, rating="" if rating is None else int(rating),
                 nps="" if nps is None else int(nps), language=c["lang"], project_id=c["pj"], city=c["city"],
                 foreman_id=c.get("foreman", ""))
        r.update(kw)
        feedback.append(r)
        truth.append(dict(feedback_id=fid, topic=topic, sentiment="neg" if topic in NEG else
                          ("pos" if topic in POS else "neu"), language=c["lang"]))

    def at_hour(day, lo=9, hi=21):
        return day.replace(hour=0, minute=0, second=0) + D(hours=int(rng.integers(lo, hi)),
                                                           minutes=int(rng.integers(0, 60)),
                                                           seconds=int(rng.integers(0, 60)))

    days, w = day_weights()
    lead_days = rng.choice(len(days), size=N, p=w)
    lead_days.sort()
    for i in range(N):
        city = CITIES[int(rng.choice(3, p=CITY_W))]
        p_second = {"上海": 0.62, "杭州": 0.42, "成都": 0.38}[city]
        house = "二手房" if rng.random() < p_second else "新房"
        area = float(np.clip(rng.normal(80 if house == "二手房" else 105, 25), 38, 240))
        budget = BUDGETS[int(rng.choice(4, p=[0.22, 0.40, 0.28, 0.10]))]
        ch = CHANNELS[int(rng.choice(4, p=CHANNEL_W))]
        dev_p = [0.45, 0.40, 0.15] if ch != "58tongcheng" else [0.25, 0.35, 0.40]
        lang = "en" if rng.random() < {"上海": 0.12, "杭州": 0.05, "成都": 0.03}[city] else "zh"
        seg = SEGMENTS[int(rng.choice(3, p=[0.5, 0.38, 0.12] if house == "新房" else [0.3, 0.45, 0.25]))]
        style = STYLES[int(rng.choice(len(STYLES), p=STYLE_W))]
        c = dict(id=f"C{i + 1:05d}", pj=f"PJ{i + 1:05d}", city=city, house=house, area=area, budget=budget, ch=ch,
                 device=["ios", "android", "pc"][int(rng.choice(3, p=dev_p))], lang=lang, seg=seg, style=style,
                 pay=str(rng.choice(["wechat_pay", "alipay", "bank_transfer", "renovation_loan"],
                                    p=[0.35, 0.25, 0.28, 0.12])))
        lead_t = at_hour(days[int(lead_days[i])], 8, 24)
        customers.append(dict(customer_id=c["id"], signup_at=fmt(lead_t), segment=seg, 客户类型=SEGMENT_ZH[seg],
                              region=REGION[city], city=city, city_en=CITY_EN[city], acquisition_channel=ch,
                              获客渠道=CHANNEL_ZH[ch], house_type=house, house_type_en=HOUSE_EN[house],
                              area_sqm=round(area, 1),
                              area_band="<70㎡" if area < 70 else "70-100㎡" if area < 100 else "100-130㎡" if area < 130
                              else "≥130㎡",
                              budget_band=budget, budget_band_en=BUDGET_EN[budget], style_pref=style,
                              style_pref_en=STYLE_EN[style], language=lang, primary_device=c["device"]))
        ev(c, lead_t, "tp_lead", "submit", c["device"], ch, lead_form=str(rng.choice(["免费量房", "装修报价", "案例咨询"])))
        # online consultations
        for _ in range(int(rng.poisson(1.1))):
            ev(c, lead_t + D(hours=float(rng.uniform(0.2, 24 * 20))), "tp_online_consult", "chat", c["device"],
               str(rng.choice(["mini_program", "app", "web"], p=[0.55, 0.3, 0.15])))
        # ---- sales funnel
        p_appt = P_APPT[ch] * (0.55 if c["device"] == "android" and ANDROID_BUG[0] <= lead_t < ANDROID_BUG[1] else 1)
        if rng.random() > p_appt:
            continue
        appt_t = lead_t + D(hours=float(rng.exponential(36) + 0.3))
        ev(c, appt_t, "tp_appt_booked", "book", c["device"], str(rng.choice(["mini_program", "app", "phone"])))
        if rng.random() > (0.90 if ch == "referral" else 0.80):
            if rng.random() < 0.25:
                comment(c, appt_t + D(days=float(rng.uniform(1, 5))), "measure_late", "call_note", "tp_appt_booked",
                        p_no_ts=0.1)
            continue
        meas_t = at_hour(appt_t + D(days=int(rng.integers(2, 11))), 9, 18)
        designer = f"{CODE[city]}-D{int(rng.integers(1, 4)):02d}"
        c["designer"] = designer
        if not ev(c, meas_t, "tp_measure", "complete", designer_id=designer):
            continue
        if rng.random() < 0.28:
            late = rng.random() < 0.18
            comment(c, meas_t + D(days=float(rng.uniform(0.1, 2))), "measure_late" if late else "measure_good",
                    "survey", "tp_measure", rating=int(rng.choice([2, 3])) if late else int(rng.choice([4, 5], p=[.4, .6])))
        if rng.random() > 0.88:
            continue
        jam = DESIGN_JAM[0] <= meas_t < DESIGN_JAM[1]
        ddays = float(np.exp(rng.normal(np.log(16.0 if jam else 7.0), 0.3)))
        des_t = at_hour(meas_t + D(days=ddays), 10, 20)
        if not ev(c, des_t, "tp_design", "deliver", designer_id=designer, design_days=round(ddays, 1)):
            continue
        if rng.random() < 0.35:
            if ddays > 12 and rng.random() < 0.75:
                comment(c, des_t + D(days=float(rng.uniform(0.2, 3))), "design_slow", "survey", "tp_design",
                        rating=int(rng.choice([1, 2, 3], p=[.3, .4, .3])))
            else:
                tpc = "design_good" if rng.random() < 0.65 else "neutral"
                comment(c, des_t + D(days=float(rng.uniform(0.2, 3))), tpc, "survey", "tp_design",
                        rating=int(rng.choice([4, 5])) if tpc == "design_good" else 3)
        p_sign = P_SIGN[ch] * (0.55 if ddays > 12 else 1.0) * {"10万以下": 0.85, "40万以上": 1.1}.get(budget, 1.0)
        if rng.random() > p_sign:
            if rng.random() < 0.15:
                comment(c, des_t + D(days=float(rng.uniform(1, 10))), "price_high", "call_note", "tp_design",
                        p_no_ts=0.1)
            continue
        con_t = at_hour(des_t + D(days=float(rng.uniform(2, 20))), 10, 21)
        pk_p = {"10万以下": [.7, .3, 0], "10-20万": [.3, .6, .1], "20-40万": [0, .5, .5], "40万以上": [0, .2, .8]}[budget]
        package = PACKAGES[int(rng.choice(3, p=pk_p))]
        c["package"] = package
        value = round(area * UNIT_PRICE[package] * CITY_PRICE[city] * STYLE_PRICE.get(style, 1.0)
                      * rng.uniform(0.9, 1.1), -2)
        kw = dict(designer_id=designer, package=package, package_en=PACKAGE_EN[package], contract_value=int(value))
        if not ev(c, con_t, "tp_contract", "sign", **kw):
            continue
        order(c, con_t, "deposit", 0.3 * value, status="paid")
        if rng.random() < 0.04:
            cancel_t = con_t + D(days=float(rng.uniform(3, 15)))
            if ev(c, cancel_t, "tp_contract_cancel", "cancel", cancel_reason=str(rng.choice(
                    ["预算不够", "房子要卖", "选了别家", "家里有变故"]))):
                orders[-1]["status"] = "refunded"
            continue
        # ---- construction
        start_t = at_hour(con_t + D(days=float(rng.uniform(7, 28))), 8, 11)
        for a, b in SPRING_FESTIVAL:
            if a <= start_t < b:
                start_t = at_hour(b + D(days=int(rng.integers(0, 8))), 8, 11)
        foreman = f"{CODE[city]}-F{int(rng.integers(1, 5)):02d}"
        c["foreman"] = foreman
        planned = int(round(40 + area * 0.4 + (18 if house == "二手房" else 0) + (10 if package == "全包" else 0)))
        kw = dict(foreman_id=foreman, designer_id=designer, package=package, package_en=PACKAGE_EN[package],
                  planned_days=planned)
        if not ev(c, start_t, "tp_construction_start", "start", **kw):
            continue
        # neighbour complaints (demolition phase)
        p_nb = (0.32 if house == "二手房" else 0.08) * (1.4 if city == "上海" else 1.0)
        had_nb = False
        if rng.random() < p_nb:
            for _ in range(int(rng.choice([1, 2], p=[0.75, 0.25]))):
                t = at_hour(start_t + D(days=float(rng.uniform(1, planned * 0.45))), 7, 19)
                ct = COMPLAINT_TYPES[int(rng.choice(3, p=[0.5, 0.35, 0.15]))]
                if ev(c, t, "tp_neighbour_complaint", "complaint", "", "property", foreman_id=foreman,
                      complaint_type=ct[0], complaint_type_en=ct[1]):
                    had_nb = True
                    if rng.random() < 0.55:
                        comment(c, t + D(hours=float(rng.uniform(2, 48))), "dust_noise",
                                str(rng.choice(["call_note", "wechat_group"])), "tp_neighbour_complaint", p_no_ts=0.1)
        # change orders (增项)
        n_co = 0
        if house == "二手房":
            n_any = int(rng.choice([1, 2, 3], p=[0.45, 0.35, 0.2])) if rng.random() < 0.68 else 0
        else:
            n_any = int(rng.choice([1, 2], p=[0.85, 0.15])) if rng.random() < 0.20 else 0
        co_paid = 0
        for _ in range(n_any):
            t = at_hour(start_t + D(days=float(rng.uniform(5, planned * 0.7))), 9, 20)
            item = CHANGE_ITEMS[int(rng.integers(len(CHANGE_ITEMS)))]
            amt = round(rng.uniform(3000, 15000) if house == "二手房" else rng.uniform(1500, 8000), -2)
            paid = rng.random() < 0.88
            if ev(c, t, "tp_change_order", "sign" if paid else "decline", foreman_id=foreman, change_item=item[0],
                  change_item_en=item[1], change_amount=int(amt)):
                order(c, t + D(hours=float(rng.uniform(1, 48))), "change_order", amt,
                      status="paid" if paid else "cancelled", change_item=item[0])
                n_co += 1
                co_paid += int(paid)
        if co_paid and rng.random() < 0.33 + 0.15 * (co_paid - 1):
            comment(c, start_t + D(days=float(rng.uniform(10, planned))), "hidden_cost",
                    str(rng.choice(["ticket", "call_note", "social"], p=[0.45, 0.35, 0.2])), "tp_change_order",
                    p_no_ts=0.15)
        # mid-stage plumbing & electrical inspection
        mid_t = at_hour(start_t + D(days=float(max(10, planned * 0.35 + rng.normal(0, 3)))), 9, 17)
        attempt = 1
        while True:
            p_fail = 0.42 if (city == "成都" and mid_t >= CD_PLUMBING_SWITCH) else 0.10
            failed = rng.random() < (p_fail if attempt == 1 else 0.15)
            if not ev(c, mid_t, "tp_mid_inspection", "inspect", foreman_id=foreman,
                      inspection_result="fail" if failed else "pass", attempt=attempt):
                break
            if not failed:
                break
            if rng.random() < 0.35:
                comment(c, mid_t + D(days=float(rng.uniform(0.2, 3))), "inspection_fail",
                        str(rng.choice(["call_note", "wechat_group"])), "tp_mid_inspection", p_no_ts=0.1)
            attempt += 1
            mid_t = at_hour(mid_t + D(days=float(rng.uniform(3, 8))), 9, 17)
        if mid_t > END:
            continue
        prog = order(c, mid_t + D(days=float(rng.uniform(1, 5))), "progress", 0.4 * value)
        # completion
        delay = 0.0 if rng.random() < 0.4 else float(rng.exponential(5))
        if house == "二手房":
            delay += float(rng.exponential(3))
        delay += sum(float(rng.uniform(1, 4)) for _ in range(co_paid))
        if foreman == SLOW_FOREMAN:
            delay += 8 + float(rng.exponential(22))
        elif foreman in GOOD_FOREMEN:
            delay *= 0.4
        delay_days = int(round(delay))
        comp_t = at_hour(start_t + D(days=planned + delay_days), 9, 18)
        if prog is None or comp_t <= mid_t or not ev(c, comp_t, "tp_completion", "accept", foreman_id=foreman,
                                                      planned_days=planned, delay_days=delay_days):
            continue
        if rng.random() < 0.65:
            r = 4.6 - 0.06 * delay_days - 0.35 * co_paid - (0.4 if had_nb else 0) + rng.normal(0, 0.6)
            r -= 0.4 if foreman == SLOW_FOREMAN else 0
            r += 0.2 if foreman in GOOD_FOREMEN else 0
            rating = int(np.clip(round(r), 1, 5))
            nps = int(np.clip(round(rating * 2 + rng.normal(0, 1.2)), 0, 10))
            if delay_days > 14 and rng.random() < 0.8:
                tpc = "delay"
            elif co_paid >= 2 and rng.random() < 0.5:
                tpc = "hidden_cost"
            elif rating >= 4 and rng.random() < (0.7 if foreman in GOOD_FOREMEN else 0.3):
                tpc = "good_foreman"
            elif rating >= 4:
                tpc = "general_pos"
            elif rating <= 2:
                tpc = "delay" if delay_days > 7 else ("hidden_cost" if co_paid else "quality")
            else:
                tpc = "neutral"
            comment(c, comp_t + D(days=float(rng.uniform(0.5, 6))), tpc, "review", "tp_completion", rating=rating,
                    nps=nps)
        # final payment
        if rng.random() < 0.04:
            continue                                    # disputed, never paid
        lag = float(rng.uniform(5, 30)) if co_paid else float(rng.uniform(1, 7))
        fin_t = comp_t + D(days=lag)
        if not ev(c, fin_t, "tp_final_payment", "pay", "", "app", foreman_id=foreman):
            continue
        order(c, fin_t, "final", 0.3 * value)
        # warranty repairs
        if rng.random() < (0.40 if house == "二手房" else 0.28):
            n_rep = 1 if rng.random() < 0.8 else 2
            t = comp_t
            for _ in range(n_rep):
                t = at_hour(t + D(days=float(rng.uniform(15, 300))), 9, 21)
                rt = REPAIR_TYPES[int(rng.integers(len(REPAIR_TYPES)))]
                cnt["w"] += 1
                ticket = f"WR{cnt['w']:04d}"
                if not ev(c, t, "tp_warranty_repair", "request", c["device"] if rng.random() < 0.6 else "",
                          str(rng.choice(["mini_program", "phone"])), foreman_id=foreman, repair_type=rt[0],
                          repair_type_en=rt[1], ticket_id=ticket):
                    break
                if rng.random() < 0.35:
                    comment(c, t + D(hours=float(rng.uniform(1, 24))), "quality", "ticket", "tp_warranty_repair",
                            p_no_ts=0.05)
                if rng.random() < 0.08:
                    if rng.random() < 0.6:
                        comment(c, t + D(days=float(rng.uniform(8, 20))), "warranty_slow", "ticket",
                                "tp_warranty_repair", p_no_ts=0.05)
                    continue
                fix_days = 0.5 + float(rng.exponential(5.5))
                ft = t + D(days=fix_days)
                if not ev(c, ft, "tp_warranty_fixed", "fixed", "", "onsite", foreman_id=foreman, repair_type=rt[0],
                          repair_type_en=rt[1], ticket_id=ticket):
                    break
                if rng.random() < 0.55:
                    slow = fix_days > 7
                    comment(c, ft + D(days=float(rng.uniform(0.2, 3))), "warranty_slow" if slow else "warranty_fast",
                            "warranty_survey", "tp_warranty_fixed",
                            rating=int(rng.choice([1, 2, 3], p=[.4, .4, .2])) if slow
                            else int(rng.choice([3, 4, 5], p=[.35, .4, .25])))

    # social posts (小红书 / 抖音 notes) about past projects: many without a date
    signed = sorted({r["customer_id"] for r in events if r["touchpoint_id"] == "tp_construction_start"})
    by_id = {r["customer_id"]: r for r in customers}
    for cid in rng.choice(signed, size=220, replace=False):
        cu = by_id[cid]
        c = dict(id=cid, pj="PJ" + cid[1:], city=cu["city"], lang=cu["language"])
        fm = [r["foreman_id"] for r in events if r["customer_id"] == cid and r["touchpoint_id"] == "tp_construction_start"]
        c["foreman"] = fm[0]
        st = [r["ts"] for r in events if r["customer_id"] == cid and r["touchpoint_id"] == "tp_construction_start"][0]
        t = datetime.fromisoformat(st) + D(days=float(rng.uniform(10, 120)))
        if t > END:
            t = END - D(days=float(rng.uniform(1, 30)))
        if cu["house_type"] == "二手房":
            tpc = str(rng.choice(["hidden_cost", "dust_noise", "delay", "general_pos", "neutral"],
                                 p=[0.3, 0.2, 0.15, 0.25, 0.1]))
        else:
            tpc = str(rng.choice(["hidden_cost", "dust_noise", "delay", "general_pos", "good_foreman", "neutral"],
                                 p=[0.1, 0.05, 0.15, 0.35, 0.2, 0.15]))
        if c["foreman"] == SLOW_FOREMAN and tpc in ("general_pos", "good_foreman"):
            tpc = "delay"
        tp = {"hidden_cost": "tp_change_order", "dust_noise": "tp_neighbour_complaint", "delay": "tp_completion"}.get(
            tpc, "tp_completion")
        comment(c, t, tpc, "social", tp, p_no_ts=0.5)

    # 25 exact duplicate event rows (re-sent by the CRM sync; the same event_id)
    dup_idx = rng.choice(len(events), size=25, replace=False)
    events.extend(dict(events[int(k)]) for k in dup_idx)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])

    def write(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
            wr.writeheader()
            for r in rows:
                wr.writerow({k: r.get(k, "") for k in cols})

    write("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                   kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                step=k + 1, touchpoint_id=tp, window_days=j[3])
                           for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers.csv", customers, list(customers[0].keys()))
    write("events.csv", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                                 "channel", "city", "project_id", "lead_form", "designer_id", "design_days", "package",
                                 "package_en", "contract_value", "foreman_id", "planned_days", "delay_days",
                                 "inspection_result", "attempt", "change_item", "change_item_en", "change_amount",
                                 "complaint_type", "complaint_type_en", "ticket_id", "repair_type",
                                 "repair_type_en", "cancel_reason"])
    write("orders.csv", sorted(orders, key=lambda r: r["order_id"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "project_id", "city", "foreman_id", "package", "payment_method", "currency", "change_item"])
    write("feedback.csv", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "language", "project_id", "city", "foreman_id"])
    write("_truth/feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/renovation_data"))
