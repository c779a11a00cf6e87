"""拾页出版 PageHarbor — self-publishing platform for authors in English and Chinese markets (synthetic, written blind).

Authors sign up (作者注册), upload a manuscript (上传书稿), optionally buy production services (排版 formatting,
封面设计 cover design, or the all-in 全流程出版套餐 bundle), get an ISBN (free platform ISBN or their own in English
markets; a 书号 through a partner publisher in mainland China; a national-library ISBN in Taiwan / Hong Kong), go
through editorial review (编辑审核: approved / revision_requested / rejected, several rounds), go live in the stores
(上架发布), and then live on royalties: monthly royalty statements (版税结算单), payouts (版税打款) once the balance is
over the threshold, print-on-demand author copies (按需印刷), marketing add-ons (营销加购), support tickets (作者客服)
and the yearly membership plan renewal or churn (会员续费).

Data 2025-01-01 .. 2026-07-31 (platform extract taken in early August 2026). Times are naive local times of the
author. Money (orders.amount) is USD, the reporting currency; currency + amount_local keep what was charged or paid.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (DATA.md CSV) and OUTDIR/_truth/feedback_truth.csv
(topic and sentiment of every comment; not a DATA.md table). Deterministic (seed 20260805), numpy + stdlib.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260805
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_LEGACY = 1400          # authors published before 2025 (their sign-up and production are not in the data)
N_NEW = 7400             # sign-ups 2025-01-01 .. 2026-07-31
AI_RULE_MONTH = (2025, 10)           # new AI-assistance disclosure check in editorial review, rolled out badly
HONGDA_BAD_FROM = date(2026, 2, 1)   # partner printer in Shenzhen changed paper stock / binding line

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_signup", "作者注册", "Author sign-up", "awareness", "web", "digital", "growth",
     "注册|开户|新作者|sign up|registration|new author|account creation"),
    ("tp_manuscript_upload", "上传书稿", "Manuscript upload", "consideration", "web", "digital", "product",
     "传稿|交稿|上传文件|书稿上传|upload|manuscript|file upload|submit file"),
    ("tp_formatting", "排版服务", "Formatting service", "purchase", "other", "digital", "production",
     "排版|内文排版|电子书排版|formatting|interior design|typesetting|layout"),
    ("tp_cover_design", "封面设计", "Cover design", "purchase", "other", "digital", "production",
     "封面|做封面|cover|cover art|jacket design"),
    ("tp_isbn", "书号/ISBN分配", "ISBN assignment", "purchase", "other", "digital", "publishing_ops",
     "书号|ISBN|申请书号|CIP|book number|isbn assignment"),
    ("tp_editorial_review", "编辑审核", "Editorial review", "purchase", "other", "digital", "editorial",
     "审稿|审核|三审|内容审核|review|editorial check|manuscript review|approval"),
    ("tp_publish", "上架发布", "Publish to stores", "purchase", "web", "digital", "publishing_ops",
     "上架|发布|出版上线|go live|publish|store listing|release"),
    ("tp_pod_order", "按需印刷订单", "Print-on-demand order", "service", "web", "physical", "print_ops",
     "印书|作者样书|纸质书订单|POD|print order|author copies|print run"),
    ("tp_royalty_statement", "版税结算单", "Royalty statement", "service", "email", "digital", "finance",
     "结算单|月结单|销量报告|royalty report|statement|sales report"),
    ("tp_payout", "版税打款", "Royalty payout", "service", "email", "digital", "finance",
     "打款|提现|版税到账|付款|payout|payment|royalty payment|withdrawal"),
    ("tp_marketing", "营销加购", "Marketing add-on", "loyalty", "web", "digital", "marketing",
     "推广|营销|买推广|投放|promotion|ads|marketing package|book promo"),
    ("tp_support", "作者客服", "Author support", "service", "other", "digital", "author_support",
     "客服|工单|投诉|咨询|support|ticket|help desk|complaint"),
    ("tp_renewal", "会员续费", "Plan renewal", "loyalty", "email", "digital", "growth",
     "续费|续订|会员到期|退订|流失|renewal|renew|subscription|churn|cancel plan"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("signup_to_publish", "注册到出书", "Sign-up to published book",
     ["tp_signup", "tp_manuscript_upload", "tp_editorial_review", "tp_publish"], 90),
    ("manuscript_to_live", "书稿到上架", "Manuscript to live in stores",
     ["tp_manuscript_upload", "tp_isbn", "tp_editorial_review", "tp_publish"], 60),
    ("publish_to_payout", "上架到首笔版税", "Published to first royalty payout",
     ["tp_publish", "tp_royalty_statement", "tp_payout"], 120),
]

# code: region (en), 地区, market, currency, USD per unit, weight of new sign-ups
COUNTRIES = {
    "US": ("United States", "美国", "en", "USD", 1.0, 0.30),
    "UK": ("United Kingdom", "英国", "en", "GBP", 1.27, 0.11),
    "CA": ("Canada", "加拿大", "en", "CAD", 0.73, 0.06),
    "AU": ("Australia", "澳大利亚", "en", "AUD", 0.66, 0.05),
    "CN": ("Mainland China", "中国大陆", "zh", "CNY", 0.139, 0.33),
    "TW": ("Taiwan", "台湾", "zh", "TWD", 0.031, 0.09),
    "HK": ("Hong Kong", "香港", "zh", "HKD", 0.128, 0.06),
}
CC = list(COUNTRIES)
CC_P = np.array([COUNTRIES[c][5] for c in CC])
ACQ_ZH = {"organic_search": "搜索引擎", "writing_community": "写作社区", "social_ads": "社交媒体广告",
          "referral": "作者推荐", "author_event": "线下作者活动", "podcast": "播客", "xiaohongshu": "小红书",
          "wechat": "微信公众号", "douban": "豆瓣"}
ACQ = {"en": (["organic_search", "writing_community", "social_ads", "referral", "author_event", "podcast"],
              [0.28, 0.22, 0.26, 0.12, 0.06, 0.06]),
       "zh": (["xiaohongshu", "wechat", "douban", "social_ads", "referral", "organic_search"],
              [0.27, 0.18, 0.12, 0.23, 0.12, 0.08])}
P_UPLOAD = {"organic_search": 0.50, "writing_community": 0.60, "social_ads": 0.17, "referral": 0.62,
            "author_event": 0.58, "podcast": 0.52, "xiaohongshu": 0.46, "wechat": 0.52, "douban": 0.57}
P_GO_ON = {"social_ads": 0.52}          # after a successful upload, goes on to production (default 0.84)
GENRE_ZH = {"romance": "言情", "fantasy": "奇幻玄幻", "mystery_thriller": "悬疑推理", "memoir": "回忆录",
            "business": "商业财经", "children": "童书", "scifi": "科幻", "poetry": "诗歌", "self_help": "个人成长"}
GENRES = list(GENRE_ZH)
GENRE_P = {"en": [0.24, 0.15, 0.14, 0.10, 0.09, 0.08, 0.08, 0.05, 0.07],
           "zh": [0.22, 0.17, 0.13, 0.09, 0.08, 0.08, 0.10, 0.05, 0.08]}
GENRE_SALES = {"romance": 1.9, "fantasy": 1.3, "mystery_thriller": 1.4, "memoir": 0.5, "business": 0.8,
               "children": 0.7, "scifi": 1.0, "poetry": 0.3, "self_help": 0.9}
AUTHOR_TYPE = {"debut": ("新人作者", 0.58, 1.0), "indie_veteran": ("独立作者老手", 0.24, 2.3),
               "business_author": ("企业/专业作者", 0.12, 1.1), "academic": ("学者", 0.06, 0.5)}
FORMATS = {"en": (["docx", "pdf", "pages", "epub", "gdoc"], [0.66, 0.12, 0.10, 0.05, 0.07]),
           "zh": (["docx", "wps", "pdf", "txt"], [0.55, 0.20, 0.15, 0.10])}
UPLOAD_FAIL = {"docx": 0.04, "pdf": 0.09, "pages": 0.41, "epub": 0.12, "gdoc": 0.06, "wps": 0.16, "txt": 0.05}
UPLOAD_FAIL_REASON = {"unsupported_format": "格式不支持", "file_too_large": "文件过大",
                      "embedded_fonts": "字体嵌入问题", "corrupted_file": "文件损坏"}
PRICES = {  # local list prices
    "formatting": {"USD": 149, "GBP": 119, "CAD": 199, "AUD": 229, "CNY": 899, "TWD": 3900, "HKD": 1080},
    "cover_design": {"USD": 199, "GBP": 159, "CAD": 269, "AUD": 299, "CNY": 1299, "TWD": 5600, "HKD": 1480},
    "bundle_complete": {"USD": 499, "GBP": 399, "CAD": 679, "AUD": 749, "CNY": 9800, "TWD": 15800, "HKD": 3980},
    "isbn": {"USD": 125, "GBP": 93, "CAD": 45, "AUD": 44, "CNY": 4800},
    "pro": {"USD": 99, "GBP": 79, "CAD": 129, "AUD": 149, "CNY": 498, "TWD": 2400, "HKD": 680},
    "premium": {"USD": 249, "GBP": 199, "CAD": 339, "AUD": 379, "CNY": 1298, "TWD": 6000, "HKD": 1780},
}
PACKAGE_ZH = {"formatting": "排版服务", "cover_design": "封面设计", "bundle_complete": "全流程出版套餐",
              "isbn": "书号/ISBN申请"}
PLAN_ZH = {"free": "免费版", "pro": "专业版", "premium": "尊享版"}
PLAN_SHARE = {"free": 0.6, "pro": 0.85, "premium": 1.0}
ISBN_TYPE_ZH = {"free_platform": "平台免费ISBN", "own_isbn": "自购ISBN", "cn_book_number": "合作出版社书号",
                "national_library": "国家图书馆ISBN"}
REVISION_REASON = {"formatting_errors": "排版错误", "metadata_incomplete": "元数据不完整",
                   "cover_text_mismatch": "封面信息不一致", "copyright_permissions": "版权授权问题",
                   "content_policy": "内容不合规", "ai_disclosure_missing": "未声明AI辅助内容"}
REVIEWERS = {"en": ["Hannah Cole", "Marcus Reid", "Olivia Grant", "Noah Bennett", "Priya Nair"],
             "zh": ["陈思远", "刘佳", "孙悦", "郑浩", "林婉"]}
DESIGNERS = {"en": ["Mia Torres", "Ethan Brooks", "Sofia Nguyen", "Liam Carter"],
             "zh": ["周珊", "吴迪", "许诺", "何一帆"]}
DESIGNER_P = [0.38, 0.26, 0.2, 0.16]
FORMATTERS = {"en": ["Grace Kim", "Owen Price", "Ruby Shah"], "zh": ["赵磊", "钱蕾", "冯晨"]}
STORES = {"en": ["Amazon Kindle", "Apple Books", "Kobo", "Google Play Books", "Barnes & Noble Press"],
          "zh": ["微信读书", "京东读书", "当当云阅读", "掌阅", "Google Play 图书"],
          "TW": ["博客来", "Readmoo", "Google Play 图书", "Kobo", "Pubu"]}
PARTNER = {"US": "Lightning Print (US)", "CA": "Lightning Print (US)", "UK": "Harbor Print (UK)",
           "AU": "Southern Cross Print (AU)", "CN": "鸿达印务（深圳）", "TW": "博文印刷（台北）",
           "HK": "博文印刷（台北）"}
UNIT_COST = {"USD": 4.6, "GBP": 3.7, "CAD": 6.2, "AUD": 6.9, "CNY": 16.0, "TWD": 95.0, "HKD": 26.0}
SHIPPING = {"USD": 8.0, "GBP": 6.5, "CAD": 12.0, "AUD": 13.0, "CNY": 18.0, "TWD": 150.0, "HKD": 60.0}
MKT = {"en": (["amazon_ads_boost", "newsletter_feature", "deal_blast", "launch_kit"], [0.35, 0.3, 0.2, 0.15],
              {"amazon_ads_boost": 150, "newsletter_feature": 79, "deal_blast": 120, "launch_kit": 249}),
       "zh": (["xiaohongshu_kol", "douyin_booklist", "wechat_reading_banner", "launch_kit"], [0.45, 0.2, 0.2, 0.15],
              {"xiaohongshu_kol": 1800, "douyin_booklist": 2500, "wechat_reading_banner": 800, "launch_kit": 1299})}
MKT_ZH = {"amazon_ads_boost": "亚马逊广告代投", "newsletter_feature": "书讯邮件推荐", "deal_blast": "限免促销推送",
          "launch_kit": "新书发布包", "xiaohongshu_kol": "小红书达人推广", "douyin_booklist": "抖音书单号推广",
          "wechat_reading_banner": "微信读书推荐位"}
MKT_BOOST = {"amazon_ads_boost": 1.6, "newsletter_feature": 1.5, "deal_blast": 2.6, "launch_kit": 1.4,
             "xiaohongshu_kol": 1.9, "douyin_booklist": 1.3, "wechat_reading_banner": 1.5}
PAYOUT_METHODS = {"en": (["paypal", "bank_transfer", "payoneer"], [0.45, 0.4, 0.15]),
                  "CN": (["alipay", "wechat_pay", "bank_transfer"], [0.55, 0.25, 0.2]),
                  "TWHK": (["bank_transfer", "paypal"], [0.7, 0.3])}
PAYOUT_ZH = {"paypal": "PayPal", "bank_transfer": "银行转账", "payoneer": "Payoneer", "alipay": "支付宝",
             "wechat_pay": "微信支付"}
PAYOUT_FAIL = {"paypal": 0.09, "bank_transfer": 0.02, "payoneer": 0.025, "alipay": 0.015, "wechat_pay": 0.025}
METHOD_FAIL_REASON = {"paypal": "paypal_account_limited", "bank_transfer": "bank_details_invalid",
                      "payoneer": "bank_details_invalid", "alipay": "name_mismatch", "wechat_pay": "name_mismatch"}
FAIL_REASON_ZH = {"tax_form_missing": "税表缺失", "paypal_account_limited": "PayPal账户受限",
                  "bank_details_invalid": "银行信息有误", "name_mismatch": "实名信息不一致"}
THRESHOLD_USD = {"USD": 50.0, "GBP": 50.0, "CAD": 50.0, "AUD": 50.0, "CNY": 13.9, "TWD": 31.0, "HKD": 38.4}
TICKET_ZH = {"upload_problem": "上传问题", "review_appeal": "审核申诉", "isbn_status": "书号进度",
             "payout_issue": "打款问题", "print_issue": "印刷问题", "royalty_question": "版税疑问",
             "store_listing": "上架/商店页面", "account": "账号问题", "refund_request": "退款申请"}
CHURN_ZH = {"no_sales": "销量太低", "too_expensive": "价格太贵", "book_done": "书已出完不再需要",
            "switched_platform": "转投其他平台", "poor_service": "服务不满意"}

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
_n = {"E": 0, "O": 0, "F": 0, "A": 0, "B": 0, "T": 0, "S": 0}


def nid(kind, width):
    _n[kind] += 1
    return f"{kind}{_n[kind]:0{width}d}"


def pick(items, p=None):
    if p is not None:
        p = np.asarray(p, float)
        p = p / p.sum()
    return items[rng.choice(len(items), p=p)]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at(day, lo_h, hi_h):
    d0 = datetime(day.year, day.month, day.day)
    return d0 + D(minutes=int(rng.integers(int(lo_h * 60), int(hi_h * 60))))


def in_data(ts):
    return START <= ts <= END


def month_add(y, m, k):
    m0 = y * 12 + (m - 1) + k
    return m0 // 12, m0 % 12 + 1


def month_days(y, m):
    ny, nm = month_add(y, m, 1)
    return (date(ny, nm, 1) - date(y, m, 1)).days


def lang(c):
    return COUNTRIES[c["country"]][2]


def cur(c):
    return COUNTRIES[c["country"]][3]


def fx(c):
    return COUNTRIES[c["country"]][4]


def ev(c, ts, tp, action, channel="other", device="", **kw):
    if not in_data(ts):
        return None
    row = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, action=action,
               channel=channel, device=device, region=c["region"], book_id=c.get("_book", ""), **kw)
    events.append(row)
    return row


def order(c, ts, kind, local, status="paid", **kw):
    if not in_data(ts):
        return None
    row = dict(order_id=nid("O", 7), customer_id=c["customer_id"], ts=tfmt(ts), amount=round(local * fx(c), 2),
               status=status, order_type=kind, 订单类型=ORDER_ZH[kind], currency=cur(c),
               amount_local=round(local, 2), region=c["region"], book_id=c.get("_book", ""), **kw)
    orders.append(row)
    return row


ORDER_ZH = {"service_package": "服务套餐", "plan_subscription": "会员年费", "print_order": "印刷订单",
            "marketing_addon": "营销加购", "payout": "版税打款"}


# ---------------------------------------------------------------- feedback texts
# topic -> language -> [(text, sentiment)]. Each topic's texts carry its marker (README.md); generic ones none.
TEXTS = {
    "review": {
        "zh": [("稿子第二次被退回修改了，意见写得很笼统，根本不知道要改哪里", "negative"),
               ("审核太严了，版权页一个小问题就退回修改，又耽误一周", "negative"),
               ("被退回修改三次，上架日期一拖再拖，新书分享会都订好场地了", "negative"),
               ("上次同样的文件过了，这次却被退回修改，标准不统一", "negative")],
        "en": [("My book was sent back for revisions with a one-line note. What exactly am I supposed to fix?",
                "negative"),
               ("Got sent back for revisions twice over the copyright page. Launch date is now blown.", "negative"),
               ("Why was my manuscript sent back for revisions when the same file passed last time?", "negative"),
               ("Sent back for revisions again, and each round takes days. Very discouraging for a first book.",
                "negative")],
    },
    "review_ai": {
        "zh": [("书稿被退回修改，理由是没有声明AI辅助创作，可我全程都是自己写的", "negative"),
               ("新加的AI声明谁也没通知，交上去就被退回修改，白等了一周", "negative"),
               ("退回修改说要补AI使用声明，表格藏在哪里都找不到", "negative")],
        "en": [("Sent back for revisions because of an AI disclosure box nobody told us about. I wrote every word "
                "myself.", "negative"),
               ("My manuscript was sent back for revisions over the new AI declaration. Where is that form even?",
                "negative"),
               ("Sent back for revisions: 'AI use not declared'. This rule appeared overnight.", "negative")],
    },
    "payout": {
        "zh": [("说好每月25号版税到账，这个月到现在还没收到，客服只说在处理", "negative"),
               ("版税到账失败了，也没人提前通知，说是实名信息不一致", "negative"),
               ("版税到账太慢了，结完账还要再等一个多月", "negative"),
               ("收款账户早就绑好了，版税到账还是失败，到底哪里出问题", "negative")],
        "en": [("My payout failed again and nobody told me why until I emailed twice.", "negative"),
               ("Payout was supposed to land on the 25th. It's the 3rd and still nothing.", "negative"),
               ("You held my payout over a tax form I sent in months ago. Really frustrating.", "negative"),
               ("PayPal payout bounced and the money just sat there for another month.", "negative")],
    },
    "print": {
        "zh": [("收到的样书印刷质量很差，封面颜色发灰，好几本装订歪了", "negative"),
               ("印刷质量有问题，50本里有十几本缺页，签售会差点开天窗", "negative"),
               ("这批书的印刷质量跟上次差太多，纸很薄，字都透到背面", "negative"),
               ("印刷质量不行，裁切歪了，只能申请重印", "negative")],
        "en": [("Print quality on my author copies was awful: blurry cover and the spine text is off-centre.",
                "negative"),
               ("Half the box had print quality problems, pages out of order and smudged ink.", "negative"),
               ("The print quality doesn't match the proof copy at all. Colours are muddy.", "negative"),
               ("Print quality was fine last year, this batch came with creased covers and blank pages.",
                "negative")],
    },
    "isbn": {
        "zh": [("书号等了快两个月还没批下来，问客服就说在排队", "negative"),
               ("申请书号的进度完全不透明，不知道卡在出版社哪一步", "negative"),
               ("书号太慢了，本来想赶在书展前出版，现在肯定来不及", "negative"),
               ("书号被驳回了，也不说具体原因，之前交的钱怎么算", "negative")],
        "en": [("Still waiting on my ISBN after a week. I thought this was supposed to be quick?", "negative"),
               ("The ISBN step was confusing, I didn't know whether to use the free one or buy my own.",
                "negative"),
               ("Getting the ISBN held up my launch for no clear reason.", "negative")],
    },
    "cover": {
        "zh": [("封面设计超出预期，设计师很懂这个题材的读者", "positive"),
               ("封面设计很专业，第一稿就定了", "positive"),
               ("封面设计改了三稿还是不满意，感觉很模板化", "negative"),
               ("封面设计和我描述的风格完全不一样", "negative")],
        "en": [("Absolutely love the cover design, it looks like a traditionally published book.", "positive"),
               ("The cover design team nailed the brief on the first draft.", "positive"),
               ("The cover design felt like a stock template with my name swapped in.", "negative"),
               ("Three rounds on the cover design and it still doesn't fit the genre.", "negative")],
    },
    "formatting": {
        "zh": [("排版很漂亮，电子书和纸质版都很干净", "positive"),
               ("排版师很耐心，诗集的特殊缩进也处理好了", "positive"),
               ("排版出来目录和页码对不上，来回改了好几次", "negative"),
               ("电子书排版在阅读器上显示错乱，插图也错位了", "negative")],
        "en": [("The formatting is gorgeous, chapter headings and drop caps look professional.", "positive"),
               ("Formatting was quick and clean, the ebook looks great on every device I tried.", "positive"),
               ("The formatting messed up my poetry line breaks.", "negative"),
               ("Formatting turned my footnotes into a mess and the table of contents links don't work.",
                "negative")],
    },
    "upload": {
        "zh": [("上传失败好几次，WPS文件就是传不上去", "negative"),
               ("书稿上传失败，提示文件太大，可才8MB", "negative"),
               ("手机上一直上传失败，换电脑才传上去，体验很差", "negative")],
        "en": [("Upload failed three times with no error message.", "negative"),
               ("My Pages file upload failed, had to export to Word before it worked.", "negative"),
               ("The upload failed at 99% every single time. Lost a whole evening.", "negative")],
    },
    "statement": {
        "zh": [("结算单看不懂，各个渠道的销量和分成都没写清楚", "negative"),
               ("结算单上的数字和微信读书后台对不上", "negative"),
               ("每月的结算单太简单了，看不出哪个平台卖得好", "negative")],
        "en": [("The royalty statement is impossible to read: which store sold what?", "negative"),
               ("Numbers on my royalty statement don't match what the store dashboard shows.", "negative"),
               ("Could the royalty statement split print and ebook? Right now it's one lump.", "negative")],
    },
    "promo": {
        "zh": [("小红书达人推广效果不错，那周销量翻了一倍", "positive"),
               ("推广之后书评多了很多，值得", "positive"),
               ("花了两千多做推广，几乎没带来销量", "negative"),
               ("书单号推广点击很多，真正买的人很少", "negative")],
        "en": [("The newsletter promotion gave me my best sales week ever.", "positive"),
               ("Worth every cent, the promotion pushed me into the top 100 in my category.", "positive"),
               ("Paid for a promotion and sold four books. Four.", "negative"),
               ("The ads promotion burned through the budget in two days with nothing to show.", "negative")],
    },
    "price": {
        "zh": [("续费太贵了，书卖不动还要每年交会员费", "negative"),
               ("续费价格和功能不匹配，考虑换平台", "negative"),
               ("一年的会员续费比我的版税还多", "negative")],
        "en": [("The renewal price is more than my royalties this year.", "negative"),
               ("Not paying the renewal for a plan I barely use.", "negative"),
               ("The renewal went up and the features didn't.", "negative")],
    },
    "editor": {
        "zh": [("编辑老师非常专业，提的意见都很中肯", "positive"),
               ("感谢编辑老师一遍遍帮我核对，新人作者很受用", "positive"),
               ("编辑老师回复很快，整个审核很顺利", "positive")],
        "en": [("My editor was fantastic: thorough notes and fast replies.", "positive"),
               ("Huge thanks to my editor for catching the timeline errors in chapter 12.", "positive"),
               ("My editor made the review feel like a collaboration, not a gate.", "positive")],
    },
    "generic_pos": {
        "zh": [("整体流程很顺畅，第一次出书很省心", "positive"), ("平台很好用，后台数据一目了然", "positive"),
               ("从注册到出书比想象中简单", "positive"), ("客服回复及时，问题当天解决了", "positive"),
               ("会推荐给写作群里的朋友", "positive")],
        "en": [("Smooth process from start to finish.", "positive"),
               ("Really happy with the platform, would recommend to other indie authors.", "positive"),
               ("The dashboard is clear and easy to use.", "positive"),
               ("Support answered within an hour, great experience.", "positive"),
               ("Finally holding my own book. Thank you!", "positive")],
    },
    "generic_neu": {
        "zh": [("还行吧，有些功能不太好找", "neutral"), ("一般，没有特别好也没有特别差", "neutral"),
               ("希望能多支持几个销售平台", "neutral"), ("价格中规中矩", "neutral")],
        "en": [("It's okay. Does what it says.", "neutral"), ("Fine overall, a few things could be clearer.",
                                                              "neutral"),
               ("Would like more store options.", "neutral"), ("Average experience, nothing special.", "neutral")],
    },
    "generic_neg": {
        "zh": [("体验一般，很多问题要自己摸索", "negative"), ("客服效率太低，一个问题问了三次", "negative"),
               ("网页经常卡，保存不了", "negative"), ("流程太繁琐，说明也不清楚", "negative")],
        "en": [("The site is clunky and slow.", "negative"), ("Support takes days to reply.", "negative"),
               ("Too many steps and nothing explained properly.", "negative"),
               ("Lost my edits twice because the dashboard timed out.", "negative")],
    },
}
RATED = {"support_csat", "app_review", "exit_survey", "post_publish_survey"}
RATING_BY_SENT = {"positive": ([4, 5], [0.35, 0.65]), "neutral": ([3, 4, 2], [0.6, 0.2, 0.2]),
                  "negative": ([1, 2, 3], [0.45, 0.4, 0.15])}


def say(topic, lg, want=None):
    opts = TEXTS[topic][lg]
    if want is not None and any(s == want for _, s in opts):
        opts = [o for o in opts if o[1] == want]
    return opts[int(rng.integers(0, len(opts)))]


def fb(c, ts, topic, channel, tp=None, rating=None, nps=None, want=None, lg=None, **kw):
    """one comment; ts None = undated; a 1-5 rating from the sentiment on rated channels."""
    if ts is not None and not in_data(ts):
        return None
    lg = lg or (c["preferred_language"] if c is not None else "en")
    text, sent = say(topic, lg, want)
    if channel in RATED and rating is None:
        rating = int(pick(*RATING_BY_SENT[sent]))
    fid = nid("F", 6)
    anonymous = c is None or channel == "app_review"     # store reviews carry no account link
    row = dict(feedback_id=fid, customer_id="" if anonymous else c["customer_id"],
               ts=tfmt(ts) if ts is not None else "", touchpoint_id=tp or "", channel=channel,
               rating=rating if rating is not None else "", nps=nps if nps is not None else "", text=text,
               language=lg, region=c["region"] if c is not None else "", **kw)
    feedback.append(row)
    tt = "review" if topic == "review_ai" else topic
    truth.append(dict(feedback_id=fid, topic="generic" if tt.startswith("generic") else tt, sentiment=sent))
    return row


# ---------------------------------------------------------------- authors
def new_author(signup, legacy):
    country = CC[rng.choice(len(CC), p=CC_P / CC_P.sum())]
    mk = COUNTRIES[country][2]
    acq = pick(*ACQ[mk])
    genre = pick(GENRES, GENRE_P[mk])
    at_ = pick(list(AUTHOR_TYPE), [v[1] for v in AUTHOR_TYPE.values()])
    cid = nid("A", 6)
    if mk == "en":
        dev = pick(["pc", "mac", "ios", "android"], [0.42, 0.3, 0.17, 0.11])
    else:
        dev = pick(["pc", "mac", "ios", "android"], [0.45, 0.08, 0.22, 0.25])
    c = dict(customer_id=cid, signup_at=tfmt(signup), segment="registered", region=COUNTRIES[country][0],
             地区=COUNTRIES[country][1], country=country, market="English" if mk == "en" else "Chinese",
             市场="英文市场" if mk == "en" else "中文市场", acquisition_channel=acq, 获客渠道=ACQ_ZH[acq],
             tier="free", 会员等级=PLAN_ZH["free"], genre=genre, 题材=GENRE_ZH[genre], author_type=at_,
             作者类型=AUTHOR_TYPE[at_][0], preferred_language=mk, books_published=0,
             _dev=dev, _q=float(rng.lognormal(0, 1.0)) * AUTHOR_TYPE[at_][2] * GENRE_SALES[genre],
             _plan="free", _issues=[], _royalty={})
    if mk == "en":
        c["_pay"] = pick(*PAYOUT_METHODS["en"])
        c["_tax_missing"] = country != "US" and rng.random() < 0.3
    elif country == "CN":
        c["_pay"] = pick(*PAYOUT_METHODS["CN"])
        c["_tax_missing"] = False
    else:
        c["_pay"] = pick(*PAYOUT_METHODS["TWHK"])
        c["_tax_missing"] = rng.random() < 0.1
    customers.append(c)
    return c


def ticket(c, ts, cat):
    if not in_data(ts):
        return
    med = {"upload_problem": 5, "review_appeal": 30, "isbn_status": 20, "payout_issue": 40, "print_issue": 26,
           "royalty_question": 14, "store_listing": 18, "account": 4, "refund_request": 36}[cat]
    hours = round(float(rng.lognormal(np.log(med), 0.6)), 1)
    ch = pick(["email", "chat", "phone", "wechat"], [0.4, 0.35, 0.1, 0.15] if lang(c) == "zh" else
              [0.5, 0.4, 0.1, 0.0])
    act = "escalated" if rng.random() < 0.08 else "resolved"
    ev(c, ts, "tp_support", act, channel=ch, device=c["_dev"] if ch == "chat" else "", ticket_no=nid("T", 6),
       ticket_category=cat, 问题类别=TICKET_ZH[cat], resolution_hours=hours, contact_channel=ch)
    if rng.random() < 0.32:
        t2 = ts + D(hours=hours + float(rng.uniform(1, 30)))
        topic = {"payout_issue": pick(["payout", "generic_neg", "generic_pos"], [0.35, 0.4, 0.25]),
                 "print_issue": pick(["print", "generic_neg", "generic_pos"], [0.35, 0.4, 0.25]),
                 "isbn_status": pick(["isbn", "generic_neg"], [0.4, 0.6]),
                 "upload_problem": pick(["upload", "generic_pos", "generic_neg"], [0.3, 0.4, 0.3])}.get(
            cat, pick(["generic_pos", "generic_neu", "generic_neg"], [0.5, 0.2, 0.3]))
        if hours > 3 * med:
            topic = "generic_neg" if topic == "generic_pos" else topic
        fb(c, t2, topic, "support_csat", "tp_support")


def author_flow(c, signup):
    """a new author from sign-up to published (or stuck somewhere)."""
    mk = lang(c)
    ch = pick(["web", "app", "mini_program"], [0.35, 0.35, 0.3]) if mk == "zh" else pick(["web", "app"], [0.7, 0.3])
    dev = c["_dev"]
    if ch != "web" and dev in ("pc", "mac"):
        dev = pick(["ios", "android"], [0.6, 0.4] if mk == "en" else [0.45, 0.55])
    if ch == "web" and dev in ("ios", "android"):
        dev = pick(["pc", "mac"], [0.6, 0.4])
    c["_sess"] = nid("S", 7)
    ev(c, signup, "tp_signup", "completed", channel=ch, device=dev, session_id=c["_sess"],
       signup_source=c["acquisition_channel"], utm_campaign=(
           ("douyin_feed_2025" if mk == "zh" else pick(["fb_writers_q1", "ig_nanowrimo", "fb_finish_your_book"]))
           if c["acquisition_channel"] == "social_ads" else ""))
    if rng.random() >= P_UPLOAD[c["acquisition_channel"]]:
        if rng.random() < 0.02:
            fb(c, signup + D(days=int(rng.integers(1, 40))), pick(["generic_neu", "generic_neg"]), "email")
        return
    t = signup + D(days=float(rng.lognormal(np.log(9), 1.25)))
    if t > END:
        return
    fmt = pick(*FORMATS[mk])
    words = int(rng.integers(30, 130)) * 1000 if mk == "en" else int(rng.integers(60, 320)) * 1000
    ok = False
    for attempt in range(1, 5):
        p_fail = UPLOAD_FAIL[fmt] + (0.08 if dev == "ios" else 0.0)
        up_ch = "web" if dev in ("pc", "mac") else ch
        if rng.random() < p_fail:
            reason = "unsupported_format" if fmt in ("pages", "wps") and rng.random() < 0.7 else pick(
                ["file_too_large", "embedded_fonts", "corrupted_file"], [0.4, 0.35, 0.25])
            ev(c, t, "tp_manuscript_upload", "failed", channel=up_ch, device=dev, session_id=nid("S", 7),
               file_format=fmt, word_count=words, file_size_mb=round(float(rng.uniform(0.4, 25)), 1),
               attempt=attempt, fail_reason=reason, 失败原因=UPLOAD_FAIL_REASON[reason])
            if attempt == 1 and rng.random() < 0.22:
                ticket(c, t + D(hours=float(rng.uniform(0.2, 20))), "upload_problem")
            if rng.random() < 0.12:
                fb(c, t + D(hours=float(rng.uniform(0.1, 48))), "upload",
                   pick(["email", "app_review", "community_forum"], [0.4, 0.3, 0.3]) if dev in ("ios", "android")
                   else pick(["email", "community_forum"]), "tp_manuscript_upload")
            if rng.random() > 0.78:
                return
            t = t + D(hours=float(rng.lognormal(np.log(6), 1.0)))
            if rng.random() < 0.55:
                fmt = "docx"
            if rng.random() < 0.4:
                dev = c["_dev"] if c["_dev"] in ("pc", "mac") else "pc"
        else:
            ev(c, t, "tp_manuscript_upload", "success", channel=up_ch, device=dev, session_id=nid("S", 7),
               file_format=fmt, word_count=words, file_size_mb=round(float(rng.uniform(0.4, 25)), 1),
               attempt=attempt)
            ok = True
            break
    if not ok or t > END:
        return
    c["segment"] = "drafting"
    c["_book"] = nid("B", 6)
    c["_words"] = words
    if rng.random() >= P_GO_ON.get(c["acquisition_channel"], 0.84):
        return
    # ---- production services
    cu = cur(c)
    bundle = rng.random() < (0.30 if c["country"] == "CN" else 0.2)
    want_fmt = bundle or rng.random() < 0.45
    want_cover = bundle or rng.random() < 0.40
    t_order = t + D(hours=float(rng.uniform(1, 72)))
    ready = t + D(days=float(rng.uniform(2, 20)))     # self-formatting / own cover
    pkgs = ["bundle_complete"] if bundle else [p for p, w in (("formatting", want_fmt), ("cover_design", want_cover))
                                               if w]
    refunded = False
    for p in pkgs:
        st = "refunded" if rng.random() < 0.03 else "paid"
        refunded = refunded or st == "refunded"
        order(c, t_order, "service_package", PRICES[p][cu], st, package=p, 套餐名称=PACKAGE_ZH[p])
        if st == "refunded":
            ticket(c, t_order + D(days=float(rng.uniform(1, 10))), "refund_request")
    if refunded:
        want_fmt = want_cover = False
    if want_fmt:
        tf = t_order + D(days=float(rng.uniform(3, 9) if mk == "en" else rng.uniform(4, 11)))
        ta = round((tf - t_order).total_seconds() / 86400, 1)
        who = pick(FORMATTERS[mk])
        trim = pick(["5x8", "6x9", "5.5x8.5"]) if mk == "en" else pick(["32开", "16开", "A5"])
        ev(c, tf, "tp_formatting", "delivered", channel="email", formatter=who, turnaround_days=ta, trim_size=trim,
           package="bundle_complete" if bundle else "formatting")
        ready = tf + D(days=float(rng.uniform(1, 4)))
        if rng.random() < 0.18:
            tf2 = tf + D(days=float(rng.uniform(2, 6)))
            ev(c, tf2, "tp_formatting", "revision_delivered", channel="email", formatter=who,
               turnaround_days=round((tf2 - tf).total_seconds() / 86400, 1), trim_size=trim,
               package="bundle_complete" if bundle else "formatting")
            ready = tf2 + D(days=float(rng.uniform(1, 3)))
            if rng.random() < 0.2:
                fb(c, tf2 + D(days=1), "formatting", "email", "tp_formatting", want="negative")
        elif rng.random() < 0.06:
            fb(c, tf + D(days=1), "formatting", pick(["email", "community_forum"]), "tp_formatting")
    if want_cover:
        tc = t_order + D(days=float(rng.uniform(5, 14)))
        who = pick(DESIGNERS[mk], DESIGNER_P)
        ev(c, tc, "tp_cover_design", "delivered", channel="email", designer=who, concepts=int(pick([2, 3], [0.6, 0.4])),
           turnaround_days=round((tc - t_order).total_seconds() / 86400, 1),
           package="bundle_complete" if bundle else "cover_design")
        rc = tc + D(days=float(rng.uniform(1, 4)))
        if rng.random() < 0.25:
            tc2 = tc + D(days=float(rng.uniform(3, 8)))
            ev(c, tc2, "tp_cover_design", "revision_delivered", channel="email", designer=who, concepts=1,
               turnaround_days=round((tc2 - tc).total_seconds() / 86400, 1),
               package="bundle_complete" if bundle else "cover_design")
            rc = tc2 + D(days=float(rng.uniform(1, 3)))
            if rng.random() < 0.15:
                fb(c, tc2 + D(days=1), "cover", "email", "tp_cover_design", want="negative")
        elif rng.random() < 0.07:
            fb(c, tc + D(days=1), "cover", pick(["email", "community_forum"]), "tp_cover_design", want="positive")
        ready = max(ready, rc)
    # ---- ISBN / 书号
    t_req = ready + D(days=float(rng.uniform(0, 2)))
    country = c["country"]
    rejected = False
    if mk == "en":
        kind = "free_platform" if rng.random() < 0.7 else "own_isbn"
        wait = float(rng.uniform(0.02, 0.5)) if kind == "free_platform" else float(rng.uniform(1, 4))
        if kind == "own_isbn" and not bundle:
            order(c, t_req, "service_package", PRICES["isbn"][cu], "paid", package="isbn", 套餐名称=PACKAGE_ZH["isbn"])
    elif country == "CN":
        kind = "cn_book_number"
        wait = float(rng.lognormal(np.log(38), 0.33))
        rejected = rng.random() < 0.08
        if not bundle:
            order(c, t_req, "service_package", PRICES["isbn"][cu], "refunded" if rejected else "paid",
                  package="isbn", 套餐名称=PACKAGE_ZH["isbn"])
        if wait > 30 and rng.random() < 0.32:
            ticket(c, t_req + D(days=float(rng.uniform(25, 30))), "isbn_status")
        if wait > 30 and rng.random() < 0.16:
            fb(c, t_req + D(days=float(rng.uniform(20, wait))), "isbn", pick(["email", "wechat_message",
                                                                                "community_forum"]), "tp_isbn")
    else:
        kind = "national_library"
        wait = float(rng.uniform(4, 10) if country == "TW" else rng.uniform(5, 12))
    t_isbn = t_req + D(days=wait)
    ev(c, t_isbn, "tp_isbn", "rejected" if rejected else "assigned", channel="email", isbn_type=kind,
       书号类型=ISBN_TYPE_ZH[kind], wait_days=round(wait, 1),
       isbn="" if rejected else f"978-{int(rng.integers(0, 10))}-{int(rng.integers(10000, 99999))}-"
                                 f"{int(rng.integers(100, 999))}-{int(rng.integers(0, 10))}")
    if mk == "en" and rng.random() < 0.012:
        fb(c, t_isbn + D(days=1), "isbn", "email", "tp_isbn")
    if rejected:
        c["segment"] = "not_approved"
        if rng.random() < 0.4:
            fb(c, t_isbn + D(days=float(rng.uniform(0.5, 5))), "isbn", pick(["email", "wechat_message"]), "tp_isbn")
        return
    if t_isbn > END:
        return
    # ---- editorial review rounds
    t_sub = t_isbn + D(days=float(rng.uniform(0.2, 3)))
    rnd = 1
    while True:
        rdays = float(rng.uniform(5, 13)) if country == "CN" else float(rng.uniform(1, 5))
        tr = t_sub + D(days=rdays)
        ai = (tr.year, tr.month) == AI_RULE_MONTH
        if rnd == 1:
            p = [0.34, 0.62, 0.04] if ai else [0.68, 0.27, 0.05]
        elif rnd == 2:
            p = [0.8, 0.18, 0.02] if ai else [0.86, 0.12, 0.02]
        else:
            p = [0.95, 0.05, 0.0]
        outcome = pick(["approved", "revision_requested", "rejected"], p)
        reason = ""
        if outcome == "revision_requested":
            if ai and rng.random() < 0.72:
                reason = "ai_disclosure_missing"
            else:
                reason = pick(list(REVISION_REASON), [0.36, 0.21, 0.14, 0.11,
                                                      0.17 if country == "CN" else 0.12, 0.04])
        who = pick(REVIEWERS[mk], [0.3, 0.24, 0.2, 0.14, 0.12])
        ev(c, tr, "tp_editorial_review", outcome, channel="email", reviewer=who, review_round=rnd,
           review_days=round(rdays, 1), revision_reason=reason, 修改原因=REVISION_REASON.get(reason, ""))
        if tr > END:
            return
        if outcome == "approved":
            if rng.random() < 0.045:
                fb(c, tr + D(days=float(rng.uniform(0.2, 4))), "editor", pick(["email", "community_forum"]),
                   "tp_editorial_review")
            break
        if outcome == "rejected":
            c["segment"] = "not_approved"
            if rng.random() < 0.3:
                fb(c, tr + D(days=1), "generic_neg", "email", "tp_editorial_review")
            return
        c["_issues"].append(tr.date())
        if rng.random() < (0.2 if ai else 0.12):
            ticket(c, tr + D(hours=float(rng.uniform(1, 48))), "review_appeal")
        if rng.random() < (0.26 if reason == "ai_disclosure_missing" else 0.11):
            fb(c, tr + D(hours=float(rng.uniform(1, 96))),
               "review_ai" if reason == "ai_disclosure_missing" else "review",
               pick(["email", "community_forum", "wechat_message" if mk == "zh" else "email"]),
               "tp_editorial_review")
        if rng.random() > (0.7 if reason == "ai_disclosure_missing" else 0.8):
            return
        t_sub = tr + D(days=float(rng.uniform(2, 15)))
        rnd += 1
    # ---- publish
    tp_ = tr + D(days=float(rng.uniform(0.5, 3)))
    if tp_ > END:
        return
    publish(c, tp_)
    plan = pick(["free", "pro", "premium"], [0.42, 0.43, 0.15])
    if plan != "free":
        order(c, tp_ + D(minutes=int(rng.integers(5, 600))), "plan_subscription", PRICES[plan][cu], "paid",
              plan=plan, 套餐=PLAN_ZH[plan], is_renewal="no")
    c["_plan"], c["_plan_start"] = plan, tp_.date()
    if rng.random() < 0.33:
        ts = tp_ + D(days=float(rng.uniform(3, 20)))
        opts = ["generic_pos", "generic_neu", "generic_neg", "editor"]
        w = [0.5, 0.2, 0.12, 0.06]
        if want_cover:
            opts.append("cover")
            w.append(0.12)
        if want_fmt:
            opts.append("formatting")
            w.append(0.1)
        if len(c["_issues"]) >= 2:
            opts.append("review")
            w.append(0.3)
        fb(c, ts, pick(opts, w), "post_publish_survey", None)
    post_publish(c, tp_.date(), legacy=False)


def publish(c, ts):
    mk = lang(c)
    fmt = pick(["ebook", "ebook+paperback", "paperback"], [0.4, 0.52, 0.08])
    store_pool = STORES["TW"] if c["country"] in ("TW", "HK") else STORES[mk]
    n = int(pick([2, 3, 4, 5], [0.15, 0.3, 0.3, 0.25]))
    stores = list(rng.choice(store_pool, n, replace=False))
    price = pick([2.99, 3.99, 4.99, 5.99, 9.99], [0.2, 0.3, 0.25, 0.15, 0.1]) if mk == "en" else \
        pick([1.99, 2.99, 3.99, 4.99], [0.3, 0.35, 0.25, 0.1])
    ev(c, ts, "tp_publish", "live", channel="web", device=c["_dev"] if c["_dev"] in ("pc", "mac") else "pc",
       stores="|".join(stores), store_count=n, book_format=fmt, list_price_usd=price)
    c["segment"] = "published"
    c["books_published"] = c.get("books_published", 0) + 1
    c["_format"] = fmt
    c["_pub"] = ts.date()


def season(mk, m):
    if mk == "en":
        return {12: 1.3, 1: 1.15, 11: 1.1}.get(m, 1.0)
    return {11: 1.4, 4: 1.25, 1: 1.1}.get(m, 1.0)


def post_publish(c, pub, legacy, balance=0.0):
    mk, cu, country = lang(c), cur(c), c["country"]
    y, m = (2024, 12) if legacy else (pub.year, pub.month)
    paper = "paperback" in c["_format"]
    rate_e = 2.6 if mk == "en" else (0.7 if country == "CN" else 1.5)
    rate_p = 2.2 if mk == "en" else (0.9 if country == "CN" else 1.6)
    base = (6.0 if mk == "en" else 9.0) * c["_q"]
    stopped = False
    while (y, m) <= (2026, 7):
        k = (y * 12 + m) - (pub.year * 12 + pub.month)
        life = [1.5, 2.2, 1.5][k] if k < 3 else max(0.3, 0.93 ** (k - 2))
        if k == 0:
            life *= (month_days(y, m) - pub.day + 1) / month_days(y, m)
        boost = 1.0
        m0 = date(y, m, 1)
        nd = month_days(y, m)
        # marketing add-on
        if not stopped and rng.random() < ((0.2 if k <= 1 else 0.02) * (1.5 if c["_plan"] == "premium" else 1.0)):
            kinds, p, price = MKT[mk]
            kind = pick(kinds, p)
            local = price[kind] if mk == "en" else price[kind]
            if mk == "en" and cu != "USD":
                local = round(price[kind] / fx(c))
            if mk == "zh" and cu != "CNY":
                local = round(price[kind] * 0.139 / fx(c))
            lo = pub.day if k == 0 else 1
            tm = at(m0 + D(days=int(rng.integers(lo - 1, nd))), 8, 23)
            if ev(c, tm, "tp_marketing", "purchased", channel="web", device=c["_dev"], addon_type=kind,
                  推广类型=MKT_ZH[kind], campaign_days=int(pick([7, 14, 30], [0.4, 0.4, 0.2]))) is not None:
                order(c, tm, "marketing_addon", local, "paid", addon_type=kind, 推广类型=MKT_ZH[kind])
                boost = MKT_BOOST[kind] * float(rng.uniform(0.6, 1.3))
                if rng.random() < 0.14:
                    fb(c, tm + D(days=float(rng.uniform(7, 30))), "promo", pick(["email", "community_forum"]),
                       "tp_marketing", want="positive" if boost > 1.6 else "negative")
        if stopped:
            boost = 0.0
        lam = base * life * season(mk, m) * boost
        eb = int(rng.poisson(lam))
        pr = int(rng.poisson(lam * 0.35)) if paper else 0
        if c["_format"] == "paperback":
            eb = 0
            pr = int(rng.poisson(lam * 0.6))
        plan_now = c["_plan"]
        roy = round((eb * rate_e + pr * rate_p) * PLAN_SHARE[plan_now], 2)
        ny, nm = month_add(y, m, 1)
        t_st = datetime(ny, nm, 10, 9, 0) + D(minutes=int(rng.integers(0, 180)))
        if not stopped or roy > 0:
            ev(c, t_st, "tp_royalty_statement", "issued", channel="email", statement_month=f"{y}-{m:02d}",
               ebook_units=eb, print_units=pr, units_sold=eb + pr, royalty_usd=roy, plan=plan_now)
        if in_data(t_st):
            c["_royalty"][(y, m)] = roy
            balance += roy
        # payout on the 25th of the next month
        t_pay = datetime(ny, nm, 25, 10, 0) + D(minutes=int(rng.integers(0, 240)))
        if in_data(t_pay) and balance >= THRESHOLD_USD[cu]:
            reason = ""
            if c["_tax_missing"]:
                reason = "tax_form_missing"
            elif rng.random() < PAYOUT_FAIL[c["_pay"]]:
                reason = METHOD_FAIL_REASON[c["_pay"]]
            amt_local = balance / fx(c)
            ev(c, t_pay, "tp_payout", "failed" if reason else "paid", channel="email", payout_method=c["_pay"],
               打款方式=PAYOUT_ZH[c["_pay"]], payout_usd=round(balance, 2), fail_reason=reason,
               失败原因=FAIL_REASON_ZH.get(reason, ""), statement_month=f"{y}-{m:02d}")
            order(c, t_pay, "payout", amt_local, "cancelled" if reason else "paid", payout_method=c["_pay"],
                  打款方式=PAYOUT_ZH[c["_pay"]])
            if reason:
                c["_issues"].append(t_pay.date())
                if rng.random() < 0.5:
                    ticket(c, t_pay + D(days=float(rng.uniform(1, 9))), "payout_issue")
                if rng.random() < 0.27:
                    fb(c, t_pay + D(days=float(rng.uniform(2, 12))), "payout",
                       pick(["email", "community_forum", "wechat_message" if mk == "zh" else "email"]), "tp_payout")
                if reason == "tax_form_missing" and rng.random() < 0.55:
                    c["_tax_missing"] = False
            else:
                balance = 0.0
        # print-on-demand author copies
        if paper and not stopped:
            rate = 0.09 * (1.5 if c["_plan"] == "premium" else 1.0) * (1.6 if k <= 1 else 1.0)
            if (y, m) in ((2025, 11), (2025, 12)):
                rate *= 2.8
            for _ in range(int(rng.poisson(rate))):
                lo = pub.day if k == 0 else 1
                to = at(m0 + D(days=int(rng.integers(lo - 1, nd))), 7, 23)
                if not in_data(to):
                    continue
                partner = PARTNER[country]
                copies = int(pick([5, 10, 20, 25, 50, 100, 200], [0.1, 0.2, 0.2, 0.15, 0.2, 0.1, 0.05]))
                bad = partner.startswith("鸿达") and to.date() >= HONGDA_BAD_FROM
                p_mis = 0.17 if bad else 0.025
                p_del = 0.18 if (y, m) in ((2025, 11), (2025, 12)) else 0.07
                u = rng.random()
                outcome = "misprint" if u < p_mis else ("delayed" if u < p_mis + p_del else "delivered")
                days = float(rng.uniform(15, 30)) if outcome == "delayed" else float(rng.uniform(5, 12))
                trim = pick(["5x8", "6x9"]) if mk == "en" else pick(["32开", "A5"])
                ev(c, to, "tp_pod_order", outcome, channel="web", device=c["_dev"], copies=copies,
                   print_partner=partner, trim_size=trim, print_days=round(days, 1))
                local = copies * UNIT_COST[cu] + SHIPPING[cu]
                order(c, to, "print_order", local, "refunded" if outcome == "misprint" else "paid", copies=copies,
                      print_partner=partner)
                if outcome == "misprint":
                    c["_issues"].append(to.date())
                    tr = to + D(days=days)
                    if rng.random() < 0.65:
                        ticket(c, tr + D(hours=float(rng.uniform(1, 48))), "print_issue")
                    if rng.random() < 0.42:
                        fb(c, tr + D(hours=float(rng.uniform(2, 72))), "print",
                           pick(["email", "community_forum", "wechat_message" if mk == "zh" else "email"]),
                           "tp_pod_order")
                elif outcome == "delayed" and rng.random() < 0.25:
                    ticket(c, to + D(days=14), "print_issue")
        # other tickets
        if not stopped:
            for cat, p in (("royalty_question", 0.012), ("store_listing", 0.009), ("account", 0.006)):
                if rng.random() < p:
                    ticket(c, at(m0 + D(days=int(rng.integers(0, nd))), 8, 22), cat)
            if rng.random() < 0.004:
                fb(c, t_st + D(days=float(rng.uniform(0, 5))), "statement",
                   pick(["email", "community_forum"]), "tp_royalty_statement")
        # plan renewal at the anniversary
        if c["_plan"] != "free" and not stopped:
            ps = c["_plan_start"]
            if ps.month == m and y > ps.year:
                ann = date(y, m, min(ps.day, 28))
                tr = at(ann, 6, 8)
                if in_data(tr):
                    last6 = sum(c["_royalty"].get(month_add(y, m, -i), 0.0) for i in range(1, 7))
                    low = last6 < 20.0
                    p_ren = (0.8 if c["_plan"] == "pro" else 0.7) * (0.55 if low else 1.0)
                    recent_issues = sum(1 for d in c["_issues"] if (ann - d).days <= 365)
                    if recent_issues >= 2:
                        p_ren *= 0.85
                    plan = c["_plan"]
                    if rng.random() < p_ren:
                        ev(c, tr, "tp_renewal", "renewed", channel="email", plan=plan, 套餐=PLAN_ZH[plan],
                           churn_reason="", 流失原因="", royalty_last_6m_usd=round(last6, 2))
                        order(c, tr, "plan_subscription", PRICES[plan][cu], "paid", plan=plan, 套餐=PLAN_ZH[plan],
                              is_renewal="yes")
                    else:
                        if low:
                            reason = pick(list(CHURN_ZH), [0.55, 0.25, 0.1, 0.05, 0.05])
                        else:
                            reason = pick(list(CHURN_ZH), [0.1, 0.35, 0.2, 0.2, 0.3 if recent_issues else 0.15])
                        ev(c, tr, "tp_renewal", "cancelled", channel="email", plan=plan, 套餐=PLAN_ZH[plan],
                           churn_reason=reason, 流失原因=CHURN_ZH[reason], royalty_last_6m_usd=round(last6, 2))
                        c["_plan"] = "free"
                        c["segment"] = "lapsed"
                        if rng.random() < 0.4:
                            topic = {"too_expensive": "price", "no_sales": pick(["price", "generic_neg"], [0.4, 0.6]),
                                     "book_done": "generic_neu", "switched_platform": "generic_neg",
                                     "poor_service": pick(["generic_neg", "payout", "print"], [0.6, 0.2, 0.2])
                                     }[reason]
                            fb(c, tr + D(days=float(rng.uniform(0.2, 6))), topic, "exit_survey", "tp_renewal"
                               if topic in ("price", "generic_neu") else None)
                        if reason == "switched_platform":
                            stopped = True
        y, m = month_add(y, m, 1)


# ---------------------------------------------------------------- population
def signup_days():
    days = (END.date() - START.date()).days + 1
    w = np.ones(days)
    for i in range(days):
        d = START.date() + D(days=i)
        w[i] = (1 + 0.5 * i / days) * (1.3 if d.month == 1 else 1.0) * (1.0 if d.weekday() < 5 else 0.8)
    return w / w.sum()


def main_sim():
    # legacy authors, published before 2025
    for _ in range(N_LEGACY):
        signup = datetime(2019, 1, 1) + D(days=float(rng.uniform(0, 2100)))
        c = new_author(signup, legacy=True)
        pub = (signup + D(days=float(rng.uniform(20, 160)))).date()
        if pub >= date(2024, 12, 1):
            pub = date(2024, 11, int(rng.integers(1, 29)))
        c["_book"] = nid("B", 6)
        c["_format"] = pick(["ebook", "ebook+paperback", "paperback"], [0.4, 0.52, 0.08])
        c["_pub"] = pub
        c["segment"] = "published"
        c["books_published"] = int(pick([1, 2, 3, 4, 6], [0.5, 0.25, 0.12, 0.08, 0.05]))
        c["_q"] *= 0.8
        plan = pick(["free", "pro", "premium"], [0.45, 0.4, 0.15])
        c["_plan"] = plan
        c["_plan_start"] = pub + D(days=int(rng.integers(0, (date(2024, 12, 31) - pub).days + 1)))
        post_publish(c, pub, legacy=True, balance=float(rng.uniform(0, 45)))
    # new sign-ups
    p = signup_days()
    idx = rng.choice(len(p), N_NEW, p=p)
    for i in np.sort(idx):
        d = START.date() + D(days=int(i))
        mk_first = at(d, 6, 24)
        c = new_author(mk_first, legacy=False)
        author_flow(c, mk_first)
    nps_waves()
    public_and_undated()


def nps_waves():
    for wave, wd in (("2025-06", date(2025, 6, 16)), ("2025-12", date(2025, 12, 8)), ("2026-06", date(2026, 6, 15))):
        for c in customers:
            if c.get("_pub") is None or c["_pub"] > wd - D(days=14) or rng.random() > 0.3:
                continue
            recent = sum(1 for d in c["_issues"] if 0 <= (wd - d).days <= 180)
            last6 = sum(c["_royalty"].get(month_add(wd.year, wd.month, -i), 0.0) for i in range(1, 7))
            if recent >= 1:
                p = [0.5, 0.3, 0.2]
            elif last6 < 10:
                p = [0.3, 0.35, 0.35]
            else:
                p = [0.1, 0.25, 0.65]
            band = pick(["det", "pas", "pro"], p)
            score = int({"det": rng.integers(0, 7), "pas": rng.integers(7, 9), "pro": rng.integers(9, 11)}[band])
            ts = at(wd + D(days=int(rng.integers(0, 10))), 8, 23)
            if rng.random() < 0.45:
                if band == "det":
                    topic = pick(["generic_neg", "payout", "print", "review", "price"],
                                 [0.5, 0.15, 0.1, 0.1, 0.15] if recent else [0.6, 0.0, 0.0, 0.05, 0.35])
                elif band == "pro":
                    topic = pick(["generic_pos", "editor", "cover"], [0.8, 0.1, 0.1])
                    if topic == "cover":
                        fb(c, ts, "cover", "nps_survey", None, nps=score, survey_wave=wave, want="positive")
                        continue
                else:
                    topic = "generic_neu"
                fb(c, ts, topic, "nps_survey", None, nps=score, survey_wave=wave)
            else:
                fid = nid("F", 6)
                feedback.append(dict(feedback_id=fid, customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id="",
                                     channel="nps_survey", rating="", nps=score,
                                     text="无" if lang(c) == "zh" else "N/A", language=lang(c),
                                     region=c["region"], survey_wave=wave))
                truth.append(dict(feedback_id=fid, topic="none", sentiment=""))


def public_and_undated():
    # app store reviews: no account link
    for _ in range(430):
        t = at((START + D(days=float(rng.uniform(0, 576)))).date(), 7, 24)
        lg = pick(["en", "zh"], [0.5, 0.5])
        topic = pick(["generic_pos", "generic_neu", "generic_neg", "upload"], [0.42, 0.18, 0.28, 0.12])
        store = pick(["App Store", "Google Play"]) if lg == "en" else pick(["App Store", "华为应用市场", "小米应用商店"])
        fb(None, t, topic, "app_review", "tp_manuscript_upload" if topic == "upload" else None, lg=lg,
           app_store=store)
    pub = [c for c in customers if c.get("_pub") is not None]
    # notes from author-success calls, typed up later without the call date
    for _ in range(140):
        c = pub[int(rng.integers(0, len(pub)))]
        topic = pick(["generic_pos", "generic_neu", "generic_neg", "statement", "promo", "editor"],
                     [0.3, 0.25, 0.15, 0.15, 0.1, 0.05])
        fb(c, None, topic, "author_call_note", "tp_royalty_statement" if topic == "statement" else
           ("tp_marketing" if topic == "promo" else None))
    # messages exported from the Chinese authors' WeChat group, no time
    zh_pub = [c for c in pub if lang(c) == "zh"]
    for _ in range(60):
        c = zh_pub[int(rng.integers(0, len(zh_pub)))]
        topic = pick(["generic_neg", "generic_neu", "generic_pos", "isbn", "payout"], [0.3, 0.25, 0.2, 0.15, 0.1])
        fb(c, None, topic, "wechat_group", {"isbn": "tp_isbn", "payout": "tp_payout"}.get(topic))


def write(path: Path, rows: list[dict], cols=None) -> None:
    if cols is None:
        cols, seen = [], set()
        for r in rows:
            for k in r:
                if k not in seen and not k.startswith("_"):
                    seen.add(k)
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    main_sim()
    for c in customers:
        c["tier"] = c["_plan"]
        c["会员等级"] = PLAN_ZH[c["_plan"]]
    # dashboard double-submits: a few upload rows were sent twice (exact duplicates, same event_id)
    up = [e for e in events if e["touchpoint_id"] == "tp_manuscript_upload"]
    for i in rng.choice(len(up), 30, replace=False):
        events.append(dict(up[int(i)]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    feedback.sort(key=lambda f: (f["ts"] or "9999", f["feedback_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    write(out / "customers.csv", customers)
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id",
             "region", "book_id"]
    for e in events:
        for k in e:
            if k not in ecols:
                ecols.append(k)
    write(out / "events.csv", events, ecols)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
