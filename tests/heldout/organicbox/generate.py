"""Synthetic data for 青畦有机 Verdant Row Organics, a weekly organic vegetable box subscription (farm to door) in
Beijing, Nanjing and Taipei.

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV)
plus OUTDIR/_truth/feedback_truth.csv (the topic each comment was written from; not a DATA.md table).
Fixed seed, numpy + stdlib only, deterministic, a few seconds of CPU. Data covers 2025-01-01 .. 2026-06-30 (the
extract was taken on 2026-07-03); all three cities are UTC+8 and times are naive local times.
See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207 + 31
rng = np.random.default_rng(SEED)

START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1

# planted windows
ZONE_BUG = (datetime(2025, 10, 8), datetime(2025, 10, 31, 23, 59, 59))  # address library 2025.10: mainland addresses wrongly out of zone
AB = (datetime(2025, 7, 1), END)              # retention_offer_2025 on the cancellation flow
FX = 0.225                                    # CNY per TWD (fixed group reporting rate)
CNY_WEEKS = {date(2025, 1, 27), date(2026, 2, 16)}      # Spring Festival delivery weeks (Mondays)
GOLDEN_WEEKS = {date(2025, 9, 29), date(2025, 10, 6)}


_BUF: list[float] = []


def R() -> float:
    """a uniform draw; numpy draws are taken in blocks (same seed, same sequence)."""
    if not _BUF:
        _BUF.extend(rng.random(65536).tolist()[::-1])
    return _BUF.pop()


def pick(options, weights=None):
    if weights is None:
        return options[int(R() * len(options))]
    r = R() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if r < acc:
            return o
    return options[-1]


def H(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 3600)


def D(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 86400)


def day0(t: datetime) -> datetime:
    return datetime(t.year, t.month, t.day)


def at(t: datetime, h0: float, h1: float) -> datetime:
    return day0(t) + H(h0 + R() * (h1 - h0))


def monday(t) -> date:
    d = t.date() if isinstance(t, datetime) else t
    return d - timedelta(days=d.weekday())


# ---------------------------------------------------------------- reference data
CITIES = {
    "Beijing": dict(zh="北京", share=0.45, hub=("BJ-SY", "北京顺义仓"), deliver_wd=1, courier="own_fleet",
                    districts=[("朝阳", "Chaoyang", 30), ("海淀", "Haidian", 25), ("顺义", "Shunyi", 15),
                               ("东城", "Dongcheng", 12), ("丰台", "Fengtai", 18)],
                    farms=[("Yanqing Valley Farm", "延庆山谷农场", 65), ("Miyun Reservoir Farm", "密云水库农场", 35)],
                    acq=[("xiaohongshu", 30), ("wechat_ads", 20), ("douyin", 16), ("referral", 16),
                         ("farmers_market", 10), ("community_group", 8)],
                    pay=[("wechat_pay", 70), ("alipay", 30)], ios=0.58, zh_lang=0.88, cur="CNY",
                    price={"small": 158, "family": 248}),
    "Nanjing": dict(zh="南京", share=0.30, hub=("NJ-JN", "南京江宁仓"), deliver_wd=2, courier="sf_cold",
                    districts=[("鼓楼", "Gulou", 22), ("建邺", "Jianye", 20), ("江宁", "Jiangning", 24),
                               ("江北新区", "Jiangbei New Area", 18), ("玄武", "Xuanwu", 16)],
                    farms=[("Lishui Organic Farm", "溧水有机农场", 55), ("Gaochun Slow City Farm", "高淳慢城农场", 45)],
                    acq=[("xiaohongshu", 28), ("wechat_ads", 22), ("douyin", 18), ("referral", 14),
                         ("farmers_market", 8), ("community_group", 10)],
                    pay=[("wechat_pay", 74), ("alipay", 26)], ios=0.52, zh_lang=0.95, cur="CNY",
                    price={"small": 138, "family": 218}),
    "Taipei": dict(zh="台北", share=0.25, hub=("TPE-NH", "台北內湖倉"), deliver_wd=3, courier="tcat",
                   districts=[("大安", "Da'an", 26), ("信義", "Xinyi", 20), ("內湖", "Neihu", 20),
                              ("士林", "Shilin", 16), ("中山", "Zhongshan", 18)],
                   farms=[("Sanxing Farm Yilan", "宜蘭三星農場", 55), ("Fuli Farm Hualien", "花蓮富里農場", 45)],
                   acq=[("instagram", 28), ("facebook_ads", 20), ("line", 16), ("referral", 18),
                        ("farmers_market", 10), ("google_ads", 8)],
                   pay=[("credit_card", 60), ("line_pay", 30), ("jkopay", 10)], ios=0.66, zh_lang=0.80, cur="TWD",
                   price={"small": 880, "family": 1380}),
}
SEGMENTS = ["family_kids", "couple", "solo", "senior", "fitness"]
SEGMENT_W = [28, 26, 22, 12, 12]
SEGMENT_ZH = {"family_kids": "有娃家庭", "couple": "二人世界", "solo": "单身独居", "senior": "银发家庭", "fitness": "健身控"}
HOUSEHOLD = {"family_kids": (3, 5), "couple": (2, 2), "solo": (1, 1), "senior": (1, 2), "fitness": (1, 2)}
DIETS = [("omnivore", 55), ("vegetarian", 15), ("low_carb", 14), ("kid_friendly", 16)]
TIER_ZH = {"standard": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
PLAN_ZH = {"weekly": "每周配送", "biweekly": "双周配送"}
BOX_ZH = {"small": "小份箱", "family": "家庭箱"}
ADDONS = {  # sku: (en, zh, CNY, TWD, weight)
    "eggs": ("Free-range eggs (10)", "土鸡蛋10枚", 32, 180, 32),
    "fruit": ("Seasonal fruit", "时令水果", 45, 250, 18),
    "milk": ("Pasture milk 1L", "牧场鲜奶", 28, 150, 16),
    "tofu": ("Handmade tofu", "手工豆腐", 12, 65, 13),
    "mushroom": ("Mushroom mix", "菌菇拼盘", 26, 140, 12),
    "bread": ("Whole-wheat sourdough", "全麦面包", 30, 160, 9),
}
GIFTS = {"cny_gift": ("Spring Festival gift box", "春节年货礼盒", 388, 1880),
         "mid_autumn_gift": ("Mid-Autumn gift box", "中秋礼盒", 268, 1280)}
GIFT_WINDOWS = [("cny_gift", datetime(2025, 1, 2), datetime(2025, 1, 24)),
                ("mid_autumn_gift", datetime(2025, 9, 8), datetime(2025, 10, 3)),
                ("cny_gift", datetime(2026, 1, 5), datetime(2026, 2, 12))]
ITEMS_OUT = [("spinach", "菠菜"), ("asparagus", "芦笋"), ("broccoli", "西兰花"), ("cherry_tomato", "樱桃番茄"),
             ("romaine", "油麦菜"), ("snow_peas", "荷兰豆")]
ITEMS_IN = [("potato", "土豆"), ("cabbage", "卷心菜"), ("white_radish", "白萝卜"), ("carrot", "胡萝卜"),
            ("onion", "洋葱")]
SKIP_REASONS = [("travel", "出差旅行"), ("fridge_full", "冰箱还有菜"), ("budget", "预算紧"), ("eating_out", "本周外食"),
                ("holiday", "节假日")]
CANCEL_REASONS = [("too_much_food", "菜太多吃不完"), ("price", "价格太高"), ("substitutions", "老换菜"),
                  ("moving", "搬家离开配送区"), ("quality", "品质不满意"), ("other", "其他")]
ISSUES = [("wilted", "蔬菜蔫了"), ("crushed", "压坏"), ("missing_item", "缺件"), ("warm_box", "冰袋融化")]
FAIL_REASONS = ["insufficient_balance", "card_expired", "bank_declined", "auto_debit_revoked"]
SUPPORT_TOPICS = {"delivery_time": "配送时间", "change_address": "改地址", "billing": "扣款账单",
                  "box_content": "菜品咨询", "pause_help": "暂停操作", "zone_check": "配送范围"}

# ---------------------------------------------------------------- touchpoints and journeys
# (id, name_zh, name_en, stage, channel, kind, owner, aliases)
TOUCHPOINTS = [
    ("tp_landing", "首页浏览", "Home page visit", "awareness", "mini_program", "digital", "growth",
     "首页|小程序首页|官网|landing page|homepage"),
    ("tp_taste_quiz", "口味问卷", "Taste quiz", "consideration", "mini_program", "digital", "growth",
     "饮食偏好问卷|口味测试|preference quiz|diet quiz"),
    ("tp_plan_select", "选择菜箱方案", "Choose a box plan", "consideration", "mini_program", "digital", "growth",
     "选方案|选套餐|方案页|plan page|box picker"),
    ("tp_zone_check", "配送地址校验", "Delivery address check", "purchase", "mini_program", "digital", "product",
     "地址校验|配送范围校验|地址验证|zone check|postcode check|address validation"),
    ("tp_first_pay", "首箱支付", "First box payment", "purchase", "mini_program", "digital", "growth",
     "首单支付|首箱下单|开通订阅|first order|checkout|subscribe"),
    ("tp_first_delivered", "首箱签收", "First box delivered", "purchase", "other", "physical", "logistics",
     "首箱|第一箱|first box|welcome box"),
    ("tp_reminder", "截单提醒", "Cut-off reminder", "service", "wechat", "digital", "crm",
     "本周菜单提醒|截单通知|menu reminder|cutoff reminder|weekly menu"),
    ("tp_charge", "周扣款成功", "Weekly charge", "service", "other", "digital", "finance",
     "扣款|自动扣款|周扣款|续费扣款|weekly billing|renewal charge|auto-debit"),
    ("tp_dispatch", "配送出发", "Out for delivery", "service", "other", "physical", "logistics",
     "出库|配送中|发车|dispatched|out for delivery"),
    ("tp_delivered", "菜箱签收", "Box delivered", "service", "other", "physical", "logistics",
     "签收|送达|到货|delivery|doorstep drop"),
    ("tp_addon_browse", "加购商城浏览", "Add-on shop", "loyalty", "mini_program", "digital", "merchandising",
     "加购|加购商城|小市集|add-on store|extras"),
    ("tp_addon_detail", "加购商品详情", "Add-on item page", "loyalty", "mini_program", "digital", "merchandising",
     "商品详情|item detail"),
    ("tp_addon_cart", "加入本周菜箱", "Add to this week's box", "loyalty", "mini_program", "digital", "merchandising",
     "加入菜箱|加车|add to box"),
    ("tp_addon_paid", "加购随箱扣款", "Add-on charged", "loyalty", "other", "digital", "finance",
     "加购付款|加购成功|add-on paid"),
    ("tp_issue_report", "售后问题上报", "Quality issue reported", "service", "mini_program", "digital",
     "customer_service", "售后|投诉上报|质量问题|quality complaint|report a problem"),
    ("tp_issue_photo", "上传问题照片", "Issue photo upload", "service", "mini_program", "digital", "customer_service",
     "上传照片|拍照举证|photo proof"),
    ("tp_issue_review", "客服审核", "Issue review by support", "service", "phone", "digital", "customer_service",
     "审核|售后审核|claim review"),
    ("tp_issue_resolved", "补偿到账", "Compensation paid", "service", "other", "digital", "customer_service",
     "补偿|退款到账|余额补偿|refund issued|credit issued"),
    ("tp_cancel_start", "申请退订", "Cancellation started", "loyalty", "mini_program", "digital", "crm",
     "退订|取消订阅|cancel subscription|unsubscribe"),
    ("tp_cancel_reason", "填写退订原因", "Cancellation reason survey", "loyalty", "mini_program", "digital", "crm",
     "退订原因|退订问卷|exit survey"),
    ("tp_retention_offer", "挽留方案", "Retention offer", "loyalty", "mini_program", "digital", "crm",
     "挽留|挽留优惠|save offer|win-back offer"),
    ("tp_cancel_done", "退订生效", "Cancellation completed", "loyalty", "other", "digital", "crm",
     "退订成功|已退订|churned|cancelled"),
    ("tp_skip_week", "跳过本周", "Skip a week", "service", "mini_program", "digital", "product",
     "跳过|跳周|暂停一周|skip|skip week"),
    ("tp_pause", "暂停订阅", "Pause subscription", "loyalty", "mini_program", "digital", "crm",
     "暂停|停送|hold deliveries|pause"),
    ("tp_resume", "恢复订阅", "Resume subscription", "loyalty", "mini_program", "digital", "crm",
     "恢复配送|重新开始|resume|unpause"),
    ("tp_customize", "定制换菜", "Customise box", "service", "mini_program", "digital", "product",
     "换菜|定制菜箱|自选|swap items|customise"),
    ("tp_substitution", "缺货换菜通知", "Substitution notice", "service", "wechat", "digital", "supply",
     "缺货替换|换菜通知|替换品|out of stock swap|substitution"),
    ("tp_charge_fail", "扣款失败", "Charge failed", "service", "other", "digital", "finance",
     "扣费失败|支付失败|payment failed|declined"),
    ("tp_support", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_service",
     "客服|人工客服|热线|support|hotline"),
    ("tp_referral_share", "分享邀请好友", "Referral share", "loyalty", "mini_program", "digital", "growth",
     "老带新|邀请好友|推荐码|refer a friend"),
]
TP = {t[0]: t for t in TOUCHPOINTS}
JOURNEYS = [
    ("onboarding", "新客开箱", "New subscriber onboarding", 21,
     ["tp_landing", "tp_taste_quiz", "tp_plan_select", "tp_zone_check", "tp_first_pay", "tp_first_delivered"]),
    ("weekly_box", "每周菜箱配送", "Weekly box cycle", 6, ["tp_reminder", "tp_charge", "tp_dispatch", "tp_delivered"]),
    ("addon", "加购", "Add-on purchase", 7, ["tp_addon_browse", "tp_addon_detail", "tp_addon_cart", "tp_addon_paid"]),
    ("quality_issue", "售后处理", "Quality issue handling", 10,
     ["tp_issue_report", "tp_issue_photo", "tp_issue_review", "tp_issue_resolved"]),
    ("cancellation", "退订挽留", "Cancellation and save", 14,
     ["tp_cancel_start", "tp_cancel_reason", "tp_retention_offer", "tp_cancel_done"]),
]

EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
EXPERIMENTS: list[dict] = []
CTR = {"ev": 0, "ord": 0, "sess": 0, "fb": 0}


def nid(kind: str, prefix: str, width: int = 6) -> str:
    CTR[kind] += 1
    return f"{prefix}{CTR[kind]:0{width}d}"


def app_version(c, t: datetime) -> str:
    if t < datetime(2025, 4, 1):
        v = "3.8"
    elif t < datetime(2025, 10, 8):
        v = "3.9"
    elif t < datetime(2026, 3, 1):
        v = "4.0"
    else:
        v = "4.1"
    return v + "." + str(int(R() * 3))


def ev(c, tp: str, t: datetime, action: str, session=None, **kw) -> datetime | None:
    if t > END or t < START:
        return None
    kind, channel = TP[tp][5], TP[tp][4]
    if channel == "mini_program":
        channel = "mini_program" if c["region"] != "Taipei" else ("app" if c["os"] != "pc" else "web")
    if channel == "wechat" and c["region"] == "Taipei":
        channel = "line"
    device = c["os"] if (kind == "digital" and channel in ("mini_program", "app", "web")) else ""
    row = dict(event_id=nid("ev", "E", 7), customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
               session_id=session or "", action=action, device=device, channel=channel,
               city=c["region"], hub=CITIES[c["region"]]["hub"][0],
               app_version=app_version(c, t) if device else "")
    row.update(kw)
    EVENTS.append(row)
    return t


def sess() -> str:
    return nid("sess", "S", 7)


def local_price(c, what: str):
    return CITIES[c["region"]]["price"][what]


def new_order(c, t: datetime, otype: str, local: float, status: str = "paid", list_local=None, **kw) -> dict | None:
    if t > END or t < START:
        return None
    cur = CITIES[c["region"]]["cur"]
    amount = round(local * FX, 2) if cur == "TWD" else round(local, 2)
    list_local = local if list_local is None else list_local
    o = dict(order_id=nid("ord", "O", 6), customer_id=c["customer_id"], ts=t, amount=amount, status=status,
             channel="app" if c["region"] == "Taipei" else "mini_program", device=c["os"],
             order_type=otype, order_type_zh=ORDER_TYPE_ZH[otype], city=c["region"], city_zh=CITIES[c["region"]]["zh"],
             currency=cur, amount_local=round(local, 2), list_price_local=round(list_local, 2),
             discount_local=round(list_local - local, 2), payment_method=c["pay"])
    o.update(kw)
    ORDERS.append(o)
    return o


ORDER_TYPE_ZH = {"first_box": "首箱", "weekly_box": "周菜箱", "addon": "加购", "gift_box": "节日礼盒"}

# ---------------------------------------------------------------- feedback text
# topic: (sentiment, [(zh_simplified, zh_traditional, en), ...]); every template of a marked topic holds its marker
MARKERS = {
    "zone_error": ("不在配送范围", "不在配送範圍", "outside the delivery area"),
    "substitution": ("又被换菜", "又被換菜", "swapped out again"),
    "too_much": ("吃不完", "吃不完", "too much veg for one"),
    "wilted": ("叶子蔫了", "葉子蔫了", "greens were wilted"),
    "late": ("送晚了", "送晚了", "arrived late"),
    "charge_fail": ("扣款失败", "扣款失敗", "charge failed"),
    "plastic": ("塑料太多", "塑膠太多", "too much plastic"),
    "price": ("太贵了", "太貴了", "too pricey"),
    "fresh": ("特别新鲜", "特別新鮮", "super fresh"),
    "eggs": ("鸡蛋很香", "雞蛋很香", "eggs are amazing"),
    "variety": ("品种丰富", "品種豐富", "great variety"),
}
T = {
    "zone_error": ("negative", [
        ("地址明明在{district}，系统却说不在配送范围，下不了单。", "地址明明在{district}，系統卻說不在配送範圍，下不了單。",
         "My address in {district_en} is clearly covered but the app says it's outside the delivery area."),
        ("填了好几次地址都提示不在配送范围，客服说是系统问题？", "填了好幾次地址都提示不在配送範圍，客服說是系統問題？",
         "Tried three times, keeps saying outside the delivery area. Gave up on signing up."),
        ("上周朋友还能订，今天我这边就显示不在配送范围了，什么情况", "上週朋友還能訂，今天我這邊就顯示不在配送範圍了",
         "Neighbour gets boxes but I'm told I'm outside the delivery area?? please fix"),
    ]),
    "substitution": ("negative", [
        ("又被换菜了，订的{item_out}变成了{item_in}，这个月第二次。", "又被換菜了，訂的{item_out}變成了{item_in}。",
         "Got swapped out again - {item_out_en} replaced by {item_in_en}. Second time this month."),
        ("说好的{item_out}呢？又被换菜，换来的全是{item_in}这种便宜菜。", "說好的{item_out}呢？又被換菜，換來的都是{item_in}。",
         "My {item_out_en} got swapped out again for {item_in_en}. Not what I'm paying for."),
        ("最近老是缺货，又被换菜，感觉菜箱越来越不值。", "最近老是缺貨，又被換菜，感覺菜箱越來越不值。",
         "Items swapped out again this week. The substitutions are getting ridiculous."),
        ("又被换菜！能不能提前说一声让我自己选？", "又被換菜！能不能提前說讓我自己選？",
         "Swapped out again with only a text the night before. Let me choose the replacement at least."),
    ]),
    "too_much": ("negative", [
        ("一个人住，小份箱也吃不完，每周都在扔菜。", "一個人住，小份箱也吃不完，每週都在丟菜。",
         "Living alone - even the small box is too much veg for one, I end up throwing half away."),
        ("菜量太大了，一个人根本吃不完，希望出个迷你箱。", "菜量太大了，一個人根本吃不完，希望出迷你箱。",
         "Please add a mini box, it's too much veg for one person."),
        ("冰箱塞满了，上周的还没吃完，吃不完只能跳过。", "冰箱塞滿了，上週的還沒吃完，吃不完只能跳過。",
         "Fridge is still full from last week - honestly too much veg for one."),
    ]),
    "wilted": ("negative", [
        ("收到的时候叶子蔫了，{item_out}完全不能吃。", "收到的時候葉子蔫了，{item_out}完全不能吃。",
         "The greens were wilted when the box arrived, the {item_out_en} went straight to the bin."),
        ("冰袋都化了，叶子蔫了一大半。", "冰袋都化了，葉子蔫了一大半。",
         "Ice packs melted and the greens were wilted. Not acceptable for an organic box."),
        ("这周叶子蔫了，申请了售后。", "這週葉子蔫了，申請了售後。",
         "Greens were wilted again, filed a claim."),
    ]),
    "late": ("negative", [
        ("说好中午前到，结果晚上八点才送到，送晚了好几个小时。", "說好中午前到，結果晚上八點才到，送晚了好幾個小時。",
         "Box arrived late, around 8pm, and sat in the hallway."),
        ("这周又送晚了，快递员电话也打不通。", "這週又送晚了，司機電話也打不通。",
         "Arrived late again and nobody told me."),
    ]),
    "charge_fail": ("negative", [
        ("卡里有钱但显示扣款失败，这周的菜箱就没了。", "卡裡有錢但顯示扣款失敗，這週的菜箱就沒了。",
         "Weekly charge failed even though my card is fine, so no box this week."),
        ("扣款失败也没有提醒，等了一天菜没来。", "扣款失敗也沒有提醒，等了一天菜沒來。",
         "The charge failed and nobody told me until delivery day."),
    ]),
    "plastic": ("negative", [
        ("每样菜都单独包一层，塑料太多了，不环保。", "每樣菜都單獨包一層，塑膠太多了，不環保。",
         "For an organic brand there's way too much plastic in the box."),
        ("有机菜箱却塑料太多，希望改用纸袋。", "有機菜箱卻塑膠太多，希望改用紙袋。",
         "Love the veg, but too much plastic wrapping. Paper bags please."),
    ]),
    "price": ("negative", [
        ("菜是好菜，就是太贵了，比菜市场贵一倍。", "菜是好菜，就是太貴了，比市場貴一倍。",
         "Good produce but too pricey compared to the market."),
        ("续了三个月，觉得太贵了，先停一停。", "續了三個月，覺得太貴了，先停一停。",
         "Honestly too pricey for what's in the box these days."),
    ]),
    "fresh": ("positive", [
        ("菜特别新鲜，{item_out}早上摘的下午就到了。", "菜特別新鮮，{item_out}早上採的下午就到了。",
         "Everything was super fresh, the {item_out_en} tasted like it was picked that morning."),
        ("特别新鲜，孩子都愿意吃青菜了。", "特別新鮮，小孩都願意吃青菜了。",
         "Super fresh and tasty, even my kid eats greens now."),
        ("每次开箱都特别新鲜，放一周都不坏。", "每次開箱都特別新鮮，放一週都不壞。",
         "Super fresh every week, lasts the whole week in the fridge."),
    ]),
    "eggs": ("positive", [
        ("加购的土鸡蛋很香，蛋黄颜色特别正。", "加購的土雞蛋很香，蛋黃顏色很漂亮。",
         "The add-on eggs are amazing, deep orange yolks."),
        ("鸡蛋很香，每周必加购。", "雞蛋很香，每週必加購。", "Those free-range eggs are amazing, always add them."),
    ]),
    "variety": ("positive", [
        ("这个季节的菜品种丰富，每周都有新花样。", "這季的菜品種豐富，每週都有新花樣。",
         "Great variety this season, something new every week."),
        ("品种丰富，还有没见过的本地菜。", "品種豐富，還有沒見過的在地蔬菜。", "Great variety of local veg I'd never tried."),
    ]),
    "generic_pos": ("positive", [
        ("菜箱很好，会继续订。", "菜箱很好，會繼續訂。", "Really happy with the box, will keep ordering."),
        ("包装整齐，司机很客气。", "包裝整齊，司機很客氣。", "Neatly packed, friendly driver."),
        ("性价比还可以，孩子爱吃。", "CP值還可以，小孩愛吃。", "Good value overall, the family loves it."),
        ("农场直送，吃得放心。", "農場直送，吃得安心。", "Farm to door and we trust where it comes from. Lovely."),
        ("客服回复很快，问题解决了。", "客服回覆很快，問題解決了。", "Support answered fast and sorted it out."),
    ]),
    "generic_neu": ("neutral", [
        ("还行吧，和上周差不多。", "還行，和上週差不多。", "It's okay, about the same as last week."),
        ("菜谱卡可以再多一点做法。", "食譜卡可以多一些做法。", "Recipe cards could have more ideas."),
        ("希望可以选配送时间段。", "希望可以選配送時段。", "Would like to choose a delivery time slot."),
        ("有没有年付的方案？", "有沒有年繳方案？", "Is there an annual plan?"),
    ]),
    "generic_neg": ("negative", [
        ("这周的{item_out}有点少。", "這週的{item_out}有點少。", "Not much {item_out_en} this week."),
        ("客服等了很久才回复。", "客服等很久才回覆。", "Waited ages for support to reply."),
        ("菜谱卡和箱子里的菜对不上。", "食譜卡和箱子裡的菜對不上。", "Recipe card didn't match what was in the box."),
        ("App经常卡，改地址很麻烦。", "App常常卡住，改地址很麻煩。", "App keeps freezing when I try to change my address."),
    ]),
}
EN_ITEM = {zh: en for en, zh in ITEMS_OUT + ITEMS_IN}
FARM_ZH = {f[0]: f[1] for cfg in CITIES.values() for f in cfg["farms"]}
TW_ITEM = {"菠菜": "菠菜", "芦笋": "蘆筍", "西兰花": "青花菜", "樱桃番茄": "小番茄", "油麦菜": "油麥菜", "荷兰豆": "荷蘭豆",
           "土豆": "馬鈴薯", "卷心菜": "高麗菜", "白萝卜": "白蘿蔔", "胡萝卜": "紅蘿蔔", "洋葱": "洋蔥"}


def comment(c, topic: str, lang: str, **fmt) -> str:
    sent, tmpls = T[topic]
    tm = tmpls[int(R() * len(tmpls))]
    trad = lang != "en" and ((c is not None and c["region"] == "Taipei") or bool(fmt.get("trad")))
    if lang == "en":
        s = tm[2]
    else:
        s = tm[1] if trad else tm[0]
    io = fmt.get("item_out") or pick([z for _, z in ITEMS_OUT])
    ii = fmt.get("item_in") or pick([z for _, z in ITEMS_IN])
    d = c["district"] if c else "江北新区"
    den = c["district_en"] if c else "Jiangbei"
    return s.format(item_out=TW_ITEM[io] if trad else io, item_in=TW_ITEM[ii] if trad else ii,
                    item_out_en=EN_ITEM[io].replace("_", " "), item_in_en=EN_ITEM[ii].replace("_", " "),
                    district=d, district_en=den)


def stars(sent: str) -> int:
    if sent == "positive":
        return pick([5, 4], [70, 30])
    if sent == "neutral":
        return pick([3, 4, 2], [60, 25, 15])
    return pick([1, 2, 3], [40, 45, 15])


def nps_of(sent: str) -> int:
    if sent == "positive":
        return pick([10, 9, 8], [45, 35, 20])
    if sent == "neutral":
        return pick([6, 7, 8], [20, 50, 30])
    return pick([0, 2, 3, 4, 5, 6], [8, 10, 15, 20, 25, 22])


def fb(c, t, topic, channel, tp=None, lang=None, rating=True, with_nps=False, nps=None, **kw) -> None:
    if t is not None and (t > END or t < START):
        return
    if lang is None:
        lang = c["lang"] if c else "zh"
    sent = T[topic][0]
    text = comment(c, topic, lang, **{k: v for k, v in kw.items() if k in ("item_out", "item_in", "trad")})
    fid = nid("fb", "F", 6)
    row = dict(feedback_id=fid, text=text, ts=t, customer_id=c["customer_id"] if c else "", touchpoint_id=tp or "",
               channel=channel, rating=stars(sent) if rating else "",
               nps=(nps if nps is not None else nps_of(sent)) if with_nps else "",
               language=lang, city=(c["region"] if c else kw.get("city", "")),
               city_zh=(CITIES[c["region"]]["zh"] if c else CITIES.get(kw.get("city", ""), {}).get("zh", "")))
    row.update({k: v for k, v in kw.items() if k not in ("item_out", "item_in", "trad", "city")})
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


# ---------------------------------------------------------------- customers
def month_weight(d: datetime) -> float:
    k = (d.year - 2025) * 12 + d.month - 1      # 0 .. 17
    w = 1.0 + 0.045 * k
    if d.month == 2:
        w *= 0.75                                 # Spring Festival lull
    if (d.year, d.month) in ((2025, 3), (2026, 3)):
        w *= 1.25                                 # spring campaign
    return w


DAYW = np.array([month_weight(START + timedelta(days=i)) for i in range(NDAYS)])
DAYW = DAYW / DAYW.sum()


def build_customer(i: int, legacy: bool, day: int | None) -> dict:
    city = pick(list(CITIES), [CITIES[k]["share"] for k in CITIES])
    cfg = CITIES[city]
    seg = pick(SEGMENTS, SEGMENT_W if city != "Taipei" else [22, 28, 26, 10, 14])
    dz, den, _ = pick(cfg["districts"], [d[2] for d in cfg["districts"]])
    hh = HOUSEHOLD[seg]
    os_ = "ios" if R() < cfg["ios"] else "android"
    if city == "Taipei" and R() < 0.12:
        os_ = "pc"
    lang = "zh" if R() < cfg["zh_lang"] else "en"
    if legacy:
        first_seen = datetime(2024, 1, 1) + D(R() * 350)
    else:
        first_seen = START + timedelta(days=int(day)) + H(7 + R() * 16)
    return dict(customer_id=f"C{100000 + i}", region=city, seg=seg, district=dz, district_en=den,
                household_size=int(hh[0] + int(R() * (hh[1] - hh[0] + 1))), os=os_, lang=lang,
                acq=pick([a for a, _ in cfg["acq"]], [w for _, w in cfg["acq"]]),
                pay=pick([a for a, _ in cfg["pay"]], [w for _, w in cfg["pay"]]),
                diet=pick([d for d, _ in DIETS], [w for _, w in DIETS]),
                first_seen=first_seen, signup=None, legacy=legacy, plan=None, box=None,
                boxes=0, spend=0.0, status="never_subscribed", opt_in=R() < 0.62, farm=pick(
                    [f[0] for f in cfg["farms"]], [f[2] for f in cfg["farms"]]),
                discount_left=0, ab=None)


def delivery_day(c, after: datetime) -> datetime:
    """the first delivery day of the customer's city at least 3 days after `after`."""
    wd = CITIES[c["region"]]["deliver_wd"]
    d = day0(after) + timedelta(days=3)
    while d.weekday() != wd:
        d += timedelta(days=1)
    return d


