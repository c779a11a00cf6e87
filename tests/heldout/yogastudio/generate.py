"""Generate the synthetic 澄心瑜伽 ClearMind Yoga & Pilates dataset (yoga and pilates studios with a class-booking
app and memberships in Hangzhou, Chengdu and Melbourne) as a DATA.md folder.

    python generate.py OUTDIR

Deterministic (numpy seed 20261207, stdlib otherwise). Data window 2025-01-01 .. 2026-07-31 (extract taken in
August 2026). Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV, plus
OUTDIR/_truth/feedback_truth.csv with the generator's topic and sentiment of each feedback row (not a DATA.md table;
used by gold.py only).
"""
from __future__ import annotations

import csv
import sys
from bisect import bisect_right
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

import numpy as np

SEED = 20261207
START = datetime(2025, 1, 1)
LAST = datetime(2026, 7, 31, 23, 59, 59)
NDAYS = (LAST.date() - START.date()).days + 1
AUD = 4.70  # CNY per AUD, fixed group reporting rate
rng = np.random.default_rng(SEED)

_BUF: list[float] = []
_POS = 0


def r() -> float:
    global _BUF, _POS
    if _POS >= len(_BUF):
        _BUF, _POS = rng.random(65536).tolist(), 0
    _POS += 1
    return _BUF[_POS - 1]


def uni(a, b):
    return a + (b - a) * r()


def randint(a, b):
    """integer in [a, b)"""
    return a + int(r() * (b - a))


def pick(items, p=None):
    if p is None:
        return items[int(r() * len(items))]
    cum = list(accumulate(float(x) for x in p))
    return items[min(bisect_right(cum, r() * cum[-1]), len(items) - 1)]


def expo(mean):
    return -mean * np.log(1.0 - r())


def hours(a, b):
    return timedelta(hours=uni(a, b))


def mins(a, b):
    return timedelta(minutes=uni(a, b))


def days(a, b):
    return timedelta(days=uni(a, b))


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.replace(microsecond=0).isoformat(sep=" ")


# ---------------------------------------------------------------- reference data
STUDIOS = {  # id: city, zh, en, class types
    "HZ01": ("hangzhou", "西湖店", "West Lake", ["hatha", "vinyasa", "yin", "reformer", "mat_pilates"]),
    "HZ02": ("hangzhou", "滨江店", "Binjiang", ["hot", "vinyasa", "yin", "mat_pilates", "prenatal"]),
    "HZ03": ("hangzhou", "未来科技城店", "Future Sci-Tech City", ["hatha", "vinyasa", "mat_pilates", "yin"]),
    "CD01": ("chengdu", "太古里店", "Taikoo Li", ["vinyasa", "reformer", "aerial", "yin", "hatha"]),
    "CD02": ("chengdu", "高新店", "Hi-Tech Zone", ["hot", "hatha", "mat_pilates", "vinyasa"]),
    "CD03": ("chengdu", "玉林店", "Yulin", ["aerial", "yin", "hatha", "prenatal"]),
    "ML01": ("melbourne", "菲茨罗伊店", "Fitzroy", ["vinyasa", "reformer", "yin", "mat_pilates"]),
    "ML02": ("melbourne", "南亚拉店", "South Yarra", ["hot", "vinyasa", "reformer", "yin"]),
}
CITY_STUDIOS = {
    "hangzhou": (["HZ01", "HZ02", "HZ03"], [0.40, 0.35, 0.25]),
    "chengdu": (["CD01", "CD02", "CD03"], [0.45, 0.30, 0.25]),
    "melbourne": (["ML01", "ML02"], [0.55, 0.45]),
}
CLASS_ZH = {"hatha": "哈他瑜伽", "vinyasa": "流瑜伽", "yin": "阴瑜伽", "hot": "高温瑜伽", "mat_pilates": "垫上普拉提",
            "reformer": "器械普拉提", "aerial": "空中瑜伽", "prenatal": "孕产瑜伽"}
INSTRUCTORS = {  # id: studio, zh name, en name
    "T01": ("HZ01", "林悦", "Lin Yue"), "T02": ("HZ01", "陈思", "Chen Si"),
    "T03": ("HZ02", "王琳", "Wang Lin"), "T04": ("HZ02", "赵可", "Zhao Ke"),
    "T05": ("HZ03", "孙蕾", "Sun Lei"), "T06": ("HZ03", "周航", "Zhou Hang"),
    "T07": ("CD01", "李雪", "Li Xue"), "T08": ("CD01", "杨柳", "Yang Liu"),
    "T09": ("CD02", "何静", "He Jing"), "T10": ("CD02", "吴桐", "Wu Tong"),
    "T11": ("CD03", "刘畅", "Liu Chang"), "T12": ("CD03", "蒋敏", "Jiang Min"),
    "T13": ("ML01", "克洛伊", "Chloe Martin"), "T14": ("ML01", "萨姆", "Sam Nguyen"),
    "T15": ("ML02", "普丽娅", "Priya Shah"), "T16": ("ML02", "杰克", "Jack Doyle"),
}
STUDIO_INSTR = {s: [k for k, v in INSTRUCTORS.items() if v[0] == s] for s in STUDIOS}
TRIAL_BONUS = {"T09": 0.36, "T13": -0.03, "T04": -0.08}  # consult -> purchase uplift by trial instructor

# product: (zh, en, credits, price CNY hangzhou, price CNY chengdu, price AUD melbourne)
PRODUCTS = {
    "trial": ("体验课", "Trial class", 1, 49, 49, 25),
    "pack_10": ("10次课包", "10-class pack", 10, 1280, 1180, 280),
    "pack_20": ("20次课包", "20-class pack", 20, 2280, 2080, 520),
    "private_5": ("私教5节", "5 private sessions", 5, 2500, 2300, 550),
    "monthly": ("月卡(自动续费)", "Monthly unlimited (auto-renew)", 0, 699, 649, 199),
    "annual": ("年卡", "Annual pass", 0, 5999, 5499, 1890),
    "mat": ("瑜伽垫", "Yoga mat", 0, 268, 268, 89),
    "grip_socks": ("防滑袜", "Grip socks", 0, 59, 59, 19),
    "block": ("瑜伽砖", "Yoga block", 0, 79, 79, 25),
    "late_cancel_fee": ("迟取消费", "Late cancel fee", 0, 30, 30, 10),
}

TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing", "投放|小红书广告|抖音广告|Instagram ad|ads"),
    ("tp_class_browse", "浏览门店课表", "Browse studios and classes", "awareness", "app", "digital", "growth", "看课表|浏览课程|browse classes|studio page"),
    ("tp_trial_book", "预约体验课", "Book a trial class", "consideration", "app", "digital", "growth", "约体验课|体验课预约|intro class booking|trial booking"),
    ("tp_trial_pay", "体验课付款/核销", "Trial payment or voucher", "consideration", "app", "digital", "growth", "体验课支付|团购核销|美团券|trial payment|intro offer"),
    ("tp_trial_attend", "体验课到店", "Trial class attended", "consideration", "store", "physical", "studio_ops", "体验课签到|上体验课|trial attendance|intro class"),
    ("tp_consult", "课后咨询", "After-class consultation", "consideration", "store", "physical", "sales", "课程顾问|会籍咨询|销售咨询|consult|membership chat"),
    ("tp_membership_page", "会员卡页面", "Membership page", "consideration", "app", "digital", "growth", "月卡页|会籍介绍|pricing page|membership options"),
    ("tp_plan_select", "选择会员方案", "Choose a plan", "purchase", "app", "digital", "growth", "选卡|选套餐|plan selection|choose plan"),
    ("tp_esign", "签署电子合同", "Sign membership agreement", "purchase", "app", "digital", "growth", "电子合同|签约|合同签署|e-sign|e-contract|direct debit form"),
    ("tp_pack_select", "选择课包", "Choose a class pack", "purchase", "app", "digital", "growth", "选课包|pack selection"),
    ("tp_purchase", "购买课包/会员卡", "Buy a pack or membership", "purchase", "app", "digital", "finance", "付款|购卡|买课包|开卡|checkout|purchase|payment"),
    ("tp_schedule", "查看课表", "View class schedule", "service", "app", "digital", "product", "课表|timetable|schedule"),
    ("tp_class_book", "约课", "Book a class", "service", "app", "digital", "product", "预约上课|订课|class booking|book class"),
    ("tp_waitlist", "候补排队", "Join waitlist", "service", "app", "digital", "product", "候补|排队|waitlist|wait list"),
    ("tp_class_cancel", "取消预约", "Cancel a booking", "service", "app", "digital", "product", "取消课程|退课|迟取消|cancel class|late cancel"),
    ("tp_class_attend", "上课签到", "Attend class", "service", "store", "physical", "studio_ops", "上课|到店上课|签到|check-in|class attendance"),
    ("tp_class_rate", "课后评价", "Rate the class", "service", "app", "digital", "product", "评价|打分|课程评价|class rating|review class"),
    ("tp_private_enquiry", "私教咨询", "Private session enquiry", "consideration", "app", "digital", "sales", "私教|一对一咨询|private enquiry|PT enquiry"),
    ("tp_instructor_match", "私教老师匹配", "Instructor matching", "consideration", "phone", "digital", "sales", "匹配老师|分配教练|instructor match"),
    ("tp_private_book", "预约私教课", "Book a private session", "service", "app", "digital", "product", "约私教|private booking"),
    ("tp_private_attend", "私教上课", "Private session attended", "service", "store", "physical", "studio_ops", "上私教|private class"),
    ("tp_low_balance", "课时不足提醒", "Low class balance reminder", "loyalty", "app", "digital", "crm", "余额提醒|课时提醒|剩余2节|low balance|credits reminder"),
    ("tp_renew_page", "续购页面", "Renewal page", "loyalty", "app", "digital", "crm", "续课页|续费页|renew page|top-up page"),
    ("tp_membership_cancel", "退会/取消自动续费", "Cancel membership", "loyalty", "app", "digital", "member_services", "退卡|取消月卡|停止续费|cancel membership|cancel auto-renew"),
    ("tp_freeze", "会员卡冻结", "Pause membership", "loyalty", "app", "digital", "member_services", "停卡|冻结|请假|pause|freeze"),
    ("tp_shop", "前台零售", "Front-desk retail", "loyalty", "store", "physical", "studio_ops", "买瑜伽垫|零售|retail|merch"),
    ("tp_cs_contact", "联系客服", "Contact customer service", "service", "phone", "digital", "member_services", "客服|投诉|support|customer service"),
    ("tp_social", "社交媒体", "Social media", "awareness", "social", "digital", "marketing", "小红书|微博|Instagram|social"),
]

JOURNEYS = [
    ("trial_conversion", "体验课转化", "Trial class to first purchase", 21,
     ["tp_class_browse", "tp_trial_book", "tp_trial_pay", "tp_trial_attend", "tp_consult", "tp_purchase"]),
    ("class_booking", "约课到上课", "Class booking to attendance", 7,
     ["tp_schedule", "tp_class_book", "tp_class_attend", "tp_class_rate"]),
    ("monthly_signup", "月卡开通", "Monthly membership sign-up", 14,
     ["tp_membership_page", "tp_plan_select", "tp_esign", "tp_purchase"]),
    ("pack_renewal", "课包续购", "Class pack renewal", 30,
     ["tp_low_balance", "tp_renew_page", "tp_pack_select", "tp_purchase"]),
    ("private_training", "私教课", "Private sessions", 30,
     ["tp_private_enquiry", "tp_instructor_match", "tp_private_book", "tp_private_attend"]),
]

ACQ = {
    "china": (["xiaohongshu", "meituan", "douyin", "wechat", "referral", "walk_in"], [0.25, 0.22, 0.13, 0.15, 0.15, 0.10]),
    "melbourne": (["instagram", "google", "classpass", "referral", "walk_in"], [0.30, 0.25, 0.15, 0.18, 0.12]),
}
AD_CHANNELS = {"xiaohongshu", "douyin", "instagram", "google"}


def app_version(t: datetime, channel: str) -> str:
    if channel == "mini_program":
        for d, v in ((datetime(2026, 4, 8), "3.5.1"), (datetime(2025, 11, 12), "3.4.0"), (datetime(2025, 6, 3), "3.3.2")):
            if t >= d:
                return v
        return "3.2.0"
    if channel == "app":
        for d, v in ((datetime(2026, 5, 6), "6.4.0"), (datetime(2025, 12, 2), "6.3.1"), (datetime(2025, 8, 19), "6.2.0"),
                     (datetime(2025, 4, 1), "6.1.2")):
            if t >= d:
                return v
        return "6.0.5"
    return ""


def full_prob(studio: str, t: datetime) -> float:
    """chance that the wanted class is full when the member looks at the schedule."""
    m = (t.year - 2025) * 12 + t.month  # 1 = Jan 2025
    if studio == "CD01":  # the growing problem: Taikoo Li evening classes overbooked after the monthly-pass push
        return [0.04, 0.04, 0.05, 0.05, 0.06, 0.06, 0.08, 0.09, 0.11, 0.14, 0.16, 0.18,
                0.22, 0.24, 0.27, 0.30, 0.33, 0.36, 0.38][m - 1]
    base = {"HZ01": 0.06, "HZ02": 0.05, "HZ03": 0.03, "CD02": 0.05, "CD03": 0.04, "ML01": 0.07, "ML02": 0.06}[studio]
    return base


def late_window(t: datetime) -> int:
    return 4 if t < datetime(2025, 9, 1) else 12


ESIGN_OUT = (datetime(2026, 3, 2), datetime(2026, 3, 30))  # e-sign SMS vendor switch (China numbers)


