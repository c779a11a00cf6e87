"""墨鱼小说 InkFish Novels: a Chinese web-novel reading app (synthetic, written blind).

InkFish sells serialized Chinese web novels (and English translations of them) on an Android / iOS app and a WeChat
mini program (墨鱼小说小程序) in mainland China and Malaysia. New readers open the app (首次打开), pick their
favourite genres (选择阅读偏好), sign in (注册登录), read a first chapter (阅读首章), add the book to their shelf (加入书架)
and collect the daily check-in coins (每日签到). Books are free up to a paywall chapter (付费章节提示); there a reader
leaves, watches a rewarded video (看广告免费读: 开始看广告 -> 广告看完 -> 免费解锁章节), tops up coins (书币充值: 充值页
-> 发起支付 -> 充值到账 -> 书币解锁章节) or buys the monthly VIP card (包月VIP: 会员介绍页 -> 会员支付 -> 会员开通 -> 自动续费).
Readers tip authors with coins (打赏作者) and open customer-service tickets (客服工单: 提交工单 -> 客服首次回复 ->
问题解决 -> 评价).

Data 2025-01-01 .. 2026-06-30 (app analytics + order system + ticket desk + feedback extract taken 2026-07-03).
Times are naive local times (UTC+8 in both markets). Money: orders.amount is CNY; Malaysian readers pay in MYR
(currency, amount_local; 1 MYR = 1.55 CNY). 100 coins (书币) = CNY 1 of list price.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260703), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
EXTRACT = datetime(2026, 7, 3)
MYR = 1.55


class Rng:
    """numpy Generator with scalar draws served from pre-drawn buffers (scalar numpy calls are slow)."""

    def __init__(self, seed: int, n: int = 1 << 18):
        self.g = np.random.default_rng(seed)
        self.n = n
        self._fill()

    def _fill(self):
        self.u = self.g.random(self.n).tolist()
        self.z = self.g.standard_normal(self.n).tolist()
        self.iu = self.iz = 0

    def random(self) -> float:
        if self.iu == self.n:
            self._fill()
        self.iu += 1
        return self.u[self.iu - 1]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def integers(self, lo, hi=None):
        if hi is None:
            lo, hi = 0, lo
        return lo + min(int(self.random() * (hi - lo)), hi - lo - 1)

    def normal(self, mu, sd):
        if self.iz == self.n:
            self._fill()
        self.iz += 1
        return mu + sd * self.z[self.iz - 1]

    def exponential(self, scale):
        import math
        return -scale * math.log(1.0 - self.random())

    def poisson(self, lam):
        return int(self.g.poisson(lam))

    def choice(self, items, p=None):
        if p is None:
            return items[self.integers(len(items))]
        r, acc = self.random() * sum(p), 0.0
        for it, w in zip(items, p):
            acc += w
            if r < acc:
                return it
        return items[-1]

    def chance(self, p):
        return self.random() < p


R = Rng(SEED)

# --------------------------------------------------------------------------- reference data
TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_install", "首次打开", "First open", "awareness", "app", "digital", "growth",
     "新装|安装|首启|激活|install|first launch|new install"),
    ("tp_pref_select", "选择阅读偏好", "Genre preference", "consideration", "app", "digital", "growth",
     "偏好选择|选类型|兴趣标签|genre picker|pick genres|preferences"),
    ("tp_register", "注册登录", "Sign-in", "consideration", "app", "digital", "growth",
     "注册|登录|手机号登录|微信登录|sign up|login|registration"),
    ("tp_first_chapter", "阅读首章", "First chapter read", "consideration", "app", "digital", "content",
     "首章|开始阅读|读第一章|first read|first chapter"),
    ("tp_add_shelf", "加入书架", "Add to bookshelf", "consideration", "app", "digital", "content",
     "加书架|收藏|书架|bookshelf|add to library|save book"),
    ("tp_checkin", "每日签到", "Daily check-in", "loyalty", "app", "digital", "growth",
     "签到|签到领书币|打卡|daily bonus|check in|check-in reward"),
    ("tp_paywall", "付费章节提示", "Paywall", "purchase", "app", "digital", "monetization",
     "付费墙|VIP章节|付费章节|解锁提示|paywall|locked chapter|paid chapter"),
    ("tp_topup_page", "充值页", "Top-up page", "purchase", "app", "digital", "monetization",
     "充值中心|充值页面|书币充值|top up page|coin store|recharge page"),
    ("tp_checkout", "发起支付", "Payment started", "purchase", "app", "digital", "payments",
     "支付|下单|收银台|checkout|payment|pay"),
    ("tp_topup_success", "充值到账", "Coins credited", "purchase", "app", "digital", "payments",
     "到账|充值成功|书币到账|top-up success|coins received|recharge success"),
    ("tp_coin_unlock", "书币解锁章节", "Chapter unlocked with coins", "purchase", "app", "digital", "monetization",
     "订阅章节|购买章节|解锁章节|书币解锁|coin unlock|buy chapter|chapter purchase"),
    ("tp_ad_start", "开始看广告", "Rewarded ad started", "purchase", "app", "digital", "ads",
     "看广告|激励视频|看视频免费读|rewarded video|watch ad|ad view"),
    ("tp_ad_complete", "广告看完", "Rewarded ad completed", "purchase", "app", "digital", "ads",
     "广告完播|看完广告|ad completed|ad finished|video completed"),
    ("tp_ad_unlock", "看广告解锁章节", "Chapter unlocked by ad", "purchase", "app", "digital", "ads",
     "免费解锁|广告解锁|ad unlock|free chapter|free unlock"),
    ("tp_vip_page", "会员介绍页", "VIP offer page", "consideration", "app", "digital", "membership",
     "会员页|包月页|VIP页面|vip page|membership page|monthly card page"),
    ("tp_vip_checkout", "会员支付", "VIP payment", "purchase", "app", "digital", "membership",
     "开通会员支付|包月支付|vip checkout|membership payment"),
    ("tp_vip_active", "会员开通", "VIP activated", "purchase", "app", "digital", "membership",
     "开通VIP|包月开通|成为会员|vip activated|membership started|subscribe"),
    ("tp_vip_renew", "会员自动续费", "VIP auto-renewal", "loyalty", "app", "digital", "membership",
     "续费|自动续费|续订|连续包月|renewal|auto renew|vip renewal"),
    ("tp_vip_cancel", "关闭自动续费", "Auto-renew turned off", "loyalty", "app", "digital", "membership",
     "取消续费|退订|取消包月|cancel subscription|turn off auto-renew|unsubscribe"),
    ("tp_tip", "打赏作者", "Author tip", "loyalty", "app", "digital", "content",
     "打赏|送礼物|投礼物|tip|tipping|gift to author"),
    ("tp_ticket_open", "提交工单", "Ticket opened", "service", "app", "digital", "customer_service",
     "工单|投诉|联系客服|提交问题|ticket|complaint|contact support"),
    ("tp_ticket_reply", "客服首次回复", "First agent reply", "service", "other", "digital", "customer_service",
     "首次响应|客服回复|first response|agent reply"),
    ("tp_ticket_resolved", "问题解决", "Ticket resolved", "service", "other", "digital", "customer_service",
     "解决|结单|工单关闭|resolved|ticket closed|solved"),
    ("tp_ticket_rated", "工单评价", "Ticket rated", "service", "app", "digital", "customer_service",
     "满意度评价|评价客服|CSAT|rate support|satisfaction rating"),
]

JOURNEYS = [
    ("onboarding", "新用户激活", "Reader onboarding", 7,
     ["tp_install", "tp_pref_select", "tp_register", "tp_first_chapter", "tp_add_shelf", "tp_checkin"]),
    ("coin_unlock", "书币充值解锁", "Coin top-up unlock", 7,
     ["tp_paywall", "tp_topup_page", "tp_checkout", "tp_topup_success", "tp_coin_unlock"]),
    ("ad_unlock", "看广告免费读", "Ad-watch free chapter", 1,
     ["tp_paywall", "tp_ad_start", "tp_ad_complete", "tp_ad_unlock"]),
    ("vip_membership", "包月VIP开通续费", "VIP membership", 40,
     ["tp_vip_page", "tp_vip_checkout", "tp_vip_active", "tp_vip_renew"]),
    ("cs_ticket", "客服工单处理", "Customer-service ticket", 14,
     ["tp_ticket_open", "tp_ticket_reply", "tp_ticket_resolved", "tp_ticket_rated"]),
]

GENRES = {  # id: (zh, male_weight, female_weight)
    "xuanhuan": ("玄幻", 0.34, 0.06), "urban": ("都市", 0.26, 0.08), "history": ("历史", 0.14, 0.03),
    "scifi": ("科幻", 0.12, 0.04), "historical_romance": ("古言", 0.03, 0.33),
    "modern_romance": ("现言", 0.04, 0.32), "mystery": ("悬疑", 0.07, 0.14),
}

BOOKS = [  # id, zh title, en title, genre, author, popularity, paid_from, coins per chapter
    ("B1001", "万古剑尊", "Eternal Sword Sovereign", "xuanhuan", "孤城剑客", 1.6, 40, 30),
    ("B1002", "星河神帝", "Galaxy Divine Emperor", "xuanhuan", "九天明月", 1.1, 35, 28),
    ("B1003", "逆天炼药师", "The Defiant Alchemist", "xuanhuan", "丹青客", 1.0, 40, 26),
    ("B1004", "九霄龙吟", "Dragon Song of Nine Heavens", "xuanhuan", "墨白", 0.8, 30, 25),
    ("B1005", "太初仙途", "Primordial Immortal Path", "xuanhuan", "青衫醉", 0.6, 30, 25),
    ("B1011", "重生之商海浮沉", "Reborn in the Business Sea", "urban", "老鬼不老", 1.0, 35, 24),
    ("B1012", "我的超级外卖系统", "My Super Delivery System", "urban", "饭团君", 1.2, 30, 22),
    ("B1013", "神医下山", "The Divine Doctor Descends", "urban", "松间月", 0.9, 30, 22),
    ("B1014", "都市最强赘婿", "The Strongest Son-in-Law", "urban", "北风吹", 0.8, 25, 22),
    ("B1021", "大明第一锦衣卫", "First Guard of the Ming", "history", "酒剑仙人", 1.0, 40, 26),
    ("B1022", "三国之召唤猛将", "Summoning Generals of the Three Kingdoms", "history", "赤兔", 0.8, 35, 24),
    ("B1023", "贞观闲王", "The Idle Prince of Zhenguan", "history", "长安故人", 0.6, 35, 24),
    ("B1031", "末日方舟", "Doomsday Ark", "scifi", "星尘", 1.0, 35, 26),
    ("B1032", "星际机甲纪元", "The Mecha Era", "scifi", "钢铁蒲公英", 0.8, 35, 26),
    ("B1033", "全球冰封", "Global Freeze", "scifi", "零下一度", 0.9, 30, 24),
    ("B1041", "凤倾天下", "Phoenix Over the Realm", "historical_romance", "苏小暖", 1.2, 35, 24),
    ("B1042", "嫡女谋", "The Legitimate Daughter's Scheme", "historical_romance", "云裳", 1.0, 35, 24),
    ("B1043", "长安小医娘", "Little Physician of Chang'an", "historical_romance", "桃桃", 0.8, 30, 22),
    ("B1044", "将军夫人又跑了", "The General's Wife Ran Away Again", "historical_romance", "糖醋排骨", 0.9, 30, 22),
    ("B1051", "霸总的契约娇妻", "The CEO's Contract Bride", "modern_romance", "蜜糖", 1.3, 30, 22),
    ("B1052", "盛夏不晚", "Midsummer Is Not Too Late", "modern_romance", "林深见鹿", 0.9, 35, 22),
    ("B1053", "离婚后前夫追妻火葬场", "My Ex-Husband Regrets Everything", "modern_romance", "柠檬茶", 1.1, 30, 22),
    ("B1054", "星光予你", "Starlight for You", "modern_romance", "南枝", 0.7, 30, 22),
    ("B1061", "午夜古董店", "The Midnight Antique Shop", "mystery", "夜行者", 1.0, 35, 24),
    ("B1062", "第十三号档案", "File Thirteen", "mystery", "陈默", 0.8, 35, 24),
    ("B1063", "南洋诡事录", "Strange Tales of Nanyang", "mystery", "槟城老K", 0.9, 30, 24),
]
BOOK = {b[0]: b for b in BOOKS}
BOOKS_BY_GENRE = {g: [b for b in BOOKS if b[3] == g] for g in GENRES}

CN_REGIONS = [("Guangdong", "广东", 0.16), ("Zhejiang", "浙江", 0.09), ("Jiangsu", "江苏", 0.09),
              ("Shandong", "山东", 0.09), ("Henan", "河南", 0.08), ("Sichuan", "四川", 0.08),
              ("Hubei", "湖北", 0.06), ("Hunan", "湖南", 0.06), ("Fujian", "福建", 0.05),
              ("Hebei", "河北", 0.06), ("Beijing", "北京", 0.04), ("Shanghai", "上海", 0.04),
              ("Anhui", "安徽", 0.05), ("Guangxi", "广西", 0.05)]
CN_CITY = {"Guangdong": ["Guangzhou", "Shenzhen", "Dongguan", "Foshan"], "Zhejiang": ["Hangzhou", "Ningbo", "Wenzhou"],
           "Jiangsu": ["Nanjing", "Suzhou", "Wuxi"], "Shandong": ["Jinan", "Qingdao", "Linyi"],
           "Henan": ["Zhengzhou", "Luoyang", "Nanyang"], "Sichuan": ["Chengdu", "Mianyang"],
           "Hubei": ["Wuhan", "Yichang"], "Hunan": ["Changsha", "Hengyang"], "Fujian": ["Fuzhou", "Xiamen", "Quanzhou"],
           "Hebei": ["Shijiazhuang", "Baoding"], "Beijing": ["Beijing"], "Shanghai": ["Shanghai"],
           "Anhui": ["Hefei", "Wuhu"], "Guangxi": ["Nanning", "Liuzhou"]}
MY_REGIONS = [("Selangor", "雪兰莪", 0.30), ("Kuala Lumpur", "吉隆坡", 0.22), ("Johor", "柔佛", 0.18),
              ("Penang", "槟城", 0.14), ("Perak", "霹雳", 0.08), ("Sarawak", "砂拉越", 0.05), ("Sabah", "沙巴", 0.03)]
MY_CITY = {"Selangor": ["Petaling Jaya", "Shah Alam", "Subang Jaya", "Klang"], "Kuala Lumpur": ["Kuala Lumpur"],
           "Johor": ["Johor Bahru", "Batu Pahat"], "Penang": ["George Town", "Butterworth"], "Perak": ["Ipoh"],
           "Sarawak": ["Kuching", "Sibu"], "Sabah": ["Kota Kinabalu"]}

TOPUP_CN = [(6.0, 600, 0), (30.0, 3000, 300), (68.0, 6800, 1000), (198.0, 19800, 4000)]
TOPUP_MY = [(4.90, 500, 0), (19.90, 2000, 200), (49.90, 5000, 800), (129.90, 13000, 2600)]
VIP_PRICE = {"China": (15.0, 25.0), "Malaysia": (9.90, 15.90)}  # first month (intro price), renewals
GIFTS = [("heart", "比心", 100), ("coffee", "咖啡", 500), ("rocket", "火箭", 2000), ("crown", "皇冠", 10000)]

HOUR_W = [2, 1, 0.6, 0.3, 0.2, 0.3, 0.8, 1.6, 2.2, 2.0, 1.8, 2.2, 3.6, 3.0, 2.2, 2.0, 2.1, 2.4, 2.8, 3.4, 4.2, 5.0,
          5.4, 3.8]

TICKET_CATS = {  # id: zh
    "topup_not_credited": "充值未到账", "auto_renew_dispute": "自动续费争议", "ad_no_reward": "广告未解锁",
    "account_login": "账号登录", "content_error": "内容问题", "refund_request": "退款申请", "other": "其他",
}

# --------------------------------------------------------------------------- feedback text
# every comment of a topic carries its marker (zh / en) and no other topic's marker; generic ones carry none.
MARKERS = {
    "ads": ("广告太多", "too many ads"), "not_credited": ("没到账", "not credited"),
    "price": ("太贵", "too expensive"), "auto_renew": ("自动续费", "auto-renew"),
    "pay_options": ("付款方式", "payment option"), "update": ("断更", "stopped updating"),
    "typos": ("错别字", "typos"), "login": ("验证码", "verification code"), "crash": ("闪退", "crash"),
    "ad_reward": ("没解锁", "didn't unlock"), "plot": ("剧情", "plot"), "checkin": ("签到", "check-in"),
    "listen": ("听书", "read-aloud"),
}
TEXT = {
    "ads": {
        "zh": ["广告太多了，看一章要先看两个三十秒的视频，真的受不了",
               "最近更新后广告太多，翻两页就弹一个，{book}都看不下去了",
               "广告太多！！以前十五秒现在三十秒，还经常看完要再看一个",
               "免费是免费，但广告太多，体验比以前差很多",
               "能不能少点广告，广告太多了，晚上看书全是视频声音",
               "看{book}每章都要广告，广告太多，准备卸载了"],
        "en": ["Way too many ads since the last update, two 30-second videos for one chapter.",
               "Too many ads now. I was fine with one short video but this is too much.",
               "Love {book} but there are too many ads, every few pages a video pops up.",
               "too many ads!! the free chapters are not really free anymore",
               "Please reduce the ads, too many ads and they are loud at night."],
    },
    "not_credited": {
        "zh": ["充值了30块，钱扣了书币没到账，等了一天还没有",
               "微信支付显示成功但是书币没到账，客服说要等处理，太慢",
               "双十一活动充值没到账，付款页面一直转圈最后说失败，可是钱已经扣了",
               "钱扣了书币没到账！！！这是第二次了",
               "充值没到账，工单提交了三天才处理好"],
        "en": ["Paid for coins but they were not credited to my account.",
               "My top-up was not credited, money already deducted from my card.",
               "Coins not credited after payment, please check my order.",
               "Top up failed but I was charged, coins still not credited after two days."],
    },
    "price": {
        "zh": ["章节价格太贵了，一章两三毛，一本书看完要好几十",
               "{book}后面太贵，一天追更就要花好多书币",
               "同样的书别的平台便宜，这里太贵",
               "书币太贵，充一次没几章就用完了"],
        "en": ["Chapters are too expensive, finishing {book} would cost me a fortune.",
               "Coin packs are too expensive in ringgit compared to other apps.",
               "The paid chapters are too expensive for students like me.",
               "Good stories but too expensive to keep reading every day."],
    },
    "auto_renew": {
        "zh": ["首月15元，第二个月自动续费扣了25，根本没提醒",
               "自动续费怎么关都找不到入口，扣了两个月才发现",
               "没同意自动续费就扣钱了，要求退款",
               "会员自动续费不提醒，感觉被套路了"],
        "en": ["I was charged by auto-renew without any reminder, the first month was cheaper.",
               "Could not find where to turn off auto-renew, charged again this month.",
               "The auto-renew charge surprised me, please refund.",
               "VIP auto-renew should send a notice before charging."],
    },
    "pay_options": {
        "zh": ["付款方式太少了，马来西亚这边不能用 Touch n Go 也没有网银",
               "想充值但是付款方式只有信用卡，没有电子钱包",
               "希望增加付款方式，我没有信用卡"],
        "en": ["Please add more payment options, no Touch n Go or online banking here in Malaysia.",
               "I don't have a credit card, need another payment option like FPX or e-wallet.",
               "Only card payment? Give us a local payment option please."],
    },
    "update": {
        "zh": ["{book}断更一个多月了，作者还更不更",
               "追的书断更了，付费解锁到最新章就没了",
               "作者又断更，白花了那么多书币",
               "断更太频繁，平台能不能管一管"],
        "en": ["The author stopped updating {book}, I paid for every chapter so far.",
               "{book} stopped updating for weeks, very disappointing.",
               "Too many books here just stopped updating halfway."],
    },
    "typos": {
        "zh": ["{book}后面的章节错别字好多，影响阅读",
               "错别字太多了，明显是没校对过",
               "付费章节还有错别字和乱码，希望改进"],
        "en": ["The translation of {book} is full of typos.",
               "So many typos in the paid chapters, feels machine translated.",
               "Please proofread, typos everywhere in the later chapters."],
    },
    "login": {
        "zh": ["手机号登录收不到验证码，试了好几次",
               "验证码一直不来，只能用微信登录",
               "注册的时候验证码过期太快了"],
        "en": ["Never received the verification code to sign in.",
               "The verification code SMS takes forever to arrive.",
               "Could not log in, verification code keeps failing."],
    },
    "crash": {
        "zh": ["打开书就闪退，重装也没用",
               "最近老闪退，看到一半直接退出",
               "切换夜间模式就闪退"],
        "en": ["The app keeps crashing when I open a chapter.",
               "Crash every time I switch to night mode.",
               "App crashes on startup after the update."],
    },
    "ad_reward": {
        "zh": ["广告看完了章节没解锁，白看了",
               "看完视频还是没解锁，要重新看一遍",
               "激励视频看完没解锁，反馈了也没用"],
        "en": ["Watched the whole video and the chapter didn't unlock.",
               "The ad finished but the chapter didn't unlock, had to watch again.",
               "Rewarded video played to the end and still didn't unlock anything."],
    },
    "plot": {
        "zh": ["{book}剧情太好看了，熬夜追完",
               "剧情紧凑，{book}是今年看过最好的",
               "这本剧情反转很精彩，作者加油",
               "剧情好，人物也立得住，推荐"],
        "en": ["{book} has an amazing plot, I stayed up all night.",
               "Great plot twists in {book}, best novel on the app.",
               "The plot keeps getting better, thank you author!"],
    },
    "checkin": {
        "zh": ["每天签到送书币很良心，基本够看免费章节",
               "签到奖励不错，连续七天还有额外书币",
               "喜欢每日签到，攒书币看书"],
        "en": ["The daily check-in coins are generous, love it.",
               "Check-in rewards help me read a few chapters free every day.",
               "Nice check-in streak bonus."],
    },
    "listen": {
        "zh": ["听书功能很好用，开车的时候听",
               "听书的声音很自然，比别家好",
               "睡前用听书，定时关闭很方便"],
        "en": ["The read-aloud voice is really natural.",
               "I use read-aloud on my commute, great feature.",
               "Read-aloud with a sleep timer is perfect."],
    },
    "generic_pos": {
        "zh": ["很好用的阅读软件，书多", "界面干净，翻页流畅，五星", "一直在用，推荐给朋友了", "书库很全，找书方便",
               "挺好的，满意"],
        "en": ["Great reading app with lots of books.", "Smooth and clean app, five stars.",
               "Been using it for months, recommended to friends.", "Good selection of translated novels.",
               "Very satisfied."],
    },
    "generic_neg": {
        "zh": ["体验一般，越来越不好用了", "不太满意，会考虑换别的软件", "问题处理得很慢", "有点失望",
               "不推荐"],
        "en": ["Getting worse with every update.", "Not satisfied, thinking of switching apps.",
               "Very slow to fix my problem.", "Disappointed.", "Would not recommend."],
    },
    "generic_neu": {
        "zh": ["还行吧", "一般般，能用", "希望书再多一点", "没什么特别的"],
        "en": ["It's okay.", "Average app, does the job.", "Would like more new books.", "Nothing special."],
    },
}
for _t, (_zh, _en) in MARKERS.items():
    for _s in TEXT[_t]["zh"]:
        assert _zh in _s, (_t, _s)
    for _s in TEXT[_t]["en"]:
        assert _en in _s.lower(), (_t, _s)
for _t, _d in TEXT.items():
    for _lang in ("zh", "en"):
        for _s in _d[_lang]:
            for _o, (_zh, _en) in MARKERS.items():
                if _o != _t:
                    assert _zh not in _s and _en not in _s.lower(), (_t, _o, _s)

NEGATIVE = {"ads", "not_credited", "price", "auto_renew", "pay_options", "update", "typos", "login", "crash",
            "ad_reward", "generic_neg"}
POSITIVE = {"plot", "checkin", "listen", "generic_pos"}
TOPIC_TP = {"ads": "tp_ad_start", "not_credited": "tp_topup_success", "price": "tp_paywall",
            "auto_renew": "tp_vip_renew", "pay_options": "tp_checkout", "login": "tp_register",
            "ad_reward": "tp_ad_unlock", "checkin": "tp_checkin"}


# --------------------------------------------------------------------------- output buffers
class Out:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.experiments = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = self.n_tk = 0


OUT = Out()


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def rand_time_in_day(day: datetime) -> datetime:
    h = R.choice(list(range(24)), HOUR_W)
    return day.replace(hour=h, minute=R.integers(60), second=R.integers(60))


def new_session() -> str:
    OUT.n_sess += 1
    return f"S{OUT.n_sess:07d}"


def app_version(c, t: datetime) -> str:
    if c["channel"] == "mini_program":
        return "mp-3.4" if t < datetime(2025, 9, 1) else ("mp-3.6" if t < datetime(2026, 3, 1) else "mp-4.0")
    if c["device"] == "android":
        for d, v in ((datetime(2026, 3, 1), "6.0.1"), (datetime(2025, 11, 27), "5.8.2"), (datetime(2025, 10, 30), "5.8.0"),
                     (datetime(2025, 7, 1), "5.7.0")):
            if t >= d:
                return v
        return "5.6.3"
    for d, v in ((datetime(2026, 3, 1), "6.0.0"), (datetime(2025, 10, 30), "5.8.1"), (datetime(2025, 7, 1), "5.7.0")):
        if t >= d:
            return v
    return "5.6.2"


def ev(c, t: datetime, tp: str, action: str, sess: str | None = None, **kw):
    if t > END:
        return None
    OUT.n_ev += 1
    row = dict(event_id=f"E{OUT.n_ev:07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
               session_id=sess, action=action, device=c["device"], channel=c["channel"], market=c["market"],
               市场=c["市场"], app_version=app_version(c, t))
    book = kw.pop("book", None)
    if book:
        b = BOOK[book]
        row.update(book_id=b[0], book_title=b[1], book_title_en=b[2], genre=b[3], 类型=GENRES[b[3]][0])
    row.update(kw)
    OUT.events.append(row)
    c["last_active"] = max(c.get("last_active", t), t)
    return row


def order(c, t: datetime, otype: str, local: float, status: str, **kw):
    if t > END:
        return None
    OUT.n_ord += 1
    cur = "CNY" if c["market"] == "China" else "MYR"
    amount = round(local * (1.0 if cur == "CNY" else MYR), 2)
    row = dict(order_id=f"O{OUT.n_ord:07d}", customer_id=c["customer_id"], ts=fmt(t), amount=amount, status=status,
               channel=c["channel"], device=c["device"], order_type=otype, market=c["market"], currency=cur,
               amount_local=local, app_version=app_version(c, t))
    row.update(kw)
    OUT.orders.append(row)
    if status == "paid":
        c["paid_total"] = c.get("paid_total", 0.0) + amount
    return row


def lang_of(c) -> str:
    return "en" if c["app_language"] == "en" else "zh"


def comment(topic: str, lang: str, book: str | None = None) -> str:
    s = TEXT[topic][lang][R.integers(len(TEXT[topic][lang]))]
    if "{book}" in s:
        b = BOOK[book or BOOKS[R.integers(len(BOOKS))][0]]
        s = s.replace("{book}", f"《{b[1]}》" if lang == "zh" else b[2])
    return s


def sentiment_of(topic: str) -> str:
    return "negative" if topic in NEGATIVE else ("positive" if topic in POSITIVE else "neutral")


def feedback(topic: str, lang: str, channel: str, t: datetime | None, c=None, rating=None, nps=None,
             tp=None, book=None, **kw):
    if t is not None and t > END:
        return
    OUT.n_fb += 1
    fid = f"F{OUT.n_fb:06d}"
    market = kw.pop("market", None)
    row = dict(feedback_id=fid, text=comment(topic, lang, book), ts=fmt(t) if t else None,
               customer_id=c["customer_id"] if c else None,
               touchpoint_id=tp if tp is not None else TOPIC_TP.get(topic), channel=channel, rating=rating, nps=nps,
               language=lang, market=c["market"] if c else market,
               device=c["device"] if c else None)
    row.update(kw)
    OUT.feedback.append(row)
    OUT.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sentiment_of(topic)))


def star_for(topic: str) -> int:
    if topic in NEGATIVE:
        return R.choice([1, 2, 3], [0.55, 0.35, 0.10])
    if topic in POSITIVE:
        return R.choice([3, 4, 5], [0.05, 0.30, 0.65])
    return R.choice([2, 3, 4], [0.2, 0.6, 0.2])


# --------------------------------------------------------------------------- customers
def month_iter():
    y, m = 2025, 1
    while (y, m) <= (2026, 6):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def days_in(y, m):
    nxt = datetime(y + (m == 12), m % 12 + 1, 1)
    return (nxt - datetime(y, m, 1)).days


def make_customer(idx: int, install: datetime, legacy: bool):
    market = "Malaysia" if R.chance(0.30) else "China"
    if market == "China":
        channel = "mini_program" if R.chance(0.36) else "app"
        device = "android" if R.chance(0.68) else "ios"
        reg = R.choice(CN_REGIONS, [r[2] for r in CN_REGIONS])
        city = R.choice(CN_CITY[reg[0]])
        lang = "zh-Hans"
        if channel == "mini_program":
            acq = R.choice(["wechat_share", "referral", "douyin_ads"], [0.62, 0.22, 0.16])
        else:
            acq = R.choice(["douyin_ads", "kuaishou_ads", "wechat_share", "app_store_search", "referral"],
                           [0.32, 0.14, 0.10, 0.28, 0.16])
    else:
        channel = "mini_program" if R.chance(0.07) else "app"
        device = "android" if R.chance(0.74) else "ios"
        reg = R.choice(MY_REGIONS, [r[2] for r in MY_REGIONS])
        city = R.choice(MY_CITY[reg[0]])
        lang = "en" if R.chance(0.55) else "zh-Hans"
        if channel == "mini_program":
            acq = R.choice(["wechat_share", "referral"], [0.7, 0.3])
        else:
            acq = R.choice(["tiktok_ads", "facebook_ads", "app_store_search", "referral", "wechat_share"],
                           [0.30, 0.28, 0.24, 0.12, 0.06])
    gender = "female" if R.chance(0.47) else "male"
    gi = 2 if gender == "female" else 1
    genres = list(GENRES)
    fav = R.choice(genres, [GENRES[g][gi] for g in genres])
    age = R.choice(["18-24", "25-34", "35-44", "45+"], [0.30, 0.36, 0.22, 0.12])
    c = dict(customer_id=f"R{idx:06d}", signup_at=install, market=market, 市场="中国大陆" if market == "China" else "马来西亚",
             region=reg[0], 地区=reg[1], city=city, acquisition_channel=acq, channel=channel, device=device,
             app_language=lang, gender=gender, age_band=age, preferred_genre=fav, 偏好类型=GENRES[fav][0],
             legacy=legacy, push_opt_in=R.chance(0.58 if device == "android" else 0.44))
    # payer propensity: heavier in China app, lighter for ad-acquired readers
    pp = min(0.95, max(0.0, R.normal(0.38, 0.22)))
    if acq in ("douyin_ads", "kuaishou_ads", "tiktok_ads", "facebook_ads"):
        pp *= 0.8
    if legacy:
        pp = min(0.95, pp * 1.35 + 0.05)
    c["pp"] = pp
    c["lam"] = max(0.05, R.exponential(0.5)) * (0.5 + 1.6 * pp) * (1.2 if legacy else 1.0)  # paywall episodes a week
    return c


# --------------------------------------------------------------------------- behaviour
def onboarding(c):
    t = c["signup_at"]
    s = new_session()
    paid_ad = c["acquisition_channel"] in ("douyin_ads", "kuaishou_ads", "tiktok_ads", "facebook_ads")
    ev(c, t, "tp_install", "open", s, install_source=c["acquisition_channel"])
    c["stage"] = 1
    if not R.chance(0.80 if c["channel"] == "mini_program" else 0.87):
        return t
    t += timedelta(seconds=R.integers(20, 180))
    picks = [c["preferred_genre"]] + [g for g in GENRES if g != c["preferred_genre"] and R.chance(0.25)]
    ev(c, t, "tp_pref_select", "submit", s, pref_genres="|".join(picks[:3]))
    c["stage"] = 2
    p_reg = 0.93 if c["channel"] == "mini_program" else (0.74 if c["market"] == "Malaysia" else 0.71)
    if paid_ad:
        p_reg *= 0.78
    if not R.chance(p_reg):
        if R.chance(0.04):
            feedback("login", lang_of(c), "app_review" if c["channel"] == "app" else "mini_program_feedback",
                     t + timedelta(hours=R.uniform(0.2, 20)), c, rating=star_for("login") if c["channel"] == "app" else None,
                     store=store_of(c))
        return t
    t += timedelta(seconds=R.integers(30, 600))
    if c["channel"] == "mini_program":
        method = "wechat"
    elif c["market"] == "China":
        method = R.choice(["phone_sms", "wechat", "apple_id" if c["device"] == "ios" else "qq"], [0.5, 0.38, 0.12])
    else:
        method = R.choice(["google", "facebook", "phone_sms", "apple_id" if c["device"] == "ios" else "google"],
                          [0.42, 0.28, 0.2, 0.1])
    ev(c, t, "tp_register", "success", s, login_method=method)
    c["stage"] = 3
    c["login_method"] = method
    if not R.chance(0.91 * (0.86 if paid_ad else 1.0)):
        return t
    book = pick_book(c)
    t += timedelta(seconds=R.integers(20, 900))
    ev(c, t, "tp_first_chapter", "view", s, book=book, chapter_no=1)
    c["stage"] = 4
    c["book"] = book
    if not R.chance(0.63):
        return t
    t += timedelta(minutes=R.uniform(3, 60 * 30))
    ev(c, t, "tp_add_shelf", "click", new_session(), book=book)
    c["stage"] = 5
    if not R.chance(0.47 if c["channel"] == "mini_program" else 0.60):
        return t
    t2 = min(c["signup_at"] + timedelta(days=7) - timedelta(minutes=5), t + timedelta(hours=R.uniform(2, 96)))
    if t2 <= t:
        t2 = t + timedelta(minutes=10)
    ev(c, t2, "tp_checkin", "success", new_session(), reward_coins=R.choice([5, 10, 15]), checkin_streak=1)
    c["stage"] = 6
    return t2


def store_of(c):
    if c["channel"] == "mini_program":
        return None
    if c["device"] == "ios":
        return "app_store"
    if c["market"] == "Malaysia":
        return "google_play"
    return R.choice(["huawei_appgallery", "xiaomi_store", "oppo_store", "vivo_store"], [0.4, 0.25, 0.2, 0.15])


def pick_book(c):
    if c["market"] == "Malaysia" and R.chance(0.15):
        return "B1063"  # 南洋诡事录, set in Penang and Ipoh: the local favourite
    g = c["preferred_genre"] if R.chance(0.72) else R.choice(list(GENRES))
    bs = BOOKS_BY_GENRE[g]
    w = [b[5] * (1.8 if (b[0] == "B1063" and c["market"] == "Malaysia") else 1.0) for b in bs]
    return R.choice(bs, w)[0]


def promo_of(c, t):
    if datetime(2025, 11, 1) <= t < datetime(2025, 11, 12):
        return "double11_2025"
    if c.get("variant") == "double_coins" and t < c["signup_at"] + timedelta(days=14) and not c.get("topped_up"):
        return "first_topup_double"
    return None


def ticket(c, t: datetime, cat: str, topic: str | None, book=None):
    """a ticket: open -> first reply -> resolved -> rated (+ a CSAT comment)."""
    OUT.n_tk += 1
    no = f"TK{OUT.n_tk:06d}"
    my = c["market"] == "Malaysia"
    team = "kl_support" if my else R.choice(["sz_support", "cd_support"], [0.6, 0.4])
    kw = dict(ticket_no=no, ticket_category=cat, 工单类型=TICKET_CATS[cat], agent_team=team)
    ev(c, t, "tp_ticket_open", "submit", new_session(), **kw)
    if not R.chance(0.97):
        return
    hours = R.exponential(7.5 if my else 1.6) + (0.1 if not my else 0.5)
    if cat == "topup_not_credited" and datetime(2025, 11, 1) <= t < datetime(2025, 12, 1):
        hours += R.exponential(14.0)  # the November 2025 backlog
    t2 = t + timedelta(hours=hours)
    ev(c, t2, "tp_ticket_reply", "reply", None, response_hours=round(hours, 2), **kw)
    p_res = 0.72 if my else 0.89
    if cat == "auto_renew_dispute":
        p_res -= 0.08
    resolved = R.chance(p_res)
    t3 = t2 + timedelta(hours=R.uniform(1, 24 * (5 if my else 3)))
    if resolved:
        ev(c, t3, "tp_ticket_resolved", "resolved", None, resolution_days=round((t3 - t).total_seconds() / 86400, 2),
           **kw)
    if R.chance(0.55 if resolved else 0.30):
        t4 = (t3 if resolved else t2) + timedelta(hours=R.uniform(0.5, 30))
        if resolved:
            csat = R.choice([5, 4, 3, 2, 1], [0.42, 0.30, 0.14, 0.08, 0.06]) if not my else \
                R.choice([5, 4, 3, 2, 1], [0.30, 0.30, 0.20, 0.12, 0.08])
        else:
            csat = R.choice([3, 2, 1], [0.15, 0.35, 0.5])
        ev(c, t4, "tp_ticket_rated", "submit", None, csat=csat, **kw)
        if R.chance(0.75):
            tp_topic = topic if (topic and csat <= 3) else ("generic_pos" if csat >= 4 else "generic_neg")
            if topic and R.chance(0.5):
                tp_topic = topic
            feedback(tp_topic, lang_of(c), "ticket", t4, c, rating=csat, tp="tp_ticket_rated", book=book,
                     ticket_no=no)


def pay_success_prob(c, t, method):
    if (c["channel"] == "app" and c["device"] == "android"
            and datetime(2025, 10, 30) <= t < datetime(2025, 11, 27, 15)):  # cashier SDK in Android 5.8.0
        return 0.2
    return 0.95 if c["device"] == "ios" else 0.92


def pay_method_of(c):
    if c["channel"] == "mini_program":
        return "wechat_pay"  # WeChat Pay (CN) / WeChat Pay MY inside the mini program
    if c["market"] == "China":
        if c["device"] == "ios":
            return "apple_iap"
        return c.setdefault("pm", R.choice(["wechat_pay", "alipay"], [0.62, 0.38]))
    if c["device"] == "ios":
        return "apple_iap"
    return c.setdefault("pm", R.choice(["google_play", "card"], [0.7, 0.3]))


def coin_route(c, t, s, book, price):
    t += timedelta(seconds=R.integers(3, 40))
    ev(c, t, "tp_topup_page", "view", s, book=book)
    p_co = 0.63 if c["market"] == "China" else 0.31
    pr = promo_of(c, t)
    if pr == "double11_2025":
        p_co = min(0.92, p_co * 1.25)
    elif pr == "first_topup_double":
        p_co = min(0.92, p_co * 1.45)
    if c["channel"] == "mini_program" and c["device"] == "ios":
        p_co *= 0.35  # virtual goods on iOS mini programs: only a "go to the app" link
    if not R.chance(p_co):
        if c["market"] == "Malaysia" and R.chance(0.05):
            feedback("pay_options", lang_of(c), "app_review" if c["channel"] == "app" else "mini_program_feedback",
                     t + timedelta(hours=R.uniform(0.1, 48)), c, rating=star_for("pay_options") if c["channel"] == "app" else None,
                     store=store_of(c))
        return t, False
    packs = TOPUP_CN if c["market"] == "China" else TOPUP_MY
    big = min(0.6, c["pp"] * 0.7)
    pk = R.choice(packs, [0.52 - big * 0.3, 0.30, 0.12 + big * 0.15, 0.06 + big * 0.15])
    method = pay_method_of(c)
    for attempt in range(2):
        t += timedelta(seconds=R.integers(10, 90))
        ok = R.chance(pay_success_prob(c, t, method))
        bug = pay_success_prob(c, t, method) < 0.5
        reason = None if ok else ("sdk_timeout" if bug else R.choice(["user_cancelled", "insufficient_funds",
                                                                       "bank_declined"], [0.7, 0.15, 0.15]))
        bonus = pk[2] + (pk[1] // 2 if pr == "double11_2025" else 0) + (pk[1] if pr == "first_topup_double" else 0)
        o = order(c, t, "coin_topup", pk[0], "paid" if ok else "cancelled", package=f"{pk[1]} coins",
                  coins=pk[1], bonus_coins=bonus, pay_method=method, promo=pr, cancel_reason=reason, book_id=book)
        oid = o["order_id"] if o else None
        ev(c, t, "tp_checkout", "submit", s, book=book, order_id=oid, pay_method=method, package=f"{pk[1]} coins",
           amount_local=pk[0], currency="CNY" if c["market"] == "China" else "MYR", pay_result="success" if ok else "fail",
           fail_reason=reason, promo=pr)
        if ok:
            t += timedelta(seconds=R.integers(2, 40))
            ev(c, t, "tp_topup_success", "success", s, order_id=oid, coins=pk[1] + bonus, pay_method=method)
            c["balance"] = c.get("balance", 0) + pk[1] + bonus
            c["topped_up"] = True
            return t, True
        if bug and R.chance(0.6):  # charged, but the app reported a failure
            if R.chance(0.8):
                ticket(c, t + timedelta(minutes=R.uniform(10, 60 * 30)), "topup_not_credited", "not_credited", book)
            if R.chance(0.65):
                ch = "app_review" if R.chance(0.75) else "social"
                feedback("not_credited", lang_of(c), ch, t + timedelta(hours=R.uniform(0.5, 60)), c if ch != "social" else None,
                         rating=star_for("not_credited") if ch == "app_review" else None,
                         store=store_of(c) if ch == "app_review" else None,
                         platform=R.choice(["weibo", "xiaohongshu"]) if ch == "social" else None,
                         market=c["market"] if ch == "social" else None)
        elif not ok and R.chance(0.02):
            ticket(c, t + timedelta(minutes=R.uniform(10, 600)), "topup_not_credited", "not_credited", book)
        if not R.chance(0.45 if bug else 0.25):
            return t, False
    return t, False


def unlock(c, t, s, book, price, discount=1.0):
    n = min(max(1, int(c["balance"] // max(1, int(price * discount)))), R.choice([3, 5, 10, 20, 30, 50], [0.1, 0.15, 0.25, 0.25, 0.15, 0.1]))
    cost = n * int(price * discount)
    t += timedelta(seconds=R.integers(2, 90))
    ev(c, t, "tp_coin_unlock", "success", s, book=book, chapter_no=c["chapter"], chapters_unlocked=n, coins=cost)
    c["balance"] -= cost
    c["chapter"] += n
    return t


def ad_route(c, t, s, book):
    t += timedelta(seconds=R.integers(2, 30))
    new_ads = t >= datetime(2026, 3, 1) and c["channel"] == "app"
    secs = 30 if new_ads else 15
    if c["market"] == "China":
        net = "tencent_gdt" if c["channel"] == "mini_program" else R.choice(["pangle", "tencent_gdt"], [0.62, 0.38])
    else:
        net = R.choice(["admob", "pangle"], [0.72, 0.28])
    ev(c, t, "tp_ad_start", "view", s, book=book, ad_network=net, ad_seconds=secs, chapter_no=c["chapter"])
    if new_ads:
        # ad fatigue grows month by month after the 6.0 ad-load change
        mi = (t.year - 2026) * 12 + t.month - 3
        p_ads_cmt = [0.05, 0.09, 0.14, 0.20][min(mi, 3)]
    else:
        p_ads_cmt = 0.0015
    if R.chance(p_ads_cmt):
        ch = R.choice(["app_review", "social", "mini_program_feedback"], [0.78, 0.22, 0.0]) if c["channel"] == "app" \
            else R.choice(["mini_program_feedback", "social"], [0.8, 0.2])
        feedback("ads", lang_of(c), ch, t + timedelta(minutes=R.uniform(1, 60 * 20)),
                 c if ch != "social" else None, rating=star_for("ads") if ch == "app_review" else None,
                 store=store_of(c) if ch == "app_review" else None, book=book,
                 platform=(R.choice(["weibo", "xiaohongshu", "douyin"]) if c["market"] == "China" else "facebook")
                 if ch == "social" else None, market=c["market"] if ch == "social" else None)
    p_comp = 0.71 if new_ads else 0.89
    if not R.chance(p_comp):
        return t
    t += timedelta(seconds=secs + R.integers(1, 6))
    ev(c, t, "tp_ad_complete", "complete", s, book=book, ad_network=net, ad_seconds=secs)
    if not R.chance(0.97):
        if R.chance(0.25):
            ticket(c, t + timedelta(minutes=R.uniform(2, 300)), "ad_no_reward", "ad_reward", book)
        return t
    t += timedelta(seconds=R.integers(1, 5))
    ev(c, t, "tp_ad_unlock", "success", s, book=book, chapter_no=c["chapter"], ad_network=net)
    c["chapter"] += 1
    return t


def vip_route(c, t, s, alive_until):
    t += timedelta(seconds=R.integers(3, 60))
    ev(c, t, "tp_vip_page", "view", s)
    if not R.chance(0.30 + 0.25 * c["pp"]):
        return t
    t += timedelta(seconds=R.integers(15, 120))
    first, renew = VIP_PRICE[c["market"]]
    method = pay_method_of(c)
    ok = R.chance(0.93 if c["device"] == "ios" else 0.90)
    o = order(c, t, "vip_monthly", first, "paid" if ok else "cancelled", pay_method=method, plan="monthly_auto",
              cancel_reason=None if ok else "user_cancelled", promo="first_month_intro")
    ev(c, t, "tp_vip_checkout", "submit", s, order_id=o["order_id"] if o else None, pay_method=method,
       amount_local=first, currency="CNY" if c["market"] == "China" else "MYR", pay_result="success" if ok else "fail")
    if not ok:
        return t
    t += timedelta(seconds=R.integers(2, 20))
    ev(c, t, "tp_vip_active", "success", s, plan="monthly_auto", vip_until=fmt(t + timedelta(days=30))[:10])
    # renewals, monthly, while the reader stays
    k, tv = 1, t
    while True:
        tr = t + timedelta(days=30 * k)
        if tr > END:
            c["vip_until"] = tr
            break
        p = (0.60 if k == 1 else 0.80) * (1.0 if tr < alive_until + timedelta(days=25) else 0.35)
        if not R.chance(p):
            if R.chance(0.7):
                ev(c, tr - timedelta(days=R.uniform(0.2, 12)), "tp_vip_cancel", "click", new_session(),
                   cancel_reason=R.choice(["too_expensive", "finished_book", "not_reading", "other"],
                                          [0.35, 0.25, 0.3, 0.1]))
            c["vip_until"] = tr
            break
        tr = tr.replace(hour=R.integers(0, 7), minute=R.integers(60))
        dispute = k == 1 and R.chance(0.07)
        o = order(c, tr, "vip_renewal", renew, "refunded" if dispute else "paid", pay_method=method,
                  plan="monthly_auto", renewal_no=k, refund_reason="auto_renew_dispute" if dispute else None)
        ev(c, tr, "tp_vip_renew", "success", None, order_id=o["order_id"] if o else None, renewal_no=k,
           amount_local=renew, pay_method=method)
        if dispute:
            ticket(c, tr + timedelta(hours=R.uniform(2, 72)), "auto_renew_dispute", "auto_renew")
            c["vip_until"] = tr
            break
        if R.chance(0.03 if k == 1 else 0.01):
            ch = "app_review" if c["channel"] == "app" else "mini_program_feedback"
            feedback("auto_renew", lang_of(c), ch, tr + timedelta(hours=R.uniform(1, 48)), c,
                     rating=star_for("auto_renew") if ch == "app_review" else None, store=store_of(c))
        k += 1
    return t


def maybe_tip(c, t, s, book):
    mult = 3.0 if book == "B1001" else 1.0
    if not R.chance(min(0.9, (0.015 + 0.06 * c["pp"]) * mult)):
        return
    gifts = GIFTS if c["balance"] >= 10000 else [g for g in GIFTS if g[2] <= max(100, c["balance"])]
    g = R.choice(gifts, [0.55, 0.28, 0.13, 0.04][:len(gifts)])
    t += timedelta(seconds=R.integers(10, 300))
    ev(c, t, "tp_tip", "success", s, book=book, author=BOOK[book][4], gift=g[0], gift_zh=g[1], coins=g[2])
    c["balance"] = max(0, c["balance"] - g[2])


def reading_life(c, t0: datetime, end_life: datetime):
    """weekly paywall episodes and check-ins between t0 and end_life."""
    c.setdefault("balance", 0)
    c.setdefault("chapter", 30)
    c.setdefault("book", pick_book(c))
    habit = c.get("stage", 0) >= 6 or (c["legacy"] and R.chance(0.5))
    streak = 1
    wk = t0
    while wk < end_life and wk <= END:
        week_end = min(wk + timedelta(days=7), end_life)
        # check-ins
        n_ci = R.poisson(0.42 if habit else 0.04)
        for _ in range(n_ci):
            tt = rand_time_in_day(wk + timedelta(days=R.integers(7)))
            if tt < t0 or tt > week_end:
                continue
            streak = streak + 1 if n_ci >= 3 else 1
            rw = 5 * R.choice([1, 2, 3])
            ev(c, tt, "tp_checkin", "success", new_session(), reward_coins=rw, checkin_streak=streak)
            c["balance"] += rw
        # paywall episodes
        lam = c["lam"]
        if datetime(2026, 2, 10) <= wk < datetime(2026, 2, 28) or datetime(2025, 1, 22) <= wk < datetime(2025, 2, 9):
            lam *= 1.5  # Spring Festival holiday reading
        vip = c.get("vip_until") and c.get("vip_from") and c["vip_from"] <= wk < c["vip_until"]
        if vip:
            lam *= 0.3
        for _ in range(R.poisson(lam)):
            tt = rand_time_in_day(wk + timedelta(days=R.integers(7)))
            if tt < t0 or tt > week_end or tt > END:
                continue
            episode(c, tt, end_life, vip)
        wk += timedelta(days=7)
        if R.chance(0.25):
            c["book"] = pick_book(c)
            c["chapter"] = BOOK[c["book"]][6]


def episode(c, t, end_life, vip):
    s = new_session()
    book = c["book"]
    price = BOOK[book][7]
    ev(c, t, "tp_paywall", "view", s, book=book, chapter_no=c["chapter"], coin_price=price)
    disc = 0.8 if vip else 1.0
    if c["balance"] >= price * disc and R.chance(0.85):
        t = unlock(c, t, s, book, price, disc)
        maybe_tip(c, t, s, book)
        return
    pp = c["pp"]
    if vip:
        w = dict(coin=0.5, ad=0.2, vip=0.0, leave=0.3)
    else:
        w = dict(coin=0.06 + 0.62 * pp, ad=max(0.05, 0.52 - 0.30 * pp), vip=0.03 + 0.09 * pp,
                 leave=0.33 if c["market"] == "China" else 0.36)
        if c.get("vip_until") and c["vip_until"] > t - timedelta(days=60):
            w["vip"] *= 0.3
        pr = promo_of(c, t)
        if pr == "double11_2025":
            w["coin"] *= 1.8
        elif pr == "first_topup_double":
            w["coin"] *= 2.5
    route = R.choice(list(w), list(w.values()))
    if route == "leave":
        if R.chance(0.012 if c["market"] == "Malaysia" else 0.004):
            ch = "app_review" if c["channel"] == "app" else "mini_program_feedback"
            feedback("price", lang_of(c), ch, t + timedelta(hours=R.uniform(0.1, 30)), c,
                     rating=star_for("price") if ch == "app_review" else None, store=store_of(c), book=book)
        return
    if route == "ad":
        ad_route(c, t, s, book)
        return
    if route == "vip":
        vip_route(c, t, s, end_life)
        if c.get("vip_until") and c["vip_until"] > t:
            c["vip_from"] = t
        return
    t, ok = coin_route(c, t, s, book, price)
    if ok and R.chance(0.96):
        t = unlock(c, t, s, book, price, disc)
        maybe_tip(c, t, s, book)


def random_tickets(c, t0, t1):
    span = (t1 - t0).total_seconds()
    if span <= 0:
        return
    for cat, rate, topic in (("account_login", 0.05, "login"), ("content_error", 0.07, None),
                             ("refund_request", 0.04, "price"), ("other", 0.05, None)):
        if R.chance(rate * min(3.0, span / (86400 * 120))):
            t = t0 + timedelta(seconds=R.uniform(0, span))
            if cat == "content_error":
                topic = R.choice(["typos", "update"])
            ticket(c, t, cat, topic, c.get("book"))


def random_feedback(c, t0, t1):
    """store reviews and in-app feedback not driven by a single event."""
    span = (t1 - t0).total_seconds()
    if span <= 0 or not R.chance(min(0.9, 0.24 * (1 + span / (86400 * 200)))):
        return
    t = t0 + timedelta(seconds=R.uniform(0, span))
    topics = ["plot", "checkin", "listen", "update", "typos", "crash", "generic_pos", "generic_neg", "generic_neu"]
    w = [0.16, 0.08 if c.get("stage", 0) >= 6 or c["legacy"] else 0.03, 0.06, 0.09, 0.07 if c["market"] == "Malaysia" and c["app_language"] == "en" else 0.04,
         0.05, 0.24, 0.12, 0.14]
    topic = R.choice(topics, w)
    ch = "app_review" if c["channel"] == "app" else "mini_program_feedback"
    feedback(topic, lang_of(c), ch, t, c, rating=star_for(topic) if ch == "app_review" else None,
             store=store_of(c), book=c.get("book"))


def nps_waves(customers):
    waves = [("2025-06", datetime(2025, 6, 16), 14), ("2025-12", datetime(2025, 12, 15), 14),
             ("2026-06", datetime(2026, 6, 10), 14)]
    for wave, d0, ndays in waves:
        for c in customers:
            if not (c["life_start"] <= d0 <= c["life_end"] + timedelta(days=45)) or not R.chance(0.45):
                continue
            t = rand_time_in_day(d0 + timedelta(days=R.integers(ndays)))
            base = 7.6 + 1.2 * c["pp"] - (0.6 if c["market"] == "Malaysia" else 0.0)
            if wave == "2026-06" and c["channel"] == "app":
                base -= 1.5
            score = int(min(10, max(0, round(R.normal(base, 2.0)))))
            topic = None
            if R.chance(0.8):
                if score <= 6:
                    opts = ["price", "update", "typos", "crash", "generic_neg", "auto_renew"]
                    w = [0.22 if c["market"] == "Malaysia" else 0.12, 0.16, 0.08, 0.08, 0.3, 0.08]
                    if wave == "2026-06" and c["channel"] == "app":
                        opts.append("ads")
                        w.append(0.9)
                    if c["market"] == "Malaysia":
                        opts.append("pay_options")
                        w.append(0.12)
                    topic = R.choice(opts, w)
                elif score >= 9:
                    topic = R.choice(["plot", "checkin", "listen", "generic_pos"], [0.4, 0.15, 0.12, 0.33])
                else:
                    topic = R.choice(["generic_neu", "generic_pos", "plot", "update"], [0.5, 0.2, 0.15, 0.15])
            if topic is None:
                # a score without a comment is not a feedback row with text; skip it
                continue
            feedback(topic, lang_of(c), "nps_survey", t, c, nps=score, survey_wave=wave, book=c.get("book"))


def social_undated(n_rows):
    """social-listening vendor export: posts mentioning InkFish, without post time or user id."""
    for _ in range(n_rows):
        market = "Malaysia" if R.chance(0.35) else "China"
        if market == "China":
            platform, lang = R.choice(["weibo", "xiaohongshu", "douyin"], [0.4, 0.45, 0.15]), "zh"
        else:
            platform, lang = "facebook", ("en" if R.chance(0.6) else "zh")
        topic = R.choice(["ads", "not_credited", "price", "auto_renew", "update", "plot", "generic_pos", "generic_neg",
                          "pay_options" if market == "Malaysia" else "typos"],
                         [0.14, 0.06, 0.1, 0.1, 0.12, 0.18, 0.12, 0.1, 0.08])
        feedback(topic, lang, "social", None, None, platform=platform, market=market, export_batch="vendor_2026Q2")


def social_dated(customers_sample):
    for c in customers_sample:
        t = c["life_start"] + timedelta(seconds=R.uniform(0, max(60, (c["life_end"] - c["life_start"]).total_seconds())))
        topic = R.choice(["plot", "generic_pos", "generic_neg", "update", "price"], [0.35, 0.25, 0.15, 0.15, 0.1])
        platform = (R.choice(["weibo", "xiaohongshu", "douyin"]) if c["market"] == "China" else "facebook")
        feedback(topic, lang_of(c), "social", t, None, platform=platform, market=c["market"], book=c.get("book"))


# --------------------------------------------------------------------------- main
def build():
    customers = []
    idx = 100000
    # legacy readers who installed before 2025 (no onboarding in this extract)
    for _ in range(380):
        idx += 1
        inst = datetime(2023, 6, 1) + timedelta(seconds=R.uniform(0, (datetime(2024, 12, 31) - datetime(2023, 6, 1)).total_seconds()))
        customers.append(make_customer(idx, inst, True))
    for mi, (y, m) in enumerate(month_iter()):
        base = 205 + 6 * mi
        if m == 2:
            base *= 1.3
        elif m in (7, 8):
            base *= 1.15
        n = R.poisson(base)
        for _ in range(n):
            idx += 1
            day = datetime(y, m, 1) + timedelta(days=R.integers(days_in(y, m)))
            customers.append(make_customer(idx, rand_time_in_day(day), False))
    # A/B: first top-up double coins, new China app installs 2026-01-01 .. 2026-04-30
    for c in customers:
        if (not c["legacy"] and c["market"] == "China" and c["channel"] == "app"
                and datetime(2026, 1, 1) <= c["signup_at"] < datetime(2026, 5, 1)):
            c["variant"] = "double_coins" if R.chance(0.5) else "control"
            OUT.experiments.append(dict(experiment_id="first_topup_2026", variant=c["variant"],
                                        customer_id=c["customer_id"], assigned_at=fmt(c["signup_at"] + timedelta(seconds=5))))
    for c in customers:
        if c["legacy"]:
            t0 = START + timedelta(days=R.uniform(0, 20))
            life = R.exponential(260)
            c["stage"] = 6 if R.chance(0.5) else 4
        else:
            t0 = onboarding(c)
            if c["stage"] < 4:
                c["life_start"], c["life_end"] = c["signup_at"], t0
                if R.chance(0.03):
                    random_feedback(c, c["signup_at"], t0 + timedelta(days=2))
                continue
            life = R.exponential(170 if c["stage"] >= 6 else 60)
            t0 = t0 + timedelta(hours=R.uniform(1, 30))
        end_life = min(END, t0 + timedelta(days=life))
        c["life_start"], c["life_end"] = t0, end_life
        reading_life(c, t0, end_life)
        random_tickets(c, t0, end_life)
        random_feedback(c, t0, end_life)
    nps_waves(customers)
    readers = [c for c in customers if c.get("stage", 0) >= 4]
    social_dated([readers[R.integers(len(readers))] for _ in range(140)])
    social_undated(170)
    return customers


def legacy_login(c):
    if c["channel"] == "mini_program":
        return "wechat"
    if c["market"] == "China":
        return R.choice(["phone_sms", "wechat", "qq"], [0.5, 0.4, 0.1]) if c["legacy"] else None
    return R.choice(["google", "facebook", "phone_sms"], [0.5, 0.3, 0.2]) if c["legacy"] else None


def customer_rows(customers):
    rows = []
    for c in customers:
        last = c.get("last_active", c["signup_at"])
        vip_now = c.get("vip_until") and c["vip_until"] > END and c.get("vip_from")
        if vip_now:
            seg = "vip"
        elif c["signup_at"] >= datetime(2026, 6, 1):
            seg = "new"
        elif last >= END - timedelta(days=30):
            seg = "active"
        elif last >= END - timedelta(days=90):
            seg = "at_risk"
        else:
            seg = "dormant"
        paid = round(c.get("paid_total", 0.0), 2)
        tier = "free" if paid == 0 else ("light" if paid < 50 else ("mid" if paid <= 300 else "heavy"))
        rows.append(dict(customer_id=c["customer_id"], signup_at=fmt(c["signup_at"]), segment=seg, region=c["region"],
                         地区=c["地区"], city=c["city"], market=c["market"], 市场=c["市场"],
                         acquisition_channel=c["acquisition_channel"], tier=tier, first_channel=c["channel"],
                         device=c["device"], app_language=c["app_language"], gender=c["gender"], age_band=c["age_band"],
                         preferred_genre=c["preferred_genre"], 偏好类型=c["偏好类型"],
                         login_method=c.get("login_method") or legacy_login(c), push_opt_in=str(c["push_opt_in"]).lower(),
                         is_vip=str(bool(vip_now)).lower(), coin_balance=int(c.get("balance", 0)),
                         lifetime_paid_cny=paid, last_active_at=fmt(last)))
    return rows


def write_csv(path: Path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(k) is None else r.get(k) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    customers = build()
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write_csv(out / "touchpoints.csv", tps, list(tps[0]))
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])]
    write_csv(out / "journeys.csv", jr, list(jr[0]))
    crow = customer_rows(customers)
    write_csv(out / "customers.csv", crow, list(crow[0]))
    OUT.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "market",
             "市场", "app_version", "book_id", "book_title", "book_title_en", "genre", "类型", "author", "chapter_no",
             "coin_price", "chapters_unlocked", "coins", "order_id", "pay_method", "package", "amount_local", "currency",
             "pay_result", "fail_reason", "promo", "ad_network", "ad_seconds", "gift", "gift_zh", "plan", "vip_until",
             "renewal_no", "cancel_reason", "ticket_no", "ticket_category", "工单类型", "agent_team", "response_hours",
             "resolution_days", "csat", "install_source", "pref_genres", "login_method", "reward_coins",
             "checkin_streak"]
    write_csv(out / "events.csv", OUT.events, ecols)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "market",
             "currency", "amount_local", "package", "coins", "bonus_coins", "pay_method", "promo", "plan", "renewal_no",
             "cancel_reason", "refund_reason", "book_id", "app_version"]
    write_csv(out / "orders.csv", OUT.orders, ocols)
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "market", "device", "store", "platform", "survey_wave", "ticket_no", "export_batch"]
    write_csv(out / "feedback.csv", OUT.feedback, fcols)
    write_csv(out / "experiments.csv", OUT.experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write_csv(out / "_truth" / "feedback_truth.csv", OUT.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(crow)}, events {len(OUT.events)}, orders {len(OUT.orders)}, feedback {len(OUT.feedback)}, "
          f"experiments {len(OUT.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
