"""颐膳 SilverTable: a senior meal-delivery subscription for older people living at home in Shanghai, Hangzhou,
Chengdu, Guangzhou, Osaka and Vancouver, 2024-09-01 .. 2026-07-31 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.

A "customer" is the senior who eats the meals (the 长者 / client); the account may be opened by a hospital or community
social worker (转介), by an adult child online (子女登记) or on the hotline.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 9, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
D = timedelta
N_LEADS = 2000                       # seniors first referred / signed up inside the window
N_LEGACY = 70                       # subscribers from before the window (no onboarding events)
OSAKA_OPEN = datetime(2025, 3, 1)
QUICKRUN = (datetime(2025, 11, 1), datetime(2026, 5, 1))   # Chengdu delivery outsourced to 快跑配送 QuickRun
DIAB_REVAMP = datetime(2026, 3, 1)   # new diabetic (控糖) recipes
AB = (datetime(2026, 1, 5), datetime(2026, 5, 1))          # trial follow-up test: sms_survey vs dietitian_call
CALL_ROLLOUT = datetime(2026, 5, 1)  # dietitian call for every trial from May 2026
PRICE_UP = datetime(2026, 1, 1)      # +5 % on plan prices in the four Chinese cities

CITY = {
    # code: zh, en, country, lead weight, lunch price per delivery day (CNY), currency, local per CNY,
    #       median assessment wait (days), kitchen (zh, en), subsidy per delivery day for 80+ (CNY)
    "shanghai": ("上海", "Shanghai", "CN", 0.28, 36, "CNY", 1.0, 3.0, ("闵行中央厨房", "Minhang kitchen"), 8),
    "hangzhou": ("杭州", "Hangzhou", "CN", 0.18, 32, "CNY", 1.0, 3.0, ("拱墅中央厨房", "Gongshu kitchen"), 6),
    "chengdu": ("成都", "Chengdu", "CN", 0.18, 28, "CNY", 1.0, 3.5, ("武侯中央厨房", "Wuhou kitchen"), 0),
    "guangzhou": ("广州", "Guangzhou", "CN", 0.18, 32, "CNY", 1.0, 3.0, ("海珠中央厨房", "Haizhu kitchen"), 0),
    "osaka": ("大阪", "Osaka", "JP", 0.11, 62, "JPY", 20.6, 4.5, ("大阪天王寺厨房", "Tennoji kitchen"), 0),
    "vancouver": ("温哥华", "Vancouver", "CA", 0.12, 80, "CAD", 0.19, 9.0, ("列治文厨房", "Richmond kitchen"), 0),
}
CHANNEL = ["hospital_referral", "community_referral", "family_online", "word_of_mouth", "hotline"]
CHANNEL_ZH = {"hospital_referral": "医院社工转介", "community_referral": "社区转介", "family_online": "子女线上登记",
              "word_of_mouth": "老客介绍", "hotline": "热线来电"}
CHANNEL_W = {"CN": [0.22, 0.28, 0.33, 0.07, 0.10], "JP": [0.10, 0.10, 0.62, 0.08, 0.10],
             "CA": [0.18, 0.12, 0.52, 0.08, 0.10]}
HOSPITALS = {
    "shanghai": ["上海市第六人民医院", "瑞金医院", "华东医院"], "hangzhou": ["浙大一院", "杭州市第一人民医院"],
    "chengdu": ["华西医院", "成都市第三人民医院"], "guangzhou": ["中山一院", "广州市红十字会医院"],
    "osaka": ["Osaka General Medical Center", "Osaka Red Cross Hospital"],
    "vancouver": ["Richmond Hospital", "Vancouver General Hospital"]}
COMMUNITY = {
    "shanghai": ["长桥街道社区中心", "田林街道长者照护之家", "曹杨新村社区中心"], "hangzhou": ["米市巷街道居家养老中心", "湖滨街道社区中心"],
    "chengdu": ["玉林街道社区中心", "望江路社区养老服务站"], "guangzhou": ["江南中街长者饭堂", "赤岗街道社区中心"],
    "osaka": ["Ikuno Community Care Center", "Tennoji Chiiki Hokatsu Center"],
    "vancouver": ["Chinatown Seniors Centre", "Richmond Caring Place"]}
DIETITIANS = {"shanghai": ["陈营养师", "周营养师", "吴营养师"], "hangzhou": ["沈营养师", "许营养师"], "chengdu": ["李营养师", "刘营养师"],
              "guangzhou": ["黄营养师", "梁营养师"], "osaka": ["Tanaka", "Lin"], "vancouver": ["Karen Wong", "Priya Singh"]}
DRIVERS = {"shanghai": ["老王", "小张", "陆师傅", "顾师傅", "小蒋", "钱师傅"], "hangzhou": ["小何", "楼师傅", "方师傅", "小金"],
           "chengdu": ["小唐", "罗师傅", "小邓", "蒲师傅"], "guangzhou": ["阿强", "阿明", "何师傅", "小冯"],
           "osaka": ["Kenji", "Yusuke", "Mei"], "vancouver": ["Tom", "Harjit", "Wei", "Daniel"]}
QUICKRUN_DRIVERS = ["快跑-017", "快跑-032", "快跑-045", "快跑-058", "快跑-071", "快跑-086"]
TEXTURE = ["regular", "soft", "minced", "puree"]
TEXTURE_ZH = {"regular": "普通", "soft": "软食", "minced": "碎食", "puree": "泥状"}
SOFTER = {"regular": "soft", "soft": "minced", "minced": "puree", "puree": "puree"}
PLAN = ["weekday_lunch", "daily_lunch", "daily_two_meals"]
PLAN_ZH = {"weekday_lunch": "工作日午餐", "daily_lunch": "每日午餐", "daily_two_meals": "每日午晚餐"}
PLAN_MULT = {"weekday_lunch": 1.0, "daily_lunch": 0.95, "daily_two_meals": 1.65}
COMPLAINT_ZH = {"too_bland": "太淡没味道", "texture_wrong": "质地不对", "cold_food": "饭菜凉了", "portion_small": "分量太少",
                "wrong_meal": "送错餐", "too_salty": "太咸"}
CANCEL_ZH = {"moved_to_care_home": "入住养老院", "price": "价格太贵", "taste": "口味不合", "hospital_long_stay": "长期住院",
             "family_cooks": "家人接手做饭", "deceased": "老人去世", "missed_deliveries": "经常漏送", "other": "其他"}
PAUSE_ZH = {"hospital_stay": "住院", "family_visit": "探亲外出", "other": "其他"}
MISSED_ZH = {"courier_no_show": "骑手未送达", "wrong_address": "地址错误", "kitchen_shortfall": "备餐不足",
             "weather": "天气原因", "access_denied": "门禁进不去"}
COURIER_ZH = {"in_house": "自有配送员", "quickrun": "快跑配送"}
ALERT_ZH = {"family_confirmed_ok": "家属确认无事", "senior_out": "老人外出", "fall_found": "发现摔倒",
            "unwell_sent_to_hospital": "身体不适送医"}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_referral", "社工转介", "Social-worker referral", "awareness", "other", "physical", "partnerships",
     "转介|社工转介|医院转介|社区转介|出院转介|居委会推荐|referral|social worker referral|discharge referral"),
    ("tp_family_signup", "子女线上登记", "Family online sign-up", "awareness", "mini_program", "digital", "growth",
     "线上登记|子女登记|家属注册|小程序登记|网上报名|注册|family sign-up|online registration|signed up online"),
    ("tp_hotline", "咨询热线", "Enquiry hotline", "consideration", "phone", "physical", "customer care",
     "热线|客服电话|打电话咨询|400电话|hotline|phone enquiry|call centre"),
    ("tp_assessment", "营养师评估", "Dietitian assessment", "consideration", "other", "physical", "nutrition",
     "评估|膳食评估|上门评估|营养评估|营养师上门|assessment|dietitian visit|nutrition assessment|intake assessment"),
    ("tp_trial_start", "体验周首送", "Trial week start", "purchase", "other", "physical", "operations",
     "体验周|试吃周|试餐|体验餐|trial week|taster week|trial|first trial meal"),
    ("tp_trial_followup", "体验周回访", "Trial follow-up", "purchase", "phone", "physical", "customer care",
     "回访|体验回访|试吃回访|满意度回访|trial follow-up|trial check-in|follow-up call"),
    ("tp_subscribe", "开通周餐订阅", "Subscription start", "purchase", "mini_program", "digital", "growth",
     "开通|订阅|签约|正式订餐|转正|subscribe|subscription|signed up to a plan|conversion to paid"),
    ("tp_delivery", "每日送餐", "Daily delivery", "service", "other", "physical", "logistics",
     "送餐|配送|上门送餐|送达|敲门关怀|delivery|meal drop-off|delivery run|check-in visit"),
    ("tp_missed", "漏送", "Missed delivery", "service", "other", "physical", "logistics",
     "漏送|没送到|漏单|送餐失败|missed delivery|missed meal|failed delivery|no-show"),
    ("tp_wellness_alert", "关怀预警", "Wellness alert", "service", "phone", "physical", "care team",
     "预警|安全预警|敲门无人应答|联系家属|关怀预警|wellness alert|welfare check|no-answer alert|safety alert"),
    ("tp_menu_complaint", "菜品投诉", "Menu complaint", "service", "mini_program", "digital", "kitchen",
     "投诉|菜品投诉|饭菜投诉|差评|口味投诉|complaint|menu complaint|food complaint"),
    ("tp_pause", "暂停送餐", "Delivery pause", "service", "mini_program", "digital", "customer care",
     "暂停|停送|住院暂停|请假|pause|hold|hospital hold|suspend deliveries"),
    ("tp_resume", "恢复送餐", "Deliveries resumed", "service", "mini_program", "digital", "customer care",
     "恢复|复送|出院恢复|重新送|resume|restart|back from hospital"),
    ("tp_renew", "四周续费", "4-week renewal", "loyalty", "mini_program", "digital", "finance",
     "续费|续订|自动续费|续餐|renewal|rebill|renewed|next cycle"),
    ("tp_cancel", "退订", "Cancellation", "loyalty", "phone", "physical", "customer care",
     "退订|取消订阅|停餐|不订了|流失|cancel|cancellation|churn|stopped the plan"),
]
JOURNEYS = [
    ("referral_onboard", "转介到开通", "Referral to subscription",
     ["tp_referral", "tp_assessment", "tp_trial_start", "tp_subscribe"], 45),
    ("family_onboard", "子女登记到开通", "Family sign-up to subscription",
     ["tp_family_signup", "tp_assessment", "tp_trial_start", "tp_subscribe"], 45),
    ("pause_return", "暂停到续费", "Pause to renewal", ["tp_pause", "tp_resume", "tp_renew"], 60),
]

DISH_ZH = ["清蒸鲈鱼", "冬瓜排骨汤", "番茄炒蛋", "南瓜小米粥", "肉末豆腐", "土豆炖牛肉", "香菇鸡丁", "红烧狮子头", "虾仁蒸蛋", "山药炖鸡",
           "麻婆豆腐", "白灼菜心", "萝卜焖牛腩", "清炒西兰花"]
DISH_EN = ["steamed fish", "congee", "braised tofu", "chicken and mushroom", "beef stew", "pumpkin porridge",
           "egg custard", "lion's head meatballs", "stir-fried greens", "salmon teriyaki", "shepherd's pie"]
REL_ZH = ["我妈", "我爸", "老爷子", "老太太", "我婆婆", "我外婆", "家里老人", "我父亲", "母亲"]
REL_EN = ["Mum", "Dad", "my mother", "my father", "Grandma", "my dad", "my mom", "Auntie"]

T_ZH = {
    "tasty_food": ["{rel}说今天的{dish}很好吃，跟家里做的味道差不多", "菜很家常，{rel}每顿都能吃完，{dish}最受欢迎",
                   "味道不错，荤素搭配合理，{rel}胃口好多了", "{dish}做得软烂入味，{rel}很喜欢", "吃了一个多月，{rel}气色好了不少，饭菜比以前自己凑合强多了",
                   "菜式每周都换，不重样，老人吃得开心", "饭菜热乎，口味清淡但不寡淡，挺好"],
    "driver_caring": ["送餐的{driver}每次都帮{rel}把饭盒打开放好，很贴心", "送餐员很有耐心，会跟{rel}聊几句，老人一个人在家有人说说话挺好",
                      "师傅很负责，下雨天也准时送到，还提醒{rel}按时吃药", "{driver}人很好，上楼帮{rel}把垃圾也带下去了",
                      "每天同一个师傅来，{rel}都跟他熟了，很放心"],
    "wellness_saved": ["那天{rel}在家摔倒了，是送餐师傅敲门没人应，马上联系了我们，真的太感谢了", "送餐员发现{rel}精神不对，及时通知我们送医，这个关怀服务值这个价",
                       "我们在外地工作，每天有人上门看一眼{rel}，放心多了", "敲门没人应答的时候客服十分钟内就打给我了，流程很专业",
                       "多亏了每天的上门关怀，{rel}低血糖晕倒被及时发现"],
    "dietitian_helpful": ["{dietitian}评估很专业，根据{rel}的血糖情况调整了菜单", "营养师很细心，问了吞咽情况，建议用软食，{rel}吃着不费劲了",
                          "评估时给了很多饮食建议，比医院说得还清楚", "{dietitian}回访很认真，问了{rel}每一餐吃了多少"],
    "grateful_farewell": ["{rel}上个月走了，谢谢你们这大半年每天的照顾", "老人已经过世，感谢送餐师傅一直以来的关心",
                          "{rel}走得很安详，最后几个月多亏了你们的饭菜"],
    "neutral_question": ["请问下周的菜单什么时候出？", "想问一下能不能从午餐改成午晚餐两餐", "发票怎么开？需要公司抬头", "送餐时间能不能固定在11点前",
                         "助餐补贴要怎么申请？", "可以换一个送餐地址吗，{rel}搬到我家住一阵", "体验周结束以后怎么续？"],
    "pause_request": ["{rel}住院了，先暂停送餐，出院再联系", "暂停期间的天数会顺延吗？", "{rel}下周去医院做手术，大概要停两周",
                      "老人回老家过年，1月底到2月中先停一下"],
    "moving_on": ["{rel}住进养老院了，不需要再送餐了", "老人搬来和我们一起住了，以后我们自己做饭", "{rel}长期住院，暂时用不上了，先退掉",
                  "家里请了保姆做饭，不订了"],
    "missed_delivery": ["今天中午又没送到，{rel}饿到下午两点才打电话给我", "这周已经漏送两次了，骑手说找不到地址", "换了配送以后经常漏送，老人在家等不到饭",
                        "骑手根本不上楼，饭也没送到，打电话也没人接", "中午12点半还没到，打客服才说今天漏单了", "漏送也不提前通知，{rel}一个人在家没饭吃"],
    "late_cold_food": ["送到的时候饭菜都凉了，{rel}胃不好吃冷的会难受", "经常一点多才送到，菜都是凉的", "今天又晚了一个小时，饭是冷的"],
    "too_bland": ["控糖餐太淡了，一点味道都没有，{rel}吃不下", "糖尿病餐天天水煮菜，老人说没滋味", "{dish}淡得像没放盐，能不能想办法调调味",
                  "控糖餐太单调了，{rel}吃了两口就不吃了", "菜太寡淡，{rel}说还不如自己煮面条"],
    "texture_wrong": ["碎食里面还有硬块，{rel}吞咽困难，吃着很危险", "说好的碎食，{dish}还是整块的", "质地不对，碎食里的肉太硬了咬不动",
                      "碎食做得不均匀，有的地方还是颗粒，{rel}呛了两次", "碎食的菜有筋，老人嚼不烂"],
    "portion_small": ["分量有点少，{rel}说吃不饱", "两餐套餐的晚餐量太少了", "米饭太少，{rel}饭量大，不够吃"],
    "too_salty": ["今天的{dish}太咸了，老人高血压不能吃这么咸", "菜偏咸，跟说的低盐不一样"],
    "wrong_meal": ["送错餐了，{rel}是控糖餐，今天送来的是普通餐", "饭盒上的名字不是{rel}的，送错了"],
    "price_high": ["一个月下来一千多，退休金负担不起", "价格比社区长者食堂贵太多了", "涨价以后有点承受不了，考虑换别家", "服务挺好就是太贵了"],
    "assessment_wait": ["转介过来一个多星期了营养师还没上门", "评估排期太长，等了十来天才约上", "老人刚出院急着要餐，评估却要等好久",
                        "社工转过去以后一直没人联系评估"],
    "app_confusing": ["小程序选菜单太复杂了，{rel}根本不会用", "暂停送餐在小程序里找了半天找不到", "付款页面老是报错，续费续不上"],
}
T_EN = {
    "tasty_food": ["{rel} really enjoys the {dish}, tastes like home cooking", "Good food, {rel} finishes every meal now",
                   "Tasty and well balanced, much better than what {rel} used to cook", "The {dish} was lovely and soft, {rel} loved it",
                   "Menu changes every week and the meals are always warm and tasty"],
    "driver_caring": ["The driver {driver} always takes a minute to chat with {rel}. Means a lot to us.",
                      "Our delivery person is lovely, puts the meal in the fridge for {rel}",
                      "Same friendly driver every day, {rel} looks forward to the visit"],
    "wellness_saved": ["The driver couldn't get an answer and called us right away - {rel} had fallen in the bathroom. Can't thank you enough.",
                       "The daily check-in is the reason we signed up. It caught {rel} being unwell last week.",
                       "Your team noticed {rel} was confused at the door and phoned me within minutes. Great safety net."],
    "dietitian_helpful": ["The dietitian was thorough and explained the texture levels clearly",
                          "{dietitian} did a great assessment, very knowledgeable about diabetic diets",
                          "Really helpful follow-up call from the dietitian after the trial week"],
    "grateful_farewell": ["{rel} passed away last month. Thank you for looking after her every day.",
                          "Thank you for the care over the last year, the drivers were like family to {rel}."],
    "neutral_question": ["Can we switch from weekday lunches to lunch and dinner?", "When is next week's menu published?",
                         "How do I get a receipt for the insurance claim?", "Could the delivery come before 11am?",
                         "What happens after the trial week?"],
    "pause_request": ["{rel} is in hospital, please pause deliveries until further notice",
                      "Do paused days roll over to the next cycle?", "{rel} has surgery next week, we need to stop for about two weeks"],
    "moving_on": ["{rel} moved into a care home, so we no longer need the meals", "{rel} is moving in with us, we will cook from now on",
                  "We found a live-in carer who cooks, cancelling for now"],
    "missed_delivery": ["No delivery today and nobody called us", "Second missed meal this week. {rel} waited all afternoon.",
                        "Lunch never arrived and the hotline could not say why"],
    "late_cold_food": ["Meals arrived cold again, almost 2pm", "Snow is no excuse, lunch came at 1:40 and it was cold",
                       "Food was stone cold on arrival, {rel} had to reheat it", "Deliveries keep coming late and cold this winter"],
    "too_bland": ["The diabetic menu is so bland {rel} refuses to eat it", "Low-sugar meals have no flavour at all",
                  "The {dish} on the diabetic plan tasted of nothing"],
    "texture_wrong": ["The minced meals still have lumps, unsafe for {rel}'s swallowing",
                      "Supposed to be minced and moist but the chicken was in chunks", "Texture is inconsistent, {rel} choked on a piece"],
    "portion_small": ["Portions are small, {rel} is still hungry after lunch", "Dinner portion on the two-meal plan is tiny"],
    "too_salty": ["The {dish} was far too salty for someone with high blood pressure"],
    "wrong_meal": ["Wrong meal delivered - {rel} is on the diabetic plan but got the regular one"],
    "price_high": ["Too expensive for a pensioner, it adds up to a lot every month", "Great service but the price is hard to justify",
                   "Cheaper options exist at the community centre"],
    "assessment_wait": ["Waited nearly two weeks for the dietitian to visit", "The referral went in ages ago and still no assessment booked",
                        "{rel} came home from hospital and we waited 10 days for the assessment"],
    "app_confusing": ["The app makes it really hard to pause deliveries", "Could not work out how to choose next week's meals in the app"],
}
SENT = {"tasty_food": "positive", "driver_caring": "positive", "wellness_saved": "positive",
        "dietitian_helpful": "positive", "grateful_farewell": "positive", "neutral_question": "neutral",
        "pause_request": "neutral", "moving_on": "neutral"}
PREFIX_ZH = ["", "", "", "你好，", "客服你好，", "反馈一下：", "说一下，"]
SUFFIX_ZH = ["", "", "", "。", "，谢谢！", "，希望改进。", "。辛苦了", "！！"]
PREFIX_EN = ["", "", "", "Hi, ", "Hello - ", "Just a note: "]
SUFFIX_EN = ["", "", ".", ". Thanks.", "!", ". Please sort this out."]


class G:
    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.customers: dict[str, dict] = {}
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.experiments: list[dict] = []
        self.n_ev = self.n_ord = self.n_fb = self.n_sub = 0

    # ---------- helpers ----------
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, items, p=None):
        if p is not None:
            p = np.asarray(p, dtype=float)
            p = p / p.sum()
        return items[int(self.rng.choice(len(items), p=p))]

    def at(self, day, lo=8.0, hi=20.0) -> datetime:
        base = datetime(day.year, day.month, day.day)
        return base + D(seconds=int(self.rng.integers(int(lo * 3600), int(hi * 3600))))

    def ev(self, c, ts, tp, **kw):
        if ts > END or ts < START:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
                   city=c["region"], 城市=CITY[c["region"]][0], **kw)
        self.events.append(row)
        return row

    def order(self, c, ts, amount, status, order_type, **kw):
        if ts > END or ts < START:
            return None
        self.n_ord += 1
        city = CITY[c["region"]]
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                   status=status, order_type=order_type, city=c["region"], 城市=city[0], currency=city[5],
                   amount_local=round(amount * city[6], 0 if city[5] == "JPY" else 2), **kw)
        self.orders.append(row)
        return row

    # ---------- feedback ----------
    def text(self, topic, lang, c=None, city=None):
        rel = self.pick(REL_ZH if lang == "zh" else REL_EN)
        dish = self.pick(DISH_ZH if lang == "zh" else DISH_EN)
        city = c["region"] if c else (city or self.pick(list(CITY)))
        driver = self.pick(DRIVERS[city])
        if lang == "zh":
            driver = driver if "师傅" in driver else driver + ("" if driver.startswith(("小", "阿")) else "师傅")
        diet = self.pick(DIETITIANS[city])
        tpl = self.pick((T_ZH if lang == "zh" else T_EN)[topic])
        body = tpl.format(rel=rel, dish=dish, driver=driver, dietitian=diet)
        if lang == "zh":
            return self.pick(PREFIX_ZH) + body + self.pick(SUFFIX_ZH)
        body = body[0].upper() + body[1:]
        return self.pick(PREFIX_EN) + body + self.pick(SUFFIX_EN)

    def fb(self, ts, topic, lang, channel, c=None, tp=None, rating=None, nps=None, **kw):
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        sent = SENT.get(topic, "negative")
        city = kw.pop("city", None)
        if c:
            city = c["region"]
        row = dict(feedback_id=fid, text=self.text(topic, lang, c, city), ts=ts, customer_id=c["customer_id"] if c else None,
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, city=city, **kw)
        row["城市"] = CITY[row["city"]][0] if row["city"] else None
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))
        return row

    def stars(self, topic):
        s = SENT.get(topic, "negative")
        if s == "positive":
            return int(self.pick([4, 5], [0.35, 0.65]))
        if s == "neutral":
            return int(self.pick([3, 4], [0.6, 0.4]))
        return int(self.pick([1, 2, 3], [0.35, 0.45, 0.2]))

    def nps_of(self, topic):
        s = SENT.get(topic, "negative")
        if s == "positive":
            return int(self.pick([8, 9, 10], [0.15, 0.4, 0.45]))
        if s == "neutral":
            return int(self.pick([6, 7, 8], [0.2, 0.5, 0.3]))
        return int(self.rng.integers(0, 7))

    # ---------- customers ----------
    def new_customer(self, cid, city, channel, t0, legacy=False):
        country = CITY[city][2]
        age = int(np.clip(round(self.rng.normal(81 if channel != "hospital_referral" else 83.5, 6.5)), 65, 99))
        lang = "zh"
        if city == "vancouver":
            lang = "en" if self.r() < 0.7 else "zh"
        elif city == "osaka":
            lang = "en" if self.r() < 0.6 else "zh"
        c = dict(customer_id=cid, signup_at=t0, segment="lead", region=city, 城市=CITY[city][0], country=country,
                 acquisition_channel=channel, 获客渠道=CHANNEL_ZH[channel], tier=None, age=age,
                 age_band="65-74" if age < 75 else ("75-84" if age < 85 else "85+"),
                 gender=self.pick(["female", "male"], [0.6, 0.4]), living_alone=self.r() < 0.55,
                 signup_by={"hospital_referral": "social_worker", "community_referral": "social_worker",
                            "family_online": "child", "word_of_mouth": "child", "hotline": "self"}[channel],
                 language=lang, texture=None, 食物质地=None, diabetic=None, plan=None, 套餐=None, legacy=legacy)
        if channel == "hotline" and self.r() < 0.4:
            c["signup_by"] = "child"
        self.customers[cid] = c
        return c

    def lead_day(self, n):
        """arrival days: volume grows ~35 % a year, a dip around Spring Festival."""
        days = (END - START).days + 1
        w = np.array([1.0 + 0.35 * d / 365 for d in range(days)])
        for i in range(days):
            d = START + D(days=i)
            if (d.month == 1 and d.day > 20) or (d.month == 2 and d.day < 20):
                w[i] *= 0.8
        idx = np.sort(self.rng.choice(days, size=n, p=w / w.sum()))
        return [START + D(days=int(i)) for i in idx]

    def run(self):
        for i, day in enumerate(self.lead_day(N_LEADS)):
            cities = [k for k in CITY if not (k == "osaka" and day < OSAKA_OPEN)]
            city = self.pick(cities, [CITY[k][3] for k in cities])
            ch = self.pick(CHANNEL, CHANNEL_W[CITY[city][2]])
            c = self.new_customer(f"C{i + 1:05d}", city, ch, None)
            self.lead(c, day)
        for j in range(N_LEGACY):
            city = self.pick(["shanghai", "hangzhou", "chengdu", "guangzhou"], [0.36, 0.22, 0.2, 0.22])
            ch = self.pick(CHANNEL, CHANNEL_W[CITY[city][2]])
            t0 = datetime(2023, 9, 1) + D(days=int(self.rng.integers(0, 360)))
            c = self.new_customer(f"C9{j + 1:04d}", city, ch, self.at(t0, 9, 17), legacy=True)
            c["texture"] = self.pick(TEXTURE, [0.55, 0.25, 0.12, 0.08])
            c["diabetic"] = self.r() < 0.3
            c["mna"] = int(self.rng.integers(8, 15))
            self.subscription(c, None, legacy=True)
        self.public_reviews()
        self.partner_notes()

    # ---------- onboarding ----------
    def lead(self, c, day):
        ch, city = c["acquisition_channel"], c["region"]
        cc = CITY[city]
        if ch in ("hospital_referral", "community_referral"):
            t0 = self.at(day, 9, 17.5)
            src = "hospital" if ch == "hospital_referral" else "community"
            org = self.pick(HOSPITALS[city] if src == "hospital" else COMMUNITY[city])
            self.ev(c, t0, "tp_referral", session_id=f"ON{c['customer_id'][1:]}", action="submit", channel="referral",
                    referral_source=src, referrer_org=org)
            p_assess = 0.86 if src == "hospital" else 0.78
            c["referrer_org"] = org
        elif ch in ("family_online", "word_of_mouth"):
            t0 = self.at(day, 7, 23.5)
            dev = self.pick(["ios", "android", "pc"], [0.45, 0.4, 0.15])
            chn = ("mini_program" if self.r() < 0.8 else "web") if cc[2] == "CN" else ("app" if self.r() < 0.6 else "web")
            if dev == "pc":
                chn = "web"
            if self.r() < 0.15:
                self.ev(c, t0 - D(days=int(self.rng.integers(1, 6)), hours=int(self.rng.integers(0, 5))), "tp_hotline",
                        session_id=f"ON{c['customer_id'][1:]}", action="call", channel="phone", call_topic="price_and_menu")
            self.ev(c, t0, "tp_family_signup", session_id=f"ON{c['customer_id'][1:]}", action="submit", device=dev,
                    channel=chn)
            p_assess = 0.36 if ch == "family_online" else 0.6
        else:
            t0 = self.at(day, 8.5, 19)
            self.ev(c, t0, "tp_hotline", session_id=f"ON{c['customer_id'][1:]}", action="call", channel="phone",
                    call_topic=self.pick(["price_and_menu", "how_it_works", "subsidy"], [0.5, 0.35, 0.15]))
            p_assess = 0.6
        c["signup_at"] = t0
        # assessment-wait complaints from families / social workers while waiting
        wait = max(1, int(round(self.rng.lognormal(np.log(cc[7]), 0.45))))
        if self.r() >= p_assess:
            return
        ta = self.at((t0 + D(days=wait)).date(), 9, 17)
        mode = "video" if self.r() < (0.4 if city == "vancouver" else 0.15) else "home_visit"
        texture = self.pick(TEXTURE, [0.55, 0.25, 0.12, 0.08] if c["age"] < 85 else [0.4, 0.3, 0.18, 0.12])
        if ch == "hospital_referral" and texture == "regular" and self.r() < 0.3:
            texture = "soft"
        diabetic = self.r() < 0.3
        mna = int(np.clip(round(self.rng.normal(11.5, 2)), 3, 14))
        c.update(texture=texture, 食物质地=TEXTURE_ZH[texture], diabetic=diabetic, mna=mna)
        if ta > END:
            return
        self.ev(c, ta, "tp_assessment", session_id=f"ON{c['customer_id'][1:]}", action="complete", channel="other",
                assessment_mode=mode, dietitian=self.pick(DIETITIANS[city]), wait_days=wait, mna_score=mna,
                texture_level=texture, 食物质地=TEXTURE_ZH[texture], diabetic=diabetic)
        if wait >= 8 and self.r() < 0.22:
            who = c if self.r() < 0.7 else None
            self.fb(self.at((t0 + D(days=int(wait * 0.7))).date()), "assessment_wait",
                    c["language"] if who else ("en" if city in ("vancouver", "osaka") else "zh"),
                    "call_note" if who else "partner_note", c=who, tp="tp_assessment", city=city)
        p_trial = max(0.45, (0.9 if ch == "hospital_referral" else 0.84) - 0.04 * max(0, wait - 5))
        if self.r() >= p_trial:
            return
        ts = self.at((ta + D(days=int(self.rng.integers(1, 5)))).date(), 10.5, 12.0)
        if ts > END:
            return
        price = cc[4]
        plan = self.pick(PLAN, [0.56, 0.3, 0.14])
        c.update(plan=plan, 套餐=PLAN_ZH[plan])
        self.ev(c, ts, "tp_trial_start", session_id=f"ON{c['customer_id'][1:]}", action="delivered", channel="other",
                texture_level=texture, 食物质地=TEXTURE_ZH[texture], diabetic=diabetic, plan="trial_week",
                kitchen=cc[8][1])
        refunded = self.r() < 0.06
        o = self.order(c, ts - D(hours=int(self.rng.integers(18, 40))), round(price * 5 * 0.6), "paid", "trial_week",
                       plan="trial_week", delivery_days=5, payment_method=self.pay_method(city),
                       channel="mini_program" if cc[2] == "CN" else "app", paid_by=self.payer(c))
        if refunded and o:
            o["status"] = "refunded"
            o["refunded_at"] = ts + D(days=5, hours=int(self.rng.integers(1, 8)))
            o["refund_amount"] = o["amount"]
        c["segment"] = "trial_only"
        c["tier"] = "trial"
        # follow-up: sms survey until 2026, A/B test Jan-Apr 2026, dietitian call from May 2026
        variant = None
        if AB[0] <= ts < AB[1]:
            variant = "dietitian_call" if self.r() < 0.5 else "sms_survey"
            self.experiments.append(dict(experiment_id="trial_followup_2026", variant=variant,
                                         customer_id=c["customer_id"], assigned_at=ts,
                                         arm_description="营养师电话回访" if variant == "dietitian_call" else "短信满意度问卷"))
            ftype = variant
        else:
            ftype = "dietitian_call" if ts >= CALL_ROLLOUT else "sms_survey"
        tf = self.at((ts + D(days=4)).date(), 14, 19)
        if tf <= END:
            self.ev(c, tf, "tp_trial_followup", session_id=f"ON{c['customer_id'][1:]}", action="contact",
                    channel="phone" if ftype == "dietitian_call" else "sms", followup_type=ftype)
        p_sub = 0.68 + (0.05 if ch == "hospital_referral" else 0) - (0.04 if ch == "family_online" else 0) \
            - (0.05 if wait > 7 else 0) + (0.2 if ftype == "dietitian_call" else -0.03) \
            - (0.10 if (diabetic and ts < DIAB_REVAMP) else 0)
        subscribed = (not refunded) and self.r() < p_sub
        # feedback at the follow-up
        if tf <= END:
            if ftype == "sms_survey" and self.r() < 0.55:
                topic = self.trial_topic(c, ts, subscribed)
                self.fb(tf + D(minutes=int(self.rng.integers(5, 600))), topic, c["language"], "trial_survey", c=c,
                        tp="tp_trial_followup", rating=self.stars(topic))
            elif ftype == "dietitian_call" and self.r() < 0.6:
                topic = self.trial_topic(c, ts, subscribed, call=True)
                self.fb(tf + D(minutes=int(self.rng.integers(10, 40))), topic, c["language"], "call_note", c=c,
                        tp="tp_trial_followup")
        if not subscribed:
            return
        tsub = self.at((ts + D(days=int(self.rng.integers(5, 10)))).date(), 8, 22)
        if tsub > END:
            return
        self.subscription(c, tsub)

    def trial_topic(self, c, ts, subscribed, call=False):
        opts = {"tasty_food": 0.42, "driver_caring": 0.08, "neutral_question": 0.12, "portion_small": 0.06,
                "price_high": 0.08 if c["region"] not in ("vancouver", "osaka") else 0.2}
        if call:
            opts["dietitian_helpful"] = 0.35
        if c["diabetic"] and ts < DIAB_REVAMP:
            opts["too_bland"] = 0.5
        elif c["diabetic"]:
            opts["too_bland"] = 0.08
        if c["texture"] == "minced":
            opts["texture_wrong"] = 0.45
        if not subscribed:
            opts["tasty_food"] *= 0.4
        k = list(opts)
        return self.pick(k, [opts[x] for x in k])

    def pay_method(self, city):
        if city == "osaka":
            return self.pick(["card", "konbini", "bank_transfer"], [0.6, 0.25, 0.15])
        if city == "vancouver":
            return self.pick(["card", "pre_authorized_debit", "wechat_pay"], [0.6, 0.25, 0.15])
        return self.pick(["wechat_pay", "alipay", "bank_transfer"], [0.62, 0.3, 0.08])

    def payer(self, c):
        if c["signup_by"] == "child":
            return self.pick(["family", "self"], [0.85, 0.15])
        return self.pick(["family", "self"], [0.5, 0.5])

    # ---------- subscription life ----------
    def price_day(self, c, t):
        p = CITY[c["region"]][4] * PLAN_MULT[c["plan"]]
        if t >= PRICE_UP and CITY[c["region"]][2] == "CN":
            p *= 1.05
        return p

    def subscription(self, c, tsub, legacy=False):
        city = c["region"]
        cc = CITY[city]
        self.n_sub += 1
        sid = f"SB{self.n_sub:05d}"
        if legacy:
            plan = self.pick(PLAN, [0.56, 0.3, 0.14])
            c.update(plan=plan, 套餐=PLAN_ZH[plan], 食物质地=TEXTURE_ZH[c["texture"]])
        c["tier"] = "care_plus" if self.r() < 0.3 else "basic"
        c["segment"] = "active"
        pm = self.pay_method(city)
        payer = self.payer(c)
        subsidy_day = cc[9] if c["age"] >= 80 else 0
        sub_cols = lambda: dict(session_id=sid, texture_level=c["texture"], 食物质地=TEXTURE_ZH[c["texture"]],  # noqa
                                diabetic=c["diabetic"], plan=c["plan"], 套餐=PLAN_ZH[c["plan"]])

        def new_cycle(t, n):
            """order for the 4-week cycle starting at t (renewal event logged by the caller)."""
            days = 20 if c["plan"] == "weekday_lunch" else 28
            amt = days * self.price_day(c, t) + (60 if c["tier"] == "care_plus" else 0)
            o = self.order(c, t, round(amt), "paid", "plan_cycle", plan=c["plan"], 套餐=PLAN_ZH[c["plan"]], cycle_no=n,
                           delivery_days=days, subsidy_cny=days * subsidy_day, payment_method=pm, paid_by=payer,
                           channel="mini_program" if cc[2] == "CN" else "app", subscription_id=sid)
            if o and c["tier"] == "care_plus":
                o["care_plus_fee"] = 60
            return o

        if legacy:
            day = START
            left = int(self.rng.integers(1, 29))      # days left in the cycle paid before the window
            cyc = int(self.rng.integers(3, 14))
            cur_order = None
        else:
            self.ev(c, tsub, "tp_subscribe", action="success", channel="mini_program" if cc[2] == "CN" else "app",
                    device=self.pick(["ios", "android", "pc"], [0.45, 0.42, 0.13]), tier=c["tier"], **sub_cols())
            cyc = 1
            cur_order = new_cycle(tsub, cyc)
            day = datetime(tsub.year, tsub.month, tsub.day) + D(days=1)
            left = 28
        nps_due = None if legacy else tsub + D(days=30)
        missed_cycle = complaints_cycle = 0
        missed_total = 0
        driver = self.pick(DRIVERS[city])
        route = f"{city[:2].upper()}-R{int(self.rng.integers(1, 19)):02d}"
        end_day = datetime(END.year, END.month, END.day)
        while day <= end_day:
            # --- death / care home, immediate stop
            if self.r() < 0.00022:
                reason = "deceased" if self.r() < 0.45 else "moved_to_care_home"
                self.cancel(c, self.at(day, 9, 18), reason, sid, cur_order, left)
                return
            # --- pause
            ph = 0.0015 * (1.6 if c["age"] >= 85 else 1.0)
            u = self.r()
            if u < ph + 0.0007:
                hosp = u < ph
                if not self.pause(c, day, "hospital_stay" if hosp else self.pick(["family_visit", "other"], [0.8, 0.2]),
                                  sid, cur_order, left):
                    return
                day = c.pop("_resume_day")
                if day > end_day:
                    return
                continue
            # --- cycle end: renew or cancel
            if left == 0:
                h = 0.06
                reasons = {"price": 0.3 * h, "taste": 0.2 * h, "family_cooks": 0.3 * h, "other": 0.2 * h}
                if missed_cycle >= 2:
                    reasons["missed_deliveries"] = reasons.get("missed_deliveries", 0) + 0.14
                if city == "chengdu" and QUICKRUN[0] <= day < QUICKRUN[1] and missed_cycle >= 1:
                    reasons["missed_deliveries"] = reasons.get("missed_deliveries", 0) + 0.06
                if city in ("vancouver", "osaka"):
                    reasons["price"] += 0.03
                if cc[2] == "CN" and PRICE_UP <= day < PRICE_UP + D(days=60):
                    reasons["price"] += 0.015
                if c["diabetic"] and day < DIAB_REVAMP:
                    reasons["taste"] += 0.025
                if c["texture"] == "minced":
                    reasons["taste"] += 0.02
                if complaints_cycle:
                    reasons["taste"] += 0.03
                tot = sum(reasons.values()) * (0.7 if c["tier"] == "care_plus" else 1.0)
                t_renew = self.at(day, 6, 9)
                if self.r() < tot:
                    k = list(reasons)
                    self.cancel(c, t_renew, self.pick(k, [reasons[x] for x in k]), sid, None, 0)
                    return
                cyc += 1
                self.ev(c, t_renew, "tp_renew", action="success", channel="mini_program" if cc[2] == "CN" else "app",
                        cycle_no=cyc, tier=c["tier"], **sub_cols())
                cur_order = new_cycle(t_renew, cyc)
                if c.get("mna", 14) < 12 and self.r() < 0.35:
                    self.order(c, t_renew + D(minutes=3), 120 if cc[2] == "CN" else 120 * 1.6,
                               self.pick(["paid", "cancelled"], [0.95, 0.05]), "addon", addon="nutrition_shake_pack",
                               payment_method=pm, paid_by=payer, subscription_id=sid,
                               channel="mini_program" if cc[2] == "CN" else "app")
                left = 28
                missed_cycle = complaints_cycle = 0
            # festival packs
            if cc[2] == "CN" and (day.date() in (date(2024, 9, 10), date(2025, 9, 29), date(2025, 1, 20),
                                                 date(2026, 2, 6))) and self.r() < 0.22:
                self.order(c, self.at(day, 9, 21), self.pick([168, 198]), self.pick(["paid", "cancelled"], [0.96, 0.04]),
                           "addon", addon="festival_pack", payment_method=pm, paid_by=payer, subscription_id=sid,
                           channel="mini_program")
            # --- today's delivery
            if c["plan"] != "weekday_lunch" or day.weekday() < 5:
                missed_today, cplt = self.deliver(c, day, sid, driver, route, sub_cols)
                missed_cycle += missed_today
                missed_total += missed_today
                complaints_cycle += cplt
                if c.pop("_pause_next", False):
                    left -= 1
                    day += D(days=1)
                    if day <= end_day:
                        if not self.pause(c, day, "hospital_stay", sid, cur_order, left, after_alert=True):
                            return
                        day = c.pop("_resume_day")
                    continue
            # nps
            if nps_due is not None and day >= nps_due:
                nps_due = None
                if self.r() < 0.5:
                    topic = self.nps_topic(c, day, missed_total)
                    self.fb(self.at(day, 9, 21), topic, c["language"], "nps_survey", c=c, nps=self.nps_of(topic))
            # weekly menu rating (a sample)
            if day.weekday() == 6 and self.r() < 0.016:
                topic = self.menu_topic(c, day, missed_cycle)
                self.fb(self.at(day, 10, 22), topic, c["language"], "menu_rating", c=c, tp="tp_delivery",
                        rating=self.stars(topic))
            left -= 1
            day += D(days=1)
        # still subscribed at the end
        if c["segment"] == "active" and c.get("_paused"):
            c["segment"] = "paused"

    def nps_topic(self, c, day, missed):
        opts = {"tasty_food": 0.35, "driver_caring": 0.2, "wellness_saved": 0.06, "neutral_question": 0.1,
                "price_high": 0.1 if c["region"] not in ("vancouver", "osaka") else 0.25, "portion_small": 0.04,
                "app_confusing": 0.04}
        if missed >= 1:
            opts["missed_delivery"] = 0.2 * missed
        if c["diabetic"] and day < DIAB_REVAMP:
            opts["too_bland"] = 0.3
        if c["texture"] == "minced":
            opts["texture_wrong"] = 0.3
        k = list(opts)
        return self.pick(k, [opts[x] for x in k])

    def menu_topic(self, c, day, missed):
        opts = {"tasty_food": 0.5, "driver_caring": 0.12, "neutral_question": 0.1, "portion_small": 0.05,
                "too_salty": 0.03}
        if c["diabetic"]:
            opts["too_bland"] = 0.45 if day < DIAB_REVAMP else 0.06
        if c["texture"] == "minced":
            opts["texture_wrong"] = 0.4
        if c["region"] == "vancouver" and day.month in (12, 1, 2):
            opts["late_cold_food"] = 0.5
        if missed:
            opts["missed_delivery"] = 0.3
        k = list(opts)
        return self.pick(k, [opts[x] for x in k])

    def deliver(self, c, day, sid, driver, route, sub_cols):
        city = c["region"]
        cc = CITY[city]
        quick = city == "chengdu" and QUICKRUN[0] <= day < QUICKRUN[1]
        courier = "quickrun" if quick else "in_house"
        drv = self.pick(QUICKRUN_DRIVERS) if quick else (driver if self.r() < 0.85 else self.pick(DRIVERS[city]))
        winter = city == "vancouver" and day.month in (12, 1, 2)
        p_miss = 0.065 if quick else 0.013
        if winter:
            p_miss += 0.012
        if self.r() < p_miss:
            reason = "courier_no_show" if quick and self.r() < 0.7 else self.pick(
                ["courier_no_show", "wrong_address", "kitchen_shortfall", "weather", "access_denied"],
                [0.3, 0.15, 0.2, 0.35 if winter else 0.05, 0.25])
            t = self.at(day, 12.5, 13.5)
            self.ev(c, t, "tp_missed", action="fail", channel="other", kitchen=cc[8][1], courier=courier,
                    配送方=COURIER_ZH[courier], driver=drv, route_id=route, missed_reason=reason,
                    漏送原因=MISSED_ZH[reason], credit_cny=round(self.price_day(c, day)), **sub_cols())
            if self.r() < 0.14:
                self.fb(t + D(minutes=int(self.rng.integers(10, 240))) if self.r() > 0.12 else None, "missed_delivery",
                        c["language"], "call_note", c=c, tp="tp_missed")
            return 1, 0
        p_late = 0.35 if winter else (0.16 if quick else 0.07)
        late = self.r() < p_late
        if late:
            mins = int(min(150, 3 + self.rng.exponential(45 if winter else 25)))
            t = datetime(day.year, day.month, day.day, 12, 0) + D(minutes=mins, seconds=int(self.rng.integers(0, 59)))
        else:
            mins = 0
            t = self.at(day, 10.5, 11.98)
        alone85 = c["living_alone"] and c["age"] >= 85
        u = self.r()
        p_na = 0.016 if alone85 else 0.006
        wc = "no_answer" if u < p_na else ("concern" if u < p_na + 0.002 else "ok")
        self.ev(c, t, "tp_delivery", action="delivered", channel="other", kitchen=cc[8][1], courier=courier,
                配送方=COURIER_ZH[courier], driver=drv, route_id=route, minutes_late=mins, on_time=not late,
                wellness_check=wc, **sub_cols())
        pause_next = False
        if wc != "ok":
            outcome = self.pick(["family_confirmed_ok", "senior_out", "fall_found", "unwell_sent_to_hospital"],
                                [0.6, 0.27, 0.08, 0.05] if wc == "no_answer" else [0.55, 0.0, 0.1, 0.35])
            ta = t + D(minutes=int(self.rng.integers(5, 35)))
            self.ev(c, ta, "tp_wellness_alert", action="escalated", channel="phone", alert_type=wc,
                    alert_outcome=outcome, 预警结果=ALERT_ZH[outcome], driver=drv,
                    minutes_to_family=int(self.rng.integers(3, 25)), session_id=sid)
            if outcome in ("fall_found", "unwell_sent_to_hospital"):
                pause_next = self.r() < 0.75
                if self.r() < 0.4:
                    self.fb(ta + D(days=int(self.rng.integers(1, 6))), "wellness_saved", c["language"],
                            "wechat_family" if c["language"] == "zh" else "email", c=c, tp="tp_wellness_alert")
            elif self.r() < 0.05:
                self.fb(ta + D(hours=int(self.rng.integers(1, 30))), "wellness_saved", c["language"],
                        "wechat_family" if c["language"] == "zh" else "email", c=c, tp="tp_wellness_alert")
        c["_pause_next"] = pause_next
        # menu complaints
        pc = {"too_bland": (0.015 if day < DIAB_REVAMP else 0.003) if c["diabetic"] else 0.0008,
              "texture_wrong": {"regular": 0.0003, "soft": 0.0012, "minced": 0.010, "puree": 0.001}[c["texture"]],
              "cold_food": (0.15 if winter else 0.05) if mins > 30 else 0.0004, "portion_small": 0.002 if c["plan"] == "daily_two_meals"
              else 0.0007, "too_salty": 0.0015 if city == "guangzhou" else 0.0005, "wrong_meal": 0.0006}
        cplt = 0
        for k, p in pc.items():
            if self.r() < p:
                cplt += 1
                tc = t + D(minutes=int(self.rng.integers(20, 300)))
                dish = self.pick(DISH_ZH)
                self.ev(c, tc, "tp_menu_complaint", action="submit", channel="mini_program" if cc[2] == "CN" else "app",
                        device=self.pick(["ios", "android"], [0.5, 0.5]), complaint_type=k, 投诉类型=COMPLAINT_ZH[k],
                        dish=dish, **sub_cols())
                if self.r() < 0.45:
                    topic = "late_cold_food" if k == "cold_food" else k
                    self.fb(tc + D(minutes=1), topic, c["language"], "complaint_ticket", c=c, tp="tp_menu_complaint",
                            complaint_type=k)
                break
        return 0, cplt

    def pause(self, c, day, reason, sid, cur_order, left, after_alert=False):
        """returns False when the subscription ends during the pause; sets c['_resume_day']."""
        cc = CITY[c["region"]]
        if reason == "hospital_stay":
            length = max(2, int(round(self.rng.lognormal(np.log(12), 0.6))))
        elif reason == "family_visit":
            length = int(self.rng.integers(5, 22))
        else:
            length = int(self.rng.integers(3, 15))
        tp = self.at(day - D(days=1), 8, 21) if not after_alert else self.at(day, 7, 10)
        via = self.pick(["mini_program", "phone"], [0.55, 0.45])
        self.ev(c, tp, "tp_pause", action="submit", channel=via, device=self.pick(["ios", "android"]) if
                via == "mini_program" else None, pause_reason=reason, 暂停原因=PAUSE_ZH[reason], session_id=sid,
                triggered_by_alert=after_alert)
        if self.r() < 0.12:
            self.fb(tp + D(minutes=5) if self.r() > 0.15 else None, "pause_request", c["language"], "call_note", c=c,
                    tp="tp_pause")
        back = datetime(day.year, day.month, day.day) + D(days=length)
        if reason == "hospital_stay":
            p_resume = 0.86 if length <= 21 else 0.45
        else:
            p_resume = 0.97
        c["_paused"] = True
        if back > datetime(END.year, END.month, END.day):
            c["segment"] = "paused"
            c["_resume_day"] = back
            return False
        if self.r() >= p_resume:
            reason_c = self.pick(["moved_to_care_home", "hospital_long_stay", "deceased"], [0.5, 0.35, 0.15]) \
                if reason == "hospital_stay" else self.pick(["family_cooks", "other"], [0.6, 0.4])
            self.cancel(c, self.at(back, 9, 18), reason_c, sid, cur_order, left)
            return False
        changed = reason == "hospital_stay" and c["texture"] != "puree" and self.r() < 0.35
        old = c["texture"]
        if changed:
            c["texture"] = SOFTER[old]
            c["食物质地"] = TEXTURE_ZH[c["texture"]]
        self.ev(c, self.at(back - D(days=1), 9, 20), "tp_resume", action="submit", channel=via, session_id=sid,
                paused_days=length, pause_reason=reason, 暂停原因=PAUSE_ZH[reason], texture_changed=changed,
                previous_texture=old, texture_level=c["texture"], 食物质地=TEXTURE_ZH[c["texture"]])
        c["_paused"] = False
        c["_resume_day"] = back
        return True

    def cancel(self, c, t, reason, sid, cur_order, left):
        if t > END:
            return
        self.ev(c, t, "tp_cancel", action="submit", channel=self.pick(["phone", "mini_program"], [0.7, 0.3]),
                cancel_reason=reason, 退订原因=CANCEL_ZH[reason], session_id=sid, texture_level=c["texture"],
                食物质地=TEXTURE_ZH[c["texture"]], diabetic=c["diabetic"], plan=c["plan"], 套餐=PLAN_ZH[c["plan"]],
                days_left_in_cycle=left)
        c["segment"] = "cancelled"
        c["_paused"] = False
        if cur_order is not None and left > 0 and reason in ("deceased", "moved_to_care_home", "hospital_long_stay"):
            per = cur_order["amount"] / 28
            cur_order["refund_amount"] = round(per * left, 2)
            cur_order["refunded_at"] = t + D(days=int(self.rng.integers(2, 8)))
        if self.r() < 0.45:
            topic = {"price": "price_high", "missed_deliveries": "missed_delivery", "moved_to_care_home": "moving_on",
                     "family_cooks": "moving_on", "hospital_long_stay": "moving_on", "deceased": "grateful_farewell",
                     "other": "neutral_question",
                     "taste": "texture_wrong" if c["texture"] == "minced" else ("too_bland" if c["diabetic"] else
                                                                                 "portion_small")}[reason]
            self.fb(t + D(minutes=int(self.rng.integers(2, 120))), topic, c["language"], "exit_survey", c=c,
                    tp="tp_cancel")

    # ---------- public / partner comments ----------
    def public_reviews(self):
        for _ in range(190):
            day = START + D(days=int(self.rng.integers(0, (END - START).days + 1)))
            city = self.pick(["shanghai", "hangzhou", "chengdu", "guangzhou"], [0.35, 0.22, 0.22, 0.21])
            opts = {"tasty_food": 0.3, "driver_caring": 0.15, "wellness_saved": 0.1, "price_high": 0.18,
                    "app_confusing": 0.05, "portion_small": 0.05}
            if city == "chengdu" and QUICKRUN[0] <= day < QUICKRUN[1]:
                opts["missed_delivery"] = 0.9
            k = list(opts)
            topic = self.pick(k, [opts[x] for x in k])
            self.fb(self.at(day, 8, 23) if self.r() > 0.4 else None, topic, "zh", "dianping", rating=self.stars(topic),
                    city=city)
        for _ in range(150):
            day = START + D(days=int(self.rng.integers(0, (END - START).days + 1)))
            city = "osaka" if (day >= OSAKA_OPEN and self.r() < 0.4) else "vancouver"
            opts = {"tasty_food": 0.3, "driver_caring": 0.15, "wellness_saved": 0.12, "price_high": 0.25,
                    "assessment_wait": 0.15 if city == "vancouver" else 0.03}
            if city == "vancouver" and day.month in (12, 1, 2):
                opts["late_cold_food"] = 0.8
            k = list(opts)
            topic = self.pick(k, [opts[x] for x in k])
            self.fb(self.at(day, 8, 23) if self.r() > 0.4 else None, topic, "en", "google_review",
                    rating=self.stars(topic), city=city)

    def partner_notes(self):
        for _ in range(70):
            day = START + D(days=int(self.rng.integers(0, (END - START).days + 1)))
            city = self.pick(list(CITY), [0.28, 0.18, 0.18, 0.18, 0.09, 0.09])
            if city == "osaka" and day < OSAKA_OPEN:
                day = OSAKA_OPEN + D(days=int(self.rng.integers(0, 300)))
            topic = self.pick(["dietitian_helpful", "neutral_question", "assessment_wait"],
                              [0.45, 0.35, 0.2] if city != "vancouver" else [0.2, 0.2, 0.6])
            self.fb(self.at(day, 9, 18) if self.r() > 0.25 else None, topic,
                    "en" if city in ("vancouver", "osaka") else "zh", "partner_note",
                    tp="tp_referral" if topic != "assessment_wait" else "tp_assessment", city=city)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = G()
    g.run()

    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return v

    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for row in rows:
                w.writerow([fmt(row.get(k)) for k in cols])

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"])
    for c in g.customers.values():
        if c["segment"] == "active" and c.get("_paused"):
            c["segment"] = "paused"
    dump("customers.csv", list(g.customers.values()),
         ["customer_id", "signup_at", "segment", "region", "城市", "country", "acquisition_channel", "获客渠道", "tier",
          "age", "age_band", "gender", "living_alone", "signup_by", "language", "plan", "套餐", "texture", "食物质地",
          "diabetic", "referrer_org"])
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    idx = g.rng.choice(len(ev), size=30, replace=False)       # re-sent by the driver app
    ev = ev + [ev[i] for i in idx]
    dump("events.csv", ev,
         ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city", "城市",
          "referral_source", "referrer_org", "call_topic", "assessment_mode", "dietitian", "wait_days", "mna_score",
          "texture_level", "食物质地", "diabetic", "plan", "套餐", "tier", "cycle_no", "followup_type", "kitchen",
          "courier", "配送方", "driver", "route_id", "minutes_late", "on_time", "wellness_check", "alert_type",
          "alert_outcome", "预警结果", "minutes_to_family", "missed_reason", "漏送原因", "credit_cny", "complaint_type",
          "投诉类型", "dish", "pause_reason", "暂停原因", "triggered_by_alert", "paused_days", "texture_changed",
          "previous_texture", "cancel_reason", "退订原因", "days_left_in_cycle"])
    dump("orders.csv", sorted(g.orders, key=lambda o: o["order_id"]),
         ["order_id", "customer_id", "ts", "amount", "status", "order_type", "plan", "套餐", "cycle_no", "delivery_days",
          "addon", "subscription_id", "city", "城市", "currency", "amount_local", "subsidy_cny", "care_plus_fee",
          "paid_by", "payment_method", "channel", "refunded_at", "refund_amount"])
    fb = g.feedback
    order = g.rng.permutation(len(fb))
    dump("feedback.csv", [fb[i] for i in order],
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "city", "城市",
          "complaint_type"])
    dump("experiments.csv", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "arm_description"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(g.customers)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(fb)}, "
          f"experiments {len(g.experiments)}, subscriptions {g.n_sub}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
