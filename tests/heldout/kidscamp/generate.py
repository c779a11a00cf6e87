"""野趣营 WildCamp: a kids' holiday camp operator (nature, science and sports camps; 5-day day camps and 5-7 night
overnight camps) with camp sites in three regions (华东 East, 华南 South, 西南 Southwest). A parent sees a WeChat
article, a school flyer or a KOL post and leaves their details (lead), attends an info session (online or offline),
submits an application, the camper has an interview and hands in a health form, gets an offer, the parent pays a
deposit, then the balance, attends the pre-camp briefing, drops the child off (check-in), opens the daily photo
updates, the camp ends (or the child is picked up early), the parent answers the post-camp survey and maybe
re-enrols for a later season. Data covers 2024-03-01 .. 2026-08-31 (five seasons: summer 2024 .. summer 2026);
today is 2026-12-01.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a couple of seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260815
START = datetime(2024, 3, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
D = timedelta


def mondays(y, m, d, n):
    return [datetime(y, m, d) + D(days=7 * k) for k in range(n)]


# season: zh, lead window, lead weights by month, camp start Mondays, number of new leads
SEASONS = {
    "summer_2024": ("2024暑期", (datetime(2024, 3, 1), datetime(2024, 6, 15)), mondays(2024, 7, 8, 7), 900),
    "winter_2025": ("2025寒假", (datetime(2024, 10, 10), datetime(2024, 12, 20)),
                    [datetime(2025, 1, 13), datetime(2025, 1, 20), datetime(2025, 2, 10)], 560),
    "summer_2025": ("2025暑期", (datetime(2025, 3, 1), datetime(2025, 6, 15)), mondays(2025, 7, 7, 7), 1250),
    "winter_2026": ("2026寒假", (datetime(2025, 10, 10), datetime(2025, 12, 20)),
                    [datetime(2026, 1, 19), datetime(2026, 1, 26), datetime(2026, 2, 2), datetime(2026, 2, 23)], 640),
    "summer_2026": ("2026暑期", (datetime(2026, 3, 1), datetime(2026, 6, 15)), mondays(2026, 7, 6, 7), 1150),
}
SEASON_ORDER = list(SEASONS)
NEXT = {"summer_2024": {"winter_2025": 0.45, "summer_2025": 0.55},
        "winter_2025": {"summer_2025": 0.7, "winter_2026": 0.3},
        "summer_2025": {"winter_2026": 0.45, "summer_2026": 0.55},
        "winter_2026": {"summer_2026": 0.7, "winter_2027": 0.3},
        "summer_2026": {"winter_2027": 1.0}}
SEASON_CODE = {"summer_2024": "SUM24", "winter_2025": "WIN25", "summer_2025": "SUM25", "winter_2026": "WIN26",
               "summer_2026": "SUM26"}

REGIONS = {"East": ("华东", "East China"), "South": ("华南", "South China"), "Southwest": ("西南", "Southwest China")}
CITIES = {  # en: zh, region, weight, schools (zh, weight, international)
    "Shanghai": ("上海", "East", 0.22, [("上海市世界外国语小学", 0.45, False), ("上海协和双语学校", 0.2, True),
                                       ("上海市实验小学", 0.2, False), ("静安区第一中心小学", 0.15, False)]),
    "Hangzhou": ("杭州", "East", 0.12, [("杭州市学军小学", 0.4, False), ("杭州外国语学校", 0.3, False),
                                       ("杭州市天长小学", 0.3, False)]),
    "Suzhou": ("苏州", "East", 0.08, [("苏州工业园区星海小学", 0.5, False), ("苏州德威国际学校", 0.2, True),
                                     ("苏州实验小学", 0.3, False)]),
    "Guangzhou": ("广州", "South", 0.15, [("华南师范大学附属小学", 0.35, False), ("广州美国人国际学校", 0.2, True),
                                         ("广州市东风东路小学", 0.45, False)]),
    "Shenzhen": ("深圳", "South", 0.16, [("深圳南山外国语学校", 0.35, False), ("深圳蛇口国际学校", 0.2, True),
                                        ("深圳实验学校", 0.25, False), ("深圳市福田小学", 0.2, False)]),
    "Chengdu": ("成都", "Southwest", 0.17, [("成都市泡桐树小学", 0.35, False), ("成都七中育才学校", 0.35, False),
                                           ("成都威斯顿国际学校", 0.3, True)]),
    "Chongqing": ("重庆", "Southwest", 0.10, [("重庆市人民小学", 0.5, False), ("重庆巴蜀小学", 0.5, False)]),
}
SOURCES = {"wechat_article": ("公众号文章", 0.36), "school_flyer": ("学校传单", 0.24), "kol": ("达人推荐", 0.22),
           "referral": ("老带新", 0.18)}
P_INFO = {"wechat_article": 0.62, "school_flyer": 0.70, "kol": 0.72, "referral": 0.78}
P_APPLY = {"wechat_article": 0.56, "school_flyer": 0.58, "kol": 0.22, "referral": 0.72}
AGES = {"6-8": ("6-8岁", 0.38), "9-12": ("9-12岁", 0.44), "13-15": ("13-15岁", 0.18)}
P_OVERNIGHT = {"6-8": 0.45, "9-12": 0.6, "13-15": 0.75}
CAMP_TYPES = {"nature": "自然探索营", "science": "科学探索营", "sports": "运动营"}
FORMATS = {"day": "日营", "overnight": "过夜营"}
SITES = {  # id: zh, en, region, format, camp types
    "S1": ("莫干山营地", "Moganshan Camp", "East", "overnight", {"nature": 0.6, "sports": 0.4}),
    "S2": ("上海青浦营地", "Shanghai Qingpu Camp", "East", "day", {"science": 0.6, "sports": 0.4}),
    "S3": ("从化营地", "Conghua Camp", "South", "overnight", {"nature": 0.5, "sports": 0.5}),
    "S4": ("深圳南山营地", "Shenzhen Nanshan Camp", "South", "day", {"science": 0.5, "sports": 0.5}),
    "S5": ("青城山营地", "Qingchengshan Camp", "Southwest", "overnight", {"nature": 1.0}),
    "S6": ("成都天府营地", "Chengdu Tianfu Camp", "Southwest", "day", {"science": 0.5, "nature": 0.5}),
    "S7": ("武隆营地", "Wulong Camp", "Southwest", "overnight", {"nature": 1.0}),   # opens summer 2026
}
TEAMS = {
    "S1": [("T01", "萤火虫队", "Fireflies"), ("T02", "松鼠队", "Squirrels"), ("T03", "雄鹰队", "Eagles")],
    "S2": [("T04", "北极星队", "North Stars"), ("T05", "海豚队", "Dolphins")],
    "S3": [("T06", "猎豹队", "Cheetahs"), ("T07", "白鹭队", "Egrets"), ("T08", "飞鱼队", "Flying Fish")],
    "S4": [("T09", "蜂鸟队", "Hummingbirds"), ("T10", "星鲨队", "Star Sharks")],
    "S5": [("T11", "大熊猫队", "Pandas"), ("T12", "山猫队", "Lynxes"), ("T13", "啄木鸟队", "Woodpeckers")],
    "S6": [("T14", "火狐队", "Red Foxes"), ("T15", "青蛙队", "Frogs")],
    "S7": [("T16", "小鹿队", "Fawns")],
}
STAR_TEAM = "T01"          # 萤火虫队 at 莫干山: caring counsellors, best survey ratings among teams with real numbers
NEW_TEAM = "T16"           # 小鹿队 at 武隆 (opened summer 2026): a handful of surveys, all 5 stars
FOOD_SITE, FOOD_SEASON = "S3", "summer_2025"     # new caterer at 从化: food poor, ratings and re-enrolment drop
PHOTO_SITE = "S5"          # 青城山: no mobile signal in the valley, photo updates rarely pushed
SLOW_REGION, SLOW_SEASON = "Southwest", "summer_2025"   # one admissions officer: offers take ~11 days
PRICE_SEASON = "summer_2026"                     # +15 % price; fewer offers turn into deposits
PAYS = {"wechat_pay": ("微信支付", 0.62), "alipay": ("支付宝", 0.26), "bank_transfer": ("银行转账", 0.12)}
ORDER_TYPES = {"camp_deposit": "营费定金", "camp_balance": "营费尾款", "bus_transfer": "大巴接送",
               "insurance": "营期保险", "gear_kit": "装备包", "refund": "退款"}
REFUND_REASONS = {"schedule_clash": "时间冲突", "child_ill": "孩子生病", "changed_mind": "改变主意",
                  "price": "价格原因"}
PICKUP = {"homesick": "想家", "ill": "生病", "injury": "受伤", "family": "家里有事"}
DEPOSIT = 1000

TOUCHPOINTS = [
    ("tp_lead", "看到推文/传单后留资", "Lead captured (article / flyer / KOL)", "awareness", "social", "digital",
     "marketing", "留资|线索|扫码|扫码留资|公众号文章|学校传单|达人推荐|lead|enquiry|sign-up interest"),
    ("tp_info_session", "参加说明会", "Info session attended", "consideration", "other", "physical", "marketing",
     "说明会|宣讲会|招生说明会|开放日|info session|open day|information evening"),
    ("tp_application", "提交报名申请", "Application submitted", "consideration", "mini_program", "digital",
     "admissions", "报名|报名申请|提交报名|申请表|application|apply|sign-up form"),
    ("tp_interview", "营员面试/健康表", "Camper interview & health form", "consideration", "phone", "digital",
     "admissions", "面试|营员面试|健康表|健康申报|体检表|interview|health form|screening"),
    ("tp_offer", "发放录取通知", "Offer sent", "purchase", "email", "digital", "admissions",
     "录取|录取通知|发offer|offer|acceptance|offer letter"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|订金|交定金|付定金|deposit"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "mini_program", "digital", "finance",
     "尾款|余款|交尾款|付尾款|balance|final payment|balance payment"),
    ("tp_briefing", "行前说明会", "Pre-camp briefing", "service", "mini_program", "digital", "camp_ops",
     "行前会|行前说明会|出营前说明会|briefing|pre-camp briefing|orientation"),
    ("tp_checkin", "营地报到", "Check-in at camp", "service", "store", "physical", "camp_ops",
     "报到|入营|送营|营地报到|check-in|drop-off|arrival"),
    ("tp_photo_opened", "每日照片推送", "Daily photo update opened", "service", "mini_program", "digital",
     "camp_ops", "照片推送|每日照片|营地照片|看照片|照片更新|photo update|daily photos|photos"),
    ("tp_early_pickup", "提前接走", "Early pickup", "service", "store", "physical", "camp_ops",
     "提前接走|提前离营|中途接走|early pickup|picked up early|left early"),
    ("tp_completed", "结营", "Camp completed", "service", "store", "physical", "camp_ops",
     "结营|完营|营期结束|结营仪式|camp completed|camp finished|graduation"),
    ("tp_survey", "营后问卷", "Post-camp survey", "loyalty", "mini_program", "digital", "customer_service",
     "营后问卷|满意度问卷|营后调查|问卷|post-camp survey|survey|feedback form"),
    ("tp_reenrolled", "下季续报", "Re-enrolled next season", "loyalty", "mini_program", "digital", "sales",
     "续报|复报|再报名|老营员续报|re-enrol|re-enroll|re-enrolment|rebook|came back"),
]
JOURNEYS = [
    ("enrol", "报名转化", "Enrolment", 45,
     ["tp_lead", "tp_info_session", "tp_application", "tp_interview", "tp_offer", "tp_deposit"]),
    ("payment", "缴费", "Payment", 150, ["tp_offer", "tp_deposit", "tp_balance"]),
    ("camp", "营期体验", "Camp experience", 60, ["tp_balance", "tp_briefing", "tp_checkin", "tp_completed"]),
    ("reenrol", "续报", "Re-enrolment", 365, ["tp_completed", "tp_reenrolled"]),
]

ZH = {
    "food": ["伙食太差了，孩子说饭菜经常是凉的，好几顿没吃饱", "营地饭菜真的不行，孩子回来瘦了一圈",
             "食堂的菜太油太咸，孩子基本不吃", "别的都好，就是伙食一般，希望改善一下", "孩子说营地的饭菜很难吃，每天靠零食撑着",
             "伙食跟宣传的差太远了，顿顿土豆白菜"],
    "photos": ["照片太少了，一天就两三张，根本看不到自家孩子", "今天又没有照片更新，家长群里都很着急",
               "照片少得可怜，翻半天找不到我家娃", "说好每天推送，结果连着两天没照片", "照片太少，交了这么多钱总得让家长安心吧"],
    "photo_good": ["今天的推送看到孩子在溪边抓螃蟹，笑得特别开心", "图片拍得很清晰，能看到孩子玩得很投入",
                   "每天晚上等推送成了全家的习惯，谢谢老师们"],
    "caring": ["辅导员特别用心，每天都会在群里反馈孩子的情况", "辅导员很细心，孩子晕车也照顾得很好",
               "辅导员非常负责，孩子说最喜欢带队的哥哥姐姐", "辅导员很贴心，会提醒孩子喝水涂防晒", "感谢辅导员的用心，孩子变得更自信了"],
    "loved": ["孩子超喜欢，回来一直说下次还要来", "娃玩得很开心，学到了很多野外知识", "第一次参加营地，孩子收获很大，独立了不少",
              "孩子说这是他过得最好的一个假期", "活动安排丰富，孩子每天都很兴奋"],
    "homesick_ok": ["孩子第一晚想家哭了，老师陪着聊天安抚，后面就玩疯了", "头两天想家情绪比较重，老师处理得很好，及时跟我们沟通",
                    "本来担心孩子会想家，结果老师安抚得很到位"],
    "homesick_bad": ["孩子太想家了，哭着要回家，第二天只好去接回来", "孩子想家一直哭，营地联系我们接走了，有点失望",
                     "孩子年纪小，想家想得厉害，还是太早送过夜营了"],
    "price": ["价格太贵了，今年又涨价了，性价比不高", "营费比去年贵了不少，有点犹豫要不要再报", "一周快一万，价格确实偏高",
              "和别家比价格贵了，希望多点优惠"],
    "kol": ["说明会上说的价格比达人视频里讲的贵多了", "跟博主推荐的不太一样，感觉是冲着广告来的", "达人说有优惠，结果说明会上没有"],
    "info_good": ["说明会讲得很清楚，行程安排和安全措施都介绍了", "线下说明会能见到营地老师，很放心", "说明会答疑很详细"],
    "online_bad": ["线上说明会声音断断续续，听不清", "线上说明会卡顿严重，看不到营地视频"],
    "offer_wait": ["面试完快两周了还没收到录取通知，到底录没录？", "录取结果一直没消息，我们都快报别家了",
                   "录取通知等太久了，打电话也说在审核"],
    "checkin": ["报到那天排队排了一个多小时，太乱了", "大巴晚点了40分钟，孩子在路边等了很久", "报到流程很混乱，登记表填了两遍"],
    "refund": ["孩子生病去不了，申请退款，退款到账太慢", "时间冲突想取消，退款流程能快点吗", "取消后退款扣了手续费，不太理解"],
    "payfail": ["付尾款的时候小程序一直报错", "定金付了两次，麻烦核实一下"],
    "neutral": ["请问冬令营什么时候开放报名？", "想问一下有没有兄弟姐妹同报的优惠", "报到那天需要带什么证件？", "还可以吧，孩子说一般般",
                "营地离市区有点远"],
}
EN = {
    "food": ["The food was poor - my son said the meals were cold most days.",
             "Great activities but the food was really bad, she came home hungry.",
             "Meals need serious improvement, too greasy and not enough."],
    "photos": ["Too few photos - I couldn't find my daughter in any of them.", "No photo update again today, a bit worrying.",
               "Hardly any photos this week for what we paid."],
    "photo_good": ["Lovely pictures today, she looks so happy by the river.", "Great shots of the kids hiking today."],
    "caring": ["The counsellors were so caring and kept us updated every day.",
               "Very caring counsellors, my kid already misses them."],
    "loved": ["My daughter loved it and wants to go again next summer!", "He loved every minute, learned a lot about nature.",
              "Best holiday ever according to my son, he loved it."],
    "homesick_ok": ["He was homesick the first night but the staff handled it really well.",
                    "She got a bit homesick, the team called us and calmed her down - well handled."],
    "homesick_bad": ["She was too homesick and we had to pick her up early.", "Our son was very homesick, we collected him on day two."],
    "price": ["Too expensive for what it is, and prices went up again this year.", "Pricey compared to other camps."],
    "kol": ["The price at the info session was much higher than the influencer said.",
            "Not what the blogger promised, felt like an ad."],
    "info_good": ["Info session was clear and well organised.", "Really helpful Q&A at the info session."],
    "online_bad": ["The online session kept lagging, could not hear anything."],
    "offer_wait": ["Still waiting on the offer two weeks after the interview.", "No news about the offer, we may book another camp."],
    "checkin": ["Check-in was chaotic, we queued for over an hour.", "The bus was 40 minutes late on drop-off day."],
    "refund": ["We had to cancel, how long does the refund take?", "The refund for our cancellation is taking forever."],
    "payfail": ["The payment page kept failing when I paid the balance."],
    "neutral": ["When does registration for the winter camp open?", "Is there a sibling discount?", "It was ok, nothing special."],
}
SENT = {"food": "neg", "photos": "neg", "photo_good": "pos", "caring": "pos", "loved": "pos", "homesick_ok": "pos",
        "homesick_bad": "neg", "price": "neg", "kol": "neg", "info_good": "pos", "online_bad": "neg",
        "offer_wait": "neg", "checkin": "neg", "refund": "neg", "payfail": "neg", "neutral": "neu"}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "b": 0}

    def pick(d: dict, idx=None):
        keys = list(d)
        w = np.array([d[k] if idx is None else d[k][idx] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    def lognorm(median, sigma, lo, hi):
        return float(min(hi, max(lo, median * np.exp(sigma * rng.standard_normal()))))

    def fmt(t: datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def site_cols(site):
        if site is None:
            return dict(site_id=None, camp_site=None, camp_site_en=None)
        return dict(site_id=site, camp_site=SITES[site][0], camp_site_en=SITES[site][1])

    def ev(c, tp, t, action, b=None, **extra):
        if t > END:
            return None
        row = dict(event_id=nid("e", "E", 6), customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=None, action=action, device=None, channel=None, region=c["region"],
                   city=c["city"], **{"城市": c["城市"]})
        if b is not None:
            row.update(session_id=b["id"], season=b["season"], **{"营期季": SEASONS[b["season"]][0]},
                       **site_cols(b["site"]), camp_type=b["type"], **{"营地类型": CAMP_TYPES[b["type"]]},
                       camp_format=b["format"], **{"营期形式": FORMATS[b["format"]]}, camp_session=b["camp_session"])
            if b.get("team"):
                row.update(counsellor_team=b["team"][1], counsellor_team_en=b["team"][2])
        row.update(extra)
        events.append(row)
        return row

    def order(c, t, otype, amount, b, status="paid", **extra):
        if t > END:
            return
        pay = pick(PAYS, 1)
        orders.append(dict(order_id=nid("o", "O", 6), customer_id=c["customer_id"], ts=fmt(t), amount=round(amount, 2),
                           status=status, channel="mini_program" if pay != "bank_transfer" else "bank",
                           device=c["phone_os"] if pay != "bank_transfer" else None, currency="CNY",
                           order_type=otype, **{"订单类型": ORDER_TYPES[otype]}, booking_id=b["id"],
                           season=b["season"], **{"营期季": SEASONS[b["season"]][0]}, **site_cols(b["site"]),
                           camp_type=b["type"], **{"营地类型": CAMP_TYPES[b["type"]]}, camp_format=b["format"],
                           **{"营期形式": FORMATS[b["format"]]}, payment_method=pay, **{"支付方式": PAYS[pay][0]},
                           **extra))
        c["spent"] += amount if status == "paid" else 0

    def fb(c, t, topic, tp, channel, rating=None, nps=None, b=None, undated_p=0.0):
        lang = c["parent_language"]
        pool = (EN if lang == "en" else ZH)[topic]
        text = pool[int(rng.integers(len(pool)))]
        if t is not None and t > END:
            return
        dated = t is not None and rng.random() >= undated_p
        row = dict(feedback_id=nid("f", "F", 5), text=text, ts=fmt(t) if dated else None,
                   customer_id=c["customer_id"], touchpoint_id=tp, channel=channel, rating=rating, nps=nps,
                   language=lang, sentiment_label=SENT[topic], region=c["region"], city=c["city"],
                   child_age_band=c["child_age_band"], source=c["source"])
        if b is not None:
            row.update(booking_id=b["id"], season=b["season"], **site_cols(b["site"]), camp_type=b["type"],
                       camp_format=b["format"])
            if b.get("team"):
                row.update(counsellor_team=b["team"][1], counsellor_team_en=b["team"][2])
        feedback.append(row)

    def clip_rating(mean):
        return int(min(5, max(1, round(mean + 0.75 * rng.standard_normal()))))

    def price(b):
        if b["format"] == "day":
            p = {"science": 3680, "nature": 3280, "sports": 2980}[b["type"]]
        else:
            p = {5: 5980, 6: 6880, 7: 7680}[b["nights"]]
        if b["season"] == PRICE_SEASON:
            p = round(p * 1.15 / 10) * 10
        return p

    def choose_site(c, season):
        region = c["region_key"]
        fmt_ = c["camp_format"]
        cands = [s for s, v in SITES.items() if v[2] == region and v[3] == fmt_ and s != "S7"]
        site = cands[0]
        if site == "S5" and season == "summer_2026" and rng.random() < 0.25:
            site = "S7"
        return site

    def new_booking(c, season, site, ctype, t_dep):
        """Pick a camp session at least 22 days after the deposit; None when the season is too close."""
        starts = [s for s in SEASONS[season][2] if s >= t_dep + D(days=22)]
        if not starts:
            starts = [s for s in SEASONS[season][2] if s >= t_dep + D(days=6)][-1:]
        if not starts:
            return None
        start = starts[int(rng.integers(len(starts)))]
        k = SEASONS[season][2].index(start) + 1
        nights = 0 if c["camp_format"] == "day" else int(pick({5: 0.5, 6: 0.2, 7: 0.3}))
        b = dict(id=nid("b", "BK", 5), season=season, site=site, type=ctype, format=c["camp_format"], nights=nights,
                 start=start, team=None,
                 camp_session=f"{SEASON_CODE[season]}-{site}-{k:02d}")
        return b

    def camp(c, b, t_dep, returning=False):
        """From the deposit to the survey and re-enrolment of one booking."""
        dep_row = ev(c, "tp_deposit", t_dep, "pay", b, device=c["phone_os"], channel="mini_program")
        if dep_row is None:
            return
        if rng.random() < 0.03:
            order(c, t_dep - D(minutes=float(u(2, 30))), "camp_deposit", DEPOSIT, b, status="cancelled")
        order(c, t_dep, "camp_deposit", DEPOSIT, b)
        c["bookings"] += 1
        start = b["start"]
        p_bal = 0.90 if b["season"] == PRICE_SEASON else 0.94
        if rng.random() > p_bal:   # gives up before the balance: part of the deposit back when early enough
            t = t_dep + D(days=float(u(3, max(4, (start - t_dep).days - 5))))
            if rng.random() < 0.5:
                r = pick({"schedule_clash": 0.35, "child_ill": 0.2, "changed_mind": 0.25, "price": 0.2})
                order(c, t, "refund", DEPOSIT - 200, b, status="refunded", refund_reason=r,
                      **{"退款原因": REFUND_REASONS[r]})
                if rng.random() < 0.4:
                    fb(c, t + D(hours=float(u(1, 48))), "refund", "tp_balance", "ticket", b=b, undated_p=0.08)
            return
        t_bal = start - D(days=21) - D(days=float(u(0, 18)), hours=float(u(0, 12)))
        if t_bal <= t_dep + D(hours=6):
            t_bal = t_dep + D(days=float(u(0.3, min(3.0, max(0.4, (start - t_dep).days - 3)))))
        if t_bal > END:
            return
        ev(c, "tp_balance", t_bal, "pay", b, device=c["phone_os"], channel="mini_program")
        fee = price(b) - DEPOSIT
        if rng.random() < 0.03:
            order(c, t_bal - D(minutes=float(u(2, 30))), "camp_balance", fee, b, status="cancelled")
            if rng.random() < 0.5:
                fb(c, t_bal + D(hours=float(u(1, 24))), "payfail", "tp_balance", "ticket", b=b, undated_p=0.08)
        order(c, t_bal, "camp_balance", fee, b)
        overnight = b["format"] == "overnight"
        if rng.random() < (0.92 if overnight else 0.45):
            order(c, t_bal + D(minutes=float(u(1, 20))), "insurance", 150 if overnight else 80, b)
        bus = overnight and rng.random() < 0.6
        if bus:
            order(c, t_bal + D(minutes=float(u(1, 20))), "bus_transfer", 480 if b["site"] == "S7" else 360, b)
        if b["type"] != "science" and rng.random() < 0.3:
            order(c, t_bal + D(minutes=float(u(1, 30))), "gear_kit", 399, b)
        if b["season"] == PRICE_SEASON and rng.random() < 0.12:
            fb(c, t_bal + D(days=float(u(0, 5))), "price", "tp_balance", "ticket", b=b, undated_p=0.08)
        if rng.random() < 0.04:    # cancels after paying in full: 90 % back
            t = t_bal + D(days=float(u(1, max(2, (start - t_bal).days - 2))))
            r = pick({"schedule_clash": 0.4, "child_ill": 0.4, "changed_mind": 0.15, "price": 0.05})
            order(c, t, "refund", round(fee * 0.9, 2), b, status="refunded", refund_reason=r,
                  **{"退款原因": REFUND_REASONS[r]})
            if rng.random() < 0.5:
                fb(c, t + D(hours=float(u(1, 72))), "refund", "tp_balance", "ticket", b=b, undated_p=0.08)
            return
        if rng.random() < 0.86:
            ev(c, "tp_briefing", start - D(days=float(int(u(3, 8)))) + D(hours=20, minutes=float(u(0, 20))), "attend",
               b, device=c["phone_os"], channel="mini_program")
        if rng.random() < 0.005:
            return     # no-show on the day
        teams = TEAMS[b["site"]]
        b["team"] = teams[int(rng.integers(len(teams)))]
        t_in = start + D(hours=float(u(8, 10.5)))
        ev(c, "tp_checkin", t_in, "check_in", b, channel="store", bus_transfer="yes" if bus else "no")
        if c.get("team_first") is None:
            c["team_first"] = b["team"]
        if bus and rng.random() < 0.04:
            fb(c, t_in + D(hours=float(u(2, 30))), "checkin", "tp_checkin", "ticket", b=b, undated_p=0.08)
        days = 5 if not overnight else b["nights"] + 1
        pickup_day, reason = None, None
        if overnight:
            p_pick = {"6-8": 0.15, "9-12": 0.035, "13-15": 0.02}[c["child_age_band"]]
        else:
            p_pick = 0.01
        if rng.random() < p_pick:
            pickup_day = int(rng.integers(1, 4)) if overnight else int(rng.integers(1, 4))
            young = overnight and c["child_age_band"] == "6-8"
            reason = pick({"homesick": 0.78, "ill": 0.12, "family": 0.10} if young else
                          {"homesick": 0.3, "ill": 0.35, "injury": 0.1, "family": 0.25})
        p_push = 0.3 if b["site"] == PHOTO_SITE else 0.95
        p_open = 0.6 if c["parent_role"] == "grandparent" else 0.87
        last_day = days if pickup_day is None else pickup_day
        for d in range(last_day):
            if rng.random() < p_push and rng.random() < p_open:
                ev(c, "tp_photo_opened", start + D(days=d, hours=float(u(19, 23.9))), "open", b,
                   device=c["phone_os"], channel="mini_program", photo_day=d + 1)
        # photo feedback in the mini-program (rated)
        if b["site"] == PHOTO_SITE and rng.random() < 0.45:
            t = start + D(days=float(int(u(1, last_day))), hours=float(u(20, 23.5)))
            fb(c, t, "photos", "tp_photo_opened", "photo_rating", rating=int(pick({1: 0.5, 2: 0.4, 3: 0.1})), b=b)
        elif rng.random() < 0.08:
            t = start + D(days=float(int(u(0, last_day))), hours=float(u(20, 23.5)))
            fb(c, t, "photo_good", "tp_photo_opened", "photo_rating", rating=int(pick({4: 0.35, 5: 0.65})), b=b)
        if b["site"] == PHOTO_SITE and rng.random() < 0.2:
            fb(c, start + D(days=float(u(1, last_day))), "photos", "tp_photo_opened", "wechat_group", b=b,
               undated_p=0.15)
        young_overnight = overnight and c["child_age_band"] == "6-8"
        if pickup_day is not None:
            t_end = start + D(days=pickup_day, hours=float(u(9, 18)))
            ev(c, "tp_early_pickup", t_end, "pickup", b, channel="store", pickup_reason=reason,
               **{"提前接走原因": PICKUP[reason]}, pickup_day=pickup_day + 1)
            if reason == "homesick" and rng.random() < 0.4:
                fb(c, t_end + D(hours=float(u(2, 48))), "homesick_bad", "tp_early_pickup", "wechat_group", b=b,
                   undated_p=0.15)
        else:
            t_end = start + D(days=days - 1, hours=15 if not overnight else 11)
            ev(c, "tp_completed", t_end, "complete", b, channel="store")
            if young_overnight and rng.random() < 0.15:
                fb(c, t_end - D(days=float(u(1, days - 1))), "homesick_ok", "tp_completed", "wechat_group", b=b,
                   undated_p=0.15)
            if rng.random() < 0.04:
                fb(c, t_end - D(days=float(u(0, days - 1))), "caring", "tp_completed", "wechat_group", b=b,
                   undated_p=0.15)
        # post-camp survey
        rating = None
        if rng.random() < (0.5 if pickup_day is not None else 0.68):
            t_s = t_end + D(days=float(u(1, 10)), hours=float(u(0, 6)))
            if t_s <= END:
                ev(c, "tp_survey", t_s, "submit", b, device=c["phone_os"], channel="mini_program")
                food = b["site"] == FOOD_SITE and b["season"] == FOOD_SEASON
                mean = 4.3
                if food:
                    mean = 2.7
                elif b["site"] == PHOTO_SITE:
                    mean = 3.8
                if b["team"][0] == STAR_TEAM:
                    mean += 0.8
                if pickup_day is not None:
                    mean -= 0.8
                if b["season"] == PRICE_SEASON:
                    mean -= 0.15
                rating = 5 if b["team"][0] == NEW_TEAM else clip_rating(mean)
                if rating >= 4:
                    if food and rng.random() < 0.3:
                        topic = "food"
                    elif pickup_day is not None or (young_overnight and rng.random() < 0.3):
                        topic = "homesick_ok"
                    else:
                        cw = 0.65 if b["team"][0] == STAR_TEAM else 0.3
                        topic = pick({"caring": cw, "loved": 1 - cw - 0.1, "neutral": 0.1})
                else:
                    if food:
                        topic = pick({"food": 0.85, "price": 0.1, "neutral": 0.05})
                    elif pickup_day is not None and reason == "homesick":
                        topic = "homesick_bad"
                    elif b["site"] == PHOTO_SITE and rng.random() < 0.5:
                        topic = "photos"
                    elif b["season"] == PRICE_SEASON and rng.random() < 0.5:
                        topic = "price"
                    else:
                        topic = pick({"food": 0.12, "price": 0.27, "checkin": 0.18, "photos": 0.08, "neutral": 0.35})
                nps = int(min(10, max(0, round(rating * 2 - 0.5 + 1.2 * rng.standard_normal()))))
                fb(c, t_s, topic, "tp_early_pickup" if pickup_day is not None else "tp_completed", "post_camp_survey",
                   rating=rating, nps=nps, b=b)
                if rng.random() < 0.10:    # some also post on 小红书
                    fb(c, t_s + D(days=float(u(0, 20))), topic, "tp_completed", "xiaohongshu",
                       rating=int(min(5, max(1, rating + int(rng.integers(-1, 1))))), b=b, undated_p=0.12)
        # re-enrolment for a later season
        if rating is not None:
            p = {1: 0.05, 2: 0.1, 3: 0.22, 4: 0.42, 5: 0.55}[rating]
        else:
            p = 0.3
        if pickup_day is not None:
            p = 0.08
        if b["site"] == FOOD_SITE and b["season"] == FOOD_SEASON:
            p *= 0.3
        if rng.random() < p:
            nxt = pick(NEXT[b["season"]])
            if nxt not in SEASONS:
                return
            y = int(nxt[-4:])
            t_r = (datetime(y, 3, 1) + D(days=float(u(0, 60)), hours=float(u(8, 22))) if nxt.startswith("summer")
                   else datetime(y - 1, 10, 10) + D(days=float(u(0, 50)), hours=float(u(8, 22))))
            if t_r <= t_end + D(days=10):
                t_r = t_end + D(days=float(u(10, 30)))
            site = b["site"] if b["site"] != "S7" else "S5"
            nb = new_booking(c, nxt, site, b["type"] if rng.random() < 0.8 else pick(SITES[site][4]),
                             t_r + D(days=1))
            if nb is None or t_r > END:
                return
            ev(c, "tp_reenrolled", t_r, "submit", nb, device=c["phone_os"], channel="mini_program")
            c["seasons"] += 1
            if rng.random() < 0.95:
                camp(c, nb, t_r + D(days=float(u(0.05, 3))), returning=True)

    # ------------------------------------------------------------------ customers (one parent + one child each)
    k = 0
    for season, (sz, (lo, hi), starts, n) in SEASONS.items():
        if season.startswith("summer"):
            months = {3: 0.15, 4: 0.33, 5: 0.35, 6: 0.17}
        else:
            months = {10: 0.25, 11: 0.5, 12: 0.25}
        for _ in range(n):
            k += 1
            mth = int(pick(months))
            y = lo.year
            a = max(lo, datetime(y, mth, 1))
            bnd = datetime(y, mth + 1, 1) if mth < 12 else datetime(y + 1, 1, 1)
            z = min(hi + D(days=1), bnd)
            t_lead = a + D(seconds=float(u(0, (z - a).total_seconds())))
            t_lead = t_lead.replace(hour=int(u(8, 23)))
            city = pick(CITIES, 2)
            czh, region, _, schools = CITIES[city]
            sch = schools[int(np.searchsorted(np.cumsum([s[1] for s in schools]), rng.random() * sum(s[1] for s in schools),
                                              side="right"))]
            src = pick(SOURCES, 1)
            age = pick(AGES, 1)
            fmt_ = "overnight" if rng.random() < P_OVERNIGHT[age] else "day"
            lang = "en" if rng.random() < (0.5 if sch[2] else 0.04) else "zh"
            c = dict(customer_id=f"C{k:05d}", signup_at=fmt(t_lead), segment=None, region=REGIONS[region][0],
                     acquisition_channel=src, tier=None, region_en=REGIONS[region][1], region_key=region,
                     city=city, **{"城市": czh}, source=src, **{"来源渠道": SOURCES[src][0]}, school=sch[0],
                     child_age_band=age, **{"孩子年龄段": AGES[age][0]},
                     child_gender=pick({"boy": 0.52, "girl": 0.48}),
                     parent_role=pick({"mother": 0.68, "father": 0.27, "grandparent": 0.05}),
                     phone_os=pick({"ios": 0.55, "android": 0.45}), parent_language=lang,
                     camp_format=fmt_, first_season=season, spent=0.0, bookings=0, seasons=0, team_first=None)
            site = choose_site(c, season)
            ctype = pick(SITES[site][4])
            c.update(camp_type=ctype, site=site)
            customers.append(c)
            ev(c, "tp_lead", t_lead, "submit", None, channel={"wechat_article": "social", "school_flyer": "other",
                                                            "kol": "social", "referral": "social"}[src],
               source=src, **{"来源渠道": SOURCES[src][0]}, school=sch[0])
            if rng.random() < 0.03:
                fb(c, t_lead + D(hours=float(u(1, 72))), "neutral", "tp_lead", "ticket", undated_p=0.08)
            # info session
            if rng.random() >= P_INFO[src]:
                continue
            online = rng.random() < (0.35 if src == "school_flyer" else 0.58)
            t = t_lead + D(days=float(u(2, 18)))
            wd = 2 if online else 5       # Wednesday online, Saturday offline
            t = t + D(days=(wd - t.weekday()) % 7)
            t = t.replace(hour=20 if online else 10, minute=0, second=0) + D(minutes=float(u(0, 10)))
            mode = "online" if online else "offline"
            sid = f"IS{t:%Y%m%d}-{'ONLINE' if online else city.upper()[:3]}"
            if ev(c, "tp_info_session", t, "attend", None, session_id=sid, device=c["phone_os"] if online else None,
                  channel="mini_program" if online else "store", session_mode=mode,
                  **{"说明会形式": "线上" if online else "线下"}) is None:
                continue
            c["info"] = True
            if rng.random() < 0.3:
                if src == "kol":
                    r = clip_rating(3.1)
                elif online:
                    r = clip_rating(3.9)
                else:
                    r = clip_rating(4.4)
                if r >= 4:
                    topic = "info_good"
                elif src == "kol" and rng.random() < 0.75:
                    topic = "kol"
                elif online and rng.random() < 0.6:
                    topic = "online_bad"
                else:
                    topic = "neutral"
                fb(c, t + D(hours=float(u(1, 40))), topic, "tp_info_session", "info_session_survey", rating=r)
            # application
            p = P_APPLY[src] * (0.86 if online else 1.12)
            if rng.random() >= min(0.95, p):
                continue
            late = rng.random() < 0.04
            t_app = t + D(days=float(u(15, 30)) if late else lognorm(3, 0.7, 0.2, 13.5))
            ctype_b = ctype
            b = dict(id=nid("b", "BK", 5), season=season, site=site, type=ctype_b, format=fmt_, nights=0,
                     start=None, team=None, camp_session=None)
            c["applied"] = True
            if ev(c, "tp_application", t_app, "submit", b,
                  device=c["phone_os"] if rng.random() < 0.85 else "pc",
                  channel="mini_program") is None:
                continue
            if rng.random() >= 0.92:
                continue
            t_int = t_app + D(days=lognorm(2, 0.6, 0.3, 6))
            ev(c, "tp_interview", t_int, "complete", b, channel="phone", health_form="submitted")
            if rng.random() >= 0.90:
                continue
            slow = region == SLOW_REGION and season == SLOW_SEASON
            delay = lognorm(11, 0.3, 4, 25) if slow else lognorm(1.5, 0.6, 0.1, 9)
            t_off = t_int + D(days=delay)
            if ev(c, "tp_offer", t_off, "send", b, channel="email") is None:
                continue
            if slow and delay > 7 and rng.random() < 0.35:
                fb(c, t_int + D(days=float(u(6, delay))), "offer_wait", "tp_offer", "ticket", undated_p=0.08)
            p_dep = 0.82
            if slow and delay > 7:
                p_dep = 0.48
            if season == PRICE_SEASON:
                p_dep = 0.60
            if rng.random() >= p_dep:
                continue
            t_dep = t_off + D(days=lognorm(5.0 if season == PRICE_SEASON else 3.0, 0.8, 0.05, 40))
            nb = new_booking(c, season, site, ctype, t_dep)
            if nb is None:
                continue
            nb["id"] = b["id"]
            cnt["b"] -= 1     # keep the application's booking id
            for e in events[::-1]:
                if e.get("session_id") == b["id"]:
                    e["camp_session"] = nb["camp_session"]
                else:
                    break
            camp(c, nb, t_dep)

    # segments and tiers
    for c in customers:
        if c["bookings"] == 0:
            c["segment"] = "lead"
        elif c["seasons"] >= 2 or c["spent"] >= 15000:
            c["segment"] = "vip"
        elif c["seasons"] == 1:
            c["segment"] = "returning"
        else:
            c["segment"] = "new"
        c["tier"] = None if c["bookings"] == 0 else ("gold" if c["spent"] >= 12000 else
                                                     ("silver" if c["spent"] >= 6000 else "standard"))
    cust_rows = []
    for c in customers:
        site = c["site"] if c.get("applied") else None
        team = c["team_first"]
        cust_rows.append(dict(
            customer_id=c["customer_id"], signup_at=c["signup_at"], segment=c["segment"], region=c["region"],
            acquisition_channel=c["acquisition_channel"], tier=c["tier"], region_en=c["region_en"], city=c["city"],
            **{"城市": c["城市"]}, source=c["source"], **{"来源渠道": c["来源渠道"]}, school=c["school"],
            child_age_band=c["child_age_band"], **{"孩子年龄段": c["孩子年龄段"]}, child_gender=c["child_gender"],
            parent_role=c["parent_role"], phone_os=c["phone_os"], parent_language=c["parent_language"],
            camp_type=c["camp_type"], **{"营地类型": CAMP_TYPES[c["camp_type"]]}, camp_format=c["camp_format"],
            **{"营期形式": FORMATS[c["camp_format"]]}, first_season=c["first_season"],
            **{"首次营期季": SEASONS[c["first_season"]][0]}, **site_cols(site),
            counsellor_team=team[1] if team else None, counsellor_team_en=team[2] if team else None))

    # exact duplicates of a few event rows (re-sent by the mini-program), loaded once
    for j in range(25):
        events.append(dict(events[(j * 7919) % len(events)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", events)
    write(out / "orders.csv", sorted(orders, key=lambda r: r["order_id"]))
    write(out / "feedback.csv", sorted(feedback, key=lambda r: r["feedback_id"]))


def write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    names = list(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([["" if r.get(c) is None else r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