# ---------------------------------------------------------------- text templates
T = {
    "esign_code": {
        "zh": ["开月卡签电子合同的时候验证码一直收不到，试了五六次都不行", "验证码死活不来，合同签不了，月卡办不成",
               "想办月卡，卡在签合同那一步，手机验证码等了十分钟也没收到", "签约页面显示已发送验证码，可根本没收到短信，客服也说不清楚",
               "办会员卡要短信验证码，一直收不到！白白浪费一晚上", "三月份想开月卡，签合同收不到验证码，只好先买了课包"],
        "en": ["Tried to sign the membership agreement but the verification code never arrived.",
               "The SMS verification code for the e-contract never came through, so I couldn't start my monthly plan.",
               "Stuck at the contract step - no verification code after several tries.",
               "Wanted the monthly pass, app kept saying verification code sent, nothing came."]},
    "class_full": {
        "zh": ["晚上七点的流瑜伽根本约不上，一放课就满了", "周末的课永远约不上，候补排了也没用", "办了月卡却约不上课，人太多了",
               "热门课约不上，候补十几个人", "下班后的时段全都约不上，这卡办得有点亏", "现在会员太多了，想上的课都约不上"],
        "en": ["Evening classes are always fully booked within minutes of opening.",
               "Paid for unlimited but every class I want is fully booked.",
               "Weekend flow classes fully booked again, waitlist never moves.",
               "Too many members now - the 6pm slots are fully booked every week."]},
    "hard_sell": {
        "zh": ["体验课上完被拉着推销了半小时年卡，体验很差", "团购来上体验课，下课就一直推销课包，不买还给脸色",
               "课还行，就是前台推销太猛了", "课后咨询就是变相推销，说今天不办明天就涨价", "只想体验一下，结果被推销到不想再来"],
        "en": ["Nice class but the sales talk afterwards was really pushy.",
               "Felt pushy - they wouldn't let me leave without hearing about the annual pass.",
               "Staff were pushy about packs right after my intro class."]},
    "late_cancel": {
        "zh": ["提前十个小时取消也被扣课了，规则改得太苛刻", "临时加班取消课程就扣课，能不能人性化一点",
               "新规12小时内取消扣课，之前都是4小时，也没提前通知", "因为生病取消还是扣课，不合理", "扣课规则太死板了，取消早一点也算迟"],
        "en": ["Got charged a late cancel fee even though I cancelled 8 hours ahead.",
               "The new 12-hour late cancel rule is harsh, lost a class because of a work meeting.",
               "Late cancel penalty when I was sick? Not happy.",
               "The late cancel window is far too long now."]},
    "hot_room": {
        "zh": ["高温瑜伽教室空调坏了，闷得喘不过气", "夏天教室空调不给力，练完一身汗还头晕", "教室的空调一直没修好，太闷了",
               "空调出风口对着垫子，又闷又吵"],
        "en": ["The air con in the hot room was broken, it was unbearable even for hot yoga.",
               "Air con not working in the studio, way too stuffy.",
               "Room was stuffy, air con seems broken for weeks."]},
    "cancel_hard": {
        "zh": ["想退会太难了，要发邮件还要等两个星期", "退会流程太麻烦了，app里根本找不到入口", "月卡退会要打电话，一直没人接",
               "退会申请提交了三次还在扣款"],
        "en": ["Trying to cancel my membership for weeks, they keep charging me.",
               "Why can't I cancel my membership in the app? Had to email three times.",
               "Impossible to cancel my membership, direct debit still coming out.",
               "Took four emails to cancel my membership. Not a great way to end."]},
    "shower": {
        "zh": ["淋浴间水温不稳定，忽冷忽热", "淋浴只有两个，下课要排队", "淋浴间地面很滑，希望改善", "淋浴的热水经常不够"],
        "en": ["Only two showers for a full class, long wait after.", "Shower water was cold again.",
               "Shower drains are blocked, please fix."]},
    "teacher_good": {
        "zh": ["老师很专业，动作讲解得特别细", "老师特别专业，会帮每个人调整体式", "专业又温柔的老师，阴瑜伽上得很放松",
               "{inst}老师很专业，每次都有收获"],
        "en": ["Instructor was so knowledgeable and gave great adjustments.",
               "Really knowledgeable teacher, explained alignment clearly.",
               "Knowledgeable and kind teachers, best studio I've tried.", "{inst} is incredibly knowledgeable."]},
    "space_good": {
        "zh": ["环境很安静，灯光很舒服", "店里环境干净，有香薰，很放松", "环境好，落地窗看出去很治愈", "环境和氛围都很棒"],
        "en": ["Beautiful space, calm and clean.", "Such a beautiful space with lots of natural light.",
               "Lovely vibe, beautiful space and friendly front desk."]},
    "booking_easy": {
        "zh": ["小程序约课很方便，候补也会自动提醒", "约课很方便，随时能看到剩余名额", "APP约课很方便，提醒也及时"],
        "en": ["Super easy to book through the app.", "Easy to book and the reminders are helpful.",
               "App is easy to book with, love the reminders."]},
    "neutral": {
        "zh": ["课程还可以，会继续来", "挺好的，就是停车不太方便", "第一次上，感觉还行", "课时长度刚好，下次试试别的课",
               "一般般吧，和别家差不多", "上完课身体挺舒服的", "价格有点贵，但还能接受", "还在适应中，慢慢来",
               "希望多开一些早课", "整体中规中矩"],
        "en": ["Decent class, will probably come back.", "It was ok. Parking nearby is tricky.", "First class, felt fine.",
               "Average, similar to other studios.", "Bit pricey but okay.", "Would like more early morning classes.",
               "Still getting used to it.", "Nothing special but fine."]},
}
SENT = {"esign_code": "neg", "class_full": "neg", "hard_sell": "neg", "late_cancel": "neg", "hot_room": "neg",
        "cancel_hard": "neg", "shower": "neg", "teacher_good": "pos", "space_good": "pos", "booking_easy": "pos",
        "neutral": "neu"}


def text_for(topic: str, lang: str, inst: str | None = None) -> str:
    s = pick(T[topic][lang])
    if "{inst}" in s:
        if inst:
            nm = INSTRUCTORS[inst][1] if lang == "zh" else INSTRUCTORS[inst][2].split()[0]
            s = s.replace("{inst}", nm)
        else:
            s = s.replace("{inst}老师", "老师").replace("{inst}", "The teacher")
    x = r()
    if lang == "zh":
        if x < 0.15:
            s += "。"
        elif x < 0.25:
            s = s + "！"
    else:
        if x < 0.15:
            s = s.rstrip(".") + "!"
    return s


def stars_for(topic: str) -> int:
    s = SENT[topic]
    if s == "neg":
        return pick([1, 2, 3], [0.45, 0.42, 0.13])
    if s == "pos":
        return pick([4, 5], [0.25, 0.75])
    return pick([3, 4, 5], [0.45, 0.45, 0.10])


