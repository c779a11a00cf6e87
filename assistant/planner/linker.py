"""Link words of the question to catalogue entries by zh/en names and aliases, tolerating typos."""
from __future__ import annotations

import dataclasses
import functools
import os
import re
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from typing import Any, Callable

from assistant.planner.text import YES_NO
from assistant.planner.types import Catalog, Mention, TIME_GRAINS

CJK = re.compile(r"[\u4e00-\u9fff]")
# single English words too common to mean a value on their own ("what's new", "good")
WEAK_WORDS = frozenset({"new", "good", "bad", "call", "source", "level", "point", "date", "day", "hour", "week",
                        "month", "daily", "weekly", "monthly", "per day", "per week", "per month", "stage", "page",
                        "step", "shop", "tone", "area", "city", "variant", "arm", "web", "app", "apple", "phone",
                        # words that ask for a measure ("what share of …", "the total") before they name a value
                        "share", "total", "average", "rate", "count",
                        # the particles of phrasal verbs ("came back", "dropped off", "signed up": tattoo_location back)
                        "back", "out", "off", "up", "down", "over"})
# surfaces that only count as dimension names (not values) when one of these follows or precedes
# a common word said to be left out ("bucket deposits don't count", "excluding deposits"): a value of the rows counted
WEAK_LEFT_OUT = re.compile(r"^s?\s*(?:don'?t|do not|does not|doesn'?t|aren'?t|are not|were not|weren'?t)\s+(?:count|included)\b|"
                           r"^s?\s*(?:excluded|not counted|left out)\b")
WEAK_LEFT_OUT_BEFORE = re.compile(r"\b(?:excluding|except(?: for)?|not counting|minus|leaving out)\s+(?:the\s+|any\s+)?"
                                  r"(?:[a-z]+\s+)?$")
ORDINAL_WORDS = frozenset({"first", "second", "third", "last", "final", "next", "initial"})
PLATFORM_WEAK = frozenset({"app", "web"})
WEAK_BEFORE = re.compile(r"(?:\b(?:on|via|in|from|only|through|for|by)\s+(?:the\s+)?|[\u4e00-\u9fff]|"
                         # ("how much interest did we collect", "how much rent came in": the money's kind)
                         r"\bhow much\s+|"
                         # ("what share of players are students": the value said of the people counted)
                         r"\b(?:are|were)\s+(?:(?:still|also|now|currently)\s+)?)$")
# ("were bid online", "paid online", "booked offline": how it was done, after its verb and closing the clause —
# "paid new and used records" is no manner)
# (and how a thing turned out, after a verb of happening: "pick-ups that ran late", "arrived damaged", "ended early")
WEAK_VERB_BEFORE = re.compile(r"\b(?:bid|bought|sold|paid|booked|ordered|purchased|applied|registered|signed up|won|"
                              r"ran|run|running|came|come|coming|arrived|arrive|arriving|turned up|showed up|went|"
                              r"ended|finished|started|got|was|is|been|being)\s+$")
WEAK_MANNER_AFTER = re.compile(r"\s*(?:[,.;?!)]|$|\b(?:in|on|at|during|for|from|via|than|last|this|between|since|"
                               # ("started late vs the crew call time", "arrived late against the slot")
                               r"vs|versus|against|compared|relative|because|due|by|after|before)\b)")
# ("company (business) customers", "school / class-shirt customers": a gloss or an alternative before the people)
WEAK_AFTER = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*|/\s*[\w\-]+(?:\s+[\w\-]+)?\s+)?(?:users?|customers?|buyers?|orders?|channel|device|segment|visitors?|members?|subscribers?|"
                        r"accounts?|plans?|tier|level|priority|players?|students?|learners?|tenants?|clients?|patients?|"
                        r"revenue|sales|gmv|income|spend|amount|refunds?|"
                        # the rows counted ("sea shipments", "air freight", "print holds", "weekend rides")
                        r"(?:shipments?|parcels?|packages?|freight|deliver(?:y|ies)|bookings?|trips?|rides?|tickets?|"
                        r"items?|loans?|holds?|moves?|jobs?|visits?|sessions?|claims?|cases?|applications?|"
                        r"appointments?|reservations?|stays?|flights?|"
                        # (the people who did it, "an online bidder", "offline sellers", "walk-in renters")
                        r"(?!(?:over|under|after|other|others|never|ever|either|whether|rather|together|higher|lower|"
                        r"later|earlier|number|numbers|september|october|november|december|summer|winter|for|per|"
                        r"than|then|ever|floor|door|color|colour|error|errors|major|minor|prior)\b)"
                        r"[a-z]{2,}(?:ers?|ors?))(?![a-z\-])|[\u4e00-\u9fff])")
# a company's value that is an everyday English word ("team", "account", "go", "family") is weak like WEAK_WORDS
COMMON_VALUE = 5.0
FUZZY_MIN_EN = 5
FUZZY_MIN_SIMILARITY = 0.8
STRONG_GUESS = 0.9
INFLECTED = 0.95  # the same words with another regular ending  # a guessed name this close may win over a shorter exact one inside it  # 1 - edits / length: one typo in five letters, two in ten
SHORT_SURFACE = 3  # "pc", "ios", "app": only a whole word of exactly these letters names them
# endings of a different English word built on the same stem ("computed" is no typo of "computer")
INFLECTIONS = ("ing", "ed", "es", "er", "ly", "s", "d")
TIME_DIMS = frozenset(TIME_GRAINS)
# Zipf frequency (wordfreq: 3 = once per million words) from which a word is a real word, not a typo:
# "score" is no misspelt "store", and in 客评价 the 评价 is a word, not a slip for 客单价
REAL_WORD_EN = 3.6
REAL_WORD_ZH = 4.0


def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency  # loaded on first fuzzy match, not at import
    return zipf_frequency(word, lang)


def _zh_word(s: str, at_least: float) -> bool:
    """Is s one Chinese dictionary word (not two characters that each occur a lot) this common?"""
    from wordfreq import tokenize
    return len(tokenize(s, "zh")) == 1 and _zipf(s, "zh") >= at_least


@functools.lru_cache(maxsize=4096)  # (asked for every head of every step name, on every Chinese question)
def one_zh_word(s: str) -> bool:
    """Is s a single Chinese dictionary word (巧克力; not 预约页, 企业定制, which are two)?"""
    return _zh_word(s, 0.0)


@dataclass(frozen=True)
class Entry:
    surface: str
    kind: str
    id: str
    dim: str | None = None
    label: str = ""
    fuzzy: bool = True  # a spelling variant (value-for-money, guangdong) is matched as written only
    # a step's name without the words its family of steps shares ("终审通过" of 国内报销单终审通过): these words,
    # one of them said in the question, pick it among the family's steps of the same remainder
    needs: tuple[str, ...] = ()


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower().replace("_", " "))


IRREGULAR_PARTICIPLES = frozenset({"made", "sent", "paid", "done", "won", "lost", "held", "built", "sold", "bought", "given",
                                   "taken", "written", "driven", "chosen", "left", "kept", "set", "shown", "seen"})


PASSIVE_AUX = ("is", "was", "were", "are", "be", "being", "been", "gets", "got", "get", "getting")