def choose_plan(c) -> None:
    weekly_p = {"family_kids": 0.72, "couple": 0.55, "solo": 0.30, "senior": 0.45, "fitness": 0.62}[c["seg"]]
    c["plan"] = "weekly" if R() < weekly_p else "biweekly"
    fam_p = {"family_kids": 0.80, "couple": 0.35, "solo": 0.05, "senior": 0.30, "fitness": 0.30}[c["seg"]]
    c["box"] = "family" if R() < fam_p else "small"


def onboarding(c) -> datetime | None:
    """returns the first delivery time if the customer subscribes."""
    s = sess()
    t = ev(c, "tp_landing", c["first_seen"], "view", s, utm_source=c["acq"])
    if t is None or R() > 0.66:
        return None
    t = ev(c, "tp_taste_quiz", t + H(0.05 + R() * (0.3 if R() < 0.7 else 40)), "submit", s)
    if t is None or R() > 0.84:
        return None
    choose_plan(c)
    t = ev(c, "tp_plan_select", t + H(0.02 + R() * (0.2 if R() < 0.75 else 60)), "click", s, plan=c["plan"],
           box_size=c["box"])
    if t is None:
        return None
    p_next = 0.36 if c["seg"] == "solo" else {"family_kids": 0.86, "couple": 0.82, "senior": 0.78,
                                               "fitness": 0.83}[c["seg"]]
    if R() > p_next:
        return None
    t = t + H(0.02 + R() * (0.3 if R() < 0.8 else 70))
    bug = ZONE_BUG[0] <= t <= ZONE_BUG[1] and c["region"] != "Taipei"
    if bug and c["region"] == "Nanjing":
        p_out = 0.92 if c["district"] in ("江北新区", "江宁") else 0.70
    else:
        p_out = 0.50 if bug else 0.04
    out = R() < p_out
    t = ev(c, "tp_zone_check", t, "fail" if out else "success", s, zone_result="out_of_zone" if out else "in_zone",
           district=c["district"])
    if t is None:
        return None
    if out:
        if R() < (0.7 if bug else 0.2):
            tt = t + H(0.5 + R() * 30)
            ev(c, "tp_support", tt, "contact", "", support_topic="zone_check", support_topic_zh="配送范围",
               handle_minutes=int(4 + R() * 12))
            fb(c, tt + H(0.2), "zone_error", "cs_ticket", tp="tp_zone_check", rating=False)
        elif bug and R() < 0.5:
            fb(c, t + H(1 + R() * 20), "zone_error", "app_review", tp="tp_zone_check", rating=True,
               platform="app_store" if c["os"] == "ios" else "android_market")
        # a few retry successfully after a fix
        if bug and R() < 0.10:
            t2 = datetime(2025, 11, 1) + H(8 + R() * 14) + D(R() * 5)
            if t2 <= c["first_seen"] + timedelta(days=21):
                t = ev(c, "tp_zone_check", t2, "success", sess(), zone_result="in_zone", district=c["district"])
            else:
                return None
        else:
            return None
    if R() > 0.93:
        return None
    t = ev(c, "tp_first_pay", t + H(0.03 + R() * (0.2 if R() < 0.85 else 30)), "success", s)
    if t is None:
        return None
    c["signup"] = t
    dd = delivery_day(c, t)
    if c["region"] == "Taipei" and R() < 0.1:
        dd += timedelta(days=7)
    price = local_price(c, c["box"])
    o = new_order(c, t, "first_box", round(price * 0.5, 2), list_local=price, coupon_code="FIRSTBOX50",
                  box_size=c["box"], box_size_zh=BOX_ZH[c["box"]], plan=c["plan"], delivery_date=dd.date(),
                  farm=c["farm"], farm_zh=FARM_ZH[c["farm"]])
    if R() < 0.035:                              # the first box never arrives (address problem), refunded
        if o:
            o["status"] = "refunded"
            o["refund_reason"] = "undeliverable"
        return None
    td = at(dd, 9, 19)
    ev(c, "tp_first_delivered", td, "delivered", "", order_id=o["order_id"] if o else "", courier=
       CITIES[c["region"]]["courier"], farm=c["farm"], farm_zh=FARM_ZH[c["farm"]], box_size=c["box"])
    c["boxes"] += 1
    c["spend"] += o["amount"] if o else 0
    return td


