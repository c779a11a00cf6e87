"""众筹星 StarBacker: a product crowdfunding platform for gadgets, games and design goods.
A backer discovers a campaign (Weibo post, Bilibili creator video, newsletter or search), views the campaign page,
may follow it, pledges to a reward tier (plus add-ons and a shipping fee), is charged when the campaign succeeds
(some cards are declined, some retried), fills in the shipping survey, reads creator updates while waiting, gets the
reward shipped (gadgets often months late) and delivered, rates the project and maybe backs another campaign.
Failed campaigns release the pledge (order refunded); one funded campaign was cancelled by its creator and refunded.
Data covers 2025-01-01 .. 2026-06-30 (export taken 2026-07-02; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261202
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 0, 0)
N = 4500
D = timedelta
rng = np.random.default_rng(SEED)

CAT = {"gadget": "智能硬件", "board_game": "桌游", "video_game": "电子游戏", "design": "设计好物"}
# slug, zh, en, category, launch, days, outcome, popularity, promised days after end, ship delay days, base price
CAMPAIGNS = [
    ("dragon-isle", "龙屿传说", "Legends of Dragon Isle", "board_game", "2025-01-02", 40, "success", 1.3, 120, 6, 299),
    ("ink-wash-umbrella", "水墨折叠伞", "Ink-Wash Folding Umbrella", "design", "2025-01-20", 30, "success", 0.9, 60, 5, 129),
    ("pixel-wuxia", "像素武侠 典藏版", "Pixel Wuxia Collector's Edition", "video_game", "2025-02-01", 30, "success", 1.0,
     120, 25, 198),
    ("aurapods-anc", "AuraPods 降噪耳机", "AuraPods ANC Earbuds", "gadget", "2025-02-20", 45, "success", 1.6, 90, 150, 499),
    ("bamboo-desk-organizer", "竹制桌面收纳", "Bamboo Desk Organizer", "design", "2025-03-01", 30, "success", 0.8, 60, 10,
     159),
    ("breeze-neck-fan", "清风挂脖风扇", "Breeze Neck Fan", "gadget", "2025-03-15", 30, "success", 1.1, 60, 45, 229),
    ("tea-horse-road", "茶马古道", "Tea Horse Road", "board_game", "2025-03-20", 30, "success", 1.0, 120, 10, 268),
    ("lumi-smart-lamp", "Lumi 智能台灯", "Lumi Smart Desk Lamp", "gadget", "2025-04-08", 40, "success", 1.5, 75, 20, 399),
    ("rainforest-quest", "雨林探险", "Rainforest Quest", "board_game", "2025-04-10", 30, "failed", 0.35, 120, 0, 249),
    ("ceramic-pour-over", "陶瓷手冲壶", "Ceramic Pour-Over Set", "design", "2025-04-25", 35, "success", 0.9, 75, 15, 219),
    ("orbit-keyboard", "Orbit 星环模块化键盘", "Orbit Modular Keyboard", "gadget", "2025-05-10", 40, "cancelled", 1.4,
     120, 0, 699),  # cancelled by the creator on 2025-09-15 after funding: every charged backer refunded
    ("neon-drift", "霓虹漂移", "Neon Drift", "video_game", "2025-05-20", 40, "success", 1.0, 150, 30, 228),
    ("cyber-mahjong", "赛博麻将", "Cyber Mahjong", "board_game", "2025-06-01", 35, "success", 1.1, 100, 0, 239),
    ("modular-backpack", "模块化通勤包", "Modular Commuter Backpack", "design", "2025-06-15", 40, "success", 1.1, 90, 25,
     329),
    ("cat-ear-mug", "猫耳马克杯", "Cat-Ear Mug", "design", "2025-07-01", 30, "failed", 0.4, 60, 0, 89),
    ("pocketcam-mini", "口袋相机 Mini", "PocketCam Mini", "gadget", "2025-07-01", 45, "success", 1.4, 90, 95, 899),
    ("sleepband", "眠眠睡眠头带", "SleepBand Headband", "gadget", "2025-07-20", 35, "failed", 0.45, 90, 0, 349),
    ("paper-dragon", "纸龙", "Paper Dragon", "video_game", "2025-08-01", 30, "success", 0.9, 120, 20, 168),
    ("starport-traders", "星港商人", "Starport Traders", "board_game", "2025-08-15", 40, "success", 1.1, 110, 12, 328),
    ("star-map-diffuser", "星图香薰机", "Star Map Aroma Diffuser", "design", "2025-08-20", 30, "success", 0.9, 60, 10,
     199),
    ("mooncake-heist", "月饼大劫案", "Mooncake Heist", "board_game", "2025-09-01", 30, "success", 1.0, 90, 8, 199),
    ("tear-off-calendar", "2026 手撕日历", "2026 Tear-off Calendar", "design", "2025-09-25", 30, "success", 1.0, 45, 3,
     99),
    ("tinypower-gan", "小钢炮氮化镓充电器", "TinyPower GaN Charger", "gadget", "2025-10-01", 41, "success", 1.5, 60, 70,
     259),
    ("titanium-pen", "钛合金EDC笔", "Titanium EDC Pen", "design", "2025-10-10", 35, "success", 1.0, 60, 10, 189),
    ("smart-mug", "恒温智能杯", "ThermoSmart Mug", "gadget", "2025-10-15", 36, "success", 1.3, 75, 80, 299),
    ("last-lighthouse", "最后的灯塔", "The Last Lighthouse", "video_game", "2025-10-20", 35, "success", 1.0, 120, 15, 198),
    ("kungfu-kitchen", "功夫厨房", "Kung Fu Kitchen", "board_game", "2025-11-01", 30, "success", 1.0, 120, 5, 259),
    ("paper-lantern-kit", "纸雕灯笼套件", "Paper Lantern Kit", "design", "2025-11-25", 35, "success", 1.0, 45, 5, 149),
    ("space-noodle", "太空面馆", "Space Noodle Shop", "video_game", "2025-12-01", 30, "failed", 0.4, 120, 0, 148),
    ("linen-tote", "亚麻托特包", "Linen Tote Bag", "design", "2026-01-05", 30, "success", 0.9, 45, 5, 139),
    ("petpal-feeder", "PetPal AI 宠物喂食器", "PetPal AI Feeder", "gadget", "2026-01-10", 40, "success", 1.4, 60, 60, 459),
    ("silk-road-cards", "丝路卡牌", "Silk Road Deckbuilder", "board_game", "2026-01-15", 35, "success", 1.1, 60, 5, 229),
    ("mech-garden", "机甲花园", "Mech Garden", "video_game", "2026-02-01", 40, "success", 1.0, 90, 10, 218),
    ("beam-projector", "Beam 口袋投影仪", "Beam Mini Projector", "gadget", "2026-03-01", 45, "success", 1.2, 60, 90, 599),
    ("walnut-clock", "胡桃木座钟", "Walnut Desk Clock", "design", "2026-03-15", 35, "success", 0.9, 45, 5, 269),
    ("ghost-market", "鬼市", "Ghost Market", "board_game", "2026-04-01", 40, "success", 1.1, 60, 5, 249),
    ("smart-ring", "灵犀智能戒指", "Lingxi Smart Ring", "gadget", "2026-04-20", 40, "failed", 0.45, 90, 0, 599),
    ("rune-tiles", "符文方块", "Rune Tiles", "board_game", "2026-05-20", 40, "success", 1.0, 90, 0, 199),
    ("retro-handheld", "复古掌机 R1", "Retro Handheld R1", "gadget", "2026-06-01", 45, "success", 1.4, 120, 0, 649),
]
ORBIT_CANCEL = datetime(2025, 9, 15, 10, 0)
BILI_FEATURED = {"lumi-smart-lamp": 4.0, "pocketcam-mini": 2.0, "beam-projector": 2.0, "neon-drift": 1.5}


class Camp:
    def __init__(self, row):
        (self.id, self.zh, self.en, self.cat, launch, days, self.outcome, self.pop, promised, delay, self.price) = row
        self.launch = datetime.fromisoformat(launch) + D(hours=10)
        self.end = self.launch + D(days=days)
        self.promised = (self.end + D(days=promised)).date()
        self.ship = datetime.combine(self.promised, datetime.min.time()) + D(days=delay, hours=9)


CAMPS = [Camp(r) for r in CAMPAIGNS]

TOUCHPOINTS = [
    ("tp_discover", "发现项目", "Campaign discovered", "awareness", "social", "digital", "growth",
     "种草|看到项目|刷到视频|微博推广|B站视频|UP主推荐|邮件简报|搜索进来|曝光|discovery|discover|promo click|"
     "saw the campaign|newsletter click"),
    ("tp_campaign_view", "浏览项目页", "Campaign page view", "consideration", "web", "digital", "growth",
     "项目页|详情页|看项目|浏览|落地页|campaign page|project page|page view|landing page"),
    ("tp_follow", "关注项目", "Campaign followed", "consideration", "app", "digital", "growth",
     "关注|收藏|想要|订阅项目|上线提醒|follow|followed|watchlist|notify me|remind me"),
    ("tp_pledge", "选档支持", "Pledge placed", "purchase", "app", "digital", "checkout",
     "支持|下单|选档|认筹|众筹下单|回报档位|加购|pledge|back|backing|reward tier|checkout"),
    ("tp_payment_failed", "扣款失败", "Card declined", "purchase", "app", "digital", "payments",
     "扣款失败|卡被拒|支付失败|拒付|银行风控|card declined|payment failed|declined|failed charge"),
    ("tp_payment", "扣款成功", "Payment captured", "purchase", "app", "digital", "payments",
     "扣款|成功扣款|付款成功|划扣|payment|charged|captured|payment captured|charge"),
    ("tp_refund", "退款到账", "Refund issued", "service", "app", "digital", "payments",
     "退款|退钱|原路退回|退款到账|refund|refunded|money back"),
    ("tp_survey", "填写收货问卷", "Shipping survey filled", "service", "app", "digital", "fulfilment",
     "收货问卷|地址问卷|填地址|问卷|backer survey|shipping survey|address form|survey"),
    ("tp_update_read", "阅读项目更新", "Creator update read", "service", "app", "digital", "creator_success",
     "项目更新|进度更新|发起人更新|更新|creator update|project update|updates"),
    ("tp_shipped", "回报发货", "Reward shipped", "service", "other", "physical", "fulfilment",
     "发货|寄出|出库|物流|shipping|shipped|dispatch|ship"),
    ("tp_delivered", "回报签收", "Reward delivered", "service", "other", "physical", "fulfilment",
     "签收|收货|到货|收到回报|delivered|delivery|received|arrived"),
    ("tp_rating", "评价项目", "Project rated", "loyalty", "app", "digital", "creator_success",
     "评价|打分|评分|星级|rating|review|rated|stars"),
]
JOURNEYS = [
    ("discover_to_back", "从发现到成功支持", "Discovery to backing", 60,
     ["tp_discover", "tp_campaign_view", "tp_pledge", "tp_payment"]),
    ("fulfilment", "回报交付", "Reward fulfilment", 365, ["tp_payment", "tp_survey", "tp_shipped", "tp_delivered"]),
    ("follow_to_pledge", "关注转支持", "Follow to pledge", 30, ["tp_follow", "tp_pledge"]),
    ("back_again", "收货后再次支持", "Back again after delivery", 90, ["tp_delivered", "tp_pledge"]),
]

CITIES = {  # zh: (en, region, weight)
    "北京": ("Beijing", "north_china", .16), "上海": ("Shanghai", "east_china", .18), "深圳": ("Shenzhen", "south_china", .14),
    "广州": ("Guangzhou", "south_china", .10), "杭州": ("Hangzhou", "east_china", .10), "成都": ("Chengdu", "southwest", .09),
    "武汉": ("Wuhan", "central_china", .06), "南京": ("Nanjing", "east_china", .06), "西安": ("Xi'an", "northwest", .05),
    "海外": ("Overseas", "overseas", .08),
}
REGION_ZH = {"north_china": "华北", "east_china": "华东", "south_china": "华南", "southwest": "西南",
             "central_china": "华中", "northwest": "西北", "overseas": "海外"}
SOURCES = {"weibo": "微博", "bilibili": "B站", "newsletter": "邮件简报", "search": "搜索"}
SRC_CHANNEL = {"weibo": "social", "bilibili": "social", "newsletter": "email", "search": "web"}
BTYPE = {"first_time": "首次支持者", "repeat": "老支持者", "creator": "发起人"}
LEVEL = {"regular": "普通会员", "silver": "白银会员", "gold": "黄金会员", "platinum": "铂金会员"}
TIER = {"early_bird": ("早鸟档", 0.8), "standard": ("标准档", 1.0), "deluxe": ("豪华档", 1.6), "collector": ("典藏档", 3.0)}
PAY = {"alipay": "支付宝", "wechat_pay": "微信支付", "credit_card": "信用卡", "paypal": "PayPal"}
DECLINE_BASE = {"alipay": .02, "wechat_pay": .025, "credit_card": .12, "paypal": .03}
DOUBLE11 = {"alipay": .05, "wechat_pay": .05, "credit_card": .25, "paypal": .05}   # Nov 2025: banks' risk control
DECLINE_ZH = {"insufficient_funds": "余额不足", "card_expired": "卡已过期", "bank_risk_control": "银行风控拦截"}
REFUND_ZH = {"campaign_failed": "项目众筹失败", "campaign_cancelled": "项目被取消"}
CARRIERS = {"sf": "顺丰", "jd": "京东物流", "ems": "EMS", "dhl": "DHL"}
STATUS_SEG = ["prospect", "new", "active", "lapsed"]
P_VIEW = {"weibo": .42, "bilibili": .86, "newsletter": .80, "search": .90}
P_PLEDGE = {"weibo": .30, "bilibili": .50, "newsletter": .48, "search": .40}
P_FOLLOW = {"weibo": .25, "bilibili": .30, "newsletter": .45, "search": .30}
FAV_BY_SRC = {"weibo": [.35, .20, .15, .30], "bilibili": [.50, .15, .25, .10], "newsletter": [.20, .40, .10, .30],
              "search": [.35, .25, .15, .25]}
CATS = list(CAT)
UPDATE_RATE = {"board_game": 1.6, "design": 0.6, "video_game": 0.9, "gadget": 0.25}   # updates read per month


def pick(d: dict):
    keys = list(d)
    p = np.array([d[k] for k in keys], dtype=float)
    return keys[rng.choice(len(keys), p=p / p.sum())]


def live_at(t: datetime):
    return [c for c in CAMPS if c.launch <= t < c.end - D(hours=6)]


def choose_campaign(t: datetime, fav: str, source: str, exclude: set, fav_w: float = 3.0):
    live = [c for c in live_at(t) if c.id not in exclude]
    if not live:
        return None
    w = np.array([c.pop * (fav_w if c.cat == fav else 1.0) * (BILI_FEATURED.get(c.id, 1.0) if source == "bilibili" else 1.0)
                  for c in live])
    return live[rng.choice(len(live), p=w / w.sum())]


def signup_time() -> datetime:
    span = (datetime(2026, 6, 20) - datetime(2025, 1, 3)).total_seconds()
    while True:
        u = rng.random()
        if rng.random() < (1 + 0.9 * u) / 1.9:
            return datetime(2025, 1, 3) + D(seconds=u * span) + D(hours=float(rng.uniform(8, 15)))


# ---------------- feedback texts (topic markers used by gold.py are noted) ----------------
ZH = {
    "delay": ["{zh}说好的{m}月发货，延期了好几个月还没到", "又延期了！{zh}到底什么时候发货", "众筹了{zh}，结果一再延期，发起人也不给个说法",
              "延期三个月了，客服只会说在排产", "支持了{zh}等了快半年，延期太严重了", "延期发货能不能给个准信，等得心都凉了"],
    "video": ["实物和视频里演示的差太多了，亮度根本没那么高", "{zh}跟B站视频里完全不是一个东西", "宣传视频滤镜开太大了，收到的东西很一般",
              "和视频不一样，有种被骗的感觉", "UP主视频里看着很高级，到手一看差远了"],
    "updates": ["发起人每周都发更新，进度透明，很安心", "{zh}的项目更新写得很用心，工厂照片都有", "更新很及时，知道东西做到哪一步了",
                "最喜欢这个团队的周更新，还会回复评论", "每次更新都很真诚，有问题也会直说"],
    "quality": ["收到了，做工很好，超出预期", "{zh}质量很棒，配件也很用心", "质量没得说，包装也漂亮", "做工扎实，值这个价",
                "质量比想象中好，已经推荐给朋友"],
    "refund": ["项目取消了，退款一个多月还没到账", "{zh}取消后退款太慢了，客服一直让等", "退款进度查不到，到底什么时候退",
               "说好7个工作日退款，现在都五周了", "退款拖了这么久，以后不敢在这支持了"],
    "declined": ["项目成功了但扣款失败，卡被银行风控了也没人通知", "扣款失败以后只给三天补款时间，太短了", "双十一那几天扣款一直失败，换了卡才行",
                 "信用卡扣款失败，差点没上车"],
    "ship_fee": ["运费太贵了，比回报本身还贵", "运费怎么还要另外补一次", "运费收得太离谱了"],
    "survey_q": ["收货问卷在哪里填？找了半天", "问卷里地址填错了怎么改", "问卷提交后能不能修改手机号"],
    "addon": ["加购的配件会和主回报一起发吗", "现在还能加购吗", "加购的东西可以单独发吗"],
    "general": ["整体体验不错，会继续支持", "第二次在这里支持项目了，挺顺的", "流程清楚，等收货", "还行吧，中规中矩"],
    "notify": ["关注的项目上线了也没收到提醒", "开了上线提醒结果早鸟档被抢完才推送"],
    "app_good": ["App 挺好用的，下单很方便", "界面清爽，找项目很方便", "支付流程很顺，几秒钟就支持好了"],
}
EN = {
    "delay": ["{en} was promised for {mon} and it's still delayed by months", "Another delay on {en}. When will it actually ship?",
              "Backed {en}, endless delays and no clear answer from the creator", "Three months of delay now, support just says production is ongoing",
              "The delay on my reward is ridiculous"],
    "video": ["Looks nothing like the video", "The {en} I got is much dimmer than in the promo video",
              "The video oversold it, the real thing feels cheap", "Not what the creator's video showed at all"],
    "updates": ["Love the weekly updates from the creator", "Creator updates on {en} were detailed and honest",
                "Great updates, I always knew where production was", "The update posts with factory photos were a joy to read"],
    "quality": ["Great quality, exceeded my expectations", "The build quality of {en} is excellent",
                "Quality is top notch and the packaging was lovely", "Solid quality, worth every penny"],
    "refund": ["The campaign got cancelled and my refund still hasn't arrived after a month", "My refund for {en} is taking forever",
               "Where is my refund? Support keeps telling me to wait", "Five weeks and still no refund"],
    "declined": ["My card was declined when the campaign ended and nobody told me", "Payment declined twice, had to switch cards",
                 "Card declined by my bank, the retry window is far too short"],
    "ship_fee": ["The shipping fee to Europe is crazy", "Shipping fee almost as much as the reward itself",
                 "Why is the shipping fee charged separately again?"],
    "survey_q": ["How do I change my address in the shipping survey?", "Where do I find the backer survey?"],
    "addon": ["Will add-ons ship together with the main reward?", "Can I still get an add-on?"],
    "general": ["Smooth experience overall, would back again", "Second campaign I backed here, all good", "It's fine, waiting for delivery"],
    "notify": ["Followed the campaign but never got the launch notification", "Launch alert came after the early bird was gone"],
    "app_good": ["Nice app, pledging takes seconds", "Clean app, easy to find new campaigns"],
}
TOPIC_TP = {"delay": "tp_shipped", "video": "tp_delivered", "updates": "tp_update_read", "quality": "tp_delivered",
            "refund": "tp_refund", "declined": "tp_payment_failed", "ship_fee": "tp_pledge", "survey_q": "tp_survey",
            "addon": "tp_pledge", "general": "tp_rating", "notify": "tp_follow",
            "app_good": "tp_pledge"}
TOPIC_SENT = {"delay": "neg", "video": "neg", "updates": "pos", "quality": "pos", "refund": "neg", "declined": "neg",
              "ship_fee": "neg", "survey_q": "neu", "addon": "neu", "general": "neu", "notify": "neg",
              "app_good": "pos"}
TOPIC_RATING = {"delay": ([1, 2, 3], [.4, .4, .2]), "video": ([1, 2, 3], [.5, .4, .1]), "updates": ([4, 5], [.25, .75]),
                "quality": ([4, 5], [.35, .65]), "general": ([3, 4, 5], [.25, .5, .25]), "ship_fee": ([2, 3], [.5, .5]),
                "addon": ([3, 4], [.5, .5]), "declined": ([1, 2], [.6, .4]), "refund": ([1, 2], [.7, .3]),
                "notify": ([2, 3], [.6, .4]), "survey_q": ([3, 4], [.5, .5]), "app_good": ([4, 5], [.4, .6])}
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]


def text_for(topic: str, lang: str, camp: Camp | None) -> str:
    pool = (ZH if lang == "zh" else EN)[topic]
    t = pool[rng.integers(len(pool))]
    if camp is None:
        camp = CAMPS[0]
    return t.format(zh=camp.zh, en=camp.en, m=camp.promised.month, mon=MON_EN[camp.promised.month - 1])


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    customers, events, orders, feedback = [], [], [], []
    ev_n = [0]
    camp_by_id = {c.id: c for c in CAMPS}

    lhasa = set(rng.choice(N, size=12, replace=False).tolist())
    for i in range(N):
        cid = f"B{i + 1:05d}"
        signup = signup_time()
        if i in lhasa:
            city = "拉萨"
            city_en, region = "Lhasa", "southwest"
        else:
            city = pick({k: v[2] for k, v in CITIES.items()})
            city_en, region = CITIES[city][0], CITIES[city][1]
        overseas = city == "海外"
        lang = "en" if overseas or rng.random() < .04 else "zh"
        age = pick({"18-24": .22, "25-34": .45, "35-44": .23, "45+": .10})
        src = pick({"weibo": .33, "bilibili": .33 if age == "18-24" else .25, "newsletter": .12, "search": .25})
        if i in lhasa:
            src = "newsletter"
        btype = pick({"first_time": .55, "repeat": .35, "creator": .10}) if i not in lhasa else "repeat"
        fav = CATS[rng.choice(4, p=FAV_BY_SRC[src])]
        if city == "深圳" and rng.random() < .6 or city == "拉萨":
            fav = "gadget"
        device = pick({"ios": .45, "android": .40, "pc": .15})
        if overseas:
            pay = pick({"credit_card": .55, "paypal": .45})
        else:
            pay = pick({"alipay": .45, "wechat_pay": .35, "credit_card": .20})
        cust = dict(customer_id=cid, signup_at=signup.strftime("%Y-%m-%d %H:%M:%S"), segment="", region=region,
                    区域=REGION_ZH[region], acquisition_channel=src, 获客渠道=SOURCES[src], tier="", 会员等级="",
                    backer_type=btype, 支持者类型=BTYPE[btype], city=city, city_en=city_en, age_band=age,
                    preferred_lang=lang, interest_category=fav, 兴趣品类=CAT[fav], main_device=device,
                    default_payment=pay)
        customers.append(cust)

        def ev(ts, tp, camp=None, sess=None, action="view", channel=None, **kw):
            ev_n[0] += 1
            dev = device if rng.random() < .92 else pick({"ios": .45, "android": .40, "pc": .15})
            if channel is None:
                channel = "web" if dev == "pc" else "app"
            row = dict(event_id=f"E{ev_n[0]:07d}", customer_id=cid, ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                       touchpoint_id=tp, session_id=sess or "", action=action, device=dev, channel=channel,
                       campaign_id=camp.id if camp else "", campaign_name=camp.zh if camp else "",
                       campaign_name_en=camp.en if camp else "", category=camp.cat if camp else "",
                       项目类别=CAT[camp.cat] if camp else "")
            row.update(kw)
            events.append(row)
            return row

        queue = [(signup, src, "first")]
        backed = set()
        n_ep = 0
        paid_count = 0
        last_pledge = None
        while queue and n_ep < 10:
            queue.sort(key=lambda x: x[0])
            t0, source, mode = queue.pop(0)
            if t0 > END:
                continue
            camp = choose_campaign(t0, fav, source, backed, 40.0 if city == "拉萨" else 3.0)
            if camp is None:
                continue
            n_ep += 1
            sess = f"S{ev_n[0] + 1:07d}"
            ev(t0, "tp_discover", camp, sess, "click", SRC_CHANNEL[source], source=source, 来源=SOURCES[source])
            p_view = P_VIEW[source] if mode == "first" else min(.97, P_VIEW[source] + .3)
            if rng.random() >= p_view:
                if rng.random() < .45:
                    queue.append((t0 + D(days=float(rng.uniform(10, 120))), pick({"newsletter": .5, "search": .5}), "return"))
                continue
            t_view = t0 + D(minutes=float(rng.uniform(0.5, 20)))
            ev(t_view, "tp_campaign_view", camp, sess)
            followed = rng.random() < P_FOLLOW[source]
            t_follow = None
            if followed:
                t_follow = t_view + D(minutes=float(rng.uniform(1, 90)))
                ev(t_follow, "tp_follow", camp, sess, "click")
            p = P_PLEDGE[source] * (1.3 if followed else 0.85)
            p *= {"first_time": 0.9, "repeat": 1.15, "creator": 1.3}[btype]
            if mode == "back_again":
                p = max(p, .7)
            elif mode == "return":
                p = max(p, .45)
            t_pledge = (t_follow or t_view) + D(days=float(rng.exponential(2.0 if followed else 0.6)))
            if rng.random() >= p or t_pledge >= camp.end - D(hours=1) or t_pledge > END:
                if rng.random() < .45:
                    queue.append((t0 + D(days=float(rng.uniform(10, 120))), pick({"newsletter": .5, "search": .5}), "return"))
                continue
            # ---- pledge
            backed.add(camp.id)
            last_pledge = t_pledge
            if t_pledge < camp.launch + D(days=4) and rng.random() < .7:
                tier = "early_bird"
            else:
                w = {"standard": .62, "deluxe": .28, "collector": .10}
                if btype != "first_time":
                    w = {"standard": .45, "deluxe": .38, "collector": .17}
                if city == "深圳":
                    w = {"standard": .20, "deluxe": .35, "collector": .45}
                tier = pick(w)
            if city == "拉萨":                    # a handful of big-spending collectors in Lhasa
                tier = "collector"
            tier_price = round(camp.price * TIER[tier][1])
            addon = 0
            if rng.random() < (.45 if camp.cat == "board_game" else .25):
                addon = int(rng.choice([39, 59, 79, 99, 129]))
            if overseas:
                ship_fee = 120 if camp.cat == "gadget" else 100
            else:
                ship_fee = int(rng.choice([0, 0, 12, 20]))
            amount = tier_price + addon + ship_fee
            pe = ev(t_pledge, "tp_pledge", camp, sess, "submit", reward_tier=tier, 回报档位=TIER[tier][0],
                    amount=amount, payment_method=pay, 支付方式=PAY[pay])
            oid = f"O{len(orders) + 1:06d}"
            order = dict(order_id=oid, customer_id=cid, ts=pe["ts"], amount=amount, status="", channel=pe["channel"],
                         device=pe["device"], campaign_id=camp.id, campaign_name=camp.zh, campaign_name_en=camp.en,
                         category=camp.cat, 项目类别=CAT[camp.cat], reward_tier=tier, 回报档位=TIER[tier][0],
                         tier_price=tier_price, addon_amount=addon, shipping_fee=ship_fee, currency="CNY",
                         payment_method=pay, 支付方式=PAY[pay], captured_at="", refund_reason="", 退款原因="",
                         refund_initiated_at="",
                         refunded_at="", cancel_reason="")
            orders.append(order)
            ctx = dict(camp=camp, lang=lang, cid=cid, btype=btype, overseas=overseas, source=source)
            if rng.random() < (.40 if btype == "first_time" else .55):
                queue.append((t_pledge + D(days=float(rng.uniform(5, 60))), pick({"newsletter": .4, "search": .3, src: .3}),
                              "return"))
            if rng.random() < .03:
                feedback.append(("service_ticket", "addon", t_pledge + D(hours=float(rng.uniform(1, 72))), ctx))
            if (overseas and rng.random() < .12) or (ship_fee >= 20 and rng.random() < .03):
                feedback.append(("service_ticket", "ship_fee", t_pledge + D(hours=float(rng.uniform(1, 72))), ctx))
            if rng.random() < .025:
                feedback.append(("app_review", "app_good", t_pledge + D(hours=float(rng.uniform(1, 240))), ctx))
            if followed and rng.random() < .02:
                feedback.append(("app_review", "notify", t_follow + D(days=float(rng.uniform(1, 5))), ctx))
            if rng.random() < .04:
                order["status"] = "cancelled"
                order["cancel_reason"] = "backer_cancelled"
                continue
            if camp.end > END:
                order["status"] = "pending"
                continue
            if camp.outcome == "failed":
                rt = camp.end + D(days=float(rng.uniform(1, 3.5)))
                order.update(status="refunded", refund_reason="campaign_failed", 退款原因=REFUND_ZH["campaign_failed"],
                             refund_initiated_at=camp.end.strftime("%Y-%m-%d %H:%M:%S"),
                             refunded_at=rt.strftime("%Y-%m-%d %H:%M:%S"))
                ev(rt, "tp_refund", camp, sess, "success", amount=amount, refund_reason="campaign_failed")
                if rng.random() < .35:
                    queue.append((camp.end + D(days=float(rng.uniform(3, 40))), pick({"newsletter": .6, "search": .4}),
                                  "return"))
                continue
            # ---- charge at the end of a funded campaign
            t_cap = camp.end + D(hours=float(rng.uniform(1, 20)))
            if t_cap > END:
                order["status"] = "pending"
                continue
            p_decl = DECLINE_BASE[pay] + (DOUBLE11[pay] if (t_cap.year, t_cap.month) == (2025, 11) else 0.0)
            if rng.random() < p_decl:
                if (t_cap.year, t_cap.month) == (2025, 11) and rng.random() < .75:
                    reason = "bank_risk_control"
                else:
                    reason = pick({"insufficient_funds": .5, "card_expired": .3, "bank_risk_control": .2})
                ev(t_cap, "tp_payment_failed", camp, sess, "fail", amount=amount, payment_method=pay, 支付方式=PAY[pay], attempt=1,
                   decline_reason=reason, 扣款失败原因=DECLINE_ZH[reason])
                if rng.random() < (.3 if lang == "zh" else .4):
                    ch = "service_ticket" if rng.random() < .6 else "app_review"
                    feedback.append((ch, "declined", t_cap + D(hours=float(rng.uniform(2, 60))), ctx))
                t_retry = t_cap + D(days=float(rng.uniform(1, 6)))
                if t_retry > END:
                    order["status"] = "pending"          # still inside the card-update window at export
                    continue
                if rng.random() < .55:
                    t_cap = t_retry
                    ev(t_cap, "tp_payment", camp, sess, "success", amount=amount, payment_method=pay, 支付方式=PAY[pay],
                       attempt=2)
                else:
                    order.update(status="cancelled", cancel_reason="payment_declined")
                    continue
            else:
                ev(t_cap, "tp_payment", camp, sess, "success", amount=amount, payment_method=pay, 支付方式=PAY[pay],
                   attempt=1)
            order.update(status="paid", captured_at=t_cap.strftime("%Y-%m-%d %H:%M:%S"))
            paid_count += 1
            # ---- shipping survey
            t_survey = None
            if rng.random() < .93:
                lag = float(rng.gamma(1.4, 5.5)) * (1.8 if lang == "en" else 1.0)
                t_survey = t_cap + D(days=lag, hours=float(rng.uniform(0, 5)))
                if t_survey <= END:
                    ev(t_survey, "tp_survey", camp, sess, "submit")
                    if rng.random() < .04:
                        feedback.append(("service_ticket", "survey_q", t_survey - D(hours=float(rng.uniform(1, 48))), ctx))
                else:
                    t_survey = None
            if camp.outcome == "cancelled":
                rt = ORBIT_CANCEL + D(days=float(rng.gamma(6.0, 6.5)))
                if rt <= END:
                    order.update(status="refunded", refund_reason="campaign_cancelled",
                                 退款原因=REFUND_ZH["campaign_cancelled"],
                                 refund_initiated_at=ORBIT_CANCEL.strftime("%Y-%m-%d %H:%M:%S"),
                                 refunded_at=rt.strftime("%Y-%m-%d %H:%M:%S"))
                    ev(rt, "tp_refund", camp, sess, "success", amount=amount, refund_reason="campaign_cancelled")
                    paid_count -= 1
                    wait = (rt - ORBIT_CANCEL).days
                    if wait > 20 and rng.random() < .55:
                        ch = pick({"service_ticket": .55, "weibo_post": .30, "app_review": .15})
                        feedback.append((ch, "refund", ORBIT_CANCEL + D(days=float(rng.uniform(14, max(15, wait)))), ctx))
                for k in range(int(rng.poisson(1.5))):
                    tu = t_cap + D(days=float(rng.uniform(3, 80)))
                    if tu < ORBIT_CANCEL and tu <= END:
                        ev(tu, "tp_update_read", camp, sess, "view")
                continue
            # ---- creator updates while waiting
            t_ship = camp.ship + D(days=float(rng.uniform(0, 21)), hours=float(rng.uniform(0, 8)))
            if t_survey is not None and t_ship < t_survey:
                t_ship = t_survey + D(days=float(rng.uniform(2, 7)))
            horizon = min(t_ship, END)
            months = max(0.0, (horizon - t_cap).days / 30.0)
            for k in range(min(14, int(rng.poisson(UPDATE_RATE[camp.cat] * months)))):
                tu = t_cap + D(days=float(rng.uniform(0, max(0.0, (horizon - t_cap).total_seconds() / 86400 - 0.1))))
                ev(tu, "tp_update_read", camp, sess, "view")
            # complaints while waiting for a late reward
            promised_dt = datetime.combine(camp.promised, datetime.min.time())
            late_days = (camp.ship - promised_dt).days
            if late_days > 30 and promised_dt + D(days=20) < END:
                if rng.random() < .22:
                    tt = promised_dt + D(days=float(rng.uniform(10, min(late_days, 120))))
                    ch = pick({"service_ticket": .45, "weibo_post": .40, "bilibili_comment": .15})
                    if tt <= END:
                        feedback.append((ch, "delay", tt, ctx))
            if t_survey is None or t_ship > END:
                continue
            carrier = "dhl" if overseas else pick({"sf": .5, "jd": .35, "ems": .15})
            delay_days = (t_ship.date() - camp.promised).days
            ev(t_ship, "tp_shipped", camp, sess, "success", channel="other", carrier=carrier, 物流公司=CARRIERS[carrier],
               promised_date=camp.promised.isoformat(), delay_days=delay_days)
            transit = {"sf": rng.uniform(1, 3), "jd": rng.uniform(1, 3.5), "ems": rng.uniform(3, 7),
                       "dhl": rng.uniform(8, 20)}[carrier]
            t_del = t_ship + D(days=float(transit))
            if t_del > END:
                continue
            ev(t_del, "tp_delivered", camp, sess, "success", channel="other", carrier=carrier, 物流公司=CARRIERS[carrier])
            ctx2 = dict(ctx, delay=delay_days)
            # ---- rating + survey comment
            if rng.random() < .6:
                t_rate = t_del + D(days=float(rng.uniform(0.5, 10)))
                if t_rate <= END:
                    if camp.id == "lumi-smart-lamp" and rng.random() < .8:
                        topic = "video"
                    elif delay_days > 60 and rng.random() < .5:
                        topic = "delay"
                    elif camp.cat == "board_game":
                        topic = pick({"updates": .5, "quality": .35, "general": .15})
                    elif overseas and rng.random() < .25:
                        topic = "ship_fee"
                    else:
                        topic = pick({"quality": .45, "updates": .2 if camp.cat != "gadget" else .05, "general": .3,
                                      "addon": .05})
                    vals, probs = TOPIC_RATING[topic]
                    r = int(rng.choice(vals, p=probs))
                    ev(t_rate, "tp_rating", camp, sess, "submit", rating=r)
                    feedback.append(("survey", topic, t_rate + D(minutes=float(rng.uniform(0, 3))), dict(ctx2, rating=r)))
            # social chatter after delivery
            if camp.id == "lumi-smart-lamp" and rng.random() < .3:
                feedback.append((pick({"bilibili_comment": .6, "weibo_post": .4}), "video",
                                 t_del + D(days=float(rng.uniform(1, 20))), ctx2))
            elif rng.random() < .06:
                feedback.append((pick({"bilibili_comment": .5, "weibo_post": .5}), "quality",
                                 t_del + D(days=float(rng.uniform(1, 20))), ctx2))
            if camp.cat in ("board_game", "video_game") and rng.random() < .08:
                feedback.append(("bilibili_comment", "updates", t_del - D(days=float(rng.uniform(5, 60))), ctx2))
            if delay_days > 60 and rng.random() < .1:
                feedback.append(("weibo_post", "delay", t_del + D(days=float(rng.uniform(0, 5))), ctx2))
            # ---- back another campaign?
            p_again = {"first_time": .30, "repeat": .50, "creator": .60}[btype]
            p_again *= 1.4 if camp.cat == "board_game" else 1.0
            if delay_days > 60:
                p_again *= .3
            if rng.random() < p_again:
                queue.append((t_del + D(days=float(rng.uniform(3, 80))), pick({"newsletter": .45, "search": .3, src: .25}),
                              "back_again"))
        # ---- CRM fields at export
        lvl = "regular" if paid_count <= 1 else "silver" if paid_count == 2 else "gold" if paid_count == 3 else "platinum"
        if btype == "creator" and lvl == "regular":
            lvl = "silver"
        cust["tier"], cust["会员等级"] = lvl, LEVEL[lvl]
        export = datetime(2026, 7, 2)
        if last_pledge is None:
            seg = "prospect"
        elif (export - signup).days <= 90:
            seg = "new"
        elif (export - last_pledge).days <= 180:
            seg = "active"
        else:
            seg = "lapsed"
        cust["segment"] = seg

    # ---------------- feedback rows ----------------
    fb_rows = []
    for k, (ch, topic, ts, ctx) in enumerate(sorted(feedback, key=lambda x: x[2])):
        if ts > END:
            continue
        lang = ctx["lang"]
        camp = ctx["camp"]
        rating = ctx.get("rating", "")
        if ch == "app_review":
            vals, probs = TOPIC_RATING[topic]
            rating = int(rng.choice(vals, p=probs))
        if ch != "survey":
            rating = rating if ch == "app_review" else ""
        nps = ""
        if ch == "survey":
            nps = int({1: rng.integers(0, 4), 2: rng.integers(1, 5), 3: rng.integers(5, 8), 4: rng.integers(7, 9),
                       5: rng.integers(9, 11)}[rating])
        undated = (ch in ("app_review", "weibo_post") and rng.random() < .15) or (ch == "bilibili_comment" and
                                                                                  rng.random() < .08)
        fb_rows.append(dict(feedback_id=f"F{len(fb_rows) + 1:05d}", text=text_for(topic, lang, camp),
                            ts="" if undated else ts.strftime("%Y-%m-%d %H:%M:%S"), customer_id=ctx["cid"],
                            touchpoint_id=TOPIC_TP[topic], channel=ch, rating=rating, nps=nps, language=lang,
                            sentiment_label=TOPIC_SENT[topic], campaign_id=camp.id, category=camp.cat,
                            项目类别=CAT[camp.cat]))

    # a few exact duplicate event rows re-sent by the app's tracking SDK (same event_id: loaded once)
    dups = [dict(events[j]) for j in rng.choice(len(events), size=9, replace=False)]
    events.extend(dups)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=s + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for s, tp in enumerate(j[4])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", fb_rows)


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