def _participle_first(name: str) -> list[str]:
    """An English step name "Policy issued", "Credit approved" as a question says it: "issued policy", or in the
    passive: "the account being opened", "a ticket is resolved", "payments were received"."""
    words = name.strip().lower().split()
    if 2 <= len(words) <= 3 and all(x.isalpha() for x in words[:-1]) and \
            (words[-1].endswith("ed") or words[-1] in IRREGULAR_PARTICIPLES):
        obj, verb = " ".join(words[:-1]), words[-1]
        # (the participle before a longer object, "paid first box", stays an adjective of the rows said next:
        # "paid first box plus weekly box orders")
        out = ([f"{verb} {obj}"] if len(words) == 2 else []) + [f"{obj} {aux} {verb}" for aux in PASSIVE_AUX]
        # ("Quote approved" as "went on to approve a quote", "Site survey booked" as "booking a site survey": the
        # verb before its object)
        base = _base_form(verb)
        if base:
            gerund = (base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing"
            out += [f"{v} {d}{obj}" for v in (base, gerund) for d in ("a ", "an ", "the ", "their ", "")]
        return out
    return []


def _do_support(name: str) -> list[str]:
    """"Event served" said with do-support: "how many events did we serve", "didn't they attend" — the verb's base
    form after do, the step's object said before it (added only for a verb no other step's name has)."""
    words = name.strip().lower().split()
    if not (len(words) == 2 and words[0].isalpha() and (words[1].endswith("ed") or words[1] in IRREGULAR_PARTICIPLES)):
        return []
    base = _base_form(words[1])
    return [f"{aux} {who} {base}" for aux in ("did", "do", "does", "didn't", "did not", "don't")
            for who in ("we", "they", "you", "i", "he", "she", "it", "customers", "clients", "people", "users")] \
        if base else []


PARTICLES = ("out", "in", "up", "off", "back", "over", "down", "on")


def _phrasal_verb(name: str) -> list[str]:
    """A step named by a phrasal verb made a noun ("Pump-out", "check-in", "pick up") as a question says the verb:
    "pumped out", "pumping out", "checked in"; each form a real English word."""
    m = re.fullmatch(r"([a-z]{3,})[\s\-]+(" + "|".join(PARTICLES) + r")", name.strip().lower())
    if m is None:
        return []
    verb, part = m.groups()
    return [f"{form} {part}" for form in _past_and_gerund(verb, 2.5, keep_ee=False)]


def _past_and_gerund(verb: str, floor: float, keep_ee: bool = True) -> list[str]:
    """The -ed and -ing forms of a base verb that are English words of zipf ≥ floor (e-dropped, doubled or plain,
    the commonest); `keep_ee`: "agree" keeps its e's ("agreeing")."""
    drop = verb.endswith("e") and not (keep_ee and verb.endswith("ee"))
    stems = [verb[:-1]] if drop else [verb, verb + verb[-1]]
    out = []
    for end in ("ed", "ing"):
        forms = [x + end for x in stems] + ([verb + "d"] if verb.endswith("e") and end == "ed" else [])
        best = max(forms, key=lambda x: _zipf(x, "en"))
        if _zipf(best, "en") >= floor:
            out.append(best)
    return out


def _verb_first(name: str) -> list[str]:
    """A step's English alias that opens with a verb's base form ("add a car", "book a visit") as a question says the
    verb: "adding a car", "added a car", "booking a visit"; each form a real English word."""
    words = name.strip().lower().split()
    if len(words) < 2 or not re.fullmatch(r"[a-z]{3,}", words[0]) or words[0].endswith(("ing", "ed", "s")):
        return []
    verb, rest = words[0], " ".join(words[1:])
    return [f"{form} {rest}" for form in _past_and_gerund(verb, 3.0)]


def _base_form(participle: str) -> str:
    """The base form of a past participle ("served" serve, "booked" book, "stopped" stop, "paid" pay), by the
    irregular list and then by which regular stem is the commoner English word; "" when none is one."""
    irregular = next((b for b, forms in IRREGULAR.items() if participle in forms), None)
    if irregular:
        return irregular
    if not participle.endswith("ed"):
        return ""
    stems = [participle[:-3] + "y"] if participle.endswith("ied") else []
    stems += [participle[:-1], participle[:-2]]
    if len(participle) > 4 and participle[-3] == participle[-4]:
        stems.append(participle[:-3])  # stopped → stop
    best = max(stems, key=lambda x: _zipf(x, "en"))
    return best if _zipf(best, "en") >= 3.0 else ""


def _gerund_last(name: str) -> list[str]:
    """An English step name ending in a verb's -ing ("Bank card linking", "Account closing") as a question says it:
    "linked a bank card", "link the bank card", "bank card linked", "bank-card-linked"."""
    words = name.strip().lower().split()
    if len(words) < 2 or not words[-1].endswith("ing") or len(words[-1]) < 6 or not all(x.isalpha() for x in words):
        return []
    stem = words[-1][:-3]
    base = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz" else stem
    past = stem + ("d" if stem.endswith("e") else "ed")
    obj = " ".join(words[:-1])
    out = [f"{obj} {past}", f"{'-'.join(words[:-1])}-{past}"]
    for verb in (past, base, base + "s", words[-1]):
        out += [f"{verb} {obj}"] + [f"{verb} {d} {obj}" for d in ("a", "an", "the", "their", "his", "her", "my")]
    return out


def _pos(name: str) -> list[Any]:
    """jieba's part-of-speech split of a name, with jieba's own dictionary only: the planner's tokenizer learns
    each catalogue's names, and a name's split must not depend on which workspaces were opened before."""
    import jieba
    import jieba.posseg as pseg
    jieba.setLogLevel(60)
    return pseg.lcut(name)


def _verb_object(name: str) -> list[str]:
    """A Chinese step name made of an object and a verb ("信用卡申请", "保养预约") as a question says it, verb
    first ("申请信用卡", "预约了保养"); the word split is jieba's."""
    if not (4 <= len(name) <= 6 and all(CJK.match(c) for c in name)):
        return []
    words = _pos(name)
    if len(words) != 2 or min(len(x.word) for x in words) < 2 or words[1].flag not in ("v", "vn"):
        return []
    obj, verb = words[0].word, words[1].word
    return [f"{verb}{obj}", f"{verb}了{obj}", f"{verb}过{obj}", f"{verb}的{obj}"]  # ("登记的线索": the leads logged)


def _verb_named(name: str) -> list[str]:
    """An English step name ending in a noun made from a verb ("Auto-renewal", "Loan application") said with the
    verb: "auto-renew", "apply for a loan" is too far; only the name's own words with the verb in the noun's place."""
    from assistant.planner.lexicon_en import VERB_OF
    words = (name or "").strip().lower().split()
    if not words or not name.isascii():
        return []
    head, _, last = words[-1].rpartition("-")
    verb = VERB_OF.get(last)
    if verb is None and len(words) == 1 and not head:
        # ("Calibration" said "how many instruments did we calibrate": a one-word name whose verb is an uncommon word
        # the dictionary knows — never an everyday verb like pay, whose noun "Payment" keeps its own reading)
        derived = _verb_of_noun(last)
        return [derived] if derived else []
    if verb is None or (len(words) == 1 and not head):  # a one-word name ("Payment") keeps its noun
        return []
    return [" ".join(words[:-1] + [(head + "-" if head else "") + verb])]


ONE_WORD_VERB_MAX_ZIPF = 4.0  # a one-word step's verb this rare names it alone ("calibrate", "inspect")
ONE_WORD_VERB_MIN_ZIPF = 2.0  # and a real word (wordfreq also lists cut-offs like "registre", "applic")


def _verb_of_noun(noun: str) -> str | None:
    """The verb a noun in -ation / -ion is made from, when the dictionary has it: calibration → calibrate,
    inspection → inspect, installation → install."""
    if not noun.isalpha() or not noun.endswith("ion") or len(noun) < 8:
        return None
    stem = noun[:-5] if noun.endswith("ation") else noun[:-3]
    for verb in ((stem + "ate", stem, stem + "e") if noun.endswith("ation") else (stem, stem + "e")):
        if ONE_WORD_VERB_MIN_ZIPF <= _zipf(verb, "en") < ONE_WORD_VERB_MAX_ZIPF:
            return verb
    return None


def _verb_aspect(name: str) -> list[str]:
    """A Chinese step name that is a verb and its object ("交定金", "下订单", "预约带看") as a question says it
    with an aspect particle: "交了定金", "下过订单", "预约过带看"."""
    if not (3 <= len(name) <= 10 and CJK.match(name[0]) and " " not in name):
        return []
    words = _pos(name)
    # jieba tags 下 (下订单) as a locality word; the object may be written in letters ("开通Plus会员")
    rest = name[len(words[0].word):] if words else ""
    out = []
    if name[0] in ONE_CHAR_VERBS and len(name) <= 5:
        # ("约试骑", "签合同": jieba reads 约试 / 签合同 as one word; a leading one-character verb is said "约了试骑")
        out = [f"{name[0]}{p}{name[1:]}" for p in "了过"]
    if len(words) < 2 or len(words[0].word) > 2 or not all(CJK.match(c) for c in words[0].word) \
            or words[0].flag not in ("v", "f", "vn") or len(rest) < 2:
        return out
    return list(dict.fromkeys(out + [f"{words[0].word}{p}{rest}" for p in "了过"]))


NEGATION_CHARS = frozenset("没未不无别非")
# a refund step named verb first ("退定金", "退押金") as people say it object first
MONEY_BACK = re.compile(r"^退(定金|押金|订金|保证金|会费|尾款|钱|费)$|^(定金|押金|订金|保证金|会费|尾款)(?:退还|退回|退回来|退款|已退)$")


def _money_back(name: str) -> list[str]:
    """"退定金" → "定金退回来", "定金退回", "定金退还", "定金退了" (and "押金退还" → "押金退回"): the money said first, then
    that it went back."""
    m = MONEY_BACK.match(name)
    money = (m.group(1) or m.group(2)) if m else None
    return [f"{money}{v}" for v in ("退回来", "退回", "退还", "退了") if f"{money}{v}" != name] if money else []


# one-character verbs a step's name starts with ("约试菜", "签合同", "付尾款", "办会员卡"): general Chinese vocabulary
ONE_CHAR_VERBS = frozenset("约签付交下买办填订发收领退开提送取选加换修租还接报缴续拿充")


# the one-character Chinese noun of a place column named in English ("哪个省" → province)
PLACE_NOUN_ZH = {"province": "省", "city": "市", "district": "区", "county": "县", "state": "州", "country": "国",
                 "store": "店", "shop": "店"}
# the everyday words for a company's places whose last character names them after a counting or grouping word
PLACE_KIND_WORDS = frozenset({"门店", "店铺", "分店", "场馆", "场地", "网点", "站点", "院区", "校区", "仓库"})
PLACE_KIND_CHARS = frozenset("店馆点区库")
ONE_CHAR_LEADS = ("哪个", "哪些", "哪家", "哪本", "哪一本", "哪门", "哪一门", "每家", "每本", "各", "每个", "按", "多少个", "多少家", "多少本",
                  "几个", "几家", "几本")


# region codes as data keeps them and as people say them (general geography, not any one company's data)
PLACE_CODES = {
    "sea": ("southeast asia", "东南亚"), "na": ("north america", "北美"), "eu": ("europe", "欧洲"),
    "latam": ("latin america", "拉美", "拉丁美洲"), "apac": ("asia pacific", "亚太"), "emea": ("emea", "欧洲中东非洲"),
    "mena": ("middle east", "中东"), "sa": ("south america", "南美"), "oce": ("oceania", "大洋洲"),
    "cn": ("china", "中国", "国服"), "us": ("united states", "美国"), "uk": ("united kingdom", "英国"),
    "jp": ("japan", "日本"), "kr": ("korea", "韩国"), "tw": ("taiwan", "台湾"), "hk": ("hong kong", "香港"),
    "sg": ("singapore", "新加坡"), "in": ("india", "印度"), "br": ("brazil", "巴西"), "de": ("germany", "德国"),
    "fr": ("france", "法国"), "au": ("australia", "澳大利亚"), "ca": ("canada", "加拿大"), "mx": ("mexico", "墨西哥"),
}
PLACE_PARTS = {"north": ("north", "北方", "北部"), "south": ("south", "南方", "南部"), "east": ("east", "东部"),
               "west": ("west", "西部"), "central": ("central", "中部")}
# a column of places a store or site may be named after (its city, district, province, region)
PLACE_COLUMN = re.compile(r"(?i)city|province|region|district|county|town|area|location|country|state|zone|market|"
                          r"geo|territory|城市|省|地区|区域|区县|市|县|商圈|国家")
PLACE_DIM = re.compile(r"(?i)region|country|market|server|area|geo|zone|location|territory")


# payment methods as data keeps them and as people say them (general vocabulary, not one company's data)
PAY_WORDS = {
    "wechat_pay": ("微信支付", "微信"), "wechat": ("微信支付", "微信"), "weixin": ("微信支付", "微信"),
    "alipay": ("支付宝",), "unionpay": ("云闪付", "银联"), "union_pay": ("云闪付", "银联"),
    "credit_card": ("信用卡",), "debit_card": ("借记卡", "储蓄卡"), "bank_card": ("银行卡",),
    "bank_transfer": ("银行转账", "转账"), "cash": ("现金",), "apple_pay": ("苹果支付",),
    "direct_debit": ("自动扣款", "代扣"), "paypal": ("贝宝",), "corporate": ("企业支付", "对公"),
}
PAY_DIM = re.compile(r"(?i)pay|payment|method|wallet|tender")
# a gender column's values however it codes them (F / M, female / male, 女 / 男): the words people say for them
_WOMEN = ("women", "woman", "female", "females", "ladies", "lady", "girls", "女性", "女", "女生", "女士", "女用户", "女客户")
_MEN = ("men", "man", "male", "males", "gentlemen", "boys", "男性", "男", "男生", "男士", "男用户", "男客户")
GENDER_WORDS = {"f": _WOMEN, "female": _WOMEN, "女": _WOMEN, "女性": _WOMEN, "w": _WOMEN,
                "m": _MEN, "male": _MEN, "男": _MEN, "男性": _MEN}
GENDER_DIM = re.compile(r"(?i)gender|(?:^|_)sex(?:$|_)|性别")
# values companies keep in English that Chinese questions say in their own words, whatever the column
# (general vocabulary of formats, billing periods and customer kinds, not any one company's data)
VALUE_WORDS = {
    "paper": ("纸质书", "纸书", "纸质版", "纸质"), "ebook": ("电子书", "电子版"), "e_book": ("电子书", "电子版"),
    "audiobook": ("有声书",), "monthly": ("月付", "包月", "月度", "月卡"), "annual": ("年付", "包年", "年度", "年卡"),
    "yearly": ("年付", "包年", "年卡"), "quarterly": ("季付", "按季", "季卡"), "weekly": ("周付", "按周", "周卡"),
    "online": ("线上",), "offline": ("线下",), "domestic": ("国内",), "international": ("国际", "海外"),
    "male": ("男性", "男", "男生", "男士", "男用户"), "female": ("女性", "女", "女生", "女士", "女用户"), "prepay": ("预付", "预付款"), "prepaid": ("预付", "预付费"),
    "net30": ("月结", "月结30天", "账期30天"), "net_30": ("月结", "月结30天"), "postpaid": ("后付费",),
    "in_store": ("到店", "店内"), "delivery": ("外送", "配送"), "pickup": ("自提",), "takeaway": ("外带", "外卖"),
    # member tiers and plans as companies name them in the other language
    "platinum": ("铂金", "白金", "铂金卡", "白金卡"), "gold": ("黄金", "金卡", "金牌"), "silver": ("白银", "银卡", "银牌"),
    "diamond": ("钻石", "钻石卡", "钻卡"), "bronze": ("青铜", "铜卡", "铜牌"), "regular": ("普通",),
    "basic": ("基础版", "基础"), "standard": ("标准版", "标准"), "premium": ("高级版", "尊享"), "family": ("家庭版", "家庭"),
    "individual": ("个人版",), "student": ("学生版",), "enterprise": ("企业版",),
    # how a purchase is paid for
    "lease": ("租赁",), "leasing": ("租赁",), "loan": ("贷款",), "cash": ("现金", "全款"), "installment": ("分期",),
    "instalment": ("分期",),
    # kinds of shows and events
    "standup": ("脱口秀",), "stand_up": ("脱口秀",), "musical": ("音乐剧",), "concert": ("演唱会",),
    "opera": ("歌剧",), "drama": ("话剧",),
    # common abbreviations companies use as codes
    "fnb": ("f&b", "f & b", "food & beverage", "food and beverage", "food & drink", "food and drink", "餐饮", "酒水"),
    "f_b": ("f&b", "food & beverage", "food and beverage", "food & drink", "food and drink", "餐饮", "酒水"),
}


def _derived_nouns(parts: list[str]) -> list[str]:
    """A code's verb said as its noun ("install_fee" → "installation fee", "ship_cost" → "shipment cost"): each
    part that has a common English noun in -ation / -ment, one part at a time."""
    out = []
    for i, p in enumerate(parts):
        low = p.lower()
        if not re.fullmatch(r"[a-z]{3,12}", low):
            continue
        for noun in (low + "ation", low[:-1] + "ation" if low.endswith("e") else "", low + "ment"):
            if noun and _zipf(noun, "en") >= REAL_WORD_EN:
                out.append(" ".join([*parts[:i], noun, *parts[i + 1:]]).lower())
    return out


COMPOUND_HALF = 4.0  # Zipf frequency of each half of a closed compound ("stand" + "up")


def _compound_halves(raw: str) -> list[tuple[str, str]]:
    """A value written as one English word that is two common words ("standup", "checkout"): the split(s)."""
    w = raw.strip().lower()
    if not re.fullmatch(r"[a-z]{6,16}", w) or _zipf(w, "en") >= REAL_WORD_EN:
        return []  # (a common word is written as it is: "musical" is no "music al")
    return [(w[:i], w[i:]) for i in range(3, len(w) - 1)
            if _zipf(w[:i], "en") >= COMPOUND_HALF and _zipf(w[i:], "en") >= COMPOUND_HALF
            and (len(w) - i >= 3 or w[i:] in ("up", "in", "on"))][:1]


def place_words(raw: str) -> list[str]:
    """"sea" → southeast asia, 东南亚; "cn_north" → 中国北方, china north (codes only, never ordinary words)."""
    parts = [p for p in re.split(r"[_\-\s]+", raw.strip().lower()) if p]
    if not parts or parts[0] not in PLACE_CODES or not raw.isascii():
        return []
    base = PLACE_CODES[parts[0]]
    if len(parts) == 1:
        return list(base)
    if len(parts) == 2 and parts[1] in PLACE_PARTS:
        side = PLACE_PARTS[parts[1]]
        return [f"{base[0]} {side[0]}", f"{side[0]} {base[0]}"] + [f"{b}{s}" for b in base[1:] for s in side[1:]]
    return []


# the screen a step happens on, the last word of its English name ("Child profile form", "Plan details page")
UI_NOUNS = frozenset({"form", "page", "screen", "view", "popup", "modal", "tab", "section", "dialog", "window"})


def _touchpoint_kind_forms(catalog: Catalog) -> list[str]:
    """When most touchpoints are things of one kind named by a shared Chinese ending (美国航空, 西南航空, 捷蓝航空…:
    airlines a feedback corpus is about), the words that ask for them as groups: 哪家航空(公司), 各航空公司, and the
    kind's English word from the dictionary ("airline"), singular and plural."""
    names = [t.name_zh or t.name for t in catalog.touchpoints if CJK.search(t.name_zh or t.name or "")]
    if len(names) < 3:
        return []
    best = ""
    for n in (2, 3):
        tails: dict[str, int] = {}
        for x in names:
            if len(x) > n + 1:
                tails[x[-n:]] = tails.get(x[-n:], 0) + 1
        top = max(tails.items(), key=lambda kv: kv[1], default=("", 0))
        if top[1] * 3 >= len(names) * 2 and all(CJK.match(c) for c in top[0]):
            best = top[0]
    if not best:
        return []
    forms = [lead + k for k in (best, best + "公司") for lead in ONE_CHAR_LEADS]
    from assistant.planner import glosses  # the kind's English word, when the dictionary has one
    for word in (best + "公司", best):
        senses = [g for g in glosses.gloss_words(word) if g.isalpha() and len(g) > 3] if word in glosses.dictionary() else []
        if len(senses) == 1:
            forms += [senses[0], senses[0] + "s"]
            break
    return forms


def _kind_word(raws: tuple[str, ...] | list[str]) -> str:
    """The Chinese word every value of a column ends with ("店" of 抱石派·徐汇滨江店, 宠爱静安店; "停车场"): what the
    column's things are called; "" when three or more values do not share one."""
    names = [r for r in raws if r and CJK.match(r[-1])]
    if len(names) < 3 or len(names) != len(raws):
        return ""
    tail = os.path.commonprefix([r[::-1] for r in names])[::-1]
    tail = tail[-3:] if len(tail) > 3 else tail
    return tail if tail and all(CJK.match(c) for c in tail) and all(len(r) > len(tail) + 1 for r in names) else ""


def _shared_tails(raws: tuple[str, ...] | list[str]) -> list[str]:
    """The two-character Chinese words two or more values end in, each value longer than the word by two or more
    ("菜园" of 上海金桥菜园 and 成都锦江菜园, "份地", "花园"), when every value is Chinese."""
    names = [r for r in raws if r and CJK.match(r[-1])]
    if len(names) < 3 or len(names) != len(raws):
        return []
    tails = Counter(r[-2:] for r in names if len(r) >= 4 and all(CJK.match(c) for c in r[-2:]))
    return [t for t, k in tails.items() if k >= 2]


def _without_kind_tail(raws: tuple[str, ...] | list[str], kind: str) -> dict[str, str]:
    """Chinese names said without the word their kind of thing ends in ("曼彻斯特乔尔顿份地" → 曼彻斯特乔尔顿 where the
    values end in 份地, 菜园, 花园 …): the name left must keep three characters or more and be one value's only."""
    tails = [t for t in ([kind] if kind else []) + _shared_tails(raws) if t]
    out: dict[str, str] = {}
    for r in raws:
        for t in tails:
            rest = r[:-len(t)] if r.endswith(t) else ""
            # (the name left is a place's or a person's: "养殖户介绍" said as 养殖户 is farmers, no referral source)
            if len(rest) >= 3 and all(CJK.match(c) for c in rest[-2:]) and \
                    any(x.flag[:2] in ("ns", "nr") for x in _pos(rest)):
                out[r] = rest
                break
    shorts = Counter(out.values())
    return {r: s for r, s in out.items() if shorts[s] == 1 and s not in raws}


def _without_brand(raws: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Chinese names that all begin with the company's brand ("宠爱徐汇店", "宠爱静安店", "抱石派·三里屯店"): each
    without it, as staff say them ("徐汇店"), when three or more share a brand of two or more characters."""
    names = [r for r in raws if r and CJK.match(r[0])]
    if len(names) < 3 or len(names) != len(raws):
        return {}
    brand = os.path.commonprefix(names)
    if len(brand) < 2:
        return {}
    out = {}
    for r in names:
        rest = r[len(brand):].lstrip("·・-—_ 　")
        if len(rest) >= 2 and CJK.match(rest[0]):
            out[r] = rest
    return out if len(set(out.values())) == len(out) else {}


def _owners_named_by_twins(catalog: Catalog) -> list[tuple[str, str]]:
    """Chinese words for a company's column that only its Chinese twin columns give: 钓场城市 holds park_city's
    cities in Chinese, so 钓场 is what the company calls a park (the column named park); 塘口类型 beside pond_type
    makes 塘口 the pond type, as "pond" is in English. The twin pairing is read from the rows (Catalog.value_twins),
    the Chinese column's tail must be the dictionary word of the English column's last word (城市 / city)."""
    from assistant.planner.catalog import KIND_HEADS, OWNER_WORDS
    from assistant.planner.lexicon_zh import COLUMN_WORDS
    from assistant.planner.lexicon_zh import PEOPLE as PEOPLE_ZH
    have = {d.id: d for d in catalog.dimensions if d.extra and catalog.dimension_values.get(d.id)}
    found: dict[str, set[str]] = {}
    for zh, twins in catalog.value_twins.items():
        if not all(CJK.match(c) for c in zh):
            continue
        for en in twins:
            words = [w for w in re.split(r"[_\-\s]+", en.lower()) if w]
            if len(words) < 2 or words[0] in OWNER_WORDS or not all(w.isalpha() for w in words):
                continue
            for tail in COLUMN_WORDS.get(words[-1], ()):
                head = zh[:-len(tail)] if zh.endswith(tail) else ""
                if len(head) < 2 or head in PEOPLE_ZH:
                    continue  # (用户类型: 用户 are the users of any question, never a column's own name)
                owner = "_".join(words[:-1])
                target = next((c for c in (owner, owner + "_name") if c in have), None)
                if target is None and words[-1] in KIND_HEADS:
                    target = en  # (no column of the things themselves: the kind column is what the word names)
                if target:
                    found.setdefault(head, set()).add(target)
    # (a word two columns would take names neither)
    return [(w, next(iter(ds))) for w, ds in found.items() if len(ds) == 1]


class _OtherValues:
    """The values other columns than one hold (a view of one value → columns map, not a copied set)."""

    def __init__(self, holders: dict[str, set[str]], dim: str) -> None:
        self.holders, self.dim = holders, dim

    def __contains__(self, value: object) -> bool:
        return bool(self.holders.get(str(value), set()) - {self.dim})


def _without_place(raws: tuple[str, ...] | list[str], places: Container[str]) -> dict[str, tuple[str, ...]]:
    """Names that begin with the city they are in ("北京望京店", "Beijing Wangjing", "深圳海岸城店"), where the city is a
    value of another column: each as staff say it, without the city ("望京店", "Wangjing"), in Chinese without the
    kind word all of them end with too ("望京"), and a long name by its first word, the place it is named after
    ("上海崇明东平森林营地" 崇明, "Shenzhen Dapeng Seaside" Dapeng, not an English word such as Forest). Only
    shortened names that stay one value's and name nothing else."""
    kind = _kind_word(raws)
    forms: dict[str, list[str]] = {}
    for raw in raws:
        r = raw.strip()
        if CJK.match(r[:1]):
            for k in (2, 3):
                rest = r[k:]
                if r[:k] in places and len(rest) >= 2 and CJK.match(rest[0]) and rest != kind:
                    # (never the kind word itself: "珠海基地" without 珠海 is every base's 基地)
                    forms.setdefault(rest, []).append(raw)
                    if kind and rest.endswith(kind) and len(rest) - len(kind) >= 2:
                        forms.setdefault(rest[:-len(kind)], []).append(raw)
                    if len(rest) - len(kind) >= 4 and all(CJK.match(c) for c in rest[:2]):
                        forms.setdefault(rest[:2], []).append(raw)  # "上海崇明东平森林营地" is 崇明 to its guests
        else:
            words = r.split()
            if len(words) >= 2 and words[0].lower() in places and len(rest := " ".join(words[1:])) >= 4:
                forms.setdefault(rest, []).append(raw)
                head = words[1].strip(",.")
                if len(words) >= 3 and len(head) >= 4 and head.isalpha() and _zipf(head.lower(), "en") < REAL_WORD_EN:
                    forms.setdefault(head, []).append(raw)  # "Shenzhen Dapeng Seaside" is Dapeng (a name, no word)
    # English names that all end with the kind of thing they are ("Parc Central Car Park", "MixC World Car Park"):
    # each without it ("Parc Central"), when most of the names share it
    latin = [r.strip() for r in raws if r and not CJK.search(r)]
    tails = Counter(" ".join(r.split()[-k:]) for r in latin for k in (1, 2) if len(r.split()) > k)
    kind_en = next((t for t, n in sorted(tails.items(), key=lambda x: (-x[1], -len(x[0])))
                    if n >= max(3, len(latin) // 2) and t[:1].isupper()), "")
    for r in latin:
        if kind_en and r.endswith(" " + kind_en) and len(rest := r[:-len(kind_en)].strip()) >= 4:
            forms.setdefault(rest, []).append(r)
    out: dict[str, list[str]] = {}
    for form, owners in forms.items():
        if len(set(owners)) == 1 and form.lower() not in places and form not in raws:
            out.setdefault(owners[0], []).append(form)
    return {raw: tuple(f) for raw, f in out.items()}


COLUMN_KIND_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:类型|类别|种类|名称)$|(?<=[a-z]{3})[_ ](?:type|category|kind|name|id)$")


def _column_head(column: str) -> str:
    """场所类型 → 场所, venue_type → venue; "" when the name has no such kind word."""
    low = column.strip().lower()
    head = COLUMN_KIND_SUFFIX.sub("", low)
    return head if head != low else ""


# words for a journey said after what it converts ("招投标链路", "the tender funnel")
JOURNEY_TAILS_ZH = ("旅程", "流程", "漏斗", "链路", "路径")
JOURNEY_TAILS_EN = (" journey", " funnel", " flow", " process", " pipeline")


# other words for the way something came about ("sign-up route" of signup_channel)
WAY_WORDS = ("channel", "channels", "route", "routes", "source", "sources", "method", "methods", "way", "path")
# compounds written as one word in column names and with a hyphen in questions
SPLIT_COMPOUNDS = {"signup": "sign-up", "checkin": "check-in", "checkout": "check-out", "login": "log-in",
                   "pickup": "pick-up", "dropoff": "drop-off", "topup": "top-up", "payout": "pay-out"}


# the values of a yes/no column as data writes them (text.YES_NO's pairs)
YES_NO_VALUES = frozenset(v for pair in YES_NO for v in pair)


# kind words a company's column name ends in ("co_reason", "payment_method", "claim_outcome"): said alone, they name
# the column the steps asked about record
COLUMN_TAILS = frozenset({"reason", "reasons", "method", "outcome", "result", "category", "source", "brand", "model",
                          "package", "tier", "grade"})


RARE_WORD = 3.3  # Zipf frequency below which a word of a value's code is the value's own ("whey", "gummies")


def _base_value(held: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The values holding one word, narrowed to the one every other is made from ("whey_isolate" of
    "whey_isolate_sachet", a sample of it): the word names the thing itself, not each kind of it."""
    parts = {v.lower(): [p for p in re.split(r"[_\s\-]+", v.lower()) if p] for _, v in held}
    if len(parts) < 2:
        return held
    base = min(parts, key=lambda v: len(parts[v]))
    n = len(parts[base])
    if all(any(p[i:i + n] == parts[base] for i in range(len(p) - n + 1)) for p in parts.values()):
        return {(d, v) for d, v in held if v.lower() == base}
    return held


def _rare_value_words(catalog: Catalog, out: list[Entry]) -> list[Entry]:
    """"the protein powders (whey and plant)", "melted gummies" of whey_isolate and creatine_gummies: an uncommon word
    that only one value's code is made of (in every column that holds it) names that value alone — a common word
    ("plant", "delivery") or one several values share never does, nor a word already naming anything else."""
    from assistant.planner.lexicon_zh import PLATFORMS
    # (a platform's name, "wechat" of wechat_csat, is how comments came in: the platform reading decides, planner)
    taken = {e.surface for e in out} | {code for codes in PLATFORMS.values() for code in codes}
    from assistant.planner.lexicon_en import PEOPLE
    people = {p.lower() for p in PEOPLE} | set(catalog.customer_words)
    holders: dict[str, set[tuple[str, str]]] = {}
    for dim, raws in catalog.dimension_values.items():
        info = catalog.dimension(dim)
        if dim in catalog.quiet or (info is not None and (info.identifier or info.numeric)):
            continue
        for raw in raws:
            raw_s = str(raw).strip()
            parts = [p.lower() for p in re.split(r"[_\s\-]+", raw_s) if p]
            if len(parts) < 2 or not raw_s.isascii():
                continue
            for p in set(parts):
                if len(p) >= 4 and p.isalpha():
                    holders.setdefault(p, set()).add(("channel" if dim == "feedback_channel" else dim, raw_s))
    found = []
    for word, held in holders.items():
        if word in taken or _zipf(word, "en") >= RARE_WORD or word + "s" in people or word in people:
            continue  # ("shippers" of shipper_cancelled: a word for the people counted never names that value alone)
        held = _base_value(held)
        if len({v.lower() for _, v in held}) != 1:
            continue
        found += [Entry(word, "value", v, d, v, False) for d, v in held]
    return found


EXPERIMENT_WORD_MAX_ZIPF = 4.0  # a word of a test's id this rare names the test ("vr", "walkthrough"; not "price")


# a column whose values are things done (plan_action, member_action, action)
ACTION_COLUMN = re.compile(r"(?:^|_)(?:action|actions|operation|activity)$")


def _verb_nouns(verb: str) -> tuple[str, ...]:
    """The nouns of a verb that English really uses (renew → renewal, cancel → cancellation, approve → approval,
    reject → rejection, settle → settlement): regular endings, kept only when the word is a common real word."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {stem + "al", verb + "ion", stem + "ion", verb + "ment", stem + "ation", verb + "ation"}
    if verb.endswith("l"):
        forms.add(verb + "lation")  # cancel → cancellation
    return tuple(sorted(f for f in forms if f != verb and _zipf(f, "en") >= 3.0))


# nouns whose plural English does not make with an s ("children" of the segment child)
IRREGULAR_PLURALS = {"child": "children", "person": "people", "man": "men", "woman": "women", "foot": "feet",
                     "tooth": "teeth", "mouse": "mice", "goose": "geese", "ox": "oxen", "wife": "wives",
                     "knife": "knives", "leaf": "leaves", "calf": "calves", "wolf": "wolves", "shelf": "shelves"}


# words for how a thing turned out that English says before the thing and a code after it (item_missing)
STATE_WORDS_AFTER = r"missing|lost|broken|wrong|stolen|torn|late|early|absent|overdue"


def gazetteer(catalog: Catalog) -> tuple[Entry, ...]:
    """Every surface form the catalogue knows, longest first."""
    out: list[Entry] = []

    def add(surface: str, kind: str, id_: str, dim: str | None = None, label: str = "", fuzzy: bool = True) -> None:
        s = _norm(surface)
        if len(s) >= 2 and not s.isdigit():
            out.append(Entry(s, kind, id_, dim, label or surface, fuzzy))
            raw = re.sub(r"\s+", " ", surface.strip().lower())
            if "_" in raw and raw != s:
                out.append(Entry(raw, kind, id_, dim, label or surface))  # "category_id" as typed
            spaced = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", s)
            if spaced != s:
                # ("Water-resistance test" said "water resistance test": a hyphen between two words is often left out)
                out.append(Entry(spaced, kind, id_, dim, label or surface, False))
            if s.endswith(" plus") and len(s) > 6:
                out.append(Entry(s[:-5] + "+", kind, id_, dim, label or surface, False))  # care_plus as "Care+"
            bare = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", s)
            if kind == "value" and bare != s and len(bare) >= (2 if CJK.search(bare) else 4) and not bare.isdigit():
                # ("QuickFix" of "QuickFix (outsourced)", "快修帮" of 快修帮（外包）: a name without its note)
                out.append(Entry(bare, kind, id_, dim, label or surface, False))
            last = s.rsplit(" ", 1)[-1]
            if kind in ("value", "dimension") and last in IRREGULAR_PLURALS:
                # ("plans we wrote for children" of the segment child: a plural English does not make with an s)
                out.append(Entry(s[:len(s) - len(last)] + IRREGULAR_PLURALS[last], kind, id_, dim, label or surface, False))
            halves = re.fullmatch(r"([a-z][a-z0-9&.'\- ]*[a-z0-9.])\s+([\u4e00-\u9fff]{2,})|([\u4e00-\u9fff]{2,})\s+"
                                  r"([a-z][a-z0-9&.'\- ]*[a-z0-9.])", s) if kind == "value" else None
            if halves:
                # ("顺丰冷运" or "SF Cold" of the courier "SF Cold 顺丰冷运": a name written in both languages is
                # said in one of them)
                for half in filter(None, halves.groups()):
                    if len(half) >= (2 if CJK.search(half) else 4):
                        out.append(Entry(half, kind, id_, dim, label or surface, False))
            if kind == "value" and len(s) >= 3 and s.endswith("费") and not s.endswith(("手续费", "费用")) and CJK.search(s):
                # ("改期手续费", "改期费用" of the fee type 改期费: the same fee in everyday words)
                out.extend(Entry(s[:-1] + tail, kind, id_, dim, label or surface, False) for tail in ("手续费", "费用"))

    # ("Installation completed" and "Repair completed": "did we complete" names neither)
    asked: dict[str, set[str]] = {}
    for tp in catalog.touchpoints:
        for s in {tp.name, tp.name_en} - {None, ""}:
            for v in _do_support(s):
                asked.setdefault(v, set()).add(tp.id)
    for v, owners in asked.items():
        if len(owners) == 1:
            tp = catalog.touchpoint(next(iter(owners)))
            add(v, "touchpoint", tp.id, label=tp.name_zh or tp.name, fuzzy=False)
    for tp in catalog.touchpoints:
        for s in (tp.name, tp.name_zh, tp.name_en, *tp.aliases):
            add(s, "touchpoint", tp.id, label=tp.name_zh or tp.name)
            parts = [p.strip() for p in re.split(r"\s*[/／、|]\s*", s or "") if p.strip()]
            if len(parts) >= 2:  # "卡顿/播放报错", "Buffering / playback error": each part names the step
                for part in parts:
                    if len(part) >= 2 and not part.isdigit():
                        add(part, "touchpoint", tp.id, label=tp.name_zh or tp.name)
            for v in _verb_object(s) + _participle_first(s or "") + _gerund_last(s or ""):
                add(v, "touchpoint", tp.id, label=tp.name_zh or tp.name, fuzzy=False)
            for v in _verb_named(s):  # "Auto-renewal" as a question says it: "auto-renewed", "renewed"
                add(v, "touchpoint", tp.id, label=tp.name_zh or tp.name, fuzzy=False)
            for v in _phrasal_verb(s or ""):  # "pump-out" as a question says it: "pumped out", "pumping out"
                add(v, "touchpoint", tp.id, label=tp.name_zh or tp.name, fuzzy=False)
            for v in _verb_first(s or "") if (s or "").isascii() else ():  # "add a car": "adding a car", "added a car"
                add(v, "touchpoint", tp.id, label=tp.name_zh or tp.name, fuzzy=False)
            for v in _verb_aspect(s):  # "交了订金" is a slip of "交了定金" as much as 订金 is of 定金
                add(v, "touchpoint", tp.id, label=tp.name_zh or tp.name)
            for v in _money_back(s or ""):  # "退定金" said object first: "定金退回来", "押金退还"
                add(v, "touchpoint", tp.id, label=tp.name_zh or tp.name, fuzzy=False)
        for s in dict.fromkeys(x for x in (tp.name, tp.name_en) if x and x.isascii()):
            # ("the child profile" of the step "Child profile form": a step named by the screen it happens on, said
            # without the screen's word, when two or more words are left — and no other step is called that: "Care
            # Pack" of "Care Pack page" is the subscription step's own alias)
            words = s.strip().split()
            short = " ".join(words[:-1])
            if len(words) >= 3 and words[-1].lower() in UI_NOUNS and not any(
                    _norm(short) == _norm(n) for t in catalog.touchpoints if t.id != tp.id
                    for n in (t.name, t.name_zh, t.name_en, *t.aliases) if n):
                add(short, "touchpoint", tp.id, label=tp.name_zh or tp.name, fuzzy=False)
        for rest, needs in _family_remainders(catalog, tp):
            if len(rest) >= 2 and not rest.isdigit():
                out.append(Entry(_norm(rest), "touchpoint", tp.id, None, tp.name_zh or tp.name, False, needs))
        add(tp.id, "touchpoint", tp.id)
        bare = re.sub(r"^(tp|touchpoint)[_\-]", "", tp.id)
        if bare != tp.id and not (len(bare) <= 3 and _zipf(bare, "en") >= REAL_WORD_EN):
            add(bare, "touchpoint", tp.id)  # tp_in is no "in"
    # ("which kind of owner", "what type of client", "owner type": the kind of customer is the customers' own
    # customer_type column when the company keeps one, else the customers' segment)
    kind_of_customer = next((d.id for d in catalog.dimensions if d.extra and catalog.dimension_values.get(d.id) and
                             re.fullmatch(r"(?:customer|client|account|member|buyer|user|owner)_?(?:type|kind|category)",
                                          d.id.lower())), None) or \
        ("segment" if catalog.dimension_values.get("segment") else None)
    if kind_of_customer:
        from assistant.planner.lexicon_en import PEOPLE as PEOPLE_EN
        nouns = {p for p in PEOPLE_EN if p.endswith("s") and " " not in p} | \
            {x.lower() for x in catalog.customer_words if x.isascii() and x.isalpha()}
        nouns |= {re.sub(r"(?<=[a-z]{3})s$", "", p) for p in nouns}
        # (a noun the company keeps a kind column of, clinic_type / buyer_type, is that column's: "type of clinic")
        own_kinds = {m.group(1) for d in catalog.dimensions if d.extra and (m := re.fullmatch(
            r"([a-z]+)_(?:type|kind|category|segment|class|group|tier)", d.id.lower()))}
        nouns -= own_kinds | {k + "s" for k in own_kinds}
        for p in sorted(nouns):
            for k in ("type", "kind", "sort", "types", "kinds", "sorts"):
                add(f"{k} of {p}", "dimension", kind_of_customer, fuzzy=False)
            if not p.endswith("s"):
                add(f"{p} type", "dimension", kind_of_customer, fuzzy=False)
    for form in _touchpoint_kind_forms(catalog):  # "哪家航空公司", "which airline": the touchpoints are airlines
        add(form, "dimension", "touchpoint", fuzzy=False)
    for j in catalog.journeys:
        for s in (j.name, j.name_zh, j.name_en, j.id):
            add(s, "journey", j.id, label=j.name_zh or j.name)
            if s and s.isascii() and " " in s.strip():
                add(re.sub(r"\s+", "-", s.strip()), "journey", j.id, label=j.name_zh or j.name, fuzzy=False)
            stripped = re.sub(r"(旅程|流程|漏斗|路径|链路|\s*journey|\s*funnel|\s*flow|\s*process|\s*pipeline)$", "",
                              _norm(s))
            if stripped and stripped != _norm(s):
                add(stripped, "journey", j.id, label=j.name_zh or j.name)
            # "trial-to-paid conversion", "试用转付费转化率": the journey's conversion, one name (a step alias
            # inside it, "paid conversion", must not split it)
            base = stripped or _norm(s)
            if base and not re.search(r"conversion|转化", base):
                for form in {base, re.sub(r"\s+", "-", base)}:
                    for tail in ((" conversion", " conversion rate") if form.isascii() else ("转化", "转化率")):
                        add(form + tail, "journey", j.id, label=j.name_zh or j.name, fuzzy=False)
            elif base and re.search(r"(?:conversion|转化)$", base):
                # (a journey called 办卡转化: "办卡转化率" is its rate, the 率 no word of its own)
                add(base + (" rate" if base.isascii() else "率"), "journey", j.id, label=j.name_zh or j.name, fuzzy=False)
                # ("招投标链路" of 招投标转化, "the tender pipeline" of tender conversion: what is converted, said with a
                # word for a journey)
                core = re.sub(r"\s*(?:conversion|转化)$", "", base)
                if len(core) >= (2 if not core.isascii() else 4):
                    for tail in (JOURNEY_TAILS_EN if core.isascii() else JOURNEY_TAILS_ZH):
                        add(core + tail, "journey", j.id, label=j.name_zh or j.name, fuzzy=False)
    # "the online send-in funnel" of the journey Online send-in repair: an English name's leading words (two or more,
    # all but its last) said with a word for a journey name it, when they lead no other journey's name
    leads: dict[str, set[str]] = {}
    for j in catalog.journeys:
        for s in {j.name, j.name_en}:
            words = _norm(s or "").split() if s and s.isascii() else []
            for k in range(2, len(words)):
                leads.setdefault(" ".join(words[:k]), set()).add(j.id)
    whole = {_norm(s) for j in catalog.journeys for s in (j.name, j.name_en, j.name_zh) if s}
    for lead, ids in leads.items():
        # ("first visit" is the whole name of First visit: never First visit to membership's short name)
        if len(ids) == 1 and lead not in whole and lead.replace("-", " ") not in whole:
            jid = next(iter(ids))
            j = next(x for x in catalog.journeys if x.id == jid)
            for tail in JOURNEY_TAILS_EN:
                add(lead + tail, "journey", jid, label=j.name_zh or j.name, fuzzy=False)

    def spellings(s: str) -> list[str]:
        """An English name of two to four words as people also write it: value-for-money, food & beverages."""
        words = s.strip().split()
        if not s.isascii() or not 2 <= len(words) <= 4:
            return [s]
        out = [s, "-".join(words)]
        if len(words) == 2:
            out += [f"{words[0]} & {words[1]}", f"{words[0]} and {words[1]}"]
        return out

    for m in catalog.metrics:
        for s in (m.id, *m.names.values(), *m.aliases.get("zh", ()), *m.aliases.get("en", ())):
            for v in spellings(s):
                add(v, "metric", m.id, fuzzy=v == s)
    own_words = {d.id: {x.lower() for x in (*d.names.values(), *d.aliases.get("zh", ()), *d.aliases.get("en", ()))}
                 for d in catalog.dimensions if d.extra and catalog.dimension_values.get(d.id)}
    # a head two columns share ("venue" of venue_type and venue_id, "场所" of 场所类型 and 场所名称) names neither
    heads = [_column_head(d.id) for d in catalog.dimensions if d.extra and d.id not in catalog.quiet]
    heads_taken = {h for h in heads if heads.count(h) > 1} | {d.id.lower() for d in catalog.dimensions} | \
        {x.lower() for d in catalog.dimensions for x in d.names.values()}
    zh_alias_count: dict[str, int] = {}
    for d in catalog.dimensions:
        for a in d.aliases.get("zh", ()):
            zh_alias_count[a] = zh_alias_count.get(a, 0) + 1
    for d in catalog.dimensions:
        # a built-in column the data leaves empty lends its words to the company's column that is called by
        # them ("哪个省" names province when region is empty and province is 省份)
        empty = not d.extra and d.id in catalog.dimension_values and not catalog.dimension_values[d.id]
        quiet = d.id in catalog.quiet  # (a late column: its own full names only, no alias, head or value)
        # (but its Chinese names, which no other column has: without them a column past the 40th of a wide event
        # file could not be asked for in Chinese at all, "哪个车型报修次数最多" of equipment_model)
        zh_own = tuple(a for a in d.aliases.get("zh", ()) if zh_alias_count.get(a, 0) == 1)
        for s in (d.id, *d.names.values(), *(zh_own if quiet else (*d.aliases.get("zh", ()), *d.aliases.get("en", ())))):
            target = d.id
            if empty:
                target = next((e for e, words in own_words.items()
                               if s.lower() in words or (len(s) == 1 and any(s in x for x in words))), d.id)
            for v in spellings(s):
                add(v, "dimension", target, fuzzy=v == s)
            if len(s) == 1 and CJK.match(s) and not d.time:  # 州, 省 (not 年: "哪个年级"): after a grouping word
                for lead in ONE_CHAR_LEADS:
                    add(lead + s, "dimension", target, fuzzy=False)
            if d.extra and len(s) == 2 and s[-1] in PLACE_KIND_CHARS and s in PLACE_KIND_WORDS:
                # ("哪家店搓澡单子最多", "三家店" of site, called 门店: the place word's last character after a word that
                # counts or groups places names the column too)
                for lead in ONE_CHAR_LEADS:  # (never "三家店": some of them, which the words do not say)
                    add(lead + s[-1], "dimension", target, fuzzy=False)
        head = _column_head(d.id) if d.extra and catalog.dimension_values.get(d.id) and not d.identifier \
            and not quiet else ""
        if head and head not in heads_taken and not _people_word(head):  # (客户类型's head 客户 names who is counted)
            if PEOPLE_HEAD_ZH.match(head):
                # (农户类型's head 农户 is who is counted too — "浏览过商品的农户" groups nothing — unless a kind is asked:
                # "哪类农户", "不同农户")
                for lead in ("哪类", "哪种", "各类", "每类", "不同", "按"):
                    add(lead + head, "dimension", d.id, fuzzy=False)
            else:
                # "哪类场所" for 场所类型, "which venue" for venue_type: a kind column named without its "type" word
                add(head, "dimension", d.id, fuzzy=False)
        if d.extra and not quiet and "_" in d.id and catalog.dimension_values.get(d.id) and \
                {str(v).lower() for v in catalog.dimension_values[d.id]} <= YES_NO_VALUES:
            # ("the police being called", "called the police" of a yes/no column police_called)
            for v in _participle_first(d.id.replace("_", " ")):
                add(v, "dimension", d.id, fuzzy=False)
                if " " in v and not any(v.startswith(x + " ") for x in ("being", "is", "was")):
                    first, rest = v.split(" ", 1)
                    add(f"{first} the {rest}", "dimension", d.id, fuzzy=False)
        via = re.fullmatch(r"([a-z]+(?:_[a-z]+)?)_(channel|source|method|route)", d.id.lower())
        if via and d.extra and catalog.dimension_values.get(d.id) and not quiet:
            # ("which sign-up route" of signup_channel: the way something came about, said in another word for a way)
            head = via.group(1).replace("_", " ")
            heads = {head, SPLIT_COMPOUNDS.get(head, head), SPLIT_COMPOUNDS.get(head, head).replace("-", " ")}
            for h in heads:
                for word in WAY_WORDS:
                    if word != via.group(2):
                        add(f"{h} {word}", "dimension", d.id, fuzzy=False)
        kind_of = re.fullmatch(r"([a-z]+(?:_[a-z]+)?)_(type|kind|category|level|tier|grade|class)", d.id.lower())
        if kind_of and d.extra and catalog.dimension_values.get(d.id) and not quiet:
            # ("which type of site" of site_type, "what kind of vessel" of vessel_type: the column's words turned round)
            head, word = kind_of.group(1).replace("_", " "), kind_of.group(2)
            for form in (f"{word} of {head}", f"{word}s of {head}", f"{word} of {head}s", f"{word}s of {head}s"):
                add(form, "dimension", d.id, fuzzy=False)
        tail = d.id.lower().rsplit("_", 1)[-1] if "_" in d.id else ""
        if tail in COLUMN_TAILS and d.extra and catalog.dimension_values.get(d.id) and not quiet and not d.identifier \
                and not d.numeric:
            # ("by reason" of co_reason, cancel_reason, claim_reason: the kind word a column's name ends in names each
            # column that ends in it; the planner keeps the one the steps named record, else none)
            add(tail, "dimension", d.id, fuzzy=False)
            from assistant.planner.lexicon_zh import COLUMN_WORDS as _ZH_WORDS
            for zh in _ZH_WORDS.get(tail, ())[:1]:  # ("退票的原因里哪一种最多": 原因 as "reason" of refund_reason)
                add(zh, "dimension", d.id, fuzzy=False)
        if d.extra and catalog.dimension_values.get(d.id) and not quiet:
            # a company's province / city / store column, named in English: "哪个省", "各城市" name it too
            for part in re.findall(r"[a-z]+", d.id.lower()):
                for ch in PLACE_NOUN_ZH.get(part, ""):
                    for lead in ONE_CHAR_LEADS:
                        add(lead + ch, "dimension", d.id, fuzzy=False)
        present = set(catalog.dimension_values.get(d.id, ()))
        known = d.id in catalog.dimension_values  # the data was read: a value it does not hold names nothing
        as_held = {v.lower(): v for v in present}  # "Gold" in the data is the gold the layer has words for
        for raw, words in d.values.items():
            if (present or known) and raw not in present and raw.lower() not in as_held:
                # ("数据导入失败了多少次" where the data records failed, never the layer's own fail: the layer's words
                # for a value name the data's values of the same stem — failed, upload_failed — when it has no such
                # value itself)
                # (the action's outcome words only: a channel's "wechat" is no wechat_ad)
                stem = raw.lower()[:4] if d.id == "action" else ""
                kin = [v for v in present if len(stem) == 4 and stem in {x[:4] for x in re.findall(r"[a-z]{3,}", str(v).lower())}]
                for v in kin:
                    for s in words:
                        add(s, "value", v, dim=d.id)
                continue
            held = raw if raw in present or not present else as_held[raw.lower()]
            for s in (raw, *words):
                add(s, "value", held, dim=d.id)
    named = {e.surface for e in out}
    for word, dim in _owners_named_by_twins(catalog):  # 钓场城市 beside park_city: "哪个钓场" is the park column
        if _norm(word) not in named:
            add(word, "dimension", dim, fuzzy=False)
    # the words the built-in columns give a value (stage service: 服务, 售后) name the same value in a company's
    # own column ("服务营业额" with order_type = service)
    builtin_words: dict[str, set[str]] = {}
    for d in catalog.dimensions:
        if not d.extra:
            for raw, words in d.values.items():
                builtin_words.setdefault(raw.strip().lower(), set()).update(words)
    # each value (lowercased) → the columns holding it, built once: "another column's value" is a lookup
    # (only place columns' values: 企业 of a donor-type column is no place that 企业捐赠人 is named after)
    holders: dict[str, set[str]] = {}
    for d, vs in catalog.dimension_values.items():
        if not PLACE_COLUMN.search(d):
            continue
        for v in vs:
            if v and len(str(v).strip()) >= 2:
                holders.setdefault(str(v).strip().lower(), set()).add(d)

    def places_of(dim: str) -> _OtherValues:
        return _OtherValues(holders, dim)

    for dim, raws in catalog.dimension_values.items():
        if dim in catalog.quiet:
            # (a late column: its values as written only, and only beside their column's name or another of their
            # values — "rated high risk" of risk_rating — see link's weak words)
            for raw in raws:
                if len(str(raw).strip()) >= 2 or CJK.match(str(raw)):
                    add(raw, "value", raw, dim=dim, fuzzy=False)
            continue
        target = "channel" if dim == "feedback_channel" else dim
        words_of = (catalog.dimension("channel").values if dim == "feedback_channel" and catalog.dimension("channel")
                    else {})
        info = catalog.dimension(target)
        for raw, short in _without_brand(raws).items():  # "宠爱徐汇店" is "徐汇店" to its staff
            add(short, "value", raw, dim=target, fuzzy=False)
        for raw, shorts in _without_place(raws, places_of(dim)).items():  # "北京望京店" is "望京店", "望京"
            for short in shorts:
                add(short, "value", raw, dim=target, fuzzy=False)
        kind = _kind_word(raws)  # values all called ...店, ...停车场: "哪家店" groups by this column
        for raw, short in _without_kind_tail(raws, kind).items():  # "曼彻斯特乔尔顿份地" is "曼彻斯特乔尔顿" to its staff
            add(short, "value", raw, dim=target, fuzzy=False)
        if kind and info is not None and info.extra:
            # (and by the everyday words for such things: "哪家门店" of …店, "哪个站点" of …站)
            from assistant.planner.lexicon_zh import KIND_COMPOUNDS
            # (not a word another column is called by: 门店 of store_id names that column)
            named = {e.surface for e in out if e.kind == "dimension" and e.id != target}
            kinds = [kind, *(k for k in KIND_COMPOUNDS.get(kind, ()) if k not in named)]
            for k in kinds:
                for form in ([k] if len(k) >= 2 else []) + [lead + k for lead in ONE_CHAR_LEADS]:
                    add(form, "dimension", target, fuzzy=False)
        if not kind and info is not None and info.extra:
            # ("哪个菜园" of 上海金桥菜园, 成都锦江菜园, 伦敦哈克尼份地, 墨尔本布伦瑞克花园: the word two or more values end in, said
            # after a word that asks for groups, names the column — only that way, never alone)
            named = {e.surface for e in out if e.kind == "dimension" and e.id != target}
            for tail in _shared_tails(raws):
                if tail not in named:
                    for lead in ONE_CHAR_LEADS:
                        add(lead + tail, "dimension", target, fuzzy=False)
        for raw in raws:
            add(raw, "value", raw, dim=target)
            if info is not None and info.extra:
                for s in builtin_words.get(raw.strip().lower(), ()):
                    add(s, "value", raw, dim=target, fuzzy=False)
                # ("师傅放鸽子", "no-shows" of visit_outcome technician_no_show: a company's value ending in a built-in
                # value of two words or more, whose words it takes — who did it is said before them)
                tail = next((b for b in builtin_words if "_" in b and raw.strip().lower().endswith("_" + b)), None)
                for s in builtin_words.get(tail, ()) if tail else ():
                    add(s, "value", raw, dim=target, fuzzy=False)
            for s in words_of.get(raw, ()):  # how comments came in, in words: 工单, app-store review
                add(s, "value", raw, dim=target)
            parts = [p for p in re.split(r"[_\s]+", raw.strip()) if p]
            if len(parts) >= 2 and raw.isascii():  # full_payment as people write it: "full-payment"
                add("-".join(parts), "value", raw, dim=target, fuzzy=False)
            if len(parts) >= 2 and raw.isascii() and (parts[-1].isdigit() or parts[0].isdigit()):
                # giving_day_99 as people say it: "99 Giving Day"; q4_promo: "promo Q4"
                moved = [parts[-1], *parts[:-1]] if parts[-1].isdigit() else [*parts[1:], parts[0]]
                add(" ".join(moved), "value", raw, dim=target, fuzzy=False)
            if ACTION_COLUMN.search(dim.lower()) and re.fullmatch(r"[a-z]{4,}", raw):
                # (an action column's values are verbs, said as nouns: plan_action renew → "renewals", cancel →
                # "cancellations", approve → "approvals"; only forms that are real words)
                for noun in _verb_nouns(raw):
                    add(noun, "value", raw, dim=target, fuzzy=False)
            if len(parts) == 2 and raw.isascii() and re.fullmatch(r"[a-z]+ed|" + STATE_WORDS_AFTER, parts[1].lower()):
                # payment_failed: "failed payment"; item_missing: "missing items" (a state said before its noun)
                add(f"{parts[1]} {parts[0]}", "value", raw, dim=target, fuzzy=False)
            if len(parts) == 2 and raw.isascii():  # health_beauty as people write it: "health & beauty"
                add(f"{parts[0]} & {parts[1]}", "value", raw, dim=target, fuzzy=False)
                add(f"{parts[0]} and {parts[1]}", "value", raw, dim=target, fuzzy=False)
            for form in _derived_nouns(parts) if raw.isascii() else ():  # install_fee: "installation fee"
                add(form, "value", raw, dim=target, fuzzy=False)
            for a, b in _compound_halves(raw):  # standup as people write it: "stand-up", "stand up"
                add(f"{a}-{b}", "value", raw, dim=target, fuzzy=False)
                add(f"{a} {b}", "value", raw, dim=target, fuzzy=False)
            py = _pinyin(raw)
            if py:
                add(py, "value", raw, dim=target, fuzzy=False)
            stem = ADMIN_SUFFIX.sub("", raw) if CJK.search(raw) else raw
            if stem != raw and len(stem) >= 2:  # "广东省" is 广东 / Guangdong, "新疆维吾尔自治区" 新疆 / Xinjiang
                add(stem, "value", raw, dim=target, fuzzy=False)
                if (py := _pinyin(stem)):
                    add(py, "value", raw, dim=target, fuzzy=False)
            short = ORG_SUFFIX.sub("", raw) if CJK.search(raw) else raw
            if short != raw and len(short) >= 2 and CJK.match(short):
                add(short, "value", raw, dim=target, fuzzy=False)  # "顺丰速运" is 顺丰, "京东物流" 京东
            if PLACE_DIM.search(dim):  # "sea" of server_region is 东南亚 / Southeast Asia; cn_north 中国北方
                for s in place_words(raw):
                    add(s, "value", raw, dim=target, fuzzy=False)
            for s in VALUE_WORDS.get(re.sub(r"[\s\-]+", "_", raw.strip().lower()), ()):
                add(s, "value", raw, dim=target, fuzzy=False)
            if GENDER_DIM.search(dim):  # F is "women", 女性; male is "men"
                for s in GENDER_WORDS.get(raw.strip().lower(), ()):
                    add(s, "value", raw, dim=target, fuzzy=False)
            if PAY_DIM.search(dim):  # wechat_pay is 微信支付, unionpay 云闪付 / 银联
                for s in PAY_WORDS.get(re.sub(r"[\s\-]+", "_", raw.strip().lower()), ()):
                    add(s, "value", raw, dim=target, fuzzy=False)
    for x in catalog.experiments:
        add(x, "experiment", x)
    # ("去年做的VR全景看房实验" of vr_walkthrough_2025): a word of one test's id that no other test's id holds, and that
    # is no everyday word, names that test
    words_of = {x: {p for p in re.split(r"[_\-\s]+", x.lower()) if p.isalpha() and len(p) >= 2
                    and _zipf(p, "en") < EXPERIMENT_WORD_MAX_ZIPF} for x in catalog.experiments}
    # (a step's or value's word stays theirs — but the arms' own names, vr_walkthrough of the variant, are the test's)
    named = {w for e in out if e.kind != "experiment" and not (e.kind == "value" and e.dim == "variant")
             for w in re.findall(r"[a-z]+", e.surface)}
    for x, words in words_of.items():
        for p in words:
            if p not in named and not any(p in other for y, other in words_of.items() if y != x):
                add(p, "experiment", x, fuzzy=False)
    out += _rare_value_words(catalog, out)
    from assistant.planner.catalog import KIND_HEADS  # (the kind words a column's name ends in, defined there)
    # ("which insurer" where the data has payer and payer_type: a word both columns go by names the thing itself,
    # payer, never the column of its kinds — "which kind of insurer" still names payer_type by its own words)
    dim_ids = {d.id.lower() for d in catalog.dimensions}
    by_surface: dict[str, set[str]] = {}
    for e in out:
        if e.kind == "dimension":
            by_surface.setdefault(e.surface, set()).add(e.id)
    out = [e for e in out if not (e.kind == "dimension" and any(
        o != e.id and e.id.lower().startswith(o.lower() + "_") and e.id.lower()[len(o) + 1:] in KIND_HEADS
        and o.lower() in dim_ids for o in by_surface.get(e.surface, ())))]
    uniq: dict[tuple[str, str, str, str | None], Entry] = {}
    for e in out:  # a step's whole name or alias beats the same words as a family remainder
        if (e.surface, e.kind, e.id, e.dim) not in uniq or not e.needs:
            uniq[(e.surface, e.kind, e.id, e.dim)] = e
    return tuple(sorted(uniq.values(), key=lambda e: len(e.surface), reverse=True))


FAMILY_MIN = 3  # steps whose names start with the same words to make a family ("国内报销单…", "Request for payment …")


def _family_remainders(catalog: Catalog, tp: Any) -> list[tuple[str, tuple[str, ...]]]:
    """A step's name without the words a family of steps starts with, and those words: "国内报销单终审通过" →
    ("终审通过", (国内报销单, 报销单, …)); "Request for payment final approval" → ("final approval", ("request for
    payment", "request", "payment")). Real process logs name steps <case> <what happened>; people say only what
    happened once the case is clear ("国内报销单从提交到终审通过")."""
    fams = _families(catalog)
    out = []
    for name in (tp.name, tp.name_zh, tp.name_en):
        if not name:
            continue
        for prefix, needs in fams:
            if name.startswith(prefix) and name != prefix:
                rest = re.sub(r"^[\s:：\-–—]+", "", name[len(prefix):]).strip()
                rest = re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", rest).strip()
                if rest:
                    out.append((rest, needs))
                break
    return out


def step_families(catalog: Catalog) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """Catalog.step_families: each family prefix, its words, and the steps whose names start with it."""
    out = []
    for prefix, needs in _families(catalog):
        steps = tuple(t.id for t in catalog.touchpoints
                      if any(n and n.startswith(prefix) and n != prefix for n in (t.name, t.name_zh, t.name_en)))
        out.append((prefix, needs, steps))
    return tuple(out)


def names_a_kind(prefix: str) -> bool:
    """Do a family's shared words name a kind of case by themselves: several words, or three or more Chinese
    characters ("Request for payment", "国内报销单"; not "预约", "会员", "Payment")?"""
    return len(prefix.split()) >= 2 or bool(CJK.search(prefix) and len(prefix) >= 3)


def _families(catalog: Catalog) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Prefixes (longest first) that FAMILY_MIN or more step names start with, and the words that say each: kinds
    of cases (a name of two or more words, three or more Chinese characters, or the data's own case noun:
    "国内报销单", "Request for payment", "Claim" — "预约…", "会员…", "Payment …" are no kind of case)."""
    names = [x for t in catalog.touchpoints for x in dict.fromkeys((t.name, t.name_zh, t.name_en)) if x]
    nouns = set(case_nouns(catalog))
    found: dict[str, tuple[str, ...]] = {}
    for name in names:
        if CJK.search(name):
            cuts = range(2, len(name) - 1)
            pieces = [name[:i] for i in cuts]
        else:
            words = name.split()
            pieces = [" ".join(words[:i]) for i in range(1, len(words))]
        for prefix in reversed(pieces):  # the longest shared prefix of this name
            if not names_a_kind(prefix) and not (prefix.isascii() and prefix.lower() in nouns):
                continue
            if sum(1 for x in names if x.startswith(prefix) and x != prefix) >= FAMILY_MIN:
                if CJK.search(prefix):
                    import jieba
                    needs = tuple(dict.fromkeys([prefix] + [x for x in jieba.lcut(prefix) if len(x) >= 2]))
                else:
                    needs = tuple(dict.fromkeys([prefix.lower()] + [x for x in re.findall(r"[a-z]{4,}", prefix.lower())]))
                found[prefix] = needs
                break
    return tuple(sorted(found.items(), key=lambda kv: len(kv[0]), reverse=True))


# aspect particles after a one-character verb: 签了 / 签过 / 签下, 买了 / 买过
ASPECT = "了过下"
VERB_STEM = 0.85  # a guess, said out loud in the assumptions
FUNCTION_CHAR = 6.0  # Zipf frequency from which one Chinese character is everyday grammar (给 6.2, 到 6.5; 签 4.5, 买 5.6)
IRREGULAR_FORM = 0.88  # "drove" for "drive": below STRONG_GUESS, so exact names it overlaps win
COUNT_BETWEEN = re.compile(r"(?:多少|几)[个笔单件次位名条份家辆张台]?")
VERB_OBJECT_GAP = 3  # characters of modifier between the particle and a named object ("了免费试听课")


# the measures of a journey's steps (their names use the words of getting through: 完成率, 多久完成, 转化)
JOURNEY_MEASURES = frozenset({"step_conversion", "overall_conversion", "drop_off_rate", "users_lost",
                              "median_time_to_convert", "mean_time_to_convert", "slower_share", "slower_count",
                              "users_reached", "exit_rate"})


def verb_owners(entries: tuple[Entry, ...]) -> dict[str, frozenset[tuple[str, str, str | None]]]:
    """Each character of a two-character Chinese touchpoint name → the touchpoints it belongs to; a character
    no touchpoint has → the values whose two-character name starts with it (退 → refunded's 退款). Built once
    per catalogue: Catalog.verb_owners."""
    steps: dict[str, set[tuple[str, str, str | None]]] = {}
    values: dict[str, set[tuple[str, str, str | None]]] = {}
    for e in entries:
        # (a family remainder, "被拒" of 申请被拒 and of 报价被拒, is no name of its own)
        # (nor a negated name, "没买" of a closed-without-buying step: 买 alone says the opposite)
        if len(e.surface) == 2 and all(CJK.match(c) for c in e.surface) and e.kind == "touchpoint" and not e.needs \
                and e.surface[0] not in NEGATION_CHARS:
            for c in e.surface:
                steps.setdefault(c, set()).add((e.kind, e.id, None))
    # (a verb the journey's measures are named with, 完成 of 完成率 and 多久完成, is no value's own: 已完成订单 is
    # not 完; 退款 of 退款率 is the orders' own, kept)
    journey_measures = [e.surface for e in entries if e.kind == "metric" and CJK.search(e.surface)
                        and e.id in JOURNEY_MEASURES]
    for e in entries:
        if e.kind == "value" and 2 <= len(e.surface) <= 6 and all(CJK.match(c) for c in e.surface):
            for verb in _verbs_in(e.surface):  # 已退款, 退款订单 → 退款 → 退
                if not any(verb in m for m in journey_measures):
                    values.setdefault(verb[0], set()).add((e.kind, e.id, e.dim))
    owners = {c: ids for c, ids in values.items() if c not in steps} | steps
    # (a character of everyday grammar, 给 of 补给, 到 of 到店, 还 of 还款, is no verb of the step: "给了我们多少")
    return {c: frozenset(ids) for c, ids in owners.items() if _zipf(c, "zh") < FUNCTION_CHAR}


def _named_with(catalog: Catalog, tp_id: str, word: str) -> bool:
    """Does a name of the step hold the word ("申请被拒" holds 申请)?"""
    return any(e.kind == "touchpoint" and e.id == tp_id and word in e.surface and e.surface != word
               for e in catalog.gazetteer)


def _verbs_in(surface: str) -> list[str]:
    """The two-character verbs of a short Chinese name (jieba's tags): 已退款 → 退款."""
    return [w.word for w in _pos(surface) if len(w.word) == 2 and w.flag == "v"]


# the money a one-character verb takes as its object ("收了多少钱", "付了几百块")
from assistant.planner.lexicon_zh import CURRENCY_ZH  # noqa: E402 - beside its one use

MONEY_OBJECT = re.compile(r"[了过]\s*(?:多少|几)?[十百千万]?(?:钱|元|块)"
                          # ("台北一共收了多少新台币": a currency's name after the amount asked)
                          r"|[了过]\s*(?:多少|几)[十百千万]?(?:" + "|".join(sorted(CURRENCY_ZH, key=len, reverse=True)) + ")"
                          # ("一共收了多少保费", "付了多少运费"): a money noun after the amount asked
                          r"|[了过]\s*(?:多少|几)[十百千万]?[\u4e00-\u9fff]?(?:费|款|金|收入|营收|租金)")
# ("加急费一共收了多少？": a verb of money with the amount asked and no unit after it is money too)
MONEY_VERB = "收花赚付交"
MONEY_ASKED_BARE = re.compile(r"[了过]\s*(?:多少|几)\s*(?=[？?。，,！!；;]|$)")


def _in_dictionary(word: str) -> bool:
    """Is the word in the packaged Chinese-English dictionary (glosses)?"""
    from assistant.planner.glosses import dictionary
    return word in dictionary()


def _verb_stems(text: str, catalog: Catalog) -> list[Mention]:
    """"上个月签了多少个卖家", "退了多少笔定金": a two-character name (签约, 购买, 退款) used as its one-character
    verb with an aspect particle names that touchpoint or value, when the character belongs to one only."""
    owners = catalog.verb_owners
    out = []
    for i, (c, nxt) in enumerate(zip(text, text[1:])):
        ids = owners.get(c)
        if nxt in ASPECT and ids and len(ids) == 1:
            if i and CJK.match(text[i - 1]) and (_zh_word(text[i - 1:i + 1], REAL_WORD_ZH - 0.5) or
                                                 _in_dictionary(text[i - 1:i + 1])):
                continue  # the end of another word: 恢复了 is "recovered", not 复购; 改期了 "rescheduled", not 到期
            if MONEY_OBJECT.match(text, i + 1) or (c in MONEY_VERB and MONEY_ASKED_BARE.match(text, i + 1)):
                continue  # "一共收了多少钱", "付了几块": money taken or paid, a measure, no step
            kind, id_, dim = next(iter(ids))
            out.append(Mention(kind, id_, dim, i, i + 1, c, VERB_STEM))
    return out


def _pinyin(raw: str) -> str | None:
    """The romanised name of a short Chinese value (广东 → guangdong, 成都 → chengdu), as English questions
    write places; None for other values or when the romanisation is itself an English word."""
    if not (2 <= len(raw) <= 4 and all(CJK.match(c) for c in raw)):
        return None
    from pypinyin import lazy_pinyin  # its dictionary ships in the wheel
    py = "".join(lazy_pinyin(raw))
    if len(py) < 4 or not py.isalpha() or _zipf(py, "en") >= REAL_WORD_EN:
        return None
    return py


# a company's full Chinese name, its trade suffix after the name people say ("顺丰速运" → 顺丰, "京东物流" → 京东)
ORG_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:速运|速递|快递|快运|物流|集团|有限公司|公司)$")
# a province's or city's full administrative name, its suffix after the name people say
ADMIN_SUFFIX = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$")
# the administrative suffix a Chinese place name may carry that its romanised value drops (福田区 → Futian)
PLACE_SUFFIX = "区市省县镇州"
# jieba's tags of a word that can be a name (place, person, organisation, other proper noun, noun)
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nz", "nt", "n", "j"})


def romanised_values(entries: tuple[Entry, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Catalogue values that may be pinyin (one or two alphabetic words) by their
    letters: 'Shanghai' and 'Xi'an' → shanghai, xian. Built once per catalogue: Catalog.romanised_values."""
    out: dict[str, set[tuple[str, str]]] = {}
    for e in entries:
        if e.kind != "value" or not e.dim or not e.id.isascii():
            continue
        letters = re.sub(r"[\s'\-]+", "", e.id.strip().lower())
        # (an English word as a value is kept: Shanghai is one too; the match needs a Chinese name token)
        if 4 <= len(letters) <= 16 and letters.isalpha() and len(e.id.split()) <= 2:
            out.setdefault(letters, set()).add((e.id, e.dim))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _romanised(text: str, catalog: Catalog) -> list[Mention]:
    """"上海的客户", "福田区": a Chinese name whose pinyin is a value the data writes in letters (Shanghai, Futian).
    Only whole words jieba tags as names, so 异常 never becomes a city called Yichang."""
    table = catalog.romanised_values
    if not table:
        return []
    from pypinyin import lazy_pinyin  # its dictionary ships in the wheel
    out, at = [], 0
    for w in _pos(text):
        a = text.find(w.word, at)
        at = a + len(w.word) if a >= 0 else at
        if a < 0 or w.flag not in NAME_TAGS or not 2 <= len(w.word) <= 5 or not all(CJK.match(c) for c in w.word):
            continue
        for word in (w.word, w.word[:-1] if w.word[-1] in PLACE_SUFFIX and len(w.word) >= 3 else None):
            hits = table.get("".join(lazy_pinyin(word))) if word else None
            if hits:
                out += [Mention("value", raw, dim, a, a + len(w.word), w.word, 1.0) for raw, dim in hits]
                break
    return out


COUNT_INSIDE = r"了?(?:一共|总共|共)?(?:多少|几)[个位名家节笔单次件份条张户台辆只]?"


def _split_by_a_count(text: str, entries: list[Entry]) -> list[Mention]:
    """"上季度新增了多少客户", "放了多少笔款": a Chinese name made of a verb and its noun (新增客户, 放款) said with the
    count asked between them names the measure or step; the span is the whole phrase."""
    if not CJK.search(text) or not re.search(r"多少|几", text):
        return []
    out = []
    for e in entries:
        if e.kind not in ("metric", "touchpoint") or not (2 <= len(e.surface) <= 5) or not CJK.fullmatch(e.surface[0]):
            continue
        for cut in (1, 2):
            verb, noun = e.surface[:cut], e.surface[cut:]
            if len(noun) < 1 or verb not in text or not all(CJK.match(c) for c in e.surface):
                continue
            if len(noun) < 2 and e.kind == "metric":
                continue  # ("平均多少分钟" is no 平均分 said apart)
            # (a one-character noun ends there: "放了多少笔款？", never the start of a longer word)
            # ("收回了多少台车" of 收回车辆: a noun ending in a measure word is said by its head alone)
            nouns = [noun] + ([noun[0]] if len(noun) == 2 and noun[1] in NOUN_MEASURE_ENDINGS else [])
            for n in nouns:
                end = r"(?![\u4e00-\u9fff])" if len(n) < 2 else ""
                for m in re.finditer(re.escape(verb) + COUNT_INSIDE + re.escape(n) + end, text):
                    if m.end() - m.start() > len(e.surface) or n != noun:
                        out.append(Mention(e.kind, e.id, e.dim, m.start(), m.end(), m.group(0), 1.0))
    return out


# a noun's last character that only counts it (车辆, 物件, 文件份): the head said alone names the same things
NOUN_MEASURE_ENDINGS = "辆件只份"


def _platforms(text: str, catalog: Catalog) -> list[Mention]:
    """"大众点评上的平均评分", "携程来的客人": a platform's Chinese name where the data writes it as a code (dianping,
    ctrip) — the code's value, over a shorter name inside it (大众 the car brand)."""
    from assistant.planner.lexicon_zh import PLATFORMS
    out = []
    for name, codes in PLATFORMS.items():
        # (the platform's English name in an English question too, "our Dianping rating", where the data keeps its
        # reviews as dianping_review)
        said = [(m.start(), m.end()) for m in re.finditer(re.escape(name.lower()), text)] + \
            [(m.start(), m.end()) for c in codes if len(c) >= 5 and c.isalpha()
             for m in re.finditer(r"\b" + c + r"\b", text)]
        if not said:
            continue
        # (a column that writes the Chinese name itself keeps it; only the columns that write the code are added)
        written = {e.dim for e in catalog.gazetteer if e.kind == "value" and e.surface == name.lower()}
        hits = [e for e in catalog.gazetteer if e.kind == "value" and e.dim and e.dim not in written and
                (_code(e.id) in codes or PLATFORM_ROWS.sub("", _code(e.id)) in codes)]
        hits = list({(e.id, e.dim): e for e in hits}.values())
        for a, b in said:
            # ("小红书笔记", "Xiaohongshu notes" of xiaohongshu_note: the rows' noun said after the platform is the
            # same value, no unknown word)
            rows = ROWS_AFTER_PLATFORM.match(text[b:])
            end = b + rows.end() if rows and any(PLATFORM_ROWS.search(_code(e.id)) for e in hits) else b
            out += [Mention("value", e.id, e.dim, a, end, text[a:end], 1.0) for e in hits]
    return out


ROWS_AFTER_PLATFORM = re.compile(r"\s*(?:上的|的)?(?:笔记|帖子|评价|评论|点评|留言)|\s+(?:notes?|posts?|reviews?|comments?)\b")


# a grouping word right before a Chinese noun ("哪家中心", "每个仓库", "各中心")
ZH_GROUPED = r"(?:哪家|哪个|哪些|哪一家|哪一个|每家|每个|每一家|各个|各家|各|按)"


def _column_heads_zh(text: str, catalog: Catalog) -> list[Mention]:
    """"2025年哪家中心随机入组的人最多" where the sites are kept as 研究中心: a Chinese column name is a modifier and its
    head noun, the last two characters; said after a grouping word, the head alone names the column — when no other
    column or step ends with that head."""
    heads: dict[str, list[str]] = {}
    for d in catalog.dimensions:
        for n in {d.id, d.names.get("zh", "")}:
            if d.extra and len(n) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", n):
                heads.setdefault(n[-2:], []).append(d.id)
    out = []
    for head, dims in heads.items():
        dims = list(dict.fromkeys(dims))
        if len(dims) != 1 or head not in text:
            continue
        # (中心筛选访视 has it as a modifier, no head: only a name that ends with it is another thing of that noun)
        taken = [n for t in catalog.touchpoints for n in (t.name, t.name_zh or "") if n.endswith(head)] + \
            [n for d in catalog.dimensions if d.id != dims[0] for n in (d.id, d.names.get("zh", "")) if n.endswith(head)]
        if taken:
            continue
        for m in re.finditer(ZH_GROUPED + "(" + re.escape(head) + ")", text):
            out.append(Mention("dimension", dims[0], None, m.start(1), m.end(1), head, 1.0))
    # ("大众点评上哪家店的评分最低" where the stores are kept as 门店: a two-character name's last character, said as a
    # word of its own after 哪家 / 每家 / 各家, names the column when no other column or step ends with it)
    ones: dict[str, list[str]] = {}
    for d in catalog.dimensions:
        for n in {d.id, d.names.get("zh", "")}:
            if d.extra and len(n) == 2 and re.fullmatch(r"[\u4e00-\u9fff]+", n):
                ones.setdefault(n[-1], []).append(d.id)
    for head, dims in ones.items():
        dims = list(dict.fromkeys(dims))
        if len(dims) != 1 or head not in text or head in heads:
            continue
        taken = [n for t in catalog.touchpoints for n in (t.name, t.name_zh or "") if n.endswith(head)] + \
            [n for d in catalog.dimensions if d.id != dims[0] for n in (d.id, d.names.get("zh", "")) if n.endswith(head)]
        if taken:
            continue
        for m in re.finditer(r"(?:哪家|哪一家|每家|每一家|各家)(" + re.escape(head) + r")(?=[的里最，,。？?]|$)", text):
            out.append(Mention("dimension", dims[0], None, m.start(1), m.end(1), head, 1.0))
    return out


def _countries(text: str, catalog: Catalog) -> list[Mention]:
    """"the UK or Australia", "英国的客户": another name of a country a column of countries holds, that value."""
    out = []
    for name, held in catalog.country_values.items():
        pattern = re.escape(name) if CJK.search(name) else r"\b" + re.escape(name) + r"\b"
        for m in re.finditer(pattern, text):
            if _currency_after().match(text, m.end()):
                continue  # ("in Canadian dollars", "新加坡元": the country's money, no slice of its customers)
            out += [Mention("value", value, dim, m.start(), m.end(), text[m.start():m.end()], 1.0) for dim, value in held]
    return out


@functools.lru_cache(maxsize=1)
def _currency_after() -> re.Pattern[str]:
    """Money named right after a country's name: one of the currency words (catalog.currency_words), or 元 / 币."""
    from assistant.planner.catalog import currency_words
    words = "|".join(sorted(map(re.escape, currency_words()), key=len, reverse=True))
    return re.compile(r"\s+(?:" + words + r")s?\b|元|币")


# the comments a platform's code says it holds ("dianping_review", "xiaohongshu_note", "douyin_comment")
PLATFORM_ROWS = re.compile(r"_(?:reviews?|notes?|comments?|posts?|ratings?|messages?)$")


def _code(value: str) -> str:
    return re.sub(r"[\s\-]+", "_", value.lower())


def _stem_in(word: str, text: str) -> bool:
    """A cheap test before the regex: the word's stem or one of its irregular forms is in the text."""
    return word[:-1] in text or any(f in text for f in IRREGULAR.get(word, ())) or \
        any(f in text for f in _nominals(word)) or (len(word) >= 7 and word.endswith("ing") and word[:-3] in text) or \
        (len(word) >= 6 and word.endswith("ed") and word[:-2] + "ing" in text)


NOMINAL_MAX_ZIPF = 4.55
# the head nouns an everyday step noun modifies ("delivery star rating", "payment method", "failure rate"): there
# the noun is no step's name
MODIFIED_HEADS = frozenset("""rate rates ratio time times star stars rating ratings method methods status fee fees amount
amounts window slot slots address date dates type types speed delay delays issue issues problem problems score scores
center centre team teams partner partners channel channels option options plan plans record records success
failure failures driver drivers experience quality company companies service services""".split())


@functools.lru_cache(maxsize=4096)
def _nominals(word: str) -> tuple[str, ...]:
    """The nouns a step's verb is said as ("Closed" → closure, "Approved" → approval, "Submitted" → submission,
    "Completed" → completion, "Cancelled" → cancellation, "Registered" → registration, "Paid" → payment,
    "Delivered" → delivery). Regular English derivation written out here: no installable library offers it
    offline (WordNet's derivation links need a corpus download); spellings that are no word never occur in a
    question, so over-generating is harmless."""
    irregular = {verb for verb, pasts in IRREGULAR.items() if word in pasts}  # paid → pay
    if len(word) < 4 or not word.isalpha() or not (word.endswith("ed") or irregular):
        return ()  # only a step's participle ("Closed", "Paid"): a noun's look-alikes (state → station) are no forms
    bases = set(irregular)
    if word.endswith("ed"):
        b = word[:-2]
        bases |= {b, word[:-1]}
        if len(b) > 2 and b[-1] == b[-2]:
            bases.add(b[:-1])  # submitted → submit, cancelled → cancel
    out = set()
    for b in bases:
        if len(b) < 3:
            continue
        if b.endswith("e"):
            out |= {b[:-1] + "ure", b[:-1] + "al", b[:-1] + "ion", b[:-1] + "ation", b + "ment"}
        else:
            out |= {b + "ion", b + "ation", b + "ment", b + "al", b + "y", b + "ance", b + "ence"}
        if b.endswith("t"):
            out.add(b[:-1] + "ssion")  # submit → submission, permit → permission
        if b.endswith("l"):
            out.add(b + "lation")  # cancel → cancellation
        if b.endswith("er"):
            out.add(b[:-2] + "ration")  # register → registration
        if b.endswith("y"):
            out.add(b + "ment")  # pay → payment
        if b.endswith("ceive"):
            out |= {b[:-5] + "ceipt", b[:-5] + "ception"}  # receive → receipt, reception
        if word.endswith("ed") and len(b) >= 5:
            out.add(b)  # ("Cancellation requested" → cancellation requests: the verb is its own noun)
    return tuple(sorted(x for x in out if x != word and len(x) > 4))



GRADED = re.compile(r"(?<![a-z0-9])(?P<v>[a-z0-9])[-\s](?P<c>grade|tier|level|class|band|rank)s?\b|"
                    r"\b(?P<c2>grade|tier|level|class|band|rank)[-\s]?(?P<v2>[a-z0-9])(?![a-z0-9])")


def _graded_letters(text: str, catalog: Catalog) -> list[Mention]:
    """"the C-grade instruments", "tier 2 members", "grade A": a one-letter (or one-digit) value, too short for the
    gazetteer, named with the word of its column (condition_grade holds A / B / C)."""
    out = []
    for g in GRADED.finditer(text):
        v, col = (g.group("v"), g.group("c")) if g.group("v") else (g.group("v2"), g.group("c2"))
        for dim, raws in catalog.dimension_values.items():
            if col not in dim.lower():
                continue
            hit = [str(r) for r in raws if str(r).lower() == v]
            if len(hit) == 1:
                out.append(Mention("value", hit[0], dim, g.start(), g.end(), text[g.start():g.end()], 1.0))
    return out


def _one_character_values(text: str, catalog: Catalog) -> list[Mention]:
    """"今年1月份猪的成交额", "拍出去多少头牛" where a column holds 牛 / 羊 / 猪: a one-character value (too short for the
    gazetteer) named as a word of its own — jieba cuts it out alone ("牛市" stays one word), and only in a column
    whose values are all that short (a column of names, 王敏 / 李昊, never lends its characters)."""
    short = {}
    from assistant.planner.text import YES_NO
    for dim, raws in catalog.dimension_values.items():
        vals = [str(v) for v in raws if str(v).strip()]
        if any(set(vals) == pair for pair in YES_NO):
            continue  # (有 / 无 of a yes/no column are the question's own words: "比例有多少")
        if vals and len(vals) <= 20 and all(len(v) <= 2 and CJK.fullmatch(v[0]) for v in vals):
            for v in vals:
                if len(v) == 1:
                    short.setdefault(v, []).append(dim)
    if not short or not any(c in short for c in text):
        return []
    from assistant.planner.text import _jieba
    out, pos = [], 0
    for tok in _jieba(catalog.user_words).lcut(text):
        i = text.find(tok, pos)
        if i < 0:
            continue
        pos = i + len(tok)
        # ("多少头牛": jieba keeps the measure word with the noun)
        at = i + 1 if len(tok) == 2 and tok[0] in "头只匹口条批" else i
        for dim in short.get(text[at], ()) if pos - at == 1 else ():
            out.append(Mention("value", text[at], dim, at, at + 1, text[at], 1.0))
    return out


# a particle after a hyphen makes one word of the two ("check-in", "sign-up", "drop-off", "add-on"); a hyphen before a
# connector ("visit-to-deposit") or another name joins two names
PARTICLE_COMPOUND = r"(?!-(?:in|up|out|off|on|back|over|down|away|through)s?(?![a-z]))"


def _occurrences(text: str, surface: str, acronym: bool = False) -> list[tuple[int, int]]:
    if surface not in text and (CJK.search(surface) or not _stem_in(surface.split(" ")[-1], text)
                                or not _stem_in(surface.split(" ")[0], text)):
        return []
    if CJK.search(surface):
        return [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)]
    # ascii surfaces need word edges; a short name must be the whole word ("pcs", "apps" are no typos we can
    # vouch for); longer words may carry their inflection ("reported a claim" names "report a claim")
    if surface in IRREGULAR:
        rx = rf"(?<![a-z0-9]){_inflectable(surface)}(?![a-z0-9])"  # "bought" names "buy"
    elif len(surface) <= SHORT_SURFACE:
        # (a three-letter acronym, no vowel in it, takes a plural: "RFQs" are rfq; "pcs" is no plural of pc)
        # (and a code written in capitals with a plural s, "EVs", "SUVs", is that code)
        plural = "s?" if acronym or len(surface) == 3 and surface.isalpha() and not re.search(r"[aeiouy]", surface) else ""
        rx = rf"(?<![a-z0-9]){re.escape(surface)}{plural}(?![a-z0-9])"
    else:
        # words of a name may be hyphenated in the question ("the credit-approved step")
        # the last word of a longer name takes a plural even when short ("sales reps", "vip fans")
        *head, last = surface.split(" ")
        tail = _inflectable(last) if head and len(last) > SHORT_SURFACE or not head or not last.isalpha() \
            else re.escape(last) + "(?:s|es)?"
        # (a name of one word is never said by its bare verb as a noun: "orders" name no "Ordered" step)
        nouns = tuple(n for n in _nominals(last) if head or not last.startswith(n))
        if nouns:  # "from dispatch to closure" names the "Closed" step
            tail = "(?:" + tail + "|" + "|".join(re.escape(n) + "s?" for n in nouns) + ")"
        # (an article between the words is the same name: "joined a group" for "join group")
        # (a name's last word is never the first half of a hyphenated word: "average check" is no "average check-in")
        rx = r"(?<![a-z0-9])" + r"(?:[\s\-]+(?:a|an|the|our|my|their|your|his|her))?[\s\-]+".join(
            [*(_inflectable(word) for word in head), tail]) + r"(?![a-z0-9])" + PARTICLE_COMPOUND
        return [(m.start(), m.end()) for m in re.finditer(rx, text) if not _modifier_noun(text, m, nouns)]
    return [(m.start(), m.end()) for m in re.finditer(rx, text)]


def _modifier_noun(text: str, m: re.Match[str], nouns: tuple[str, ...]) -> bool:
    """Is the match an everyday step noun ("delivery", "payment") used as a modifier of the next word?"""
    said = m.group(0).split()[-1].rstrip("s")
    if not nouns or said not in {n.rstrip("s") for n in nouns} or _zipf(said, "en") < NOMINAL_MAX_ZIPF:
        return False
    nxt = re.match(r"[\s\-]+([a-z]+)", text[m.end():])
    return nxt is not None and nxt.group(1) in MODIFIED_HEADS


# irregular past forms of verbs that name steps ("test drove", "bought", "paid"): English, not any dataset
IRREGULAR = {"drive": ("drove", "driven"), "buy": ("bought",), "pay": ("paid",), "sell": ("sold",), "make": ("made",),
             "take": ("took", "taken"), "give": ("gave", "given"), "send": ("sent",), "leave": ("left",),
             "write": ("wrote", "written"), "see": ("saw", "seen"), "come": ("came",), "go": ("went", "gone"),
             "choose": ("chose", "chosen"), "ride": ("rode", "ridden"), "fly": ("flew", "flown"), "get": ("got",),
             "find": ("found",), "spend": ("spent",), "meet": ("met",), "win": ("won",), "lose": ("lost",),
             "begin": ("began", "begun"), "sign": ("signed",), "book": ("booked",), "renew": ("renewed",),
             # (the common irregular verbs of service work: a table of forty words, not a dependency)
             "freeze": ("froze", "frozen"), "break": ("broke", "broken"), "hold": ("held",), "keep": ("kept",),
             "bring": ("brought",), "tell": ("told",), "fall": ("fell", "fallen"), "run": ("ran",),
             "show": ("showed", "shown"), "tear": ("tore", "torn"), "wear": ("wore", "worn"), "steal": ("stole", "stolen"),
             "forget": ("forgot", "forgotten"), "speak": ("spoke", "spoken"), "think": ("thought",),
             "teach": ("taught",), "catch": ("caught",), "feel": ("felt",), "lend": ("lent",), "build": ("built",),
             "deal": ("dealt",), "hear": ("heard",), "shake": ("shook", "shaken"), "withdraw": ("withdrew", "withdrawn"),
             "undergo": ("underwent", "undergone"), "rebuild": ("rebuilt",), "resend": ("resent",),
             "overpay": ("overpaid",), "prepay": ("prepaid",), "mislay": ("mislaid",), "lay": ("laid",),
             "eat": ("ate", "eaten"), "drink": ("drank", "drunk"), "swim": ("swam", "swum"), "sink": ("sank", "sunk"),
             "stick": ("stuck",), "sweep": ("swept",), "sleep": ("slept",), "dig": ("dug",), "hang": ("hung",)}


def _inflectable(word: str) -> str:
    """A regex for an English word and its regular inflections (report → reports, reported, reporting),
    plus irregular past forms (drive → drove, driven)."""
    if "-" in word.strip("-") and word.replace("-", "").isalpha():  # "auto-renew" → "auto-renewed"
        head, last = word.rsplit("-", 1)
        if len(last) < 4 and last.isalpha() and last not in IRREGULAR and len(head) >= 2:
            # ("re-dye" said "re-dyeing", "re-dyed": the prefix makes a short verb a name of its own)
            return re.escape(head + "-") + (re.escape(last) + "(?:s|d|ing)?" if last.endswith(("ee", "ye", "oe")) else
                                             re.escape(last[:-1]) + "(?:e|es|ed|ing)" if last.endswith("e") else
                                             re.escape(last) + "(?:s|ed|ing)?")
        return re.escape(head + "-") + _inflectable(last)
    if word in IRREGULAR:
        forms = [re.escape(word) + "(?:s|es|ing)?", *(re.escape(f) for f in IRREGULAR[word])]
        if word.endswith("e"):
            forms.append(re.escape(word[:-1]) + "ing")
        return "(?:" + "|".join(forms) + ")"
    if len(word) < 4 or not word.isalpha():
        return re.escape(word) + ("(?:s|es)?" if word.isalpha() and len(word) > SHORT_SURFACE else "")
    if word.endswith("ed") and len(word) >= 6 and not word.endswith("eed"):
        # a value said in the past ("arrived", "installed", "submitted") is said as what is happening too ("the
        # technician arriving", "having it installed"): the stem before -ed takes -ing whatever its spelling
        # (not its base: "rate" is no rated, "use" no used)
        return re.escape(word[:-2]) + "(?:ed|ing)"
    if word.endswith("ing") and len(word) >= 7:
        # a step named by its gerund ("Boarding", "Sharing", "Shipping") is said in the past too ("boarded",
        # "shared", "shipped": the stem before -ing takes -ed whatever its spelling)
        return re.escape(word[:-3]) + "(?:ing|ings|ed)"
    if word.endswith(("ee", "ye", "oe")):
        return re.escape(word) + "(?:s|d|ing)?"  # (guarantee → guaranteeing, dye → dyeing: the e stays)
    if word.endswith("e"):
        return re.escape(word[:-1]) + "(?:e|es|ed|ing)"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return re.escape(word[:-1]) + "(?:y|ies|ied|ying)"
    if re.search(r"[^aeiou][aeiou][bdgklmnprtz]$", word):
        # a final consonant doubled before -ed/-ing ("cancel" → "cancelled", "submit" → "submitted")
        return re.escape(word) + f"(?:s|es|ed|ing|{word[-1]}ed|{word[-1]}ing)?"
    return re.escape(word) + "(?:s|es|ed|ing)?"


def _fuzzy_zh(text: str, surface: str) -> list[tuple[int, int]]:
    """Windows of the same length differing in one character (同音错字 like 验正码)."""
    n = len(surface)
    hits = []
    for i in range(0, len(text) - n + 1):
        w = text[i:i + n]
        if not all(CJK.match(c) for c in w):
            continue
        diffs = [k for k, (a, b) in enumerate(zip(w, surface)) if a != b]
        # the first and last characters carry the meaning (用户群 vs 用户去, 总转化率 vs 付转化率)
        if len(diffs) == 1 and 0 < diffs[0] < n - 1:
            k = i + diffs[0]
            # the changed character makes a common word with a neighbour: a different word, not a slip
            if any(_zh_word(text[a:a + 2], REAL_WORD_ZH) for a in (k - 1, k) if 0 <= a and a + 2 <= len(text)):
                continue
            hits.append((i, i + n))
    return hits


def _fuzzy_en(text: str, surface: str, words: list[re.Match[str]]) -> list[tuple[int, int, float]]:
    """Word n-grams of the question close to an English surface (payemnt → payment)."""
    k = surface.count(" ") + 1
    hits = []
    for i in range(0, len(words) - k + 1):
        a, b = words[i].start(), words[i + k - 1].end()
        said = text[a:b]
        # ("singel passes" for "single pass": the slip is looked for in the singular)
        cand = said
        for stem in (re.sub(r"(?<=[a-z]{3})es$", "", said), re.sub(r"(?<=[a-z]{3})s$", "", said)):
            if stem != said and not surface.endswith(said[len(stem):]) and \
                    abs(len(stem) - len(surface)) < abs(len(cand) - len(surface)):
                cand = stem
        if abs(len(cand) - len(surface)) > 2 or cand[0] != surface[0]:
            continue
        if k > 1 and [w[0] for w in cand.split()] != [w[0] for w in surface.split()]:
            continue  # "customers most" is not "customers lost": each word must start right
        if _inflected(cand, surface):
            continue
        if k == 1 and surface == cand + "s" and cand.endswith("ing") and _zipf(cand, "en") >= REAL_WORD_EN:
            continue  # (a noun in -ings is another word than the verb: "refunds taking forever" says no takings)
        if any(cw != sw and (not _same_stem(cw, sw) or not _regular_ending(cw, sw)) and _zipf(cw, "en") >= REAL_WORD_EN
               for cw, sw in zip(cand.split(), surface.split())):
            continue  # a real word of its own ("score" is not a misspelt "store", "count" no "county")
        single = re.sub(r"(?<=[a-z]{3})s$", "", said)
        if k == 1 and single != said and _zipf(single, "en") >= REAL_WORD_EN and not _same_stem(single, surface) \
                and single != surface:
            continue  # (nor is its plural: "soles" is no misspelt "sales")
        d = osa_distance(cand, surface)
        sim = 1.0 - d / max(len(surface), len(cand))
        if 0 < d <= (1 if len(surface) < 8 else 2) and sim >= FUZZY_MIN_SIMILARITY:
            hits.append((a, b, sim))
    return hits


def _split_phrasal_verbs(text: str, entries: tuple[Entry, ...], cands: list[Mention]) -> list[Mention]:
    """"why people sent starter kits back", "brought the bike back": a step named by a phrasal verb ("send back") said
    with its object between the verb and the particle — the verb names the step (the object stays what it names)."""
    out = []
    for e in entries:
        # (never "in" / "on": "checked 3 rooms in Shanghai" is no check-in)
        m = re.fullmatch(r"([a-z]{3,})\s+(back|out|up|off|over|down)", e.surface) if e.kind == "touchpoint" else None
        if m is None:
            continue
        verb, part = m.groups()
        forms = {verb, verb + "s", verb + "ed", verb + "d", *IRREGULAR.get(verb, ())}
        for hit in re.finditer(r"\b(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) +
                               r")\s+(?:[a-z][a-z\-']*\s+){1,4}?" + re.escape(part) + r"\b", text):
            a, b = hit.span(1)
            if not any(c.start <= a < c.end for c in cands if c.kind in ("touchpoint", "journey")):
                out.append(Mention(e.kind, e.id, e.dim, a, b, text[a:b], INFLECTED))
    return out


def _regular_ending(a: str, b: str) -> bool:
    """Do two words differ by a regular ending only (report / reported), not by another word's letters (count /
    county)?"""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and long_[len(short):] in ("", "s", "es", "d", "ed", "ing", "er", "ers")


def _same_stem(a: str, b: str) -> bool:
    """recommend / recommended, review / reviews: one word with and without a short ending."""
    short, long_ = sorted((a, b), key=len)
    if long_[len(short):] in ("or", "ors") and not short.endswith(("at", "ut", "it")):
        # ("contractors" is no "contract", "inspectors" no "inspect"; a Latin agent noun names who does it — but
        # "creator" of "creat-", cut mid-word, is no such pair)
        return False
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def _inflected(cand: str, surface: str) -> bool:
    """Are cand and surface one stem with two different endings (computed / computer)? A bare stem and its
    inflection (order / orders) are the same word and pass."""
    last, whole = cand.split(" ")[-1], surface.split(" ")[-1]
    for suf in INFLECTIONS:
        if last.endswith(suf) and len(last) - len(suf) >= 3:
            stem = last[:-len(suf)]
            rest = whole[len(stem):] if whole.startswith(stem) else None
            if rest and rest != suf and rest in INFLECTIONS + ("e",):
                return True
    return False


CUE_TYPO_MIN = 6  # letters from which a cue word is mended (one edit; shorter words have too many neighbours)


@functools.lru_cache(maxsize=1)
def _cue_vocabulary() -> frozenset[str]:
    """The English words the planner's cues are made of (complaints, comments, conversion, …), from lexicon_en."""
    from assistant.planner import lexicon_en
    words = {w for phrases in lexicon_en.INTENT_CUES.values() for phrase in phrases for w in phrase.split()}
    words |= {p.lower() for p in lexicon_en.PEOPLE}
    return frozenset(w for w in words if w.isalpha() and len(w) >= CUE_TYPO_MIN)


def mend_cue_typos(text: str, keep: Container[str] = ()) -> tuple[str, list[tuple[str, str]]]:
    """English words one edit from exactly one cue word ("complants" → complaints) or one word the data itself uses
    ("reponse" → response, of response_hours) and no real word themselves, put right; `keep` are words the data
    itself uses (a name is never mended). Returns the text and the pairs."""
    vocab = _cue_vocabulary() | frozenset(x for x in keep if isinstance(x, str) and len(x) >= CUE_TYPO_MIN)
    fixes: list[tuple[str, str]] = []

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) < CUE_TYPO_MIN or word in vocab or word in keep or _zipf(word, "en") >= REAL_WORD_EN - 0.6:
            return word
        near = [v for v in vocab if v[0] == word[0] and abs(len(v) - len(word)) <= 1 and osa_distance(word, v) == 1]
        if len(near) != 1 or word in (near[0] + "s", near[0] + "d"):
            # (a plural or a past of the word is no slip: "how many couriers" says the people counted, never one
            # "courier" the way the data writes its value; the linker reads inflections itself)
            return word
        fixes.append((word, near[0]))
        return near[0]

    return re.sub(r"(?<![a-z_])[a-z]+(?![a-z_])", mend, text), fixes


def osa_distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit (payemnt → payment is 1)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def _family_said_len(e: Entry, text: str) -> int:
    """How much of the entry's family name the text says (the longest of its words found; 0: none)."""
    return max((len(n) for n in e.needs if n in text), default=0)


# what Chinese puts between a two-character verb-object step name's halves ("上到第一节课", "上了三节课", "买了课",
# "开了台"): aspect particles, numbers and classifiers only
SPLIT_INSIDE = r"[了过到完着第一二两三四五六七八九十几多\d]{1,4}[节堂次个门份场单]?"


def _split_verb_object(text: str, entries: tuple[Entry, ...]) -> list[Mention]:
    """A step's two-character name (上课, 买课) said with its verb and object apart ("上到第一节课", "上了三节课"): the
    step, as a guess said out loud."""
    out = []
    for e in entries:
        if e.kind != "touchpoint" or not all(CJK.match(c) for c in e.surface):
            continue
        if len(e.surface) == 2:
            for m in re.finditer(re.escape(e.surface[0]) + SPLIT_INSIDE + re.escape(e.surface[1]), text):
                out.append(Mention(e.kind, e.id, e.dim, m.start(), m.end(), m.group(0), 0.9))
        elif len(e.surface) == 4 and [w.word for w in _pos(e.surface)] == [e.surface[:2], e.surface[2:]]:
            # "酒箱发货" (the thing, then the verb) said verb first: "发出去多少个酒箱", "发了几个酒箱"
            # ("证书签发" said "签发了多少张校准证书": the whole verb, a count with its measure word, and after the count
            # a modifier of up to four characters before the thing — only of a name that is a thing then a verb)
            thing_first = [x.flag[:1] for x in _pos(e.surface)][:1] == ["n"]
            rx = re.escape(e.surface[2]) + (r"(?:" + re.escape(e.surface[3]) + r")?" if thing_first else "") + \
                r"(?:出去|出|走)?" + SPLIT_INSIDE.replace("{1,4}", "{0,4}") + \
                (r"(?:(?:多少|几)[个份单件箱张条笔次台辆套]?(?:[\u4e00-\u9fff]{1,4}?)?)?" if thing_first else
                 r"(?:多少|几)?[个份单件箱]?") + re.escape(e.surface[:2])
            for m in re.finditer(rx, text):
                out.append(Mention(e.kind, e.id, e.dim, m.start(), m.end(), m.group(0), 0.9))
            # "雇到帮手", "雇好帮手" of 雇佣帮手 (the verb, then its object): the verb's first character with a result
            # complement, then the object
            # (as sure as the name itself: only the verb's second character is said otherwise)
            for m in re.finditer(re.escape(e.surface[0]) + r"[到好完上了]" + re.escape(e.surface[2:]), text):
                out.append(Mention(e.kind, e.id, e.dim, m.start(), m.end(), m.group(0), 1.0))
    return out


ACRONYM_PLURAL = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,4})s(?![A-Za-z0-9])")


def acronym_plurals(question: str) -> frozenset[str]:
    """"EVs", "SUVs", "VIPs" as the asker wrote them: codes in capitals with a plural s (lower-cased)."""
    return frozenset(m.group(1).lower() for m in ACRONYM_PLURAL.finditer(question))


SALES_ROLE = re.compile(r"[\s\-]+(?:team|teams|rep|reps|representatives?|staff|people|person|manager|managers|"
                       r"call|calls|agents?|department|dept|force|lead|leads|pitch|meeting|meetings|funnel)\b")


def _named_by_verb(catalog: Catalog, e: Any) -> bool:
    """Is the one-word alias a word of the step's own id or English name ("drive" of tp_test_drive)?"""
    tp = catalog.touchpoint(e.id)
    words = set(re.findall(r"[a-z]+", " ".join(str(x or "") for x in (e.id, tp.name, tp.name_en)).lower())) \
        if tp is not None else set()
    return e.surface in words


def link(text: str, catalog: Catalog, blocked: list[tuple[int, int]],
         acronyms: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions in the normalised text; longest spans win; same-span ties are all kept (ambiguity).
    `acronyms`: short codes the asker wrote in capitals with a plural s ("EVs", "SUVs"), lower-cased."""
    entries = catalog.gazetteer
    cands: list[Mention] = []
    weak: list[Entry] = []
    common = catalog.common_values
    # a family remainder ("提交" of 出差申请提交 and of 预付差旅费申请提交) links when the question names its family,
    # the family named most fully ("出差申请" over the "申请" every family shares)
    said_family: dict[str, int] = {}
    for e in entries:
        if e.needs:
            said_family[e.surface] = max(said_family.get(e.surface, 0), _family_said_len(e, text))
    for e in entries:
        if e.kind == "value" and (e.surface in WEAK_WORDS or (e.dim, e.surface) in common or
                                  (e.dim in catalog.quiet and not _distinctive(e))):
            weak.append(e)
            continue
        if e.needs and (not said_family.get(e.surface) or _family_said_len(e, text) < said_family[e.surface]):
            continue  # "国内报销单…终审通过": a step named by what happened, when the question names its family
        for a, b in _occurrences(text, e.surface, e.surface in acronyms):
            # an inflected form ("reported" for "report") yields to an exact name on the same words; an
            # irregular one ("paid premium" for "pay premium") is a guess that never beats exact names inside it
            exact = text[a:b] in (e.surface, e.surface + "s", e.surface + "es") or (
                # (a hyphen for a space names a step as well as the value written with it: "trial-box";
                # planner._hyphen_tie keeps the one the rows can carry)
                e.kind == "touchpoint" and "-" in text[a:b] and
                re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text[a:b]) in (e.surface, e.surface + "s", e.surface + "es"))
            if e.kind in ("dimension", "metric") and not exact and re.search(r"(?:ing|ed)$", text[a:b]) and \
                    not re.search(r"(?:ing|ed)$", e.surface):
                # a column's or a measure's word is a noun: "marketing" is no "market" (region), "satisfaction rating"
                # no "satisfaction rate" (the share of 4-5 stars)
                continue
            # ("booked" for "book" is a regular ending, listed only so that the short verb may inflect)
            irregular = not exact and any(f in text[a:b].split() for w in e.surface.split()
                                          for f in IRREGULAR.get(w, ()) if not f.startswith(w))
            if irregular and e.kind == "touchpoint" and " " not in e.surface and not _named_by_verb(catalog, e):
                # ("pick-ups ran late" where "run" is an alias of the step "Haemodialysis session", a dialysis run:
                # the past of a one-word alias names the step only when the step is named by that verb)
                continue
            cands.append(Mention(e.kind, e.id, e.dim, a, b, text[a:b],
                                 1.0 if exact else IRREGULAR_FORM if irregular else INFLECTED))
    words = list(re.finditer(r"[a-z][a-z\-]*", text))
    has_cjk = bool(CJK.search(text))
    weak_typos: list[Mention] = []  # a slip in an everyday word that is a value ("busines"): a value only where
    for e in entries:              # the word itself would be one (next to its people or rows, beside another value)
        if e.surface in WEAK_WORDS or not e.fuzzy:
            continue
        if e.kind in ("dimension", "value") and CJK.search(e.surface):
            continue
        if (e.dim, e.surface) in common:
            if e.kind == "value" and words and len(e.surface) >= FUZZY_MIN_EN:
                weak_typos += [Mention(e.kind, e.id, e.dim, a, b, text[a:b], r)
                               for a, b, r in _fuzzy_en(text, e.surface, words)]
            continue
        if CJK.search(e.surface):
            if has_cjk and len(e.surface) >= 3 and all(CJK.match(c) for c in e.surface):
                cands += [Mention(e.kind, e.id, e.dim, a, b, text[a:b], 0.8) for a, b in _fuzzy_zh(text, e.surface)]
        elif words and len(e.surface) >= FUZZY_MIN_EN:
            cands += [Mention(e.kind, e.id, e.dim, a, b, text[a:b], r) for a, b, r in _fuzzy_en(text, e.surface, words)]
    cands += _split_phrasal_verbs(text, entries, cands)  # ("sent starter kits back" of "send back")
    cands += _platforms(text, catalog)  # (大众点评 in Chinese, Dianping in English)
    cands += _countries(text, catalog)  # ("the UK", "英国" where the region column writes United Kingdom)
    if has_cjk:
        cands += _one_character_values(text, catalog)
    cands += _graded_letters(text, catalog)
    if has_cjk:
        cands += _column_heads_zh(text, catalog)  # ("哪家中心" of 研究中心)
    cands += _split_by_a_count(text, entries)  # ("新增了多少客户" names 新增客户)
    if has_cjk:
        cands += _romanised(text, catalog)
        cands += _split_verb_object(text, entries)
        # "上了免费试听课": the verb's object is itself a named touchpoint, so the verb names nothing
        objects = [(c.start, c.surface) for c in cands if c.kind == "touchpoint" and c.score >= STRONG_GUESS]
        # ("退了多少笔定金": a status verb before a named step is that step's status, kept; "拒了多少笔申请":
        # a count between the verb and its object makes the object what is counted, and the verb the step)
        # (when the verb's step is named with the object: 拒 of 申请被拒 before 申请; 开 of 开通月卡 before 工单
        # stays a plain verb)
        cands += [v for v in _verb_stems(text, catalog)
                  if v.kind != "touchpoint" or not any(0 <= a - (v.end + 1) <= VERB_OBJECT_GAP
                                                       and not (COUNT_BETWEEN.fullmatch(text[v.end + 1:a])
                                                                and _named_with(catalog, v.id, obj))
                                                       for a, obj in objects)]
    # ("our sales team", "the sales rep", "sales calls": sales names the people or the work, never the money)
    cands = [c for c in cands if not (c.kind == "metric" and c.surface in ("sales", "sale") and
                                      SALES_ROLE.match(text[c.end:]))]
    # (a column that labels rows, cancel_id, yields its word to a step said with it in another form: "an actual
    # cancellation" is the Cancelled step, never a grouping by cancellation ids)
    labels = {d.id for d in catalog.dimensions if d.identifier}
    cands = [dataclasses.replace(c, score=INFLECTED - 0.01) if c.kind == "dimension" and c.id in labels and c.score == 1.0
             and any(o.kind == "touchpoint" and (o.start, o.end) == (c.start, c.end) for o in cands) else c for c in cands]
    # a likely typo (one edit in a long name: "custmer service") competes with exact names; a weaker guess
    # never beats an exact name it overlaps ("orders from" is no typo of "order form")
    cands = [c for c in cands if not _tail_inside_a_longer_word(catalog, text, c)]
    strong = _leftmost_cjk(_select([c for c in cands if c.score >= STRONG_GUESS], list(blocked)), cands, blocked)
    chosen = strong + _select([c for c in cands if c.score < STRONG_GUESS],
                              list(blocked) + [(m.start, m.end) for m in strong])
    # a common word like "new" counts as a value next to another value of its dimension ("new vs returning")
    dims = {m.dim for m in chosen if m.kind == "value"}
    # ... or with words around it that make it a value ("on the app", "app users")
    # (or its column named next to it: "the team plan", "plan = team", "go framework")
    extra = [Mention(e.kind, e.id, e.dim, a, b, text[a:b], 1.0) for e in weak
             for a, b in _occurrences(text, e.surface)]
    # (a late column's value only beside its own column's name or another of its values, or set off in quotes)
    extra = [m for m in extra if m.dim not in catalog.quiet or m.dim in dims or
             _column_named_next(catalog, m.dim, text, m.start, m.end) or _set_off(text, m.start, m.end) or
             _before_its_step(catalog, text, m, chosen)]
    extra = [m for m in extra + weak_typos
             if not re.match(r"\s+of\b", text[m.end:])  # "what share of …", "the total of …": a measure asked
             # ("from first finding us to signing": an ordinal of the step after it, no value "first")
             and not (m.surface in ORDINAL_WORDS and (re.match(r"\s+[a-z]+ing\b", text[m.end:]) or any(
                 c.kind == "touchpoint" and re.fullmatch(r"\s+", text[m.end:c.start]) for c in chosen)))
             if m.dim in dims or WEAK_BEFORE.search(text[:m.start]) or WEAK_AFTER.match(text[m.end:])
             # ("online (video) free-consultation bookings": a gloss in brackets between it and the rows it is of;
             # a step's name right after it is those rows)
             or WEAK_AFTER.match(GLOSS_AFTER.sub("", text[m.end:], count=1))
             # (one word of the step's name may stand before the part linked: "free-consultation bookings")
             or any(c.kind == "touchpoint" and c.start >= m.end and GLOSS_AFTER.match(text[m.end:c.start]) and
                    re.fullmatch(r"\s*(?:[a-z]+[\s\-])?\s*", GLOSS_AFTER.sub("", text[m.end:c.start], count=1))
                    for c in chosen)
             # ("arrived late", "came second"; never a verb's particle: "came back for another session")
             or (WEAK_VERB_BEFORE.search(text[:m.start]) and WEAK_MANNER_AFTER.match(text[m.end:])
                 and m.surface.lower() not in PARTICLES)
             or WEAK_LEFT_OUT.match(text[m.end:]) or WEAK_LEFT_OUT_BEFORE.search(text[:m.start])
             or _column_named_next(catalog, m.dim, text, m.start, m.end) or _set_off(text, m.start, m.end)
             or _before_its_step(catalog, text, m, chosen) or kind_of_people_counted(catalog, text, m)
             # ("Android app", "iOS web users": the platform said right after another column's value is a value too)
             or (m.surface in PLATFORM_WEAK and any(c.kind == "value" and c.dim != m.dim and
                                                     re.fullmatch(r"\s+", text[c.end:m.start]) for c in chosen))]
    chosen += _select(extra, list(blocked) + [(m.start, m.end) for m in chosen])
    chosen = [m for m in chosen if not _holder_of_a_value(catalog, text, m, chosen)]
    chosen = [m for m in chosen if not _word_of_a_longer_name(catalog, text, m)]
    chosen = _first_word_of_the_next_value(text, chosen)
    # ("filling in the child profile": a verb in -ing with its particle before a step's name is what is done at the
    # step, never the value "filling" of another column)
    chosen = [m for m in chosen if not (m.kind == "value" and m.surface.endswith("ing") and (
        (after := PARTICLE_THEN_STEP.match(text, m.end)) is not None and
        any(x.kind == "touchpoint" and x.start == after.end() for x in chosen)))]
    return sorted(chosen, key=lambda m: (m.start, m.kind))


def _first_word_of_the_next_value(text: str, chosen: list[Mention]) -> list[Mention]:
    """"App商店评论" where the channel app_review is glossed 商店评论 and app is another channel: a value said right
    before another value of its column whose stored name begins with it is that longer value's first word (said in
    another language), never a second value — app and app_review compared."""
    out = list(chosen)
    for m in chosen:
        for n in chosen:
            if m.kind == n.kind == "value" and m.dim == n.dim and m.id != n.id and n.start >= m.end and \
                    not text[m.end:n.start].strip() and re.split(r"[\s_\-]+", str(n.id).lower())[0] == str(m.id).lower():
                if m in out and n in out:
                    out[out.index(n)] = dataclasses.replace(n, start=m.start, surface=text[m.start:n.end])
                    out.remove(m)
    return out


# the words for whoever a company serves, never one kind of them ("how many members renewed" counts everyone)
GENERIC_PEOPLE_EN = frozenset({"customers", "users", "people", "persons", "accounts", "clients", "members", "visitors",
                               "consumers", "buyers", "shoppers", "leads", "prospects", "contacts", "subscribers",
                               "guests", "patients", "passengers"})
PEOPLE_KIND_COUNTED = re.compile(r"\b(?:how many|number of|count of)\s+(?:(?:distinct|unique|different|our|the|of)\s+)*$")


def kind_of_people_counted(catalog: Catalog, text: str, m: Mention) -> bool:
    """"How many students do we have?", "how many families ordered" where student and family are values of the
    customers' segment: an everyday word in the plural right after "how many" that one column of the customer list
    holds (among other values) is the kind of people counted. The company's general words for its people
    ("members", "clients") never are."""
    said = re.match(r"[a-z]*", text[m.start:]).group(0)  # (the word as said: "couriers" where courier is linked)
    plural = said.endswith("s") or said in IRREGULAR_PLURALS.values()  # ("how many children": the segment child)
    return m.kind == "value" and plural and said not in GENERIC_PEOPLE_EN and \
        PEOPLE_KIND_COUNTED.search(text[:m.start]) is not None and \
        (d := catalog.dimension(m.dim)) is not None and "customers" in d.slices and \
        len(catalog.dimension_values.get(m.dim, ())) >= 2


PARTICLE_THEN_STEP = re.compile(r"\s+(?:in|out|up)\s+(?:the|a|an|his|her|their|our|your|my|this|that)\s+")


ZH_JOURNEY_WORD = re.compile(r"(?:这条|这个)?(?:旅程|流程|漏斗|链路|路径)")


def _word_of_a_longer_name(catalog: Catalog, text: str, m: Mention) -> bool:
    """"the online store funnel" where a step is named "Online store visit" and store is also a channel: a value's
    word said with the word next to it as part of a longer name of a step or a journey is that name's word, not the
    value (the step or journey is linked by its other words, or the name was said in part)."""
    if m.kind == "value" and re.fullmatch(r"[\u4e00-\u9fff]{2,}", m.surface):
        # ("线上购票旅程" where the journey is 线上购票入园 and 线上 is a ticket type: the journey's name said in part,
        # then the journey word)
        for j in catalog.journeys:
            for n in (j.name, j.name_zh):
                n = n or ""
                at = n.find(m.surface)
                if at < 0 or len(n) < len(m.surface) + 2:
                    continue
                k = 0  # (how far the question goes on with the name's own words after the value's)
                rest = n[at + len(m.surface):]
                while k < len(rest) and m.end + k < len(text) and text[m.end + k] == rest[k]:
                    k += 1
                if k >= 2 and ZH_JOURNEY_WORD.match(text, m.end + k):
                    return True
        return False
    if m.kind != "value" or not re.fullmatch(r"[a-z]+", m.surface):
        return False
    before = re.search(r"([a-z]+)[\s\-]+$", text[:m.start])
    after = re.match(r"[\s\-]+([a-z]+)", text[m.end:])
    # (only where the words are said as a journey's: "the online store funnel"; "ready-made instrument sales" of the
    # instrument orders keeps the value, whatever step is named "Ready-made instrument purchase")
    journey_word = re.compile(r"[\s\-]+(?:funnel|journey|flow|process|pipeline|path)s?\b")
    pairs = [p for p in ((before.group(1) + " " + m.surface) if before and journey_word.match(text, m.end) else None,
                         (m.surface + " " + after.group(1)) if after and journey_word.match(text, m.end + after.end())
                         else None) if p]
    if not pairs:
        return False
    names = [n for t in catalog.touchpoints for n in (t.name, t.name_en, *t.aliases)]
    names += [n for j in catalog.journeys for n in (j.name, j.name_en)]
    for n in names:
        words = re.findall(r"[a-z]+", (n or "").lower())
        if len(words) < 3:
            continue
        joined = " " + " ".join(words) + " "
        if any(" " + p + " " in joined for p in pairs):
            return True
    return False


# characters that may follow a thing's name in a question ("哪个菜园排队最久", "哪个菜园的", "哪个菜园？")
AFTER_A_NAME_ZH = frozenset("的是里中有最排在收比评会去来得被把对给也都还就才更多少共了吗呢啊")
AFTER_A_NAME_WORDS_ZH = ("平均", "总共", "总计", "一共")


def _before_its_step(catalog: Catalog, text: str, m: Mention, chosen: list[Mention]) -> bool:
    """"漏水的保修单", "leak warranty claims": a value said right before a step whose events record its column is a
    kind of those rows (a late column's value, or an everyday word, is a value there)."""
    term = catalog.dimension(m.dim) if m.dim else None
    if term is None:
        return False
    steps = catalog.steps_recording(term.column or m.dim)
    if m.dim == "action" and catalog.profile is not None:
        # ("the late load-in rate": an outcome said before the step that records it)
        steps = set(steps) | set(catalog.profile.action_steps.get(str(m.id), ()))
    return any(c.kind == "touchpoint" and c.id in steps and c.start >= m.end and
               re.fullmatch(r"\s*(?:的|类的|类|问题的)?\s*", text[m.end:c.start]) for c in chosen)


def _distinctive(e: Any) -> bool:
    """A late column's value said whole that no everyday word is: four Chinese characters or more ("断电跳闸"), or two
    English words or more ("power outage" of power_outage) — it links like any value."""
    s = str(e.surface)
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{4,}", s)) or len(re.findall(r"[a-z]{3,}", s.lower())) >= 2


def _tail_inside_a_longer_word(catalog: Catalog, text: str, m: Mention) -> bool:
    """"哪个安装队" where two verdicts end in 安装 (可安装, 不可安装), "哪个广告平台" where channels end in 广告: the word the
    values end in, read as their column only by a grouping word before it, is the start of a longer word here."""
    if m.kind != "dimension" or not CJK.search(m.surface) or m.end >= len(text) or not CJK.match(text[m.end]) or \
            text[m.end] in AFTER_A_NAME_ZH or text[m.end:].startswith(AFTER_A_NAME_WORDS_ZH):
        return False
    lead = next((x for x in ONE_CHAR_LEADS if m.surface.startswith(x)), None)
    if lead is None:
        return False
    noun = m.surface[len(lead):]
    if len(noun) == 1 and noun in PLACE_NOUN_ZH.values():
        # ("哪个市场" where 市 names the city column: 市场 is a word of its own — a market — and 店员 a shop's staff;
        # a word that is itself a name of such a column, 店铺 or 国家, still names it)
        from assistant.planner.lexicon_zh import COLUMN_WORDS
        word = noun + text[m.end]
        own = {x for part in re.findall(r"[a-z]+", m.id.lower()) for x in COLUMN_WORDS.get(part, ())}
        if _in_dictionary(word) and word not in own:
            return True
    rest = text[m.end:]
    if any(e.kind in ("touchpoint", "metric", "journey") and len(e.surface) >= 2 and rest.startswith(e.surface)
           for e in catalog.gazetteer):
        return False  # ("哪个蜂场调蜂缺箱": a step's own name follows, 调蜂 — the tail word ends there)
    return m.surface[len(lead):] in _shared_tails(tuple(str(v) for v in catalog.dimension_values.get(m.id, ())))


def _holder_of_a_value(catalog: Catalog, text: str, m: Mention, chosen: list[Mention]) -> bool:
    """"elite taskers" where elite is a tasker_level and tasker a value of cancel_by, "金牌帮手" of 帮手等级: the word
    after a value that is its own column's name says who holds the value, never a second filter."""
    if m.kind != "value":
        return False
    said = re.sub(r"(?:es|s)$", "", m.surface.lower()) if not CJK.search(m.surface) else m.surface
    for v in chosen:
        if v.kind != "value" or v.dim == m.dim or v.dim is None or v.end > m.start or \
                not re.fullmatch(r"\s*", text[v.end:m.start]):
            continue
        d = catalog.dimension(v.dim)
        if d is None:
            continue
        names = [x.lower() for x in (d.id, *d.names.values(), *d.aliases.get("en", ()), *d.aliases.get("zh", ())) if x]
        if any((said in re.split(r"[_\s]+", n) and len(said) >= 3) if not CJK.search(said) else
               (len(said) >= 2 and said in n) for n in names):
            return True
    return False


# a gloss in brackets right after a word ("online (video)", "到店 (offline)")
GLOSS_AFTER = re.compile(r"^\s*[(（][^()（）]{1,30}[)）]")


# words of step names that name no case: the steps' actions and places
NOT_CASE_WORDS = frozenset({"order", "orders", "payment", "page", "app", "step", "request", "result", "received", "sent",
                            "to", "the", "a", "of", "and", "from", "by", "for", "in", "on", "at", "with", "new", "first"})


def case_nouns(catalog: Catalog) -> tuple[str, ...]:
    """What a log calls its cases, from its step names: a word of the step every journey starts with ("Fine issued
    (created)", "开具罚单") that two or more other steps' names repeat ("Fine mailed", "罚单送达") — the fine each
    step happens to — in English (singular and plural) and in Chinese. Nothing when no such word."""
    starts = {j.steps[0] for j in catalog.journeys if j.steps}
    if not starts:
        return ()
    tps = {t.id: t for t in catalog.touchpoints}
    out: list[str] = []
    for sid in sorted(starts):
        first = tps.get(sid)
        if first is None:
            continue
        others = [t for t in catalog.touchpoints if t.id != sid]
        en_name = f"{first.name_en or ''} {first.name if first.name.isascii() else ''}".lower()
        en_words = re.findall(r"[a-z]+", en_name)
        def en_said(word: str) -> bool:
            # (a past participle is what happened to the case, "submitted", never its noun)
            return len(word) >= 3 and word not in NOT_CASE_WORDS and not word.endswith("ed") and \
                _zipf(word, "en") < 6.0 and \
                sum(1 for t in others if re.search(rf"\b{word}s?\b", f"{t.name_en or ''} {t.name}".lower())) >= 2
        for word in _heads(en_words, en_said):
            out += [word, word + "s"]
        import jieba
        # the words other step names are cut into, read in this one ("受理工单": 工单 as in 录入/工单, where jieba
        # alone cuts 受/理工/单)
        counts: dict[str, int] = {}
        for t in others:
            for x in set(jieba.lcut(re.sub(r"[(（][^)）]*[)）]", " ", f"{t.name_zh or ''} {t.name}"))):
                if len(x) >= 2 and all(CJK.match(c) for c in x):
                    counts[x] = counts.get(x, 0) + 1
        frequent = sorted((x for x, n in counts.items() if n >= 2), key=len, reverse=True)
        for zh_name in dict.fromkeys(x for x in (first.name_zh, first.name) if x and CJK.search(x)):
            # ("受理工单(接单)": the words in parentheses gloss the name)
            zh = "".join(c for c in re.sub(r"[(（][^)）]*[)）]", " ", zh_name) if CJK.match(c) or c == " ")
            zh_words = _cut_by(zh, frequent)
            def zh_said(word: str) -> bool:
                return len(word) >= 2 and all(CJK.match(c) for c in word) and \
                    sum(1 for t in others if word in f"{t.name_zh or ''}{t.name}") >= 2
            # (a Chinese step name ends with what happens, "出差申请提交": 申请 is the noun, not 提交's modifier)
            out += [x for x in _heads(zh_words, zh_said, last_is_verb=True) if x not in out]
    return tuple(dict.fromkeys(out))


def _cut_by(text: str, words: list[str]) -> list[str]:
    """The text cut into the given words (longest first, left to right) and the characters between them."""
    out, i = [], 0
    while i < len(text):
        hit = next((x for x in words if text.startswith(x, i)), None)
        if hit:
            out.append(hit)
            i += len(hit)
        else:
            if text[i].strip():
                out.append(text[i])
            i += 1
    return out


def _heads(words: list[str], said: Callable[[str], bool], last_is_verb: bool = False) -> list[str]:
    """Of a step name's words, those other step names repeat and that head the noun phrase they are in: not a
    modifier right before another such word ("Domestic declaration", "国内报销单": declaration, 报销单), not the
    complement after "for"/"of" ("Request for payment": request)."""
    out = []
    for i, word in enumerate(words):
        if not said(word):
            continue
        if i + 1 < len(words) and said(words[i + 1]) and not (last_is_verb and i + 2 == len(words)):
            continue  # a modifier of the next word
        if i >= 2 and words[i - 1] in ("for", "of") and said(words[i - 2]):
            continue  # the complement of the word before the preposition
        out.append(word)
    return out


def common_values(catalog: Catalog) -> frozenset[tuple[str | None, str]]:
    """(dimension, surface) of the company's column values that are everyday English words (Catalog.common_values
    keeps them: one pass over the gazetteer per catalogue, not per question)."""
    # (values the semantic layer words itself, "new" or "returning" of segment, are handled by WEAK_WORDS)
    worded = {(d.id, s.lower()) for d in catalog.dimensions if not d.extra for raw, ws in d.values.items()
              for s in (raw, *ws)}
    # the worded values the data holds (or that are not read from it, as stages are): a same word of a company
    # column is a tie with them
    held = {s for d in catalog.dimensions if not d.extra for raw, ws in d.values.items()
            if d.id not in catalog.dimension_values or raw in catalog.dimension_values[d.id] for s in (raw, *ws)}
    # (experiment arms are named as written: "did the treatment win")
    common = {(e.dim, e.surface) for e in catalog.gazetteer if e.kind == "value"
              and (e.dim, e.surface) not in worded and e.dim != "variant" and not e.id.isupper()
              and e.surface not in held  # ("service": also a stage, a tie resolved later)
              and not GENDER_DIM.search(e.dim or "")  # ("women", "men": people said by their gender, always that)
              and re.fullmatch(r"[a-z]+", e.surface) and _zipf(e.surface, "en") >= COMMON_VALUE}
    # who did something, kept on the rows it was done to ("cancelled_by = customer / driver", 发起方 = 客户): the
    # question's "customers" or "司机" are the people counted or talked about, that column's value only with its
    # column or a "by" next to it (a customer column's "household" is a kind of customer, kept)
    actors = {d.id for d in catalog.dimensions if d.extra and d.slices and "customers" not in d.slices}
    people = {(e.dim, e.surface) for e in catalog.gazetteer if e.kind == "value" and e.dim in actors
              and _people_word(e.surface)}
    return frozenset(common | people)


MEASURE_WORD_METRICS = 3  # a word in the names of this many measures is a word of measures, naming no step


PEOPLE_SUFFIX = re.compile(r"[\u4e00-\u9fff]{1,3}(?:人|者|户|员|生)$")


def people_nouns(catalog: Catalog) -> frozenset[str]:
    """Chinese people nouns (two to four characters ending in 人/者/户/员/生) that end two or more values of one
    column kept on customers: what the company calls the people it serves ("单次捐赠人", "企业捐赠人" → 捐赠人)."""
    out: set[str] = set()
    for d in catalog.dimensions:
        if "customers" not in d.slices:
            continue
        values = [str(v) for v in catalog.dimension_values.get(d.id, ()) if v and CJK.search(str(v))]
        for n in (4, 3, 2):
            tails = Counter(v[-n:] for v in values if len(v) > n)
            out |= {t for t, k in tails.items() if k >= 2 and PEOPLE_SUFFIX.fullmatch(t)}
    return frozenset(out)


def measure_words(catalog: Catalog) -> frozenset[str]:
    """Step aliases that end the names of several measures, as their head word: "rate" (conversion rate, drop-off
    rate, …) — the words measures are named with, not the step one measure is taken at ("下单" of 下单数 is a
    modifier there, still a step)."""
    names: dict[str, set[str]] = {}
    own = {m.id for m in catalog.metrics if m.column}  # (measures of the company's columns are named by the column)
    for e in catalog.gazetteer:
        if e.kind == "metric" and e.id not in own:
            names.setdefault(e.surface, set()).add(e.id)
    out = set()
    for e in catalog.gazetteer:
        if e.kind != "touchpoint":
            continue
        pattern = re.compile(rf"(?<![a-z]){re.escape(e.surface)}$") if e.surface.isascii() else None
        ids = {i for n, idset in names.items() if (pattern.search(n) if pattern else n.endswith(e.surface))
               for i in idset}
        if len(ids) >= MEASURE_WORD_METRICS:
            out.add(e.surface)
    return frozenset(out)


# a Chinese noun for people by its ending (农户, 车主, 学员, 租客, 申请人): who is counted
PEOPLE_HEAD_ZH = re.compile(r"^[\u4e00-\u9fff]{1,3}[民者客员主户]$|^[\u4e00-\u9fff]{2,3}人$")


def _people_word(surface: str) -> bool:
    from assistant.planner import lexicon_en, lexicon_zh
    low = surface.lower()
    return low in lexicon_en.PEOPLE or low + "s" in lexicon_en.PEOPLE or surface in lexicon_zh.PEOPLE or \
        surface in lexicon_zh.ACTORS


def _set_off(text: str, a: int, b: int) -> bool:
    """"团体（Groups）", "origin is 'other'", "“social”": a word set off in parentheses or quotes is named as written."""
    return bool(re.search(r"[(（'\"“‘「]\s*$", text[max(0, a - 2):a]) and re.match(r"\s*[)）'\"”’」]", text[b:b + 2]))


def _column_named_next(catalog: Catalog, dim: str | None, text: str, a: int, b: int) -> bool:
    d = catalog.dimension(dim) if dim else None
    if d is None:
        return False
    names = {x.lower() for x in (d.id, d.id.replace("_", " "), *d.names.values(), *d.aliases.get("en", ()),
                                 *d.aliases.get("zh", ())) if x}
    # ("rated high risk" of risk_rating: the column's own noun without its kind word)
    head = re.fullmatch(r"([a-z]{4,})_(?:rating|level|type|status|category|grade|tier|class|band)", d.id.lower())
    before, after = text[max(0, a - 30):a].rstrip(" =:").lower(), text[b:b + 30].lstrip(" =:").lower()
    return any(before.endswith(n) or after.startswith(n) for n in names) or \
        bool(head and re.match(re.escape(head.group(1)) + r"(?![a-z])", after))


def _leftmost_cjk(chosen: list[Mention], cands: list[Mention], blocked: list[tuple[int, int]]) -> list[Mention]:
    """"铂金卡会员", "黑金卡会员": Chinese is read left to right, so a name that starts earlier ("铂金卡") wins over a
    longer one that starts inside it and runs on ("金卡会员" of another column): forward maximum matching where two
    exact Chinese names overlap without one holding the other."""
    out = list(chosen)
    for b in chosen:
        if b.score < 1.0 or not CJK.match(b.surface[:1]):
            continue
        rivals = [a for a in cands if a.score >= 1.0 and a.start < b.start < a.end < b.end and a.end - a.start >= 3
                  and all(CJK.match(ch) for ch in a.surface)
                  and not any(x < a.end and a.start < y for x, y in blocked)
                  and not any(o is not b and o.start < a.end and a.start < o.end for o in out)]
        if rivals:
            best = max(rivals, key=lambda a: (a.end - a.start, -a.start))
            out = [o for o in out if not (o.start == b.start and o.end == b.end)]
            out += [a for a in cands if a.score >= 1.0 and (a.start, a.end) == (best.start, best.end)]
            # ("交押金到提车" where the journey 押金到提车 lost to 交押金: the rest of its words name what they name)
            # (steps only: a measure's or column's word there, "已付款订单的件数", stays inside what lost)
            rest = [a for a in cands if a.score >= 1.0 and best.end <= a.start and a.end <= b.end
                    and a.kind == "touchpoint"]
            out += _select(rest, list(blocked) + [(o.start, o.end) for o in out])
    return out


def _select(cands: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Greedy longest-then-best span choice; every candidate on a chosen span is kept."""
    out: list[Mention] = []
    spans: list[tuple[int, int]] = []
    # a guessed (fuzzy) span must be clearly longer than an exact one to beat it
    for m in sorted(cands, key=lambda m: (-(m.end - m.start - (0 if m.score == 1.0 else 2)), -m.score, m.start)):
        span = (m.start, m.end)
        if span in spans:
            best = max(o.score for o in out if (o.start, o.end) == span)
            if m.score >= best and not any(o.kind == m.kind and o.id == m.id and o.dim == m.dim for o in out):
                out.append(m)
            continue
        if any(not (m.end <= a or m.start >= b) for a, b in taken + spans):
            continue
        spans.append(span)
        out.append(m)
    return out