# ---------------------------------------------------------------- subscription life
def sub_rate(c, dd: datetime) -> float:
    """probability that a Beijing / other box carries an out-of-stock substitution."""
    if c["region"] != "Beijing":
        return 0.05
    q = (dd.year - 2025) * 4 + (dd.month - 1) // 3       # 0 .. 5
    base = [0.04, 0.05, 0.09, 0.16, 0.25, 0.34][min(q, 5)]
    return base * (1.2 if c["farm"] == "Yanqing Valley Farm" else 0.7)


def skip_p(c, dd: datetime) -> float:
    p = {"family_kids": 0.08, "couple": 0.11, "solo": 0.22, "senior": 0.09, "fitness": 0.10}[c["seg"]]
    wk = monday(dd)
    if wk in CNY_WEEKS:
        p = 0.62
    elif wk in GOLDEN_WEEKS:
        p = max(p, 0.33)
    elif dd.month in (7, 8):
        p += 0.05
    return p


def churn_p(c, substituted_recent: int) -> float:
    p = {"family_kids": 0.036, "couple": 0.044, "solo": 0.065, "senior": 0.032, "fitness": 0.046}[c["seg"]]
    return p + 0.022 * substituted_recent


def support(c, t: datetime, topic: str) -> None:
    ev(c, "tp_support", t, "contact", "", support_topic=topic, support_topic_zh=SUPPORT_TOPICS[topic],
       handle_minutes=int(3 + R() * 15))


