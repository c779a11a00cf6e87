"""禾安农险 HeAn Crop Insurance: a crop insurer for farmers, family farms and co-operatives in five Chinese provinces
(Heilongjiang 黑龙江, Henan 河南, Shandong 山东, Anhui 安徽, Xinjiang 新疆) and, through its overseas arm, broadacre
growers in New South Wales / Western Australia and Saskatchewan / Alberta. Synthetic, written blind.

A farmer is met by a village insurance agent (协保员 / field agent, or a broker abroad) or signs up in the app / WeChat
mini program, registers the fields to insure (地块登记: area, crop, boundary), gets a premium quote (保费报价), buys the
policy (投保缴费); Chinese policies go through government premium-subsidy verification (补贴核验: verified, or returned
for correction — area mismatch, ID, bank card, uncertified land — then re-checked, rejected ones are voided). After hail,
drought, flood, frost ... the farmer reports the damage (报案), a surveyor assesses the field loss (查勘定损: on site,
by drone, by satellite remote sensing or by yield sampling; the farmer agrees, disputes, or the loss is below the
deductible), the claim is paid (赔款支付) and next season a renewal reminder goes out (续保提醒) and the farmer renews
(续保) or lapses. A service hotline (客服热线) takes calls.

Data 2024-09-01 .. 2026-05-31 (policy admin + claims + CRM extract of 2026-06-03). Naive local times. Money: orders.amount
and every *_cny column are CNY (the group's reporting currency); Australian and Canadian policies are written in AUD /
CAD (currency, amount_local) at fixed book rates (AUD 4.70, CAD 5.20 CNY).

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
D = timedelta
START, END = datetime(2024, 9, 1), datetime(2026, 5, 31, 23, 59, 59)
FX = {"CNY": 1.0, "AUD": 4.70, "CAD": 5.20}
N_LEGACY = 1500
N_LEADS = 4000

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_agent_visit", "协保员走访", "Agent farm visit", "awareness", "store", "physical", "sales_network",
     "上门|走访|入户宣传|村民大会|协保员|经纪人拜访|agent visit|field agent|farm visit|broker visit|rep visit"),
    ("tp_app_signup", "App注册", "App sign-up", "awareness", "app", "digital", "digital",
     "注册|下载App|小程序注册|开户|sign up|signup|registration|onboarding|app install"),
    ("tp_field_reg", "地块登记", "Field registration", "consideration", "app", "digital", "underwriting",
     "地块|登记地块|圈地|承保面积|测绘|报面积|field mapping|acreage report|paddock registration|seeded acreage"),
    ("tp_quote", "保费报价", "Premium quote", "consideration", "app", "digital", "underwriting",
     "报价|算保费|保费测算|询价|quote|premium estimate|price quote|premium calculation"),
    ("tp_purchase", "投保缴费", "Policy purchase", "purchase", "app", "digital", "underwriting",
     "投保|出单|缴费|交保费|买保险|新单|buy policy|bind|pay premium|new policy|policy purchase"),
    ("tp_subsidy_check", "补贴核验", "Subsidy verification", "purchase", "other", "digital", "underwriting",
     "补贴|财政补贴|补贴审核|承保公示|核验|补正|subsidy check|premium subsidy|subsidy verification"),
    ("tp_damage_report", "报案", "Damage report", "service", "phone", "digital", "claims",
     "报损|出险|报灾|受灾报案|理赔申请|FNOL|loss notice|damage claim|report a loss|claim lodgement"),
    ("tp_loss_survey", "查勘定损", "Field loss survey", "service", "other", "physical", "claims",
     "查勘|定损|测产|核损|看地|loss assessment|field inspection|adjuster visit|loss adjustment|yield test"),
    ("tp_claim_payout", "赔款支付", "Claim payout", "service", "other", "digital", "claims",
     "赔款|理赔到账|打款|赔付|结案|payout|claim payment|indemnity|settlement"),
    ("tp_renewal_reminder", "续保提醒", "Renewal reminder", "loyalty", "other", "digital", "customer_service",
     "续保通知|到期提醒|续保短信|renewal notice|renewal reminder|expiry notice"),
    ("tp_renewal", "续保", "Policy renewal", "loyalty", "app", "digital", "underwriting",
     "续保|续费|下一季投保|再投保|renewal|renew|re-enrol|next season policy"),
    ("tp_hotline", "客服热线", "Service hotline", "service", "phone", "physical", "customer_service",
     "热线|客服电话|95热线|打电话|call centre|hotline|customer service line|phone support"),
]

JOURNEYS = [  # id, zh, en, steps, window
    ("new_business", "新单投保", "New policy enrolment", ["tp_field_reg", "tp_quote", "tp_purchase"], 30),
    ("claims", "报案到赔付", "Damage report to payout", ["tp_damage_report", "tp_loss_survey", "tp_claim_payout"], 60),
    ("renewal", "续保", "Renewal", ["tp_renewal_reminder", "tp_renewal"], 60),
]

CROPS = {  # id: zh, sale window (m, d, m, d), loss window, si per unit (local), rate, farmer share
    "winter_wheat": ("冬小麦", (10, 1, 11, 30), (3, 1, 6, 15), 950, 0.060, 0.30),
    "corn": ("玉米", (4, 10, 5, 31), (6, 1, 9, 20), 900, 0.070, 0.25),
    "summer_corn": ("夏玉米", (6, 10, 7, 10), (7, 5, 9, 25), 800, 0.065, 0.30),
    "rice": ("水稻", (4, 20, 6, 10), (6, 15, 9, 20), 1100, 0.055, 0.25),
    "soybean": ("大豆", (4, 15, 5, 31), (6, 1, 9, 15), 500, 0.060, 0.25),
    "peanut": ("花生", (4, 20, 5, 31), (6, 15, 9, 15), 900, 0.060, 0.35),
    "cotton": ("棉花", (3, 20, 4, 30), (5, 15, 8, 31), 1600, 0.055, 0.25),
    "wheat": ("小麦", (4, 1, 6, 30), (8, 1, 11, 30), 450, 0.070, 1.00),
    "barley": ("大麦", (4, 1, 6, 30), (8, 1, 11, 30), 400, 0.070, 1.00),
    "canola": ("油菜", (4, 1, 6, 30), (8, 1, 11, 30), 600, 0.075, 1.00),
    "spring_wheat": ("春小麦", (2, 15, 4, 30), (6, 10, 9, 15), 250, 0.040, 0.40),
    "lentils": ("小扁豆", (2, 15, 4, 30), (6, 10, 9, 15), 300, 0.045, 0.40),
}
CA_CANOLA, CA_BARLEY = ("油菜", (2, 15, 4, 30), (6, 10, 9, 15), 350, 0.040, 0.40), \
    ("大麦", (2, 15, 4, 30), (6, 10, 9, 15), 220, 0.040, 0.40)

REGIONS = {  # region: country, zh, weight within country, crops
    "Heilongjiang": ("China", "黑龙江", 0.27, [("corn", .4), ("rice", .3), ("soybean", .3)]),
    "Henan": ("China", "河南", 0.23, [("winter_wheat", .6), ("summer_corn", .4)]),
    "Shandong": ("China", "山东", 0.20, [("winter_wheat", .5), ("summer_corn", .3), ("peanut", .2)]),
    "Anhui": ("China", "安徽", 0.18, [("winter_wheat", .45), ("rice", .55)]),
    "Xinjiang": ("China", "新疆", 0.12, [("cotton", .8), ("winter_wheat", .2)]),
    "New South Wales": ("Australia", "新南威尔士州", 0.6, [("wheat", .5), ("barley", .25), ("canola", .25)]),
    "Western Australia": ("Australia", "西澳大利亚州", 0.4, [("wheat", .55), ("barley", .25), ("canola", .2)]),
    "Saskatchewan": ("Canada", "萨斯喀彻温省", 0.6, [("canola", .4), ("spring_wheat", .3), ("lentils", .2),
                                                  ("barley", .1)]),
    "Alberta": ("Canada", "艾伯塔省", 0.4, [("canola", .4), ("spring_wheat", .35), ("barley", .25)]),
}
COUNTRY_W = {"China": 0.76, "Australia": 0.11, "Canada": 0.13}
CUR = {"China": "CNY", "Australia": "AUD", "Canada": "CAD"}
UNIT = {"China": "mu", "Australia": "ha", "Canada": "ac"}
REG_CODE = {"Heilongjiang": "HLJ", "Henan": "HA", "Shandong": "SD", "Anhui": "AH", "Xinjiang": "XJ",
            "New South Wales": "NSW", "Western Australia": "WA", "Saskatchewan": "SK", "Alberta": "AB"}

CTYPES = {  # id, zh, area range (lognormal median, sigma), tier
    "China": [("individual_farmer", "个体农户", 0.60, 15, 0.5, "standard"),
              ("family_farm", "家庭农场", 0.26, 280, 0.5, "gold"),
              ("cooperative", "农民专业合作社", 0.11, 1800, 0.5, "key_account"),
              ("agri_company", "农业企业", 0.03, 6000, 0.4, "key_account")],
    "Australia": [("family_farm", "家庭农场", 0.8, 2200, 0.45, "gold"),
                  ("corporate_farm", "农业公司", 0.2, 9000, 0.4, "key_account")],
    "Canada": [("family_farm", "家庭农场", 0.8, 2600, 0.45, "gold"),
               ("corporate_farm", "农业公司", 0.2, 10000, 0.4, "key_account")],
}
CTYPE_ZH = {c[0]: c[1] for v in CTYPES.values() for c in v}

PERIL_ZH = {"hail": "冰雹", "drought": "干旱", "flood": "洪涝", "frost": "霜冻", "windstorm": "风灾",
            "pest": "病虫害", "dry_hot_wind": "干热风", "low_temp": "低温冷害"}
METHOD_ZH = {"on_site": "现场查勘", "drone": "无人机航拍", "satellite": "卫星遥感", "yield_sampling": "抽样测产"}
REASON_ZH = {"area_mismatch": "面积不符", "id_mismatch": "身份信息不符", "bank_card": "银行卡信息有误",
             "land_not_certified": "土地未确权"}
PRODUCT_ZH = {"full_cost": "完全成本保险", "direct_cost": "物化成本保险", "income": "收入保险", "mpci": "多灾种保险",
              "hail": "冰雹险", "agriinsurance": "AgriInsurance多灾种"}
CALL_ZH = {"claim_status": "理赔进度", "subsidy": "补贴核验", "policy_change": "保单变更", "payment": "缴费问题",
           "coverage": "保障咨询", "complaint": "投诉"}
VISIT_ZH = {"door_to_door": "入户走访", "village_meeting": "村民大会", "field_day": "田间日", "coop_meeting": "合作社座谈"}
ORDER_TYPE_ZH = {"policy": "保单", "claim_payout": "赔款"}

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎")
GIVEN = ["建国", "国强", "春华", "秀英", "桂兰", "志刚", "海军", "玉梅", "永红", "德胜", "金山", "丽娟", "长青", "立新",
         "红霞", "振华", "庆丰", "富贵", "凤芝", "学军", "宝山", "丰收", "满仓", "明亮"]
EN_FAMILY = ["Murray", "Campbell", "Wilson", "McKenzie", "Thompson", "Fraser", "Hughes", "Olsen", "Kowalski",
             "Schneider", "Anderson", "Baker", "Reid", "Nguyen", "Dubois", "Peters", "Hansen", "Walsh", "Doyle"]
EN_PLACE = ["Creek", "Downs", "Plains", "Ridge", "Valley", "Park", "Springs", "Flats", "Hill", "Coulee", "Prairie"]


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def chance(p):
    return rng.random() < p


def rdate(a: datetime, b: datetime) -> datetime:
    span = max((b - a).total_seconds(), 1)
    return a + D(seconds=float(rng.uniform(0, span)))


def at_hour(d: datetime, lo=8, hi=19) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))


def window(y, md):
    return datetime(y, md[0], md[1]), datetime(y, md[2], md[3], 23, 59)


def crop_info(crop, country):
    if country == "Canada" and crop == "canola":
        return CA_CANOLA
    if country == "Canada" and crop == "barley":
        return CA_BARLEY
    return CROPS[crop]


def season_label(crop, y):
    return f"{y}/{str(y + 1)[2:]}" if crop == "winter_wheat" else str(y)


def loss_window(crop, country, y):
    info = crop_info(crop, country)
    ly = y + 1 if crop == "winter_wheat" else y
    return window(ly, info[2])


# ------------------------------------------------------------------ output collectors
EVENTS, ORDERS, FEEDBACK, EXPER = [], [], [], []
CUSTOMERS = []
_eid = [0]
_seq = {}


def seq(prefix):
    _seq[prefix] = _seq.get(prefix, 0) + 1
    return _seq[prefix]


def ev(cust, ts, tp, action, channel="", device="", session="", **extra):
    if ts < START or ts > END:
        return None
    _eid[0] += 1
    row = dict(event_id=f"E{_eid[0]:07d}", customer_id=cust["customer_id"], ts=ts, touchpoint_id=tp,
               session_id=session, action=action, device=device, channel=channel, region=cust["region"],
               agent_id=cust["agent_id"])
    row.update(extra)
    EVENTS.append(row)
    return row


def device_for(channel, country):
    if channel in ("app", "mini_program"):
        return pick(["android", "ios"], [0.8, 0.2] if country == "China" else [0.45, 0.55])
    if channel == "agent":
        return "tablet"
    if channel in ("web", "broker", "coop"):
        return "pc"
    return ""


# ------------------------------------------------------------------ feedback text
TOPIC_SENT = {"assess": "negative", "payout_slow": "negative", "acreage": "negative", "price": "negative",
              "app_crash": "negative", "hotline_wait": "negative", "survey_slow": "negative",
              "reminder": "negative", "agent_praise": "positive", "drone": "positive"}
MARKERS = {"assess": ["定损", "assessment"], "payout_slow": ["到账", "payout"], "acreage": ["面积", "acreage"],
           "price": ["太贵", "too expensive"], "app_crash": ["闪退", "crash"], "hotline_wait": ["打不通", "on hold"],
           "survey_slow": ["没人来", "nobody came"], "reminder": ["续保提醒", "reminder"],
           "agent_praise": ["协保员", "agent"], "drone": ["无人机", "drone"]}

TEXT = {
    "assess": {
        "zh": ["卫星遥感定损说我家{crop}只损失了{p}成，地里明明倒了一大片，不认这个结果。",
               "定损太随意了，查勘员在地头站了十分钟就走，损失率压得很低。",
               "这次{peril}受灾，定损结果和邻居家差了一倍，同一片地凭什么？",
               "定损员不下地，拿张卫星图就说没事，我们老百姓怎么看得懂。",
               "{peril}之后的定损我不同意，要求重新测产，到现在没有答复。",
               "希望定损能让农户一起在场，现在这样太不透明了。"],
        "en": ["The loss assessment on our {crop} is way off, the satellite read said {p}0% but half the paddock is flat.",
               "Disputed the assessment after the {peril}. The adjuster never walked the field.",
               "Your assessment undervalued the damage badly, we want a second opinion.",
               "The assessment came back below what our own yield checks show. Not happy.",
               "Assessment done off a satellite image two days after the {peril}, that's not good enough."],
    },
    "payout_slow": {
        "zh": ["定了损都一个多月了，赔款还没到账，种子化肥钱都等着用。",
               "赔款到账太慢了，打电话问就说在走流程。",
               "说好十个工作日到账，结果等了快五十天。",
               "钱什么时候到账能不能给个准话，我们还要还贷款。",
               "赔款是到账了，但比说的晚了一个月，下次不想再等这么久。"],
        "en": ["Still waiting on the payout six weeks after the claim was agreed.",
               "The payout took far too long, we had to extend our overdraft to get the next crop in.",
               "Claim agreed in {month} and the payout only landed a month later.",
               "Nobody can tell me when the payout is coming. Poor form.",
               "Payout finally arrived but the delay cost us interest."],
    },
    "acreage": {
        "zh": ["登记的面积和确权面积对不上，补正材料被退回来三次。",
               "我家地就是{area}亩，系统非说面积不符，让我去村里开证明。",
               "面积核不上，补贴一直批不下来，保单也不敢算数。",
               "手机上圈的地块面积和村里报的不一样，到底以哪个为准？",
               "因为面积差了两亩就被退回，来回跑了好几趟乡里。",
               "合作社流转的地面积对不上原承包户的，核验卡住了。"],
        "en": ["Our insured acreage doesn't match the land titles office so the application got sent back.",
               "Acreage on the policy is wrong, the map tool drew the paddock boundary badly.",
               "Had to resubmit the acreage twice, the numbers still don't line up with the seeded report.",
               "Acreage mismatch again, please fix the mapping before next season."],
    },
    "price": {
        "zh": ["算出来保费太贵了，比去年村里统保的时候高不少。",
               "App上报价太贵，自己还要交三成，不划算。",
               "一亩地交这么多，太贵了，再考虑考虑。",
               "报价太贵了，隔壁公司便宜一些，我再比比。"],
        "en": ["The quote came back too expensive for what it covers.",
               "Premium is too expensive compared with last season, we may self-insure the {crop}.",
               "Too expensive, the hail cover alone costs more than the neighbours pay.",
               "Quoted price is too expensive for our margins this year."],
    },
    "app_crash": {
        "zh": ["App一上传照片就闪退，报案报了三次才成功。",
               "注册的时候一直闪退，最后还是找人帮忙弄的。",
               "新版本老是闪退，安卓手机根本用不了。",
               "拍地块照片的时候闪退，白白在地里站了半天。"],
        "en": ["App keeps going to crash when I upload photos of the damage.",
               "Sign-up screen crash on my phone every single time.",
               "The app would crash halfway through the claim form.",
               "Another crash on the latest update, had to ring instead."],
    },
    "hotline_wait": {
        "zh": ["客服电话根本打不通，一直占线。",
               "受灾那几天热线打不通，急死人了。",
               "打不通客服，只能去乡里找人。",
               "热线一直打不通，好不容易接通又让等回电。"],
        "en": ["Was on hold for forty minutes trying to report the damage.",
               "Left on hold again, then the call dropped.",
               "Spent ages on hold just to get a claim number.",
               "Your line had me on hold for half an hour in the middle of harvest."],
    },
    "survey_slow": {
        "zh": ["报案一个星期了都没人来看地，玉米都快烂在地里了。",
               "说好三天内查勘，等了十天还是没人来。",
               "报了案没人来，也没人打电话，不知道找谁。",
               "受灾后一直没人来查勘，地里的庄稼不敢动。"],
        "en": ["Lodged the claim a week ago and nobody came to look at the crop.",
               "Nobody came out for ten days, we couldn't harvest around the damage.",
               "Claim reported, then silence. Nobody came until I chased it three times.",
               "Nobody came to inspect before the header was due in."],
    },
    "reminder": {
        "zh": ["今年没收到续保提醒，差点错过投保期。",
               "续保提醒发得太晚了，补贴名额都快满了。",
               "续保提醒短信看着像诈骗短信，不敢点。",
               "续保提醒只发短信，家里老人不看手机。"],
        "en": ["Never got a renewal reminder, nearly missed the deadline.",
               "The reminder email went to spam, please call next time.",
               "Reminder came after the sales closing date, useless.",
               "A reminder a week before the cut-off is too late for us."],
    },
    "agent_praise": {
        "zh": ["村里的协保员很负责，挨家挨户讲保险怎么赔。",
               "协保员帮我量地、拍照、填表，一分钱没让我多跑。",
               "多亏协保员提醒，今年及时投了保，冰雹过后全赔了。",
               "协保员小{surname}讲得明白，老人也听得懂。"],
        "en": ["Our agent walked every paddock with us and explained the cover clearly.",
               "Great agent, answered every question about the hail cover.",
               "The agent sorted the paperwork on the spot, very easy.",
               "Our local agent is the reason we stay with you."],
    },
    "drone": {
        "zh": ["这次用无人机查勘，半天就出了结果，很快。",
               "无人机拍得很清楚，损失一目了然，没有扯皮。",
               "无人机航拍定得快，赔得也快，点赞。",
               "无人机来了一趟，整片地都看了，比以前人工快多了。"],
        "en": ["The drone survey was quick and the numbers matched what we saw.",
               "Impressed with the drone inspection, done in an afternoon.",
               "Drone flyover covered the whole block, fair result.",
               "Drone survey made the claim painless."],
    },
    "generic_positive": {
        "zh": ["整体服务不错，赔得也及时，明年还会继续投。",
               "手续比以前简单多了，办得很顺利。",
               "理赔顺利，工作人员态度很好。",
               "{peril}受灾后赔得挺合理，感谢。",
               "服务挺好的，有问题能找到人。",
               "保险还是要买的，这次帮了大忙。"],
        "en": ["Smooth process overall, will renew next season.",
               "Claim handled fairly and quickly, thanks.",
               "Good cover for the {crop}, easy to deal with.",
               "Staff were helpful and knew the district.",
               "Straightforward policy, no surprises.",
               "Happy with how the {peril} claim went."],
    },
    "generic_neutral": {
        "zh": ["还行吧，就是手续有点多。", "一般，希望条款说得再清楚点。", "没什么特别的，按流程走的。",
               "希望明年能增加更多作物品种。", "今年没出险，没什么好说的。"],
        "en": ["It was fine, a bit of paperwork.", "Average. Policy wording could be clearer.",
               "No claim this year so nothing much to report.", "Would like more crop options next year.",
               "Okay service, nothing special."],
    },
    "generic_negative": {
        "zh": ["服务态度一般，问个问题推来推去。", "条款太复杂，出了事才知道这个不赔。", "流程太繁琐了，跑了好几趟。",
               "理赔标准不清楚，说不赔就不赔。", "感觉交了钱没什么用，明年再看。"],
        "en": ["Too much paperwork for what it is.", "Policy wording is confusing, felt misled about exclusions.",
               "Got passed around between departments.", "Not convinced the cover is worth it.",
               "Slow to answer emails."],
    },
}


TOWNS = {"New South Wales": ["Dubbo", "Moree", "Wagga Wagga", "Parkes", "Narrabri"],
         "Western Australia": ["Merredin", "Esperance", "Geraldton", "Katanning"],
         "Saskatchewan": ["Swift Current", "Yorkton", "Kindersley", "Weyburn"],
         "Alberta": ["Lethbridge", "Red Deer", "Vulcan", "Camrose"]}
PRE = {"zh": ["", "", "", "说实话，", "我是{region}种{crop}的，", "反映个情况：", "老客户了，", "今年头一回买，",
              "替家里老人说一下，"],
       "en": ["", "", "", "Honestly, ", "We grow {crop} out near {town}. ", "Third season with you. ",
              "First year insured. ", "Writing for my father. "]}
SUF = {("zh", "negative"): ["", "", "希望改进。", "麻烦尽快处理。", "请领导重视一下。", "太让人失望了。"],
       ("zh", "positive"): ["", "", "谢谢！", "给你们点个赞。", "明年接着保。"],
       ("zh", "neutral"): ["", "", "就这些。", "供参考。"],
       ("en", "negative"): ["", "", " Please sort it out.", " Not good enough.", " Very disappointed."],
       ("en", "positive"): ["", "", " Thanks.", " Cheers.", " Keep it up."],
       ("en", "neutral"): ["", "", " That's all.", " Just my two cents."]}


def make_text(topic, lang, ctx):
    tpl = pick(TEXT[topic][lang])
    peril = ctx.get("peril_en") or pick(["hail", "drought", "flood", "frost"])
    peril_zh = ctx.get("peril_zh") or PERIL_ZH[peril.replace(" ", "_")]
    sent = TOPIC_SENT.get(topic, topic.replace("generic_", ""))
    crop_zh, crop_en = ctx.get("crop_zh", "庄稼"), ctx.get("crop_en", "crop")
    region = ctx.get("region", "")
    pre = pick(PRE[lang])
    if ("{region}" in pre and region not in REGIONS) or ("{town}" in pre and region not in TOWNS):
        pre = ""
    town = pick(TOWNS[region]) if region in TOWNS else ""
    if lang == "en" and pre.endswith(", "):
        tpl = tpl[0].lower() + tpl[1:]
    text = pre + tpl + pick(SUF[(lang, sent)])
    return text.format(crop=crop_zh if lang == "zh" else crop_en, peril=peril_zh if lang == "zh" else peril,
                       p=int(rng.integers(1, 4)), area=int(rng.integers(8, 40)), month=ctx.get("month", "March"),
                       surname=pick(SURNAMES), region=REGIONS.get(region, ("", ""))[1], town=town)


def fb(cust, ts, tp, channel, topic, lang, ctx=None, rating=None, nps=None, **extra):
    if ts is not None and (ts < START or ts > END):
        return
    ctx = dict(ctx or {})
    ctx.setdefault("region", cust["region"] if cust else extra.get("region", ""))
    sent = TOPIC_SENT.get(topic, topic.replace("generic_", ""))
    text = make_text(topic, lang, ctx)
    row = dict(text=text, ts=ts, customer_id=cust["customer_id"] if cust else "", touchpoint_id=tp or "",
               channel=channel, rating=rating if rating is not None else "", nps=nps if nps is not None else "",
               language=lang, region=(cust["region"] if cust else extra.pop("region", "")))
    row.update(extra)
    FEEDBACK.append((row, topic, sent))


def rating_for(topic):
    sent = TOPIC_SENT.get(topic, topic.replace("generic_", ""))
    if sent == "negative":
        return int(pick([1, 2, 3], [0.5, 0.38, 0.12]))
    if sent == "positive":
        return int(pick([4, 5], [0.35, 0.65]))
    return int(pick([2, 3, 4], [0.2, 0.6, 0.2]))


# ------------------------------------------------------------------ customers
def make_customer(i, legacy):
    country = pick(list(COUNTRY_W), list(COUNTRY_W.values()))
    regs = [r for r, v in REGIONS.items() if v[0] == country]
    region = pick(regs, [REGIONS[r][2] for r in regs])
    crop = pick([c for c, _ in REGIONS[region][3]], [w for _, w in REGIONS[region][3]])
    ct = CTYPES[country]
    ctype = ct[int(rng.choice(len(ct), p=np.array([c[2] for c in ct]) / sum(c[2] for c in ct)))]
    area = round(float(rng.lognormal(np.log(ctype[3]), ctype[4])), 1)
    if country == "China":
        if ctype[0] == "cooperative":
            acq = pick(["coop", "agent_visit", "village_committee"], [0.6, 0.3, 0.1])
        elif ctype[0] == "agri_company":
            acq = pick(["agent_visit", "bank_referral", "app"], [0.5, 0.3, 0.2])
        else:
            acq = pick(["agent_visit", "app", "mini_program", "bank_referral", "village_committee"],
                       [0.44, 0.16, 0.2, 0.08, 0.12] if not legacy else [0.6, 0.05, 0.1, 0.1, 0.15])
        name = pick(SURNAMES) + pick(GIVEN)
        if ctype[0] == "cooperative":
            name = f"{REGIONS[region][1]}{pick(['丰收', '金穗', '众兴', '绿野', '兴农', '德丰'])}{crop_info(crop, country)[0]}种植专业合作社"
        elif ctype[0] == "family_farm":
            name = f"{name}家庭农场"
        elif ctype[0] == "agri_company":
            name = f"{REGIONS[region][1]}{pick(['北大荒', '中垦', '天润', '华农', '嘉禾'])}农业有限公司"
        lang = "zh"
        agent = f"XB-{REG_CODE[region]}-{int(rng.integers(1, 60)):03d}"
    else:
        acq = pick(["broker", "app", "web", "field_day"], [0.45, 0.3, 0.15, 0.1] if not legacy else
                   [0.6, 0.15, 0.15, 0.1])
        fam = pick(EN_FAMILY)
        name = f"{fam} {pick(EN_PLACE)} {'Pty Ltd' if country == 'Australia' else 'Farms Ltd'}" \
            if ctype[0] == "corporate_farm" else f"{fam} Family Farm"
        lang = "zh" if chance(0.04) else "en"
        agent = f"BRK-{REG_CODE[region]}-{int(rng.integers(1, 25)):02d}"
    c = dict(customer_id=f"C{i:05d}", region=region, country=country, region_zh=REGIONS[region][1],
             customer_type=ctype[0], tier=ctype[5], crop=crop, area=area, acq=acq, legacy=legacy, name=name,
             lang=lang, agent_id=agent, policies=[], seasons_bought=[], disputed_unpaid=False, renewed_last=None,
             first_policy=None, lead_lost=False, signup_at=None)
    return c


# ------------------------------------------------------------------ core simulation
def premium(c, crop, y):
    info = crop_info(crop, c["country"])
    country = c["country"]
    if country == "China":
        product = "direct_cost" if crop in ("soybean", "peanut") else "full_cost"
        if crop == "soybean" and chance(0.3):
            product = "income"
        si_unit, rate, share = info[3], info[4], info[5]
    elif country == "Australia":
        product = pick(["mpci", "hail"], [0.55, 0.45])
        si_unit, rate, share = info[3], (info[4] if product == "mpci" else 0.022), 1.0
    else:
        product = pick(["agriinsurance", "hail"], [0.7, 0.3])
        si_unit, rate, share = info[3], (info[4] if product == "agriinsurance" else 0.03), \
            (0.40 if product == "agriinsurance" else 1.0)
    drift = 1.0 + (0.04 if y >= 2026 or (crop == "winter_wheat" and y == 2025) else 0.0)
    area = round(c["area"] * float(rng.uniform(0.9, 1.05)), 1)
    si_local = area * si_unit
    prem_local = round(si_local * rate * drift * float(rng.uniform(0.95, 1.05)), 2)
    fx = FX[CUR[country]]
    return dict(product=product, area=area, si_local=si_local, prem_local=prem_local, share=share,
                prem_cny=round(prem_local * fx, 2), si_cny=round(si_local * fx, 2))


def new_policy(c, crop, y, ts, channel, device, kind, application=None):
    """writes the purchase / renewal event + policy order; returns the policy dict"""
    p = premium(c, crop, y)
    pno = f"P{ts.year % 100:02d}{REG_CODE[c['region']]}{seq('pol'):06d}"
    info = crop_info(crop, c["country"])
    tp = "tp_purchase" if kind == "new" else "tp_renewal"
    cur = CUR[c["country"]]
    farmer_cny = round(p["prem_cny"] * p["share"], 2)
    ev(c, ts, tp, "paid" if kind == "new" else "renewed", channel, device, application or pno, policy_no=pno,
       crop=crop, **{"作物": info[0]}, product=p["product"], **{"险种": PRODUCT_ZH[p["product"]]},
       area=p["area"], area_unit=UNIT[c["country"]], premium_cny=p["prem_cny"], farmer_paid_cny=farmer_cny,
       season=season_label(crop, y))
    pol = dict(policy_no=pno, crop=crop, y=y, ts=ts, kind=kind, channel=channel, device=device, status="paid",
               order=None, **p)
    order = dict(order_id=pno, customer_id=c["customer_id"], ts=ts, amount=p["prem_cny"], status="paid",
                 channel=channel, device=device, order_type="policy", **{"单据类型": "保单"},
                 business_type=kind, **{"业务类型": "新单" if kind == "new" else "续保"}, region=c["region"],
                 currency=cur, amount_local=p["prem_local"], policy_no=pno, claim_no="", crop=crop,
                 **{"作物": info[0]}, product=p["product"], **{"险种": PRODUCT_ZH[p["product"]]}, area=p["area"],
                 area_unit=UNIT[c["country"]], sum_insured_cny=p["si_cny"], farmer_paid_cny=farmer_cny,
                 subsidy_cny=round(p["prem_cny"] - farmer_cny, 2), season=season_label(crop, y), peril="",
                 cancel_reason="")
    ORDERS.append(order)
    pol["order"] = order
    c["policies"].append(pol)
    c["seasons_bought"].append(y)
    if c["first_policy"] is None:
        c["first_policy"] = ts
    if c["country"] == "China":
        subsidy_check(c, pol)
    if chance(0.022) and pol["status"] == "paid":
        order["status"] = "refunded"
        order["cancel_reason"] = pick(["crop_not_planted", "land_transferred", "duplicate_policy"])
        pol["status"] = "refunded"
    return pol


def subsidy_check(c, pol):
    ts = at_hour(pol["ts"] + D(days=float(rng.uniform(8, 30))), 9, 17)
    hlj_spring25 = c["region"] == "Heilongjiang" and pol["y"] == 2025
    p_ret = 0.44 if hlj_spring25 else 0.09
    if c["customer_type"] == "cooperative":
        p_ret += 0.06
    base = dict(policy_no=pol["policy_no"], crop=pol["crop"], season=season_label(pol["crop"], pol["y"]))
    if not chance(p_ret):
        ev(c, ts, "tp_subsidy_check", "verified", "", "", pol["policy_no"], **base)
        return
    reason = pick(list(REASON_ZH), [0.78, 0.08, 0.07, 0.07] if hlj_spring25 else [0.45, 0.2, 0.2, 0.15])
    ev(c, ts, "tp_subsidy_check", "returned", "", "", pol["policy_no"], reject_reason=reason,
       **{"退回原因": REASON_ZH[reason]}, **base)
    pol["returned"] = (ts, reason)
    ts2 = at_hour(ts + D(days=float(rng.uniform(6, 24))), 9, 17)
    if chance(0.86):
        ev(c, ts2, "tp_subsidy_check", "verified", "", "", pol["policy_no"], resubmission=1, **base)
    else:
        ev(c, ts2, "tp_subsidy_check", "rejected", "", "", pol["policy_no"], reject_reason=reason,
           **{"退回原因": REASON_ZH[reason]}, resubmission=1, **base)
        if ts2 <= END:
            pol["status"] = "cancelled"
            pol["order"]["status"] = "cancelled"
            pol["order"]["cancel_reason"] = "subsidy_rejected"


def loss_prob_and_peril(c, crop, y):
    """probability of a damage event in the season and the peril / loss-date sampler"""
    lw0, lw1 = loss_window(crop, c["country"], y)
    region = c["region"]
    if region in ("Henan", "Shandong", "Anhui") and y == 2025 and crop in ("summer_corn", "rice", "peanut"):
        return 0.5, lambda: ("flood", rdate(datetime(2025, 7, 4), datetime(2025, 7, 24)))
    if region == "New South Wales" and y == 2025:
        return 0.52, lambda: ("drought", rdate(datetime(2025, 8, 20), datetime(2025, 10, 31)))
    if region == "Alberta" and y == 2025:
        return 0.34, lambda: ("hail", rdate(datetime(2025, 7, 8), datetime(2025, 8, 10)))
    perils = {"winter_wheat": (["drought", "frost", "dry_hot_wind", "hail", "flood"], [.3, .2, .2, .2, .1]),
              "cotton": (["hail", "windstorm", "low_temp", "pest"], [.45, .3, .15, .1])}
    if c["country"] == "China":
        names, ws = perils.get(crop, (["flood", "drought", "hail", "windstorm", "low_temp", "pest"],
                                      [.3, .2, .15, .15, .1, .1]))
    else:
        names, ws = ["hail", "drought", "frost", "flood"], [.4, .3, .2, .1]
    return 0.28, lambda: (pick(names, ws), rdate(lw0, lw1))


def claim(c, pol, peril, loss_dt):
    country = c["country"]
    info = crop_info(pol["crop"], country)
    cno = f"CL{loss_dt.year % 100:02d}{REG_CODE[c['region']]}{seq('clm'):06d}"
    delay = float(rng.choice([0, 1, 2, 3, 5], p=[0.35, 0.3, 0.17, 0.1, 0.08]))
    rts = at_hour(loss_dt + D(days=delay), 6, 21)
    if country == "China":
        dig = c["acq"] in ("app", "mini_program")
        ch = pick(["hotline", "agent", "mini_program", "app"], [0.35, 0.35, 0.2, 0.1] if not dig else
                  [0.2, 0.1, 0.4, 0.3])
    else:
        ch = pick(["hotline", "broker", "app"], [0.4, 0.3, 0.3])
    dev = device_for(ch, country)
    flood_surge = c["region"] in ("Henan", "Shandong", "Anhui") and loss_dt.year == 2025 and loss_dt.month == 7
    base = dict(policy_no=pol["policy_no"], claim_no=cno, crop=pol["crop"], **{"作物": info[0]}, peril=peril,
                **{"灾因": PERIL_ZH[peril]})
    r = ev(c, rts, "tp_damage_report", "reported", ch, dev, cno, loss_date=loss_dt.date().isoformat(),
           days_after_loss=int(delay), est_loss_pct=int(rng.integers(20, 90)), **base)
    if r is None:
        return None
    # survey
    if flood_surge:
        method = pick(["satellite", "on_site", "drone"], [0.62, 0.23, 0.15])
        dts = float(rng.uniform(1, 5)) if method == "satellite" else float(rng.uniform(4, 15))
    elif country == "China":
        method = pick(["on_site", "drone", "satellite", "yield_sampling"], [0.45, 0.3, 0.1, 0.15])
        dts = {"on_site": rng.uniform(1, 7), "drone": rng.uniform(1, 4), "satellite": rng.uniform(1, 4),
               "yield_sampling": rng.uniform(8, 25)}[method]
    else:
        method = pick(["on_site", "drone", "yield_sampling"], [0.6, 0.25, 0.15])
        dts = {"on_site": rng.uniform(2, 12), "drone": rng.uniform(1, 5), "yield_sampling": rng.uniform(10, 30)}[method]
        if c["region"] == "New South Wales" and peril == "drought":
            dts += float(rng.uniform(2, 10))
    dts = float(dts)
    sts = at_hour(rts + D(days=dts), 8, 18)
    if method == "satellite" and flood_surge:
        p = [0.48, 0.40, 0.12]
    elif method == "satellite":
        p = [0.17, 0.7, 0.13]
    elif method == "drone":
        p = [0.05, 0.83, 0.12]
    else:
        p = [0.09, 0.77, 0.14]
    action = pick(["disputed", "agreed", "below_deductible"], p)
    loss_pct = int(rng.integers(2, 10)) if action == "below_deductible" else int(15 + 75 * rng.beta(1.6, 3.0))
    deductible = 0.0 if country == "China" else 0.2
    assessed = 0.0 if action == "below_deductible" else round(pol["si_cny"] * max(loss_pct / 100 - deductible, 0.05)
                                                              * float(rng.uniform(0.6, 0.8)), 2)
    surveyor = f"SV-{REG_CODE[c['region']]}-{int(rng.integers(1, 40)):02d}"
    s = ev(c, sts, "tp_loss_survey", action, "", "tablet" if method in ("on_site", "yield_sampling") else "",
           cno, survey_method=method, **{"查勘方式": METHOD_ZH[method]}, surveyor_id=surveyor,
           days_to_survey=round((sts - rts).total_seconds() / 86400, 1), loss_pct=loss_pct, assessed_loss_cny=assessed, **base)
    cl = dict(claim_no=cno, report_ts=rts, survey_ts=sts if s else None, method=method, action=action if s else None,
              dts=dts, peril=peril, pol=pol, paid=False, days_to_pay=None, ch=ch, loss_dt=loss_dt, assessed=assessed)
    if s is None:
        return cl
    if action == "below_deductible":
        return cl
    if action == "disputed":
        if not chance(0.62):
            c["disputed_unpaid"] = True
            cl["unpaid_dispute"] = True
            return cl
        dtp = float(rng.uniform(25, 70))
        amount = round(assessed * float(rng.uniform(1.05, 1.35)), 2)
    else:
        dtp = float(rng.uniform(4, 16)) if country == "China" else float(rng.uniform(8, 28))
        if c["region"] == "New South Wales" and pol["y"] == 2025:
            dtp += float(rng.uniform(10, 30))
        amount = assessed
    pts = at_hour(sts + D(days=dtp), 9, 17)
    cur = CUR[country]
    cl["days_to_pay"] = dtp
    if pts > END:
        ORDERS.append(dict(order_id=cno, customer_id=c["customer_id"], ts=sts, amount=amount, status="pending",
                           channel="", device="", order_type="claim_payout", **{"单据类型": "赔款"},
                           region=c["region"], currency=cur, amount_local=round(amount / FX[cur], 2),
                           policy_no=pol["policy_no"], claim_no=cno, crop=pol["crop"], **{"作物": info[0]},
                           product=pol["product"], **{"险种": PRODUCT_ZH[pol["product"]]}, area=pol["area"],
                           area_unit=UNIT[country], sum_insured_cny=pol["si_cny"], farmer_paid_cny="",
                           subsidy_cny="", season=season_label(pol["crop"], pol["y"]), peril=peril, cancel_reason=""))
        return cl
    method_pay = "惠农一卡通" if country == "China" and chance(0.7) else "bank_transfer"
    ev(c, pts, "tp_claim_payout", "paid", "", "", cno, payout_cny=amount,
       days_to_pay=round((pts - sts).total_seconds() / 86400, 1),
       payment_method=method_pay, **base)
    ORDERS.append(dict(order_id=cno, customer_id=c["customer_id"], ts=pts, amount=amount, status="paid",
                       channel="", device="", order_type="claim_payout", **{"单据类型": "赔款"}, region=c["region"],
                       currency=cur, amount_local=round(amount / FX[cur], 2), policy_no=pol["policy_no"],
                       claim_no=cno, crop=pol["crop"], **{"作物": info[0]}, product=pol["product"],
                       **{"险种": PRODUCT_ZH[pol["product"]]}, area=pol["area"], area_unit=UNIT[country],
                       sum_insured_cny=pol["si_cny"], farmer_paid_cny="", subsidy_cny="",
                       season=season_label(pol["crop"], pol["y"]), peril=peril, cancel_reason=""))
    cl["paid"] = True
    cl["pay_ts"] = pts
    if action == "disputed":
        c["disputed_unpaid"] = False
    return cl


DUPES = []
CLAIMS = []
REMINDERS = []


def season_claims(c, pol):
    if pol["status"] == "cancelled":
        return None
    p, sampler = loss_prob_and_peril(c, pol["crop"], pol["y"])
    if not chance(p):
        return None
    peril, loss_dt = sampler()
    if pol["product"] == "hail" and peril != "hail":
        return None
    if loss_dt > END or (pol["kind"] != "legacy" and loss_dt < pol["ts"] + D(days=3)):
        return None
    cl = claim(c, pol, peril, loss_dt)
    if cl:
        cl["customer"] = c
        CLAIMS.append(cl)
    return cl


def renewal_prob(c, last_claim, y_next, exp_variant):
    base = {"individual_farmer": 0.72, "family_farm": 0.82, "cooperative": 0.9, "agri_company": 0.86,
            "corporate_farm": 0.84}[c["customer_type"]]
    if c["country"] != "China" and c["customer_type"] == "family_farm":
        base = 0.8
    if last_claim is not None and last_claim.get("action") == "disputed":
        base *= 0.78 if last_claim["paid"] else 0.42
    elif last_claim is not None and last_claim["paid"]:
        base = min(0.96, base * 1.08)
    if c["acq"] in ("app",) and not c["legacy"]:
        base *= 0.88
    if exp_variant == "sms":
        base *= 0.86
    elif exp_variant == "agent_call":
        base = min(0.97, base * 1.12)
    return base


def run_seasons(c, crop, y, pol, last_claim):
    """policy `pol` of season y is bought; simulate its claims and the renewals that follow."""
    while True:
        cl = season_claims(c, pol) if pol is not None else None
        if cl is not None:
            last_claim = cl
        y2 = y + 1
        info = crop_info(crop, c["country"])
        s0, s1 = window(y2, info[1])
        if s0 > END:
            return
        if pol is not None and pol["status"] != "paid":
            return
        rem_ts = at_hour(s0 - D(days=float(rng.uniform(6, 24))), 9, 20)
        if rem_ts > END:
            return
        variant = None
        if c["country"] == "China":
            if datetime(2026, 1, 1) <= rem_ts < datetime(2026, 5, 1):
                variant = pick(["sms", "agent_call"])
                rch = "sms" if variant == "sms" else "phone"
                EXPER.append(dict(experiment_id="renewal_reminder_2026", variant=variant,
                                  customer_id=c["customer_id"], assigned_at=rem_ts - D(minutes=int(rng.integers(5, 90)))))
            else:
                rch = pick(["sms", "wechat"], [0.7, 0.3])
        else:
            rch = "email"
        ev(c, rem_ts, "tp_renewal_reminder", "sent", rch, "", f"RN{seq('rn'):06d}",
           reminder_type=("agent_call" if rch == "phone" else rch), crop=crop, **{"作物": info[0]},
           season=season_label(crop, y2))
        REMINDERS.append((c, rem_ts))
        if not chance(renewal_prob(c, last_claim, y2, variant)):
            c["renewed_last"] = False
            c["lapse_ts"] = rem_ts
            return
        lag = float(rng.uniform(3, 55)) if chance(0.95) else float(rng.uniform(62, 85))
        rts = at_hour(rem_ts + D(days=lag), 8, 21)
        if rts > END:
            c["renewed_last"] = None
            return
        if c["country"] == "China":
            if c["customer_type"] == "cooperative":
                ch = "coop"
            else:
                ch = pick(["agent", "mini_program", "app", "bank_counter"], [0.5, 0.25, 0.12, 0.13])
                if c["acq"] in ("app", "mini_program"):
                    ch = pick(["app", "mini_program", "agent"], [0.45, 0.4, 0.15])
        else:
            ch = pick(["broker", "app", "web"], [0.5, 0.3, 0.2])
        pol = new_policy(c, crop, y2, rts, ch, device_for(ch, c["country"]), "renewal")
        c["renewed_last"] = True
        y = y2


def sim_legacy(c):
    crop = c["crop"]
    c["signup_at"] = rdate(datetime(2017, 3, 1), datetime(2024, 6, 30))
    info = crop_info(crop, c["country"])
    # the policy of the season before the first in-data sale window (bought before the extract)
    y0 = 2023 if crop == "winter_wheat" else 2024
    p = premium(c, crop, y0)
    pol0 = dict(policy_no=f"P{y0 % 100:02d}{REG_CODE[c['region']]}{int(rng.integers(100000, 999999)):06d}",
                crop=crop, y=y0, ts=datetime(y0, info[1][0], info[1][1]), kind="legacy", status="paid",
                channel="", device="", order=None, **p)
    c["policies"].append(pol0)
    run_seasons(c, crop, y0, pol0, None)


def lead_first_touch(c, when):
    acq = c["acq"]
    if acq in ("app", "mini_program", "web"):
        ch = acq
        ev(c, when, "tp_app_signup", "registered", ch, device_for(ch, c["country"]), f"LD{seq('ld'):06d}",
           app_version=pick(["3.4.1", "3.5.0", "3.5.2", "3.6.0"]) if ch == "app" else "")
    else:
        vt = pick(list(VISIT_ZH), [0.5, 0.25, 0.1, 0.15]) if c["country"] == "China" else \
            pick(["door_to_door", "field_day"], [0.7, 0.3])
        if acq == "coop":
            vt = "coop_meeting"
        if acq == "field_day":
            vt = "field_day"
        ev(c, when, "tp_agent_visit", "visited", "agent" if c["country"] == "China" else "broker", "",
           f"LD{seq('ld'):06d}", visit_type=vt, **{"走访方式": VISIT_ZH[vt]},
           acquisition_source=acq)
    c["signup_at"] = when


REG_CH = {"agent_visit": "agent", "bank_referral": "agent", "village_committee": "agent", "coop": "coop",
          "app": "app", "mini_program": "mini_program", "web": "web", "broker": "broker", "field_day": "broker"}
# P(quote | field reg), P(purchase | quote) by registration channel
CONV = {"agent": (0.95, 0.86), "coop": (0.98, 0.93), "broker": (0.93, 0.74), "mini_program": (0.88, 0.56),
        "web": (0.85, 0.5), "app": (0.78, 0.27)}
MAPPING = {"agent": "agent_measured", "coop": "land_cert_import", "broker": "shapefile_upload",
           "mini_program": "satellite_draw", "web": "satellite_draw", "app": "gps_walk"}


def sim_lead(c):
    crop = c["crop"]
    info = crop_info(crop, c["country"])
    seasons = []
    for y in (2024, 2025, 2026):
        s0, s1 = window(y, info[1])
        if s0 >= START and s0 <= END - D(days=20):
            seasons.append(y)
    wts = [0.6 if y == 2025 else (0.5 if (y == 2024 and crop == "winter_wheat") else 0.35) for y in seasons]
    y = pick(seasons, wts)
    s0, s1 = window(y, info[1])
    s1 = min(s1, END - D(days=2))
    reg_ts = rdate(s0, s1)
    reg_ts = at_hour(reg_ts, 7, 21)
    first = reg_ts - D(days=float(rng.uniform(1, 40)))
    if first < START:
        first = START + D(hours=float(rng.uniform(8, 200)))
        if first >= reg_ts:
            first = reg_ts - D(hours=3)
    lead_first_touch(c, at_hour(first, 8, 20))
    ch = REG_CH[c["acq"]]
    p_reg = 0.58 if ch in ("app", "mini_program", "web") else 0.82
    if not chance(p_reg):
        c["lead_lost"] = True
        return
    dev = device_for(ch, c["country"])
    app_no = f"AP{reg_ts.year % 100:02d}{seq('ap'):06d}"
    area = round(c["area"] * float(rng.uniform(0.95, 1.05)), 1)
    ev(c, reg_ts, "tp_field_reg", "submitted", ch, dev, app_no, crop=crop, **{"作物": info[0]}, area=area,
       area_unit=UNIT[c["country"]], mapping_method=MAPPING[ch], parcels=int(max(1, rng.poisson(
           1 + c["area"] / (30 if c["country"] == "China" else 800)))), season=season_label(crop, y))
    pq, pb = CONV[ch]
    if not chance(pq):
        c["lead_lost"] = True
        return
    q_ts = reg_ts + D(minutes=float(rng.uniform(2, 60))) if chance(0.6) else at_hour(
        reg_ts + D(days=float(rng.uniform(1, 8))), 8, 21)
    est = premium(c, crop, y)
    ev(c, q_ts, "tp_quote", "quoted", ch, dev, app_no, quote_no=f"Q{seq('q'):07d}", crop=crop,
       **{"作物": info[0]}, premium_quote_cny=est["prem_cny"], farmer_share_pct=int(round(est["share"] * 100)),
       product=est["product"], **{"险种": PRODUCT_ZH[est["product"]]})
    if ch in ("app", "mini_program", "web") and chance(0.3):
        q_ts = at_hour(q_ts + D(days=float(rng.uniform(0.2, 6))), 8, 22)
        ev(c, q_ts, "tp_quote", "requoted", ch, dev, app_no, quote_no=f"Q{seq('q'):07d}", crop=crop,
           **{"作物": info[0]}, premium_quote_cny=round(est["prem_cny"] * float(rng.uniform(0.85, 1.0)), 2),
           farmer_share_pct=int(round(est["share"] * 100)), product=est["product"],
           **{"险种": PRODUCT_ZH[est["product"]]})
    c["quoted"] = (q_ts, ch)
    if not chance(pb):
        c["lead_lost"] = True
        c["quote_lost"] = True
        return
    lag = float(rng.uniform(0, 12)) if chance(0.93) else float(rng.uniform(32, 45))
    b_ts = at_hour(q_ts + D(days=lag), 8, 21) if lag > 0.5 else q_ts + D(minutes=float(rng.uniform(3, 40)))
    if b_ts > END:
        c["lead_lost"] = True
        return
    pch = ch if not (ch == "agent" and chance(0.2)) else "bank_counter"
    pol = new_policy(c, crop, y, b_ts, pch, device_for(pch, c["country"]), "new", application=app_no)
    run_seasons(c, crop, y, pol, None)


# ------------------------------------------------------------------ hotline + feedback
def hotline_call(c, ts, reason, about=None):
    ts = at_hour(ts, 8, 20)
    if ts < START or ts > END:
        return None
    peak = datetime(2025, 7, 5) <= ts <= datetime(2025, 8, 20)
    wait = int(rng.exponential(620 if peak else 95)) + 10
    action = pick(["resolved", "escalated", "callback_promised"], [0.68, 0.14, 0.18] if not peak else
                  [0.45, 0.2, 0.35])
    r = ev(c, ts, "tp_hotline", action, "phone", "", f"CALL{seq('call'):07d}", call_reason=reason,
           **{"来电原因": CALL_ZH[reason]}, wait_sec=wait, claim_no=(about or {}).get("claim_no", ""))
    if r is not None and chance(0.012):
        DUPES.append(dict(r))
    if r is not None and wait > 600 and chance(0.3):
        fb(c, ts + D(seconds=wait + 600), "tp_hotline", "call_note", "hotline_wait", c["lang"], {})
        r = dict(r, noted=True)
    return r


def feedback_all():
    # claim surveys and call notes
    for cl in CLAIMS:
        c = cl["customer"]
        lang = c["lang"]
        ctx = dict(crop_zh=crop_info(cl["pol"]["crop"], c["country"])[0], crop_en=cl["pol"]["crop"].replace("_", " "),
                   peril_zh=PERIL_ZH[cl["peril"]], peril_en=cl["peril"].replace("_", " "),
                   month=cl["report_ts"].strftime("%B"))
        # hotline calls about claims
        if chance(0.28 + (0.35 if cl["dts"] > 7 else 0) + (0.3 if cl.get("unpaid_dispute") else 0)):
            call_ts = cl["report_ts"] + D(days=float(rng.uniform(2, 20)))
            r = hotline_call(c, call_ts, "claim_status", cl)
            if r is not None and not r.get("noted") and chance(0.45):
                if cl["dts"] > 7 and cl["survey_ts"] and r["ts"] < cl["survey_ts"]:
                    fb(c, r["ts"] + D(minutes=20), "tp_loss_survey", "call_note", "survey_slow", lang, ctx)
                elif cl.get("action") == "disputed":
                    fb(c, r["ts"] + D(minutes=20), "tp_loss_survey", "call_note", "assess", lang, ctx)
                else:
                    fb(c, r["ts"] + D(minutes=20), "tp_hotline", "call_note",
                       pick(["generic_neutral", "generic_negative", "generic_positive"], [0.5, 0.3, 0.2]), lang, ctx)
        if cl["action"] is None:
            continue
        if cl["paid"]:
            dec_ts = cl["pay_ts"]
        else:
            dec_ts = cl["survey_ts"] + D(days=float(rng.uniform(2, 10)))
        if not chance(0.55):
            continue
        sts = at_hour(dec_ts + D(days=float(rng.uniform(1, 6))), 9, 21)
        if cl["action"] == "disputed":
            topic = pick(["assess", "payout_slow", "generic_negative"], [0.72, 0.1, 0.18] if cl["paid"] else
                         [0.82, 0, 0.18])
            tp = "tp_claim_payout" if topic == "payout_slow" else "tp_loss_survey"
        elif cl["action"] == "below_deductible":
            topic = pick(["assess", "generic_negative", "generic_neutral"], [0.35, 0.35, 0.3])
            tp = "tp_loss_survey"
        else:
            opts = [("generic_positive", 0.5), ("generic_neutral", 0.15), ("generic_negative", 0.05)]
            if cl["dts"] > 7:
                opts.append(("survey_slow", 0.9))
            if cl["days_to_pay"] and cl["days_to_pay"] > 25:
                opts.append(("payout_slow", 1.2))
            if cl["method"] == "drone":
                opts.append(("drone", 0.6))
            topic = pick([o[0] for o in opts], [o[1] for o in opts])
            tp = {"survey_slow": "tp_loss_survey", "drone": "tp_loss_survey"}.get(topic, "tp_claim_payout")
        fb(c, sts, tp, "claim_survey", topic, lang, ctx, rating=rating_for(topic), claim_no=cl["claim_no"],
           survey_method=cl["method"])
        if cl["action"] == "disputed" and chance(0.18):
            fb(c, sts + D(days=float(rng.uniform(2, 15))), "tp_loss_survey", "complaint_ticket", "assess", lang, ctx,
               claim_no=cl["claim_no"], complaint_route=pick(["12378", "branch", "online"], [0.4, 0.3, 0.3])
               if c["country"] == "China" else "ombudsman")
        if cl["paid"] and cl["days_to_pay"] > 30 and chance(0.12):
            fb(c, cl["pay_ts"] - D(days=5), "tp_claim_payout", "complaint_ticket", "payout_slow", lang, ctx,
               claim_no=cl["claim_no"], complaint_route="branch" if c["country"] == "China" else "ombudsman")


def feedback_customers(customers):
    for c in customers:
        lang = c["lang"]
        ctx = dict(crop_zh=crop_info(c["crop"], c["country"])[0], crop_en=c["crop"].replace("_", " "))
        # subsidy returns -> calls and complaints
        for pol in c["policies"]:
            if "returned" in pol:
                rts, reason = pol["returned"]
                if chance(0.5):
                    r = hotline_call(c, rts + D(days=float(rng.uniform(1, 6))), "subsidy")
                    if r is not None and not r.get("noted") and chance(0.7):
                        topic = "acreage" if reason == "area_mismatch" and chance(0.85) else \
                            pick(["generic_negative", "generic_neutral"])
                        fb(c, r["ts"] + D(minutes=15), "tp_subsidy_check", "call_note", topic, lang, ctx)
                if reason == "area_mismatch" and chance(0.12):
                    fb(c, rts + D(days=float(rng.uniform(3, 12))), "tp_subsidy_check", "complaint_ticket",
                       "acreage", lang, ctx, complaint_route=pick(["12378", "branch", "online"], [0.3, 0.4, 0.3]))
        # lead touchpoints
        for e in c["events"]:
            tp = e["touchpoint_id"]
            if tp == "tp_agent_visit" and chance(0.2):
                topic = pick(["agent_praise", "generic_positive", "generic_neutral", "generic_negative"],
                             [0.45, 0.25, 0.2, 0.1])
                fb(c, e["ts"] + D(hours=float(rng.uniform(1, 30))), tp, "agent_note", topic, lang, ctx,
                   rating=rating_for(topic))
            elif tp == "tp_app_signup" and e["channel"] == "app" and chance(0.18):
                topic = pick(["app_crash", "generic_positive", "generic_neutral", "generic_negative"],
                             [0.4, 0.3, 0.2, 0.1])
                fb(c, e["ts"] + D(hours=float(rng.uniform(0.2, 40))), tp, "app_review", topic, lang, ctx,
                   rating=rating_for(topic), app_version=e.get("app_version", ""))
            elif tp == "tp_field_reg" and e["channel"] in ("app", "mini_program", "web") and chance(0.1):
                topic = pick(["acreage", "generic_neutral", "generic_positive"], [0.45, 0.3, 0.25])
                fb(c, e["ts"] + D(hours=float(rng.uniform(0.5, 48))), tp, "app_review", topic, lang, ctx,
                   rating=rating_for(topic))
            elif tp == "tp_damage_report" and e["channel"] == "app" and chance(0.15):
                topic = pick(["app_crash", "generic_neutral", "generic_positive"], [0.55, 0.25, 0.2])
                fb(c, e["ts"] + D(hours=float(rng.uniform(0.5, 24))), tp, "app_review", topic, lang, ctx,
                   rating=rating_for(topic))
            elif tp == "tp_renewal_reminder" and chance(0.045):
                topic = pick(["reminder", "generic_neutral"], [0.7, 0.3])
                fb(c, e["ts"] + D(days=float(rng.uniform(1, 20))), tp, "call_note" if e["channel"] in
                   ("sms", "wechat", "phone") else "email", topic, lang, ctx)
        if c.get("quote_lost") and c["quoted"][1] in ("app", "mini_program", "web") and chance(0.35):
            qts, ch = c["quoted"]
            topic = pick(["price", "generic_negative", "generic_neutral"], [0.7, 0.15, 0.15])
            fb(c, qts + D(hours=float(rng.uniform(1, 72))), "tp_quote", "app_review", topic, lang, ctx,
               rating=rating_for(topic))
    # other hotline calls (no comment)
    active = [c for c in customers if c["policies"]]
    for _ in range(700):
        c = pick(active)
        reason = pick(["policy_change", "payment", "coverage", "complaint"], [0.3, 0.3, 0.3, 0.1])
        hotline_call(c, rdate(START, END), reason)


def nps_waves(customers):
    for wave, t0 in (("2025-06", datetime(2025, 6, 16)), ("2025-12", datetime(2025, 12, 8))):
        pool = [c for c in customers if c["first_policy"] is not None and c["first_policy"] < t0]
        idx = rng.choice(len(pool), size=int(len(pool) * 0.2), replace=False)
        for i in sorted(idx):
            c = pool[int(i)]
            had = [cl for cl in c.get("claims", []) if cl["report_ts"] < t0]
            score = float(rng.normal(7.6, 1.8))
            topic = pick(["generic_positive", "generic_neutral", "generic_negative", "agent_praise"],
                         [0.45, 0.3, 0.15, 0.1])
            if had:
                last = had[-1]
                if last.get("action") == "disputed":
                    score -= 4.2
                    topic = pick(["assess", "generic_negative"], [0.7, 0.3])
                elif last.get("paid") and last.get("days_to_pay", 0) and last["days_to_pay"] > 25:
                    score -= 2.2
                    topic = "payout_slow"
                elif last.get("paid"):
                    score += 0.8
                    topic = pick(["generic_positive", "drone"] if last["method"] == "drone" else
                                 ["generic_positive", "agent_praise"], [0.7, 0.3])
            if wave == "2025-12" and c["region"] in ("Henan", "Shandong") and c["crop"] in ("summer_corn", "peanut"):
                score -= 1.5
            n = int(min(10, max(0, round(score))))
            ts = at_hour(t0 + D(days=float(rng.uniform(0, 14))), 8, 22)
            if n <= 6 and (TOPIC_SENT.get(topic) == "positive" or topic == "generic_positive"):
                topic = pick(["generic_negative", "generic_neutral"])
            if 7 <= n <= 8 and topic == "generic_negative":
                topic = "generic_neutral"
            if n >= 9 and (TOPIC_SENT.get(topic) == "negative" or topic in ("generic_negative", "generic_neutral")):
                topic = "generic_positive"
            ctx = dict(crop_zh=crop_info(c["crop"], c["country"])[0], crop_en=c["crop"].replace("_", " "))
            fb(c, ts, "", "nps_survey", topic, c["lang"], ctx, nps=n, survey_wave=wave)


def undated_feedback(customers):
    cn = [c for c in customers if c["country"] == "China"]
    # WeChat group messages exported without timestamps or customer ids
    for _ in range(130):
        topic = pick(["acreage", "assess", "payout_slow", "survey_slow", "hotline_wait", "agent_praise",
                      "generic_negative", "generic_neutral", "generic_positive"],
                     [0.28, 0.12, 0.12, 0.06, 0.06, 0.1, 0.1, 0.08, 0.08])
        tp = {"acreage": "tp_subsidy_check", "assess": "tp_loss_survey", "payout_slow": "tp_claim_payout",
              "survey_slow": "tp_loss_survey", "hotline_wait": "tp_hotline", "agent_praise": "tp_agent_visit"
              }.get(topic, "")
        region = pick(["Heilongjiang", "Henan", "Shandong", "Anhui", "Xinjiang"], [0.4, 0.2, 0.15, 0.15, 0.1])
        fb(None, None, tp, "wechat_group", topic, "zh", dict(), region=region,
           wechat_group=f"{REGIONS[region][1]}{pick(['农险服务群', '协保员工作群', '种植户交流群'])}")
    # paper comment forms from village meetings, typed in later (no date)
    for _ in range(60):
        c = pick(cn)
        topic = pick(["agent_praise", "acreage", "generic_positive", "generic_neutral", "generic_negative"],
                     [0.3, 0.25, 0.2, 0.15, 0.1])
        tp = "tp_subsidy_check" if topic == "acreage" else "tp_agent_visit"
        fb(c, None, tp, "paper_form", topic, "zh", dict(crop_zh=crop_info(c["crop"], "China")[0]),
           rating=rating_for(topic))


# ------------------------------------------------------------------ write
def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}" if abs(v - round(v)) > 1e-9 else str(int(round(v)))
    return "" if v is None else str(v)


def write_csv(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k, "")) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    customers = []
    for i in range(1, N_LEGACY + N_LEADS + 1):
        legacy = i <= N_LEGACY
        c = make_customer(i, legacy)
        customers.append(c)
        n0 = len(EVENTS)
        (sim_legacy if legacy else sim_lead)(c)
        c["events"] = EVENTS[n0:]
    for cl in CLAIMS:
        cl["customer"].setdefault("claims", []).append(cl)
    feedback_all()
    feedback_customers(customers)
    nps_waves(customers)
    undated_feedback(customers)

    # touchpoints, journeys
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write_csv(out / "touchpoints.csv", tps)
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write_csv(out / "journeys.csv", jr)

    # customers
    rows = []
    for c in customers:
        pols = [p for p in c["policies"] if p["kind"] != "legacy"]
        last_ts = max([p["ts"] for p in c["policies"]]) if c["policies"] else None
        if not c["policies"]:
            seg = "lead"
        elif c.get("renewed_last") is False:
            seg = "lapsed"
        elif c["disputed_unpaid"]:
            seg = "at_risk"
        elif not c["legacy"] and c["first_policy"] and c["first_policy"] >= datetime(2026, 1, 1):
            seg = "new"
        else:
            seg = "active"
        if c["country"] == "China":
            acq_zh = {"agent_visit": "协保员上门", "app": "App自助", "mini_program": "微信小程序", "coop": "合作社统保",
                      "bank_referral": "农商行推荐", "village_committee": "村委会组织"}[c["acq"]]
        else:
            acq_zh = {"broker": "经纪人", "app": "App自助", "web": "官网", "field_day": "田间日活动"}[c["acq"]]
        rows.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=seg, region=c["region"],
                         acquisition_channel=c["acq"], tier=c["tier"], country=c["country"],
                         region_zh=c["region_zh"], **{"获客渠道": acq_zh}, customer_type=c["customer_type"],
                         **{"客户类型": CTYPE_ZH[c["customer_type"]]}, farm_name=c["name"], main_crop=c["crop"],
                         **{"主要作物": crop_info(c["crop"], c["country"])[0]}, farm_area=c["area"],
                         area_unit=UNIT[c["country"]], agent_id=c["agent_id"], preferred_language=c["lang"],
                         policies_in_data=len(pols), last_policy_at=last_ts,
                         customer_since=c["signup_at"].date().isoformat() if c["legacy"] else ""))
    write_csv(out / "customers.csv", rows)

    # events (+ a few exact duplicates re-synced by the app's offline mode)
    evs = sorted(EVENTS + DUPES, key=lambda r: (r["ts"], r["event_id"]))
    write_csv(out / "events.csv", evs)
    orders = sorted(ORDERS, key=lambda r: (r["ts"], r["order_id"]))
    write_csv(out / "orders.csv", orders)

    # feedback: dated ones by time, undated last
    dated = sorted([f for f in FEEDBACK if f[0]["ts"] is not None], key=lambda f: f[0]["ts"])
    undated = [f for f in FEEDBACK if f[0]["ts"] is None]
    fbrows, truth = [], []
    for k, (row, topic, sent) in enumerate(dated + undated, 1):
        fid = f"FB{k:06d}"
        row = dict(feedback_id=fid, **row)
        fbrows.append(row)
        if row["text"]:
            truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))
    # NPS rows without a comment carry no text: DATA.md requires text, so keep only commented rows in feedback
    keep = [r for r in fbrows if r["text"]]
    cols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
            "region", "survey_wave", "claim_no", "survey_method", "complaint_route", "app_version", "wechat_group"]
    write_csv(out / "feedback.csv", keep, cols)
    write_csv(out / "_truth" / "feedback_truth.csv", truth)
    # marker exclusivity: every comment's topic is exactly what its markers say
    for row, t in zip(keep, truth):
        low = row["text"].lower()
        hits = [k for k, ws in MARKERS.items() if any(w.lower() in low for w in ws)]
        want = [] if t["topic"].startswith("generic") else [t["topic"]]
        assert hits == want, (row["text"], hits, want)

    write_csv(out / "experiments.csv", sorted(EXPER, key=lambda r: r["assigned_at"]),
              ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(rows)}, events {len(evs)} ({len(DUPES)} dupes), orders {len(orders)}, "
          f"feedback {len(keep)}, experiments {len(EXPER)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