# ---------------------------------------------------------------- generation
class Gen:
    def __init__(self):
        self.customers = []
        self.events = []
        self.orders = []
        self.feedback = []
        self.truth = []
        self.experiments = []
        self.nev = 0
        self.nord = 0
        self.nfb = 0
        self.nsess = 0

    # ---- helpers
    def sess(self):
        self.nsess += 1
        return f"S{self.nsess:07d}"

    def ev(self, c, t, tp, action, channel=None, sess=None, studio=None, **extra):
        if t > LAST:
            return None
        self.nev += 1
        ch = channel or c["chan"]
        dev = c["device"] if ch in ("app", "mini_program") else ("pc" if ch == "web" else "")
        st = studio or c["home"]
        row = dict(event_id=f"E{self.nev:07d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=sess or "",
                   action=action, device=dev, channel=ch, studio_id=st, studio_name=STUDIOS[st][1],
                   studio_name_en=STUDIOS[st][2], region=STUDIOS[st][0], app_version=app_version(t, ch))
        row.update(extra)
        self.events.append(row)
        c["last"] = max(c["last"], t) if c["last"] else t
        return row

    def order(self, c, t, otype, channel, status="paid", studio=None, promo="", pay=None, discount=1.0, session="",
              refunded_at=None, refund_reason=""):
        if t > LAST:
            return None
        self.nord += 1
        st = studio or c["home"]
        city = STUDIOS[st][0]
        p = PRODUCTS[otype]
        local = p[5] if city == "melbourne" else (p[4] if city == "chengdu" else p[3])
        if otype == "trial" and promo == "MT39":
            local = 39
        if otype == "trial" and promo == "CLASSPASS":
            local = 22
        local = round(local * discount, 2)
        cny = round(local * AUD, 2) if city == "melbourne" else local
        if pay is None:
            if city == "melbourne":
                pay = "direct_debit" if otype == "monthly" else pick(["card", "apple_pay"], [0.6, 0.4])
            else:
                pay = pick(["wechat_pay", "alipay"], [0.7, 0.3])
        oid = f"O{self.nord:06d}"
        self.orders.append(dict(order_id=oid, customer_id=c["id"], ts=fmt(t), amount=f"{cny:.2f}", status=status,
                                channel=channel, device=c["device"] if channel in ("app", "mini_program") else "",
                                order_type=otype, product_name=p[0], product_name_en=p[1], credits=p[2] or "",
                                studio_id=st, region=city, currency="AUD" if city == "melbourne" else "CNY",
                                amount_local=f"{local:.2f}", payment_method=pay, promo_code=promo,
                                is_first_purchase="", refunded_at=fmt(refunded_at), refund_reason=refund_reason,
                                session_id=session))
        if status == "paid":
            c["spend"] += cny
        return self.orders[-1]

    def fb(self, c, t, topic, channel, tp, rating=None, nps=None, studio=None, inst=None, undated=False, lang=None,
           platform="", extra=None):
        if t is not None and t > LAST:
            return
        self.nfb += 1
        lang = lang or (c["lang"] if c else "zh")
        st = studio or (c["home"] if c else None)
        fid = f"FB{self.nfb:05d}"
        row = dict(feedback_id=fid, text=text_for(topic, lang, inst), ts="" if undated else fmt(t),
                   customer_id=c["id"] if c else "", touchpoint_id=tp, channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
                   studio_id=st or "", studio_name=STUDIOS[st][1] if st else "", region=STUDIOS[st][0] if st else "",
                   platform=platform, device=c["device"] if (c and channel == "app_review") else "",
                   instructor_id=inst or "", member_tier="")
        if extra:
            row.update(extra)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    # ---- customers
    def make_customers(self):
        counts = {"hangzhou": 2000, "chengdu": 1800, "melbourne": 1100}
        day_w = []
        for d in range(NDAYS):
            dd = START.date() + timedelta(days=d)
            w = 1.0 + 0.35 * d / NDAYS
            if dd.month == 1:
                w *= 1.5
            if dd.month == 9:
                w *= 1.2
            day_w.append((dd, w))
        china_w = [w * (0.6 if (dd.month == 2) else 1.0) for dd, w in day_w]
        mel_w = [w * (0.8 if dd.month in (6, 7) else 1.0) for dd, w in day_w]
        cid = 0
        for city, n in counts.items():
            wts = mel_w if city == "melbourne" else china_w
            cum = list(accumulate(wts))
            for _ in range(n):
                cid += 1
                di = min(bisect_right(cum, r() * cum[-1]), NDAYS - 1)
                signup = datetime.combine(day_w[di][0], datetime.min.time()) + hours(7.5, 23)
                studios, sw = CITY_STUDIOS[city]
                home = pick(studios, sw)
                acq = pick(*ACQ["melbourne" if city == "melbourne" else "china"])
                if city == "melbourne":
                    device = pick(["ios", "android"], [0.7, 0.3])
                    chan = pick(["app", "web"], [0.75, 0.25])
                    lang = pick(["en", "zh"], [0.75, 0.25])
                else:
                    device = pick(["ios", "android"], [0.5, 0.5])
                    chan = pick(["mini_program", "app"], [0.6, 0.4])
                    lang = pick(["zh", "en"], [0.95, 0.05])
                if chan == "web":
                    device_main = "pc" if r() < 0.5 else device
                else:
                    device_main = device
                self.customers.append(dict(
                    id=f"C{cid:05d}", city=city, home=home, signup=signup, acq=acq, device=device, chan=chan,
                    lang=lang, main_device=device_main, gender=pick(["female", "male"], [0.82, 0.18]),
                    age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.14, 0.42, 0.27, 0.12, 0.05]),
                    level=pick(["beginner", "intermediate", "advanced"], [0.55, 0.33, 0.12]),
                    goal=pick(["flexibility", "stress_relief", "weight_loss", "core_strength", "rehab", "prenatal"],
                              [0.25, 0.25, 0.18, 0.18, 0.08, 0.06]),
                    opt_in=r() < 0.62, spend=0.0, last=None, first_purchase=None, membership="none",
                    mstatus="never", exp_variant=None, credits=0, active_until=None, trial_instr=None))
        self.customers.sort(key=lambda c: c["signup"])

    # ---- the trial journey
    def trial(self, c):
        t = c["signup"]
        china = c["city"] != "melbourne"
        if c["acq"] in AD_CHANNELS:
            self.ev(c, t - mins(1, 20), "tp_ad_click", "click", channel="ads",
                    ad_platform={"xiaohongshu": "xiaohongshu", "douyin": "douyin", "instagram": "instagram",
                                 "google": "google_ads"}[c["acq"]])
        s = self.sess()
        self.ev(c, t, "tp_class_browse", "view", sess=s)
        p_book = {"meituan": 0.95, "referral": 0.85, "walk_in": 0.8, "classpass": 0.9}.get(c["acq"], 0.42)
        if r() >= p_book:
            if r() < 0.12:  # some come back later and buy straight away
                self.late_buy(c, t + days(20, 160))
            return
        tb = t + mins(2, 40) if r() < 0.7 else t + days(0.2, 5)
        class_start = (tb + days(1, 7)).replace(minute=0, second=0) + timedelta(hours=0)
        class_start = class_start.replace(hour=pick([7, 9, 12, 18, 19, 20], [0.1, 0.15, 0.1, 0.25, 0.25, 0.15]))
        if class_start <= tb:
            class_start += timedelta(days=1)
        studio = c["home"]
        ctype = pick(STUDIOS[studio][3])
        inst = pick(STUDIO_INSTR[studio])
        c["trial_instr"] = inst
        src = {"meituan": "meituan", "classpass": "classpass"}.get(c["acq"], c["chan"])
        s2 = s if tb - t < timedelta(hours=1) else self.sess()
        common = dict(class_type=ctype, class_start=fmt(class_start), instructor_id=inst,
                      instructor_name=INSTRUCTORS[inst][1] if china else INSTRUCTORS[inst][2])
        self.ev(c, tb, "tp_trial_book", "submit", sess=s2, booking_source=src, **common)
        p_pay = {"meituan": 0.98, "referral": 1.0, "classpass": 0.98}.get(c["acq"], 0.88)
        if r() >= p_pay:
            return
        tpay = tb + mins(1, 6)
        if c["acq"] == "referral":
            self.ev(c, tpay, "tp_trial_pay", "success", sess=s2, promo_code="FRIEND", amount=0)
        else:
            promo = "MT39" if c["acq"] == "meituan" else ("CLASSPASS" if c["acq"] == "classpass" else "")
            ch = "meituan" if c["acq"] == "meituan" else ("classpass" if c["acq"] == "classpass" else c["chan"])
            o = self.order(c, tpay, "trial", ch, promo=promo, session=s2,
                           pay="meituan_voucher" if promo == "MT39" else ("classpass_credit" if promo == "CLASSPASS" else None))
            if o is None:
                return
            self.ev(c, tpay, "tp_trial_pay", "success", sess=s2, promo_code=promo, order_id=o["order_id"],
                    amount=o["amount"])
        p_att = 0.83 if c["acq"] != "meituan" else 0.88
        if r() >= p_att:
            return
        ta = class_start - mins(5, 20)
        self.ev(c, ta, "tp_trial_attend", "checkin", channel="store", **common)
        if r() < 0.08 and china:
            self.order(c, ta - mins(1, 4), "grip_socks", "store")
        # dianping / google reviews after the trial
        self.trial_review(c, class_start + hours(2, 60), inst)
        if r() >= 0.9:
            return
        tc = class_start + mins(65, 90)
        self.ev(c, tc, "tp_consult", "talk", channel="store", consultant=pick(["front_desk", "instructor"], [0.7, 0.3]),
                instructor_id=inst)
        p_buy = 0.44 if china else 0.40
        p_buy = {"meituan": 0.12, "referral": 0.58, "classpass": 0.30}.get(c["acq"], p_buy)
        p_buy += TRIAL_BONUS.get(inst, 0.0)
        if c["acq"] == "meituan":
            p_buy = 0.12 + TRIAL_BONUS.get(inst, 0.0) * 0.5
        buy = r() < p_buy
        if c["acq"] == "meituan" and not buy and r() < 0.10:
            self.fb(c, tc + hours(2, 40), "hard_sell", "dianping", "tp_consult", rating=pick([1, 2], [0.6, 0.4]),
                    inst=inst, undated=r() < 0.3, platform="dianping")
        elif not buy and r() < 0.012:
            ch = "dianping" if china else "google_review"
            self.fb(c, tc + hours(2, 40), "hard_sell", ch, "tp_consult", rating=pick([1, 2, 3], [0.4, 0.4, 0.2]),
                    inst=inst, undated=r() < 0.3, platform=ch)
        if not buy:
            # some look at the membership page and leave
            if r() < 0.45:
                tv = tc + days(0.1, 6)
                s3 = self.sess()
                self.ev(c, tv, "tp_membership_page", "view", sess=s3)
                if r() < 0.25:
                    self.ev(c, tv + mins(1, 5), "tp_plan_select", "click", sess=s3, plan=pick(["monthly", "annual"]))
            if r() < 0.10:
                self.late_buy(c, tc + days(25, 150))
            return
        lag = mins(3, 50) if r() < 0.62 else (days(1, 18) if r() < 0.9 else days(22, 45))
        tp = tc + lag
        if china:
            prod = pick(["pack_10", "monthly", "pack_20", "annual", "private_5"], [0.38, 0.32, 0.14, 0.08, 0.08])
        else:
            prod = pick(["monthly", "pack_10", "pack_20", "annual", "private_5"], [0.58, 0.25, 0.06, 0.05, 0.06])
        self.first_buy(c, tp, prod, at_desk=lag < timedelta(hours=1))

    def late_buy(self, c, t):
        if t > LAST - timedelta(days=2):
            return
        china = c["city"] != "melbourne"
        prod = pick(["pack_10", "monthly", "pack_20"], [0.5, 0.35, 0.15]) if china else pick(["monthly", "pack_10"], [0.65, 0.35])
        self.first_buy(c, t, prod, at_desk=r() < 0.4)

    def trial_review(self, c, t, inst):
        china = c["city"] != "melbourne"
        p = 0.09 if china else 0.10
        if r() >= p:
            return
        ch = "dianping" if china else "google_review"
        topic = pick(["teacher_good", "space_good", "neutral", "shower"], [0.42, 0.33, 0.2, 0.05])
        self.fb(c, t, topic, ch, "tp_trial_attend", rating=stars_for(topic), inst=inst,
                undated=r() < (0.3 if china else 0.2), platform=ch)

    # ---- membership sign-up flow and purchases
    def monthly_flow(self, c, t, plan, campaign=""):
        """membership page -> plan -> e-sign -> purchase. returns purchase time or None."""
        china = c["city"] != "melbourne"
        s = self.sess()
        self.ev(c, t, "tp_membership_page", "view", sess=s, campaign=campaign)
        t1 = t + mins(1, 6)
        self.ev(c, t1, "tp_plan_select", "click", sess=s, plan=plan)
        t2 = t1 + mins(1, 4)
        tries = 0
        while True:
            out = china and ESIGN_OUT[0] <= t2 < ESIGN_OUT[1]
            ok = r() < (0.12 if out else 0.97)
            if ok:
                break
            if out:
                self.ev(c, t2, "tp_plan_select", "fail", sess=s, plan=plan, error_code="SMS_CODE_TIMEOUT")
                if r() < 0.55:
                    ch = pick(["ticket", "app_review", "dianping"], [0.5, 0.3, 0.2])
                    self.fb(c, t2 + hours(0.2, 30), "esign_code", ch, "tp_esign",
                            rating=None if ch == "ticket" else pick([1, 2], [0.7, 0.3]),
                            undated=ch == "dianping" and r() < 0.3,
                            platform={"ticket": "", "app_review": "app_store" if c["device"] == "ios" else "huawei_appgallery",
                                      "dianping": "dianping"}[ch])
                    if ch == "ticket":
                        self.ev(c, t2 + mins(10, 120), "tp_cs_contact", "ticket", channel="phone", reason="esign_sms")
            else:
                self.ev(c, t2, "tp_plan_select", "fail", sess=s, plan=plan, error_code="ESIGN_ABANDONED")
            tries += 1
            x = r()
            if tries >= 2 or x < 0.45:
                return "pack" if x < 0.25 and out else None
            t2 = t2 + days(1, 12)
            s = self.sess()
            self.ev(c, t2 - mins(2, 6), "tp_membership_page", "view", sess=s)
            self.ev(c, t2 - mins(1, 2), "tp_plan_select", "click", sess=s, plan=plan)
        self.ev(c, t2, "tp_esign", "success", sess=s, plan=plan,
                esign_provider=("fadada" if t2 < ESIGN_OUT[0] else "qiyuesuo") if china else "ezidebit")
        if r() >= 0.96:
            return None
        return t2 + mins(1, 3), s

    def first_buy(self, c, t, prod, at_desk, promo=""):
        if t > LAST:
            return
        china = c["city"] != "melbourne"
        if prod in ("monthly", "annual"):
            res = self.monthly_flow(c, t, prod, campaign="spring_pass_2026" if promo == "SPRING38" else "")
            if res is None:
                return
            if res == "pack":
                t = t + days(0.5, 6)
                prod, at_desk = "pack_10", True
            else:
                t, s = res
                self.purchase(c, t, prod, channel=c["chan"], session=s, first=True, promo=promo,
                              discount=0.8 if promo else 1.0)
                return
        if at_desk:
            self.purchase(c, t, prod, channel="store", first=True)
        else:
            s = self.sess()
            self.ev(c, t, "tp_pack_select", "click", sess=s, product=prod)
            self.purchase(c, t + mins(1, 4), prod, channel=c["chan"], session=s, first=True)

    def purchase(self, c, t, prod, channel, session="", first=False, promo="", discount=1.0, studio=None):
        if t > LAST:
            return None
        refund = r() < (0.04 if prod in ("pack_10", "pack_20", "private_5") else 0.02) and first
        rt = t + days(1, 7) if refund else None
        status = "refunded" if refund and rt <= LAST else "paid"
        o = self.order(c, t, prod, channel, status=status, promo=promo, discount=discount, session=session,
                       refunded_at=rt if status == "refunded" else None,
                       refund_reason=pick(["moved_away", "injury", "changed_mind", "schedule_conflict"]) if status == "refunded" else "",
                       studio=studio)
        if o is None:
            return None
        o["is_first_purchase"] = "true" if first and c["first_purchase"] is None else "false"
        self.ev(c, t, "tp_purchase", "success", channel=channel, sess=session or None, product=prod,
                order_id=o["order_id"], amount=o["amount"], promo_code=promo)
        if c["first_purchase"] is None:
            c["first_purchase"] = t
            self.nps_survey(c, t + days(28, 35))
        if status == "refunded":
            if rt <= LAST:
                self.ev(c, rt, "tp_cs_contact", "refund", channel="phone", reason="refund", order_id=o["order_id"])
            c["membership"] = "none"
            c["mstatus"] = "refunded"
            return o
        self.member_life(c, t, prod)
        return o

    def nps_survey(self, c, t):
        if t > LAST or r() >= 0.55:
            return
        x = r()
        if x < 0.48:
            score = pick([9, 10], [0.5, 0.5])
            topic = pick(["teacher_good", "space_good", "booking_easy", "neutral"], [0.45, 0.3, 0.15, 0.1])
        elif x < 0.78:
            score = pick([7, 8], [0.5, 0.5])
            topic = pick(["neutral", "teacher_good", "space_good"], [0.7, 0.15, 0.15])
        else:
            score = randint(2, 7)
            cands, w = ["neutral", "shower"], [0.6, 0.15]
            if c["home"] == "CD01" and t >= datetime(2025, 10, 1):
                cands, w = cands + ["class_full"], w + [1.2]
            topic = pick(cands, w)
        self.fb(c, t, topic, "nps_survey", "tp_purchase" if topic == "neutral" else
                {"class_full": "tp_class_book", "shower": "tp_class_attend", "teacher_good": "tp_class_attend",
                 "space_good": "tp_class_attend", "booking_easy": "tp_class_book"}[topic], nps=score)

    # ---- member life: classes, renewals, cancellations
    def member_life(self, c, t, prod):
        china = c["city"] != "melbourne"
        rate = float(rng.gamma(2.2, 0.4))  # classes per week
        if prod == "private_5":
            self.private_block(c, t, enquiry=False)
            if r() < 0.5:
                nxt = t + days(25, 60)
                if nxt < LAST:
                    s = self.sess()
                    self.ev(c, nxt, "tp_pack_select", "click", sess=s, product="pack_10")
                    self.purchase(c, nxt + mins(1, 3), "pack_10", c["chan"], session=s)
            return
        if prod in ("pack_10", "pack_20"):
            c["membership"] = "pack"
            c["mstatus"] = "active"
            c["credits"] += PRODUCTS[prod][2]
            self.classes(c, t, rate, kind="pack")
            return
        if prod == "monthly":
            c["membership"] = "monthly"
            end = self.monthly_debits(c, t)
            self.classes(c, t, rate * 1.3, kind="monthly", until=end)
            return
        if prod == "annual":
            c["membership"] = "annual"
            c["mstatus"] = "active" if t + timedelta(days=365) > LAST else "expired"
            end = t + timedelta(days=365)
            c["active_until"] = end
            self.classes(c, t, rate * 1.2, kind="annual", until=end)
            if end < LAST and r() < 0.55:
                self.purchase(c, end - days(0, 10), "annual", "store")

    def monthly_debits(self, c, t):
        china = c["city"] != "melbourne"
        churn = 0.08 if china else 0.065
        due = t + timedelta(days=30)
        while due <= LAST:
            if r() < 0.025:  # paused a month
                self.ev(c, due - days(2, 10), "tp_freeze", "submit", reason=pick(["travel", "injury", "work", "pregnancy"]))
                due += timedelta(days=30)
                continue
            if r() < churn:
                tcancel = due - days(1, 12)
                if china:
                    self.ev(c, tcancel, "tp_membership_cancel", "submit", channel=c["chan"])
                else:
                    self.ev(c, tcancel, "tp_membership_cancel", "request", channel=pick(["email", "phone"], [0.7, 0.3]))
                    if r() < 0.5:
                        ch = pick(["ticket", "google_review", "app_review"], [0.5, 0.3, 0.2])
                        self.fb(c, tcancel + days(3, 20), "cancel_hard", ch, "tp_membership_cancel",
                                rating=None if ch == "ticket" else pick([1, 2], [0.7, 0.3]),
                                undated=ch == "google_review" and r() < 0.2,
                                platform={"ticket": "", "google_review": "google",
                                          "app_review": "app_store" if c["device"] == "ios" else "google_play"}[ch])
                c["mstatus"] = "cancelled"
                c["active_until"] = due
                return due
            if r() < 0.03:
                self.order(c, due, "monthly", "auto_debit", status="cancelled", pay=None)
                self.order(c, due + days(1, 3), "monthly", "auto_debit")
            else:
                self.order(c, due, "monthly", "auto_debit")
            due += timedelta(days=30)
        c["mstatus"] = "active"
        c["active_until"] = due
        return LAST

    def classes(self, c, t, rate, kind, until=None):
        china = c["city"] != "melbourne"
        tcur = t + days(0.5, 4)
        lowsent = False
        while tcur < LAST and (until is None or tcur < until):
            if kind == "pack" and c["credits"] <= 0:
                break
            studio = c["home"] if r() < 0.9 else pick(CITY_STUDIOS[c["city"]][0])
            start = tcur.replace(hour=pick([7, 9, 12, 18, 19, 20], [0.12, 0.14, 0.1, 0.24, 0.26, 0.14]),
                                 minute=pick([0, 30]), second=0)
            ctype = pick(STUDIOS[studio][3])
            inst = pick(STUDIO_INSTR[studio])
            common = dict(class_type=ctype, class_start=fmt(start), instructor_id=inst,
                          instructor_name=INSTRUCTORS[inst][1] if china else INSTRUCTORS[inst][2])
            tv = start - hours(2, 60)
            s = self.sess()
            full = r() < full_prob(studio, tv)
            booked = True
            if full:
                self.ev(c, tv, "tp_schedule", "fail", sess=s, studio=studio, error_code="CLASS_FULL", **common)
                booked = False
                if r() < 0.65:
                    self.ev(c, tv + mins(0.5, 2), "tp_waitlist", "join", sess=s, studio=studio,
                            waitlist_position=randint(1, 15), **common)
                    if r() < 0.33:
                        booked = True
                        tb = start - hours(1, min(24, max(1.5, (start - tv).total_seconds() / 3600 - 0.5)))
                        self.ev(c, tb, "tp_class_book", "success", studio=studio, booking_source="waitlist", **common)
                if not booked and r() < (0.2 if studio == "CD01" else 0.05):
                    self.class_full_fb(c, tv + hours(0.5, 30), studio)
            else:
                self.ev(c, tv, "tp_schedule", "view", sess=s, studio=studio, **common)
                self.ev(c, tv + mins(0.5, 3), "tp_class_book", "success", sess=s, studio=studio,
                        booking_source="schedule", **common)
            if booked:
                x = r()
                if x < 0.10:  # cancel
                    hb = uni(0.5, 12) if r() < 0.38 else uni(12, 60)
                    tcan = start - timedelta(hours=hb)
                    late = hb < late_window(tcan)
                    pen = ""
                    if late:
                        if kind == "pack":
                            c["credits"] -= 1
                            pen = "one_class"
                        else:
                            pen = "fee"
                            self.order(c, tcan, "late_cancel_fee", "auto_debit", studio=studio)
                    self.ev(c, tcan, "tp_class_cancel", "late_cancel" if late else "cancel", studio=studio,
                            hours_before=round(hb, 1), penalty=pen, **common)
                    if late and r() < (0.11 if tcan >= datetime(2025, 9, 1) else 0.03):
                        ch = pick(["ticket", "app_review", "class_rating"], [0.5, 0.3, 0.2]) if china else \
                            pick(["ticket", "app_review"], [0.6, 0.4])
                        if ch == "class_rating":
                            ch = "ticket"
                        self.fb(c, tcan + hours(0.2, 20), "late_cancel", ch, "tp_class_cancel",
                                rating=None if ch == "ticket" else pick([1, 2], [0.6, 0.4]), studio=studio,
                                platform="" if ch == "ticket" else ("app_store" if c["device"] == "ios" else
                                                                    ("huawei_appgallery" if china else "google_play")))
                elif x < 0.14:  # no-show
                    if kind == "pack":
                        c["credits"] -= 1
                else:
                    self.ev(c, start - mins(3, 15), "tp_class_attend", "checkin", channel="store", studio=studio,
                            **common)
                    if kind == "pack":
                        c["credits"] -= 1
                    hot_bad = studio == "HZ02" and ctype == "hot" and datetime(2025, 6, 10) <= start < datetime(2025, 9, 5)
                    if r() < (0.6 if hot_bad else 0.22):
                        self.rate_class(c, start + hours(1.2, 8), studio, ctype, inst, common)
                    if r() < 0.012:
                        prod = pick(["mat", "grip_socks", "block"], [0.3, 0.5, 0.2])
                        o = self.order(c, start + mins(60, 80), prod, "store", studio=studio)
                        if o:
                            self.ev(c, start + mins(60, 80), "tp_shop", "purchase", channel="store", studio=studio,
                                    product=prod, order_id=o["order_id"], amount=o["amount"])
                if kind == "pack" and c["credits"] <= 2 and not lowsent and c["credits"] >= 0:
                    lowsent = True
                    tl = start + hours(2, 6)
                    renewed = self.renewal(c, tl)
                    if renewed:
                        lowsent = False
            if kind in ("monthly", "annual") and r() < 0.0015:
                self.private_block(c, tcur, enquiry=True)
            if kind == "pack" and r() < 0.002:
                self.private_block(c, tcur, enquiry=True)
            tcur = tcur + timedelta(days=expo(7.0 / rate))
        if kind == "pack" and tcur < LAST:
            c["mstatus"] = "lapsed"
            if r() < 0.18:
                tb = tcur + days(30, 120)
                if tb < LAST:
                    self.purchase(c, tb, "pack_10", "store")

    def renewal(self, c, t):
        if t > LAST:
            return False
        c["last_low"] = t
        variant = None
        if datetime(2025, 10, 1) <= t < datetime(2026, 4, 1):
            if c["exp_variant"] is None:
                c["exp_variant"] = pick(["control", "coupon_10"])
                self.experiments.append(dict(experiment_id="renew_coupon", variant=c["exp_variant"],
                                             customer_id=c["id"], assigned_at=fmt(t),
                                             studio_id=c["home"], region=c["city"]))
            variant = c["exp_variant"]
        coupon = variant == "coupon_10"
        self.ev(c, t, "tp_low_balance", "push", channel="app_push", credits_left=c["credits"],
                coupon="RENEW10" if coupon else "")
        if r() >= (0.72 if coupon else 0.62):
            return False
        t1 = t + (hours(0.2, 6) if r() < 0.6 else days(1, 14))
        s = self.sess()
        self.ev(c, t1, "tp_renew_page", "view", sess=s)
        if r() >= 0.86:
            return False
        prod = pick(["pack_10", "pack_20"], [0.65, 0.35])
        t2 = t1 + mins(1, 5)
        self.ev(c, t2, "tp_pack_select", "click", sess=s, product=prod)
        if r() >= (0.94 if coupon else 0.78):
            return False
        t3 = t2 + (mins(1, 4) if r() < 0.8 else days(1, 8))
        if t3 > LAST:
            return False
        o = self.order(c, t3, prod, c["chan"], promo="RENEW10" if coupon else "", discount=0.9 if coupon else 1.0,
                       session=s)
        if o is None:
            return False
        o["is_first_purchase"] = "false"
        self.ev(c, t3, "tp_purchase", "success", sess=s, product=prod, order_id=o["order_id"], amount=o["amount"],
                promo_code=o["promo_code"])
        c["credits"] += PRODUCTS[prod][2]
        return True

    def private_block(self, c, t, enquiry):
        china = c["city"] != "melbourne"
        studio = c["home"]
        inst = pick(STUDIO_INSTR[studio])
        iname = INSTRUCTORS[inst][1] if china else INSTRUCTORS[inst][2]
        if enquiry:
            s = self.sess()
            self.ev(c, t, "tp_private_enquiry", "submit", sess=s, goal=c["goal"])
            if r() >= 0.8:
                return
            tm = t + days(0.2, 4)
            self.ev(c, tm, "tp_instructor_match", "assigned", channel="phone", instructor_id=inst, instructor_name=iname)
            if r() >= 0.62:
                return
            o = self.purchase_private(c, tm + days(0.1, 5))
            if not o:
                return
            tcur = tm + days(1, 7)
        else:
            s = self.sess()
            self.ev(c, t - mins(20, 60), "tp_private_enquiry", "submit", channel="store", goal=c["goal"])
            self.ev(c, t - mins(5, 15), "tp_instructor_match", "assigned", channel="store", instructor_id=inst,
                    instructor_name=iname)
            tcur = t + days(1, 6)
        for k in range(5):
            if tcur > LAST:
                return
            start = tcur.replace(hour=pick([8, 10, 14, 19]), minute=0, second=0)
            self.ev(c, start - hours(20, 70), "tp_private_book", "success", instructor_id=inst, instructor_name=iname,
                    class_start=fmt(start), session_no=k + 1)
            if r() < 0.95:
                self.ev(c, start - mins(2, 10), "tp_private_attend", "checkin", channel="store", instructor_id=inst,
                        instructor_name=iname, class_start=fmt(start), session_no=k + 1)
            tcur = tcur + days(4, 14)

    def purchase_private(self, c, t):
        if t > LAST:
            return None
        o = self.order(c, t, "private_5", c["chan"])
        if o:
            o["is_first_purchase"] = "false"
            self.ev(c, t, "tp_purchase", "success", product="private_5", order_id=o["order_id"], amount=o["amount"])
        return o

    def rate_class(self, c, t, studio, ctype, inst, common):
        hot_bad = studio == "HZ02" and ctype == "hot" and datetime(2025, 6, 10) <= t < datetime(2025, 9, 5)
        has_text = r() < 0.33
        topic = None
        if hot_bad and r() < 0.55:
            topic = "hot_room"
        elif r() < (0.15 if studio == "HZ03" else 0.02):
            topic = "shower"
        else:
            topic = pick(["teacher_good", "space_good", "booking_easy", "neutral"],
                         [0.36 + (0.1 if inst in ("T09", "T13") else 0), 0.22, 0.07, 0.35])
        stars = stars_for(topic)
        self.ev(c, t, "tp_class_rate", "submit", studio=studio, stars=stars, **common)
        if has_text or topic == "hot_room":
            self.fb(c, t, topic, "class_rating", "tp_class_attend" if topic != "booking_easy" else "tp_class_book",
                    rating=stars, studio=studio, inst=inst, extra=dict(class_type=ctype))

    def class_full_fb(self, c, t, studio):
        china = c["city"] != "melbourne"
        ch = pick(["app_review", "ticket", "dianping" if china else "google_review"], [0.35, 0.3, 0.35])
        plat = {"app_review": "app_store" if c["device"] == "ios" else ("huawei_appgallery" if china else "google_play"),
                "ticket": "", "dianping": "dianping", "google_review": "google"}[ch]
        self.fb(c, t, "class_full", ch, "tp_class_book", rating=None if ch == "ticket" else pick([1, 2, 3], [0.4, 0.4, 0.2]),
                studio=studio, undated=ch in ("dianping", "google_review") and r() < 0.25, platform=plat)

    # ---- social posts (no customer, no rating)
    def social(self):
        d = START
        while d <= LAST:
            m_end = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
            ym = (d.year - 2025) * 12 + d.month
            n = randint(7, 12)
            for _ in range(n):
                t = d + timedelta(seconds=uni(0, (m_end - d).total_seconds() - 1))
                city = pick(["hangzhou", "chengdu", "melbourne"], [0.4, 0.35, 0.25])
                studio = pick(*CITY_STUDIOS[city])
                cands = ["space_good", "teacher_good", "neutral", "hard_sell"]
                w = [0.35, 0.25, 0.3, 0.08]
                if studio == "CD01" and ym >= 10:
                    cands.append("class_full")
                    w.append(0.25 + 0.05 * (ym - 10))
                if studio == "HZ02" and d.year == 2025 and d.month in (6, 7, 8):
                    cands.append("hot_room")
                    w.append(1.5)
                topic = pick(cands, w)
                lang = pick(["zh", "en"], [0.93, 0.07]) if city != "melbourne" else pick(["en", "zh"], [0.8, 0.2])
                plat = pick(["xiaohongshu", "weibo", "douyin"], [0.6, 0.25, 0.15]) if city != "melbourne" else \
                    pick(["instagram", "facebook"], [0.7, 0.3])
                self.fb(None, t, topic, "social", "tp_social", studio=studio, undated=r() < 0.5, lang=lang,
                        platform=plat)
            d = m_end

    def app_reviews(self):
        """general app-store reviews (rated) not tied to another pattern."""
        for c in self.customers:
            if r() < 0.035 and c["last"]:
                t = c["signup"] + (c["last"] - c["signup"]) * r()
                topic = pick(["booking_easy", "neutral"], [0.55, 0.45])
                china = c["city"] != "melbourne"
                plat = "app_store" if c["device"] == "ios" else ("huawei_appgallery" if china else "google_play")
                self.fb(c, t, topic, "app_review", "tp_class_book" if topic == "booking_easy" else "tp_schedule",
                        rating=stars_for(topic), platform=plat)

    # ---- run
    def spring_campaign(self):
        """3.8 spring monthly-pass campaign (China, March 2026): push to prospects, 20 % off the first month."""
        a, b = datetime(2026, 3, 1), datetime(2026, 3, 31)
        for c in self.customers:
            if c["city"] == "melbourne" or c["first_purchase"] is not None or c["signup"] >= a or c["mstatus"] == "refunded":
                continue
            if r() >= 0.075:
                continue
            t = a + timedelta(days=min(30.9, expo(7.0))) + hours(8, 15) - timedelta(hours=8)
            if t > b + timedelta(days=1):
                continue
            if r() < 0.35:
                s = self.sess()
                self.ev(c, t, "tp_membership_page", "view", sess=s, campaign="spring_pass_2026")
                continue
            self.first_buy(c, t, "monthly", at_desk=False, promo="SPRING38")

    def run(self):
        self.make_customers()
        for c in self.customers:
            self.trial(c)
        self.spring_campaign()
        self.social()
        self.app_reviews()