def addon_flow(c, rem: datetime, cutoff: datetime, charged: bool, dd: datetime, parent) -> list[str]:
    if R() > (0.16 if c["seg"] != "solo" else 0.08):
        return []
    s = sess()
    t = ev(c, "tp_addon_browse", rem + H(0.2 + R() * 40), "view", s)
    if t is None or t >= cutoff or R() > 0.78:
        return []
    sku = pick(list(ADDONS), [a[4] for a in ADDONS.values()])
    t = ev(c, "tp_addon_detail", t + H(0.01 + R() * 0.1), "view", s, addon_sku=sku)
    if t is None or R() > 0.62:
        return []
    t = ev(c, "tp_addon_cart", t + H(0.01 + R() * 0.2), "click", s, addon_sku=sku)
    if t is None or not charged:
        return []
    a = ADDONS[sku]
    local = a[3] if c["region"] == "Taipei" else a[2]
    o = new_order(c, cutoff + H(0.01), "addon", local, addon_sku=sku, addon_name=a[0], addon_name_zh=a[1],
                  delivery_date=dd.date(), parent_order_id=parent["order_id"] if parent else "")
    ev(c, "tp_addon_paid", cutoff + H(0.01), "success", "", addon_sku=sku, order_id=o["order_id"] if o else "")
    if o:
        c["spend"] += o["amount"]
    return [sku]


def issue_flow(c, td: datetime, o, kind: str) -> None:
    s = sess()
    t = ev(c, "tp_issue_report", td + H(0.5 + R() * 20), "submit", s, issue_type=kind,
           issue_type_zh=dict(ISSUES)[kind], order_id=o["order_id"] if o else "")
    if t is None or R() > 0.86:
        return
    t = ev(c, "tp_issue_photo", t + H(0.02 + R() * 3), "submit", s, issue_type=kind)
    if t is None or R() > 0.95:
        return
    t = ev(c, "tp_issue_review", t + H(2 + R() * 40), "approve" if R() < 0.9 else "reject", "", issue_type=kind)
    if t is None or EVENTS[-1]["action"] == "reject":
        return
    refund = kind in ("missing_item",) or R() < 0.25
    local_box = local_price(c, c["box"])
    credit = round(local_box * (1.0 if refund and kind == "warm_box" else 0.3), 0)
    ev(c, "tp_issue_resolved", t + H(1 + R() * 48), "refund" if refund else "credit", "", issue_type=kind,
       resolution="refund" if refund else "store_credit", credit_local=credit)
    if refund and o is not None and kind == "warm_box":
        o["status"] = "refunded"
        o["refund_reason"] = "warm_box"
        o["refunded_at"] = t + H(2)
        c["spend"] -= o["amount"]