def segment_of(c) -> str:
    if c["signup"] >= datetime(2026, 6, 1):
        return "new"
    if c["first_purchase"] is None:
        return "prospect"
    last = c["last"] or c["signup"]
    active = (c["membership"] in ("monthly", "annual") and c["active_until"] and c["active_until"] > LAST and
              c["mstatus"] != "cancelled") or (c["membership"] == "pack" and c["credits"] > 0 and c["mstatus"] != "lapsed")
    if active and last >= LAST - timedelta(days=30):
        return "active"
    if active:
        return "at_risk"
    return "lapsed"


def tier_of(c, vip_cut) -> str:
    if c["first_purchase"] is None:
        return "none"
    if c["membership"] == "annual" or c["spend"] >= vip_cut:
        return "gold"
    return "silver"


def main(out: Path) -> None:
    g = Gen()
    g.run()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for row in rows:
                w.writerow(["" if row.get(k) is None else row.get(k) for k in cols])

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    vip_cut = 6000.0
    crow = []
    for c in sorted(g.customers, key=lambda c: c["id"]):
        crow.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=segment_of(c), region=c["city"],
                         acquisition_channel=c["acq"], tier=tier_of(c, vip_cut), home_studio_id=c["home"],
                         home_studio=STUDIOS[c["home"]][1], gender=c["gender"], age_band=c["age_band"],
                         main_device=c["main_device"], preferred_language=c["lang"], experience_level=c["level"],
                         goal=c["goal"], marketing_opt_in=str(c["opt_in"]).lower(),
                         membership_type=c["membership"] if c["first_purchase"] else "none",
                         membership_status=c["mstatus"], first_purchase_at=fmt(c["first_purchase"]),
                         lifetime_spend_cny=f"{c['spend']:.2f}", last_activity_at=fmt(c["last"]),
                         trial_instructor_id=c["trial_instr"] or ""))
    write("customers", crow, list(crow[0].keys()))
    g.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "studio_id",
             "studio_name", "studio_name_en", "region", "app_version", "class_type", "class_start", "instructor_id",
             "instructor_name", "booking_source", "error_code", "waitlist_position", "hours_before", "penalty", "stars",
             "product", "plan", "order_id", "amount", "promo_code", "credits_left", "coupon", "esign_provider",
             "ad_platform", "consultant", "goal", "session_no", "reason", "campaign"]
    write("events", g.events, ecols)
    g.orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "product_name",
             "product_name_en", "credits", "studio_id", "region", "currency", "amount_local", "payment_method",
             "promo_code", "is_first_purchase", "refunded_at", "refund_reason", "session_id"]
    for o in g.orders:
        if o["is_first_purchase"] == "":
            o["is_first_purchase"] = "false"
    write("orders", g.orders, ocols)
    tiers = {c["customer_id"]: c["tier"] for c in crow}
    for f in g.feedback:
        f["member_tier"] = tiers.get(f["customer_id"], "")
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "studio_id", "studio_name", "region", "platform", "device", "instructor_id", "class_type", "member_tier"]
    write("feedback", g.feedback, fcols)
    write("experiments", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "studio_id", "region"])
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["feedback_id", "topic", "sentiment"])
        w.writeheader()
        w.writerows(g.truth)
    print(f"customers {len(crow)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"experiments {len(g.experiments)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