def cancel_flow(c, t: datetime) -> str:
    """returns 'cancelled', 'saved_pause', 'saved_discount' or 'abandoned'."""
    s = sess()
    t = ev(c, "tp_cancel_start", t, "click", s)
    if t is None:
        return "abandoned"
    variant = None
    if AB[0] <= t <= AB[1]:
        if c["ab"] is None:
            c["ab"] = "pause_offer" if R() < 0.5 else "discount_20"
            EXPERIMENTS.append(dict(experiment_id="retention_offer_2025", variant=c["ab"],
                                    customer_id=c["customer_id"], assigned_at=t, city=c["region"],
                                    segment=c["seg"]))
        variant = c["ab"]
    if R() > 0.90:
        return "abandoned"
    reason = c.get("reason") or pick([r for r, _ in CANCEL_REASONS],
                                     {"solo": [50, 15, 8, 10, 7, 10]}.get(c["seg"], [10, 30, 14, 18, 14, 14]))
    if c["region"] == "Beijing" and c.get("recent_subs", 0) > 0 and R() < 0.6:
        reason = "substitutions"
    t = ev(c, "tp_cancel_reason", t + H(0.01 + R() * 0.1), "submit", s, cancel_reason=reason,
           cancel_reason_zh=dict(CANCEL_REASONS)[reason])
    if t is None:
        return "abandoned"
    if R() < 0.45:
        topic = {"too_much_food": "too_much", "price": "price", "substitutions": "substitution",
                 "quality": "wilted"}.get(reason, "generic_neu")
        fb(c, t + H(0.01), topic, "exit_survey", tp="tp_cancel_reason", rating=False)
    if R() > 0.96:
        return "abandoned"
    offer = variant or "discount_10"
    p_save = {"pause_offer": 0.44, "discount_20": 0.27, "discount_10": 0.22}[offer]
    if reason == "moving":
        p_save = 0.03
    saved = R() < p_save
    t = ev(c, "tp_retention_offer", t + H(0.005 + R() * 0.05), "accept" if saved else "decline", s, offer=offer,
           offer_accepted="yes" if saved else "no")
    if t is None:
        return "abandoned"
    if saved:
        return "saved_pause" if offer == "pause_offer" else "saved_discount"
    ev(c, "tp_cancel_done", t + D(1 + R() * 5), "cancelled", "", cancel_reason=reason)
    return "cancelled"


def life(c, first_td: datetime) -> None:
    c["status"] = "active"
    step = 7 if c["plan"] == "weekly" else 14
    if c["legacy"]:
        wd = CITIES[c["region"]]["deliver_wd"]
        dd = datetime(2025, 1, 6) + timedelta(days=wd) + timedelta(days=int(R() * (step // 7)) * 7)
    else:
        dd = day0(first_td) + timedelta(days=step)
    recent_subs = 0
    while dd <= END + timedelta(days=7):
        rem = dd - timedelta(days=5) + H(10 + R() * 0.5)
        cutoff = dd - timedelta(days=3) + H(2 + R() * 0.4)
        if rem > END:
            break
        ev(c, "tp_reminder", rem, "sent", "", delivery_week=monday(dd), plan=c["plan"], box_size=c["box"])
        if R() < 0.12:
            ev(c, "tp_customize", rem + H(1 + R() * 40), "submit", sess(), delivery_week=monday(dd),
               item_out=pick([e for e, _ in ITEMS_OUT]))
        if R() < 0.01:
            ev(c, "tp_referral_share", rem + H(R() * 60), "share", sess())
        if R() < skip_p(c, dd):
            wk = monday(dd)
            reason = "holiday" if (wk in CNY_WEEKS or wk in GOLDEN_WEEKS) else pick(
                [r for r, _ in SKIP_REASONS[:4]],
                [20, 55, 10, 15] if c["seg"] == "solo" else [45, 20, 15, 20])
            ev(c, "tp_skip_week", rem + H(1 + R() * 38), "submit", sess(), delivery_week=wk, skip_reason=reason,
               skip_reason_zh=dict(SKIP_REASONS)[reason])
            if c["seg"] == "solo" and reason == "fridge_full" and R() < 0.06:
                fb(c, rem + H(40), "too_much", "app_feedback", tp="tp_skip_week", rating=False)
            dd += timedelta(days=step)
            continue
        price = local_price(c, c["box"])
        local = price
        code = ""
        if c["discount_left"] > 0:
            local = round(price * 0.8, 2)
            code = "STAY20"
            c["discount_left"] -= 1
        charged = True
        charge_t = cutoff
        if R() < (0.045 if c["region"] == "Taipei" else 0.03):
            reason = pick(FAIL_REASONS, [35, 15, 20, 30] if c["region"] != "Taipei" else [15, 50, 35, 0])
            ev(c, "tp_charge_fail", cutoff, "fail", "", fail_reason=reason, delivery_week=monday(dd))
            if R() < 0.15:
                fb(c, cutoff + H(5 + R() * 30), "charge_fail", "cs_ticket", tp="tp_charge_fail", rating=False)
            if R() < 0.55:
                charge_t = cutoff + H(24 + R() * 0.3)
            else:
                charged = False
                new_order(c, cutoff, "weekly_box", local, status="cancelled", list_local=price, coupon_code=code,
                          box_size=c["box"], box_size_zh=BOX_ZH[c["box"]], plan=c["plan"], delivery_date=dd.date(),
                          farm=c["farm"], farm_zh=FARM_ZH[c["farm"]], fail_reason=reason)
        o = None
        if charged:
            o = new_order(c, charge_t, "weekly_box", local, list_local=price, coupon_code=code, box_size=c["box"],
                          box_size_zh=BOX_ZH[c["box"]], plan=c["plan"], delivery_date=dd.date(), farm=c["farm"],
                          farm_zh=FARM_ZH[c["farm"]])
            ev(c, "tp_charge", charge_t, "success", "", order_id=o["order_id"] if o else "",
               delivery_week=monday(dd), amount_local=local)
            if o:
                c["spend"] += o["amount"]
        addons = addon_flow(c, rem, cutoff, charged, dd, o)
        if not charged:
            dd += timedelta(days=step)
            continue
        substituted = R() < sub_rate(c, dd)
        io = ii = None
        if substituted:
            io_en, io = pick(ITEMS_OUT, [30, 14, 18, 16, 12, 10])
            ii_en, ii = pick(ITEMS_IN)
            ev(c, "tp_substitution", dd - timedelta(days=1) + H(19 + R() * 2), "sent", "", item_out=io_en,
               item_out_zh=io, item_in=ii_en, item_in_zh=ii, farm=c["farm"], farm_zh=FARM_ZH[c["farm"]],
               delivery_week=monday(dd))
        recent_subs = recent_subs + 1 if substituted else max(0, recent_subs - 1) if R() < 0.3 else recent_subs
        c["recent_subs"] = recent_subs
        td0 = ev(c, "tp_dispatch", dd + H(6.5 + R() * 2), "dispatched", "", courier=CITIES[c["region"]]["courier"],
                 order_id=o["order_id"] if o else "")
        if td0 is None:
            break
        if R() < 0.008:                           # lost on the way: refunded, no delivery
            if o:
                o["status"] = "refunded"
                o["refund_reason"] = "lost_in_transit"
                o["refunded_at"] = dd + H(22)
                c["spend"] -= o["amount"]
            dd += timedelta(days=step)
            continue
        late_p = {"Beijing": 0.05, "Nanjing": 0.07, "Taipei": 0.06}[c["region"]]
        if dd.month in (7, 8) and c["region"] == "Taipei":
            late_p = 0.12
        late = R() < late_p
        td = dd + H(9.5 + R() * 8) if not late else dd + H(18.5 + R() * 3)
        ev(c, "tp_delivered", td, "late" if late else "on_time", "", order_id=o["order_id"] if o else "",
           courier=CITIES[c["region"]]["courier"], late_minutes=int((td - (dd + H(18))).total_seconds() // 60)
           if late else 0, delivery_week=monday(dd), substituted="yes" if substituted else "no", farm=c["farm"], farm_zh=FARM_ZH[c["farm"]])
        if td > END:
            break
        c["boxes"] += 1
        # quality issues
        summer = dd.month in (6, 7, 8)
        if R() < (0.035 if summer else 0.02):
            kind = pick([k for k, _ in ISSUES], [45, 20, 20, 15] if not summer else [45, 10, 15, 30])
            issue_flow(c, td, o, kind)
            if R() < 0.35:
                fb(c, td + H(2 + R() * 24), "wilted" if kind in ("wilted", "warm_box") else "generic_neg",
                   "delivery_rating", tp="tp_delivered", item_out=io or pick([z for _, z in ITEMS_OUT]))
        # post-delivery rating
        if substituted and R() < (0.30 if c["region"] == "Beijing" else 0.12):
            fb(c, td + H(1 + R() * 30), "substitution", "delivery_rating", tp="tp_substitution", item_out=io,
               item_in=ii)
        elif late and R() < 0.25:
            fb(c, td + H(0.5 + R() * 20), "late", "delivery_rating", tp="tp_delivered")
        elif R() < 0.10:
            if c["seg"] == "solo" and R() < 0.18:
                topic = "too_much"
            elif "eggs" in addons and R() < 0.6:
                topic = "eggs"
            else:
                topic = pick(["fresh", "variety", "generic_pos", "generic_neu", "generic_neg", "plastic", "price"],
                             [30, 10, 30, 12, 8, 5, 5])
            fb(c, td + H(1 + R() * 40), topic, "delivery_rating", tp="tp_delivered")
        if R() < 0.012:
            support(c, td + H(R() * 30), pick(list(SUPPORT_TOPICS)[:5]))
        # pause / cancel
        if R() < 0.014:
            weeks = pick([2, 4, 8], [40, 40, 20])
            tp_ = ev(c, "tp_pause", td + H(2 + R() * 50), "submit", sess(), pause_weeks=weeks)
            if tp_ is None:
                break
            c["status"] = "paused"
            if R() < 0.18:
                c["reason"] = None
                res = cancel_flow(c, tp_ + D(7 * weeks * R()))
                if res == "cancelled":
                    c["status"] = "cancelled"
                    c["ended"] = EVENTS[-1]["ts"]
                    return
            back = day0(tp_) + timedelta(days=7 * weeks)
            if back > END:
                return
            ev(c, "tp_resume", back + H(8), "auto" if R() < 0.7 else "submit", "", pause_weeks=weeks)
            c["status"] = "active"
            dd = delivery_day(c, back)
            continue
        if R() < churn_p(c, min(recent_subs, 3)):
            res = cancel_flow(c, td + H(3 + R() * 80))
            if res == "cancelled":
                c["status"] = "cancelled"
                c["ended"] = EVENTS[-1]["ts"]
                return
            if res == "saved_pause":
                tp_ = ev(c, "tp_pause", EVENTS[-1]["ts"] + H(0.01), "submit", "", pause_weeks=4)
                if tp_ is None:
                    return
                back = day0(tp_) + timedelta(days=28)
                if back > END:
                    c["status"] = "paused"
                    return
                ev(c, "tp_resume", back + H(8), "auto", "", pause_weeks=4)
                dd = delivery_day(c, back)
                continue
            if res == "saved_discount":
                c["discount_left"] = 4
        dd += timedelta(days=step)


def nps_surveys(customers) -> None:
    """quarterly NPS e-mail survey to subscribers active in the quarter."""
    for q0 in [datetime(2025, 3, 20), datetime(2025, 6, 20), datetime(2025, 9, 20), datetime(2025, 12, 18),
               datetime(2026, 3, 20), datetime(2026, 6, 18)]:
        for c in customers:
            if c["signup"] is None or c["signup"] > q0 or c.get("ended", END) < q0 or R() > 0.13:
                continue
            t = q0 + D(R() * 8)
            base = {"Beijing": 0.58, "Nanjing": 0.62, "Taipei": 0.66}[c["region"]]
            if c["region"] == "Beijing" and q0.year == 2026:
                base = 0.36
            if c["seg"] == "solo":
                base -= 0.12
            r = R()
            if r < base:
                topic = pick(["fresh", "variety", "generic_pos", "eggs"], [45, 15, 32, 8])
            elif r < base + 0.25:
                topic = pick(["generic_neu", "price", "plastic"], [60, 20, 20])
            else:
                if c["region"] == "Beijing" and q0.year == 2026:
                    topic = pick(["substitution", "generic_neg", "price", "late"], [55, 20, 15, 10])
                else:
                    topic = pick(["generic_neg", "price", "plastic", "too_much" if c["seg"] == "solo" else "late",
                                  "wilted"], [30, 25, 15, 15, 15])
            sent = T[topic][0]
            fb(c, t, topic, "nps_survey", tp="", rating=False, with_nps=True, survey_wave=f"{q0.year}-Q{(q0.month - 1) // 3 + 1}",
               nps=nps_of(sent))


def public_posts() -> None:
    """app-store reviews and social posts exported without a customer; about half without a date."""
    plat_city = [("xiaohongshu", "Beijing", 30), ("xiaohongshu", "Nanjing", 22), ("dcard", "Taipei", 14),
                 ("threads", "Taipei", 8), ("app_store", "", 14), ("android_market", "", 12)]
    for i in range(340):
        plat, city, _ = pick(plat_city, [p[2] for p in plat_city])
        city = city or pick(list(CITIES), [45, 30, 25])
        t = START + D(R() * NDAYS)
        if city == "Beijing" and t >= datetime(2025, 10, 1) and R() < 0.35:
            topic = "substitution"
        else:
            topic = pick(["fresh", "variety", "generic_pos", "price", "plastic", "generic_neg", "generic_neu", "late"],
                         [24, 10, 18, 14, 14, 10, 6, 4])
        lang = "en" if (city == "Taipei" and R() < 0.3) or (city == "Beijing" and R() < 0.1) else "zh"
        dated = R() < 0.5
        fake = dict(region=city, district="", district_en="", customer_id="")
        sent = T[topic][0]
        text = comment(fake, topic, lang, trad=(city == "Taipei"))
        fid = nid("fb", "F", 6)
        age = (END - t).days
        FEEDBACK.append(dict(feedback_id=fid, text=text, ts=t if dated else None, customer_id="", touchpoint_id="",
                             channel="social" if plat in ("xiaohongshu", "dcard", "threads") else "app_review",
                             rating=stars(sent) if plat in ("app_store", "android_market") else "",
                             nps="", language=lang, city=city, city_zh=CITIES[city]["zh"], platform=plat,
                             export_batch="social_export_2026-07",
                             post_date_text="" if dated else (f"{age // 30}个月前" if age >= 30 else f"{age}天前")))
        TRUTH.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


def gifts(customers) -> None:
    for kind, a, b in GIFT_WINDOWS:
        for c in customers:
            if c["first_seen"] > b:
                continue
            p = 0.12 if c["signup"] is not None and c["signup"] < b else 0.015
            if R() > p:
                continue
            t = a + D(R() * (b - a).days)
            en, zh, cny, twd = GIFTS[kind]
            o = new_order(c, t, "gift_box", twd if c["region"] == "Taipei" else cny, gift_sku=kind,
                          gift_name=en, gift_name_zh=zh, coupon_code="")
            if o:
                c["spend"] += o["amount"]


# ---------------------------------------------------------------- write
def cell(v) -> str:
    if type(v) is str:
        return v
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def write(path: Path, rows: list[dict], cols: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        idx = {k: i for i, k in enumerate(cols)}
        for r in rows:
            vals = [""] * len(cols)
            for k, v in r.items():
                i = idx.get(k)
                if i is not None:
                    vals[i] = cell(v)
            w.writerow(vals)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    n_new, n_legacy = 3300, 160
    days = sorted(rng.choice(NDAYS, size=n_new, p=DAYW))
    customers = [build_customer(i, True, None) for i in range(n_legacy)]
    customers += [build_customer(n_legacy + i, False, d) for i, d in enumerate(days)]
    for c in customers:
        if c["legacy"]:
            choose_plan(c)
            c["signup"] = c["first_seen"] + D(R() * 10)
            life(c, datetime(2025, 1, 1))
        else:
            td = onboarding(c)
            if td is not None:
                life(c, td)
    nps_surveys(customers)
    public_posts()
    gifts(customers)

    # ---- touchpoints / journeys
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=f"{zh} {en}", journey_name_zh=zh, journey_name_en=en,
                              step=k, touchpoint_id=tp, window_days=win, step_name_zh=TP[tp][1],
                              step_name_en=TP[tp][2]))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days", "step_name_zh", "step_name_en"])

    # ---- customers
    crow = []
    for c in customers:
        tier = "gold" if c["boxes"] >= 30 else "silver" if c["boxes"] >= 12 else "standard"
        crow.append(dict(customer_id=c["customer_id"], signup_at=c["signup"], segment=c["seg"],
                         segment_zh=SEGMENT_ZH[c["seg"]], region=c["region"], region_zh=CITIES[c["region"]]["zh"],
                         acquisition_channel=c["acq"], tier=tier, tier_zh=TIER_ZH[tier], district=c["district"],
                         district_en=c["district_en"], household_size=c["household_size"], plan=c["plan"] or "",
                         plan_zh=PLAN_ZH.get(c["plan"], ""), box_size=c["box"] or "", box_size_zh=BOX_ZH.get(c["box"], ""),
                         diet_pref=c["diet"], preferred_language=c["lang"], os=c["os"], first_seen_at=c["first_seen"],
                         subscription_status=c["status"], boxes_delivered=c["boxes"],
                         lifetime_spend_cny=round(max(c["spend"], 0), 2), marketing_opt_in=c["opt_in"],
                         home_hub=CITIES[c["region"]]["hub"][0], partner_farm=c["farm"] if c["signup"] else "",
                         payment_method=c["pay"]))
    write(out / "customers.csv", crow, list(crow[0].keys()))

    # ---- events (sorted, ~0.3 % sent twice)
    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
             "hub", "app_version", "utm_source", "plan", "box_size", "district", "zone_result", "delivery_week",
             "order_id", "amount_local", "fail_reason", "skip_reason", "skip_reason_zh", "pause_weeks", "item_out",
             "item_out_zh", "item_in", "item_in_zh", "farm", "farm_zh", "courier", "late_minutes", "substituted", "addon_sku",
             "issue_type", "issue_type_zh", "resolution", "credit_local", "cancel_reason", "cancel_reason_zh", "offer",
             "offer_accepted", "support_topic", "support_topic_zh", "handle_minutes"]
    dup = [r for r in EVENTS if R() < 0.003]
    rows = EVENTS + dup
    rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", rows, ecols)

    # ---- orders
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
             "city", "city_zh", "currency", "amount_local", "list_price_local", "discount_local", "coupon_code",
             "payment_method", "box_size", "box_size_zh", "plan", "delivery_date", "farm", "farm_zh", "addon_sku", "addon_name",
             "addon_name_zh", "parent_order_id", "gift_sku", "gift_name", "gift_name_zh", "fail_reason", "refund_reason",
             "refunded_at"]
    write(out / "orders.csv", ORDERS, ocols)

    # ---- feedback (shuffled order by id is fine)
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
             "city_zh", "platform", "survey_wave", "export_batch", "post_date_text"]
    write(out / "feedback.csv", FEEDBACK, fcols)
    write(out / "_truth" / "feedback_truth.csv", TRUTH, ["feedback_id", "topic", "sentiment"])
    write(out / "experiments.csv", EXPERIMENTS, ["experiment_id", "variant", "customer_id", "assigned_at", "city",
                                                 "segment"])
    print(f"customers {len(customers)}, events {len(rows)} ({len(EVENTS)} distinct), orders {len(ORDERS)}, "
          f"feedback {len(FEEDBACK)} ({sum(r['ts'] is None for r in FEEDBACK)} undated), "
          f"experiments {len(EXPERIMENTS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
