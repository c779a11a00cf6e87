"""Coverage: words of the question that name something, but nothing in this workspace.

A question that names a place, a brand, a product or a grouping the data does not hold
("payment conversion in Shanghai", "by industry" without an industry column, "CAC") must not be
answered with the number for everything: the answer says the data has no such thing. We flag
only words in positions that name a slice or a grouping (proper nouns, place names, the word
after "by"/"按"), never ordinary words, so a plain question is never refused for its wording.
"""
from __future__ import annotations

import functools
import re

from assistant.planner import lexicon_en, lexicon_zh
from assistant.planner.text import arm_words
from assistant.planner.types import Work

# capitalised English words that are not names of things in anyone's data
EN_FILLER_CAPS = frozenset("""
i i'm i'd ok okay please hi hey thanks what which who whom whose how why when where is are was were do does did can could
would should will shall may might show give tell list plot chart draw compare and or but the a an of for in on at by per
kpi kpis nps csat aov gmv roi arpu ltv sla faq vs q1 q2 q3 q4 h1 h2 yoy mom wow qoq ytd mtd a/b ab sql select id ids
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
double eleven singles singles' black cyber christmas new year's years eve easter thanksgiving valentine's valentine
chinese english mandarin top last next this all overall total average mean median p-value
""".split())
# words that may follow "by"/"per" without naming a grouping
EN_BY_FILLER = ("far", "how much", "the way", "then", "now", "default", "itself", "themselves", "day", "days", "week",
                "weeks", "month", "months", "quarter", "year", "hour", "date", "time", "percent", "percentage",
                "count", "value", "volume", "number", "share", "rate", "amount", "users", "customers", "people",
                # the rows of the orders table, the unit an average is over ("the average fee paid per order")
                "order", "orders", "transaction", "transactions", "purchase", "purchases",
                # how a measure is summarised ("by median days") or a clause after "per customer" ("who received")
                "median", "mean", "average", "who", "whom", "whose", "that", "which", "with",
                # a time said with "by" ("cancelled by the end of the data", "by the start of March")
                "end", "start", "beginning", "close", "middle", "today", "tomorrow")
BY_EN = re.compile(r"\b(?:by|per|for each|for every|split by|broken down by|grouped by|group by)\s+"
                   r"(?:(?:the|each|their|our|your|my|these|those|all)\s+)?(?:customer\s+|user\s+|journey\s+)?"
                   r"(?!(?:the|each|their|our|your|my|these|those|all)\b)([a-z][a-z0-9_\-]*)")
ZH_BY = ("按", "按照", "根据", "分", "各")
# what follows 分 when it is the verb "divide / assign" with its complement, not "by" ("分进去", "分到", "分成")
SPLIT_INTO = frozenset(("进去", "进来", "出去", "出来", "下去", "下来", "过去", "过来", "回去", "回来", "到", "成", "为",
                        "给", "开", "配", "进", "入", "在", "去", "到了", "成了"))
# ("had makeup stains": makeup there is cosmetics; only "make-up" with its hyphen is a composition)
SPLIT_EN = re.compile(r"\b([a-z][a-z\-]{2,})\s+(?:split|breakdown|distribution|mix|make-up)\b")
# words that say how many, never what is grouped ("how many breakdown …")
QUANTIFIERS = frozenset({"many", "much", "few", "several", "more", "less", "most", "fewer", "some", "any", "all"})
SPLIT_ZH = re.compile(r"([\u4e00-\u9fff]{2,3})(?:分布|构成|结构)")
# Chinese POS tags of proper names: places, people's or organisations' names, other proper nouns
ZH_NAME_TAGS = ("ns", "nr", "nt", "nz")
ZH_FILLER = frozenset(("用户", "客户", "大家", "我们", "公司", "数据", "情况", "时候", "哪个", "什么", "怎么", "多少",
                       "为什么", "时间", "期间", "平台", "阶段", "天", "周", "月", "年", "小时", "分钟", "秒", "秒钟",
                       "渠道", "类型",
                       # (the rows themselves, "上门记录里师傅没到的": the records of a step, no name of anything)
                       "记录", "记录数", "条记录",
                       "维度", "分类", "类别", "来看", "统计", "多少钱", "多少天", "多少次", "多少人", "多少个", "多少条", "东西", "事情", "东东",
                       "中位数", "中位值", "均值", "平均值",
                       # ordinals of a step's rounds ("第一版初稿", "第一轮验收"): which time, no name of anything
                       "第一版", "第一轮", "第一次", "头一次", "第二次", "第二轮",
                       # the period just said, referred back to ("这段时间有星级评价不少于30条的")
                       "这段时间", "那段时间", "段时间", "这段期间", "时间段", "这个时间段", "同期",
                       # calendar units ("按自然周") and what is counted as it happened ("按实际开局的预约单算"); the
                       # customer base itself ("我们客户库里")
                       "自然", "自然周", "自然月", "自然日", "实际", "客户库", "用户库", "会员库", "库里",
                       # verbs of money or people brought in ("哪个带来的收入更多", "贡献的营收")
                       "带来", "带来的", "贡献", "产生", "创造", "拉来",
                       # a value said as the state something is in ("处于流失预警状态", "标记为VIP的")
                       "处于", "状态", "标记", "标记为", "打上", "标签",
                       # a visit on site, the unit a field step is counted in ("每次上门都算", "迟到的上门"), as
                       # "visit" is in English: the step is named otherwise
                       "上门", "上门的", "次上门"))  # (how a measure is summarised: said by the planner)


# words asking for a share of everything ("占全部客户的比例"): how the answer is put, never a measure's name
SHARE_OR_ALL_ZH = frozenset(("比例", "占比", "比率", "百分比", "份额", "全部", "所有", "总体", "全体", "整体"))
# one-character nouns a "哪个" question ranks by (places and outlets; not time words, which rank days and months)
ONE_CHAR_NOUNS = frozenset("省州市县区国镇村店车馆厂线书课")
WHICH_EN = re.compile(r"\b(?:which|what)\s+(?:single\s+|one\s+|kind of\s+|type of\s+)?([a-z][a-z\-]*)(?:\s+([a-z][a-z\-]*))?")
# (with the counting words of vehicles, rooms, sites, machines and teams: "哪台车", "哪辆", "哪间店", "哪支队伍")
WHICH_ZH = re.compile(r"(?:哪个|哪一个|哪种|哪一种|哪类|哪一类|哪家|哪位|哪些|哪款|哪条|哪道|哪项|哪门|哪场|哪件"
                      r"|哪台|哪一台|哪辆|哪一辆|哪间|哪所|哪座|哪部|哪本|哪一本|哪只|哪张|哪名|哪支|哪组|哪栋|哪片)([\u4e00-\u9fff]{1,4})")
# the thing a superlative ranks, said before "是什么" ("报修最多的故障类型是什么？", "最常见的退货原因是哪个"): a "which X"
# question put the other way round
MOST_ZH = re.compile(r"最(?:多|高|少|低|大|小|长|短|快|慢|常见|普遍|频繁|集中|主要|受欢迎|热门|常用)的([\u4e00-\u9fff]{1,6}?)"
                     r"(?=(?:是|为|有)(?:什么|啥|哪))")
# words after "which/what" that are a verb or a question word, not the thing ranked
EN_NOT_NOUN = frozenset("""is are was were do does did has have had gets got get brings brought makes made generates
generated sells sold shows showed the a an of in on to was's""".split())


def ranked_noun(w: Work, whole_words: bool = False) -> str | None:
    """The thing a "which X ..." question ranks when nothing in the question links to a grouping:
    "Which cabin class gets the most reviews?" → "cabin class" (None when it names something known)."""
    for m in WHICH_EN.finditer(w.text):
        spans = [(m.start(i), m.end(i)) for i in (1, 2) if m.group(i)]
        words = [m.group(i) for i in (1, 2) if m.group(i)]
        if words and words[-1] in EN_NOT_NOUN:
            words, spans = words[:-1], spans[:-1]
        if not words or words[0] in EN_NOT_NOUN or words[0] in EN_BY_FILLER or _known_word(words[0]):
            continue
        # "which sales rep": the head noun (the last word) names the thing ranked, even when a word before
        # it links to something ("sales")
        if len(words) == 2 and _covered(w, *spans[-1]) and not _covered(w, *spans[0]) and words[1].endswith("ed"):
            return words[0]  # "which clerk approved the most": the noun, then the step's verb
        if _covered(w, *spans[-1]) or _known_word(words[-1]) or words[-1] in EN_BY_FILLER:
            continue
        return " ".join(words)
    for m in [*WHICH_ZH.finditer(w.text), *MOST_ZH.finditer(w.text)]:
        group = m.group(1)
        # (a value's word right after "哪个" is no grouping: "哪个门店" when 门店 is only the channel store)
        if _covered(w, m.start(1), m.start(1) + 1, values=False):
            continue  # the ranked thing links to a name ("哪个触点", "哪个渠道")
        # the uncovered words right after 哪种 ("哪种房型被预订得最多": 房型, the verb after it links)
        n = next((i for i in range(len(group)) if _covered(w, m.start(1) + i, m.start(1) + i + 1, values=False)),
                 len(group))
        tok = group[:n].split("的")[0].rstrip("被的是在最把给从对")  # "哪个职业的客户": 职业
        # (the word jieba cuts there, when the characters run on into a verb: "哪个户型卖得最多" → 户型)
        word = _token_at(w, m.start(1))
        if word and len(word) >= 2 and tok.startswith(word):
            tok = word
        elif whole_words:
            continue
        if len(tok) < 2 and tok not in ONE_CHAR_NOUNS:
            continue  # "哪个省" names a grouping as much as "哪个省份"
        if is_filler(tok) or _known_word(tok) or any(tok.startswith(f) for f in ZH_FILLER if len(f) >= 2):
            continue
        return tok
    return None


# how a careful asker says what is counted ("按每笔预约算", "按单算", "按笔数", "按人头"): the basis of the count, no
# name of anything in the data
COUNT_BASIS = re.compile(r"按(?:照)?(?:每(?:一)?)?(?:笔|单|次|份|件|张|个|位|条|人头|人|户|家|单子)(?:数)?(?:来)?(?:算|计|统计|计算)?"
                         # ("按每台入厂的车算": each thing counted once, the unit of the count)
                         r"|按(?:照)?每(?:一)?[\u4e00-\u9fff]{1,10}?(?:来)?(?:算|计|统计|计算)"
                         r"|(?:笔|单|人|次)数(?:算|计)?"
                         # ("per payment attempt", "counted per record": what each count is of, no grouping)
                         r"|\b(?:per|each|every|by)\s+(?:[a-z\-]+\s+){0,2}(?:attempts?|tries|try|records?|rows?|entries|entry)\b")


def _token_at(w: Work, at: int) -> str | None:
    """The question's token (jieba's cut) that starts at character `at`, if one does."""
    pos = 0
    for tok in w.tokens:
        i = w.text.find(tok, pos)
        if i < 0:
            continue
        if i == at:
            return tok
        if i > at:
            return None
        pos = i + len(tok)
    return None


def _covered(w: Work, a: int, b: int, values: bool = True) -> bool:
    spans = [(m.start, m.end) for m in w.mentions if values or m.kind != "value"] + list(w.time_spans) + \
        list(w.blocked_spans)
    spans += [x.span() for x in COUNT_BASIS.finditer(w.text)]
    return any(not (b <= s or a >= e) for s, e in spans)


def _known_word(word: str) -> bool:
    """Cue and stop words of either language (they say what is asked, not what it is about)."""
    lw = word.lower().strip()
    if not lw:
        return True
    for lex in (lexicon_zh, lexicon_en):
        if lw in lex.STOP:
            return True
        for cues in lex.INTENT_CUES.values():
            if any(lw == c.strip() or (len(lw) >= 2 and lw in c and not c.isascii()) for c in cues):
                return True
        for group in (lex.DESC, lex.ASC, lex.COUNT, lex.NEGATIVE, lex.POSITIVE, lex.COMPARATIVE):
            if any(lw == c.strip() for c in group):
                return True
    return False


def _english_names(w: Work) -> list[str]:
    """Capitalised words (not the first word) and unknown acronyms that link to nothing."""
    out = []
    # (a word of an A/B test arm's name, "PDF" of pdf_proposal: the arm, which the read-out finds by its words)
    arms = {x for v in (w.catalog.dimension_values.get("variant") or ()) for x in arm_words(v)}
    # (letters-only edges: "探探和Soul现在" has no \b between Chinese and Latin letters)
    for m in re.finditer(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&'\-]{2,}|[A-Z]{2,}[0-9]*)(?![A-Za-z0-9])", w.question):
        word = m.group(1)
        # (a capitalised first word starts the sentence; one in capitals, "BC, June …", is a name all the same)
        if m.start() == 0 and not word.isupper() or word.lower() in EN_FILLER_CAPS or _known_word(word) or \
                word.lower() in arms:
            continue
        if w.question[:m.start()].rstrip().endswith((".", "?", "!", ":", "\"", "“")):
            continue  # a sentence start
        for hit in re.finditer(r"(?<![a-z0-9])" + re.escape(word.lower()) + r"(?![a-z0-9])", w.text):
            if not _covered(w, hit.start(), hit.end()):
                out.append(word)
                break
    return out


AGENT_ARTICLE = re.compile(r"by\s+(?:the|our|their|a|an|its|his|her|my|your)\s+")
AGENT_VERB_BEFORE = re.compile(r"\b[a-z]+(?:ed|en|wn|lt|pt|ught)\s+(?:(?:in|up|out|off|down|over|back)\s+)?$")


def _groupings(w: Work) -> list[str]:
    """The word after "by"/"per"/"按" when it names no dimension, value, time grain or touchpoint."""
    out = []
    # ("blocked in by the snowbank", "a no-show by our installers", "damage caused by the plough": who or what did it,
    # said with "by the/our" after a verb or in what comments say, is no grouping)
    feedback = w.intent in ("feedback_themes", "feedback_search", "feedback_count") or \
        bool(w.cues & {"feedback_themes", "feedback_search", "feedback_generic"})
    found = [(m.group(1).strip(), m.start(1), m.end(1)) for m in BY_EN.finditer(w.text)
             if not (AGENT_ARTICLE.match(w.text, m.start()) and
                     (feedback or AGENT_VERB_BEFORE.search(w.text[:m.start()])))]
    # "the gender split of our job seekers", "age distribution", "性别分布", "性别比例": a grouping said before its noun
    # (not when the split word is a name's: "how many breakdown calls" names the step Breakdown call)
    found += [(m.group(1), m.start(1), m.end(1)) for m in SPLIT_EN.finditer(w.text)
              if not _covered(w, m.end(1) + 1, m.end()) and m.group(1) not in QUANTIFIERS]
    found += [(m.group(1), m.start(1), m.end(1)) for m in SPLIT_ZH.finditer(w.text)]
    # Chinese: the word jieba cuts after a standalone 按/按照/根据 ("按钮" is a button, not "by")
    pos = 0
    toks = []
    for tok in w.tokens:
        i = w.text.find(tok, pos)
        if i >= 0:
            toks.append((tok, i))
            pos = i + len(tok)
    for (tok, _), (nxt, j) in zip(toks, toks[1:]):
        if tok == "分" and nxt in SPLIT_INTO:
            continue  # ("短信组一共分进去多少个考生": assigned into, a verb and its complement, no "by")
        if tok in ZH_BY and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", nxt):
            found.append((nxt, j, j + len(nxt)))
    for phrase, a, b in found:
        if True:
            if not phrase or phrase in EN_BY_FILLER or is_filler(phrase) or _known_word(phrase) or \
                    phrase in lexicon_en.STOP:
                continue
            nxt = re.match(r"\s+([a-z]+)", w.text[b:])
            if _people(w, phrase) or _people(w, phrase.split()[-1]) or PEOPLE_COUNT_ZH.match(phrase) or \
                    (nxt is not None and _people(w, nxt.group(1))):
                # "per household", "divided by the couples", "per paying couple", "按新人对数算": who is counted
                continue
            if any(phrase.startswith(x) for x in lexicon_zh.AVERAGE + lexicon_en.AVERAGE):
                continue  # "按平均等待时长看": by a measure, not a grouping
            if phrase.split()[0] in EN_BY_FILLER:
                continue
            if _covered(w, a, b):
                continue
            if any(m.kind == "value" and m.surface != phrase and
                   re.search(r"(?<![a-z])" + re.escape(phrase) + r"(?![a-z])", m.surface.lower()) for m in w.mentions):
                continue  # ("(on site or by video) … over a video call": the means said short, the value named in full)
            then = re.match(r"\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|its\s+)?", w.text[b:])
            if phrase.endswith("ing") and then is not None and _covered(w, b + then.end(), b + then.end() + 1):
                continue  # ("done by scanning the QR code", "by calling the hotline": how, no grouping)
            if any(phrase in g for g in lexicon_zh.GRAIN.values()) or any(phrase in g for g in lexicon_en.GRAIN.values()):
                continue
            if w.text[max(0, a - 5):a].strip().endswith("per") and _case_word(w, phrase):
                continue  # "average payout per trade-in" (Trade-in order submitted): the case counted, no grouping
            out.append(phrase)
    return out


def _case_word(w: Work, phrase: str) -> bool:
    """Does an English word begin the name of a step or of a journey ("trade-in" of "Trade-in order submitted" and
    "Trade-in to payout")? Then "per <it>" counts those cases."""
    low = phrase.lower()
    names = [n.lower() for t in w.catalog.touchpoints for n in (t.name, t.name_en or "", *t.aliases) if n.isascii()] + \
        [n.lower() for j in w.catalog.journeys for n in (j.name, j.name_en or "") if n and n.isascii()]
    return len(low) >= 4 and any(re.match(re.escape(low) + r"s?\b", n) for n in names)


@functools.lru_cache(maxsize=16)
def _pos_tokenizer(user_words: tuple[str, ...] = ()):  # noqa: ANN202 - jieba has no types
    """jieba's part-of-speech tagger over the planner's tokenizer with one catalogue's words (loaded only when a
    Chinese question has words left over that could be names; one per catalogue, text._jieba)."""
    import jieba.posseg as pseg

    from assistant.planner.text import _jieba
    return pseg.POSTokenizer(_jieba(user_words))


def _chinese_names(w: Work) -> list[str]:
    if not re.search(r"[\u4e00-\u9fff]", w.text):
        return []
    # cheap filter first: only tag when some Chinese run is not covered by a name or a time
    free = "".join(ch if not _covered(w, i, i + 1) else " " for i, ch in enumerate(w.text))
    if not re.search(r"[\u4e00-\u9fff]{2,}", free):
        return []
    out, pos = [], 0
    for word, flag in _pos_tokenizer(w.catalog.user_words).lcut(w.text):
        i = w.text.find(word, pos)
        pos = i + len(word) if i >= 0 else pos
        if i < 0 or flag[:2] not in ZH_NAME_TAGS or len(word) < 2:
            continue
        word = state_stem(word)
        if word[0] in DEMONSTRATIVES and (len(word) == 2 or _covered(w, i + 1, i + len(word))):
            # ("那顺丰冷运的晚到比例", "4月那波NPS调研", cut as 那顺丰, 那波): "that" before a name or a classifier
            # refers back; the name after it is looked up as it is, and "那波" names nothing
            continue
        if word[0] in CLASSIFIERS and re.search(r"(?:多少|几|一|两|[0-9])$", w.text[:i]):
            # ("多少张卡", cut as 张卡: a counting word and the noun counted; the noun alone is no name)
            word, i = word[1:], i + 1
            if len(word) < 2:
                continue
        if is_filler(word) or _people(w, word) or _known_word(word) or _covered(w, i, i + len(word)) or \
                word in lexicon_zh.STAFF or word in lexicon_zh.ACTORS or after_a_value(w, i, i + len(word)) or \
                _verb_of_a_named_step(w, word) or _listed_as_included(w.text, i, i + len(word)):
            continue  # jieba tags 顾客 as a person's name now and then: people words name no slice
        out.append(word)
    return out


def state_stem(word: str) -> str:
    """"休眠状态" cut as one word: the state named is 休眠, looked up (in either language) as the value it is."""
    return word[:-2] if word.endswith("状态") and len(word) >= 4 else word


CLASSIFIERS = frozenset("张个位件条单次台份名家辆套本笔间")
DEMONSTRATIVES = frozenset("那这该此")


def _listed_as_included(text: str, a: int, b: int) -> bool:
    """"已支付的订单都算：挂号费、激素检查、…、心理咨询": a word listed (beside 、) in a clause that widens what is
    counted is one part of the whole; one the data does not name narrows nothing."""
    from assistant.planner.timeparse import in_inclusion
    return bool(re.match(r"\s*[、，,和及与]", text[b:b + 2]) or re.search(r"[、，,和及与]\s*$", text[max(0, a - 2):a])) \
        and in_inclusion(text, a, b)


def _verb_of_a_named_step(w: Work, word: str) -> bool:
    """"新开通了多少个订阅" where 订阅 names the step 开通月度订阅: the word (without 新/再) is the step's own verb."""
    stem = re.sub(r"^(?:新|再|重新)", "", word)
    named = {m.id for m in w.mentions if m.kind == "touchpoint"}
    return len(stem) >= 2 and any(stem in (t.name_zh or t.name or "") for t in w.catalog.touchpoints if t.id in named)


def _in_comments(w: Work, term: str) -> bool:
    """Do customers' comments use every word of the term (a place, a brand they write about)?"""
    words = getattr(w.catalog.profile, "text_words", None) or frozenset()
    parts = re.findall(r"[a-z][a-z0-9&'\-]+", term.lower())
    return bool(parts) and all(p in words for p in parts)


def proper_names(w: Work) -> list[str]:
    """Proper names of the question that link to nothing (whether or not comments mention them)."""
    return list(dict.fromkeys(_english_names(w) + _chinese_names(w)))


def _glossed(w: Work, term: str) -> bool:
    """"销售代表（SR）", "the Jiaxing hub (嘉兴转运中心)": a word explained by a linked name in the parentheses right
    after it."""
    i = w.text.find(term.lower() if term.isascii() else term)
    # ("the Jiaxing hub (嘉兴转运中心)": an English word of the name may stand before it)
    m = re.match(r"(?:[\u4e00-\u9fff]{0,3}|(?:\s+[a-z][a-z\-]*){0,2})\s*\(([^)]{1,40})\)", w.text[i + len(term):]) \
        if i >= 0 else None
    if not m:
        return False
    a = i + len(term) + m.start(1)
    return _covered(w, a, a + len(m.group(1)))


def _appositive(w: Work, term: str) -> bool:
    """"D03 杭州滨江店", "dealer D03 (Hangzhou Binjiang)": a name right next to a linked value (or in parentheses
    after it) is the user's name for that value, not another slice."""
    i = w.text.find(term.lower() if term.isascii() else term)
    if i < 0:
        return False
    j = i + len(term)
    values = [m for m in w.mentions if m.kind == "value"]
    before = any(re.fullmatch(r"[\s(（]{0,3}", w.text[m.end:i]) for m in values if m.end <= i)
    after = any(re.fullmatch(r"[\s)）]{0,3}", w.text[j:m.start]) for m in values if m.start >= j)
    # the whole name sits in the run of words between the value and the next punctuation
    run = re.match(r"[^,.;?!，。；？！]*", w.text[i:])
    return before or (after and run is not None)


def unknown_names(w: Work) -> list[str]:
    """Proper names that link to nothing, that no comment mentions and that no linked name glosses. (A name the
    comments use is kept whatever is measured: it is as often the company's own programme, "SkyMiles members",
    as a rival's.)"""
    return list(dict.fromkeys(t for t in _english_names(w) + _chinese_names(w)
                              if not _in_comments(w, t) and not _glossed(w, t) and not _appositive(w, t)
                              and not _listing_the_groups(w, t)))


def _listing_the_groups(w: Work, term: str) -> bool:
    """"按咨询来源分（出院转介、药房合作、网络搜索…）", "by lead source (home show, referral, search ads)": the
    asker's own names for the groups of the column just named, listed in the brackets after it — the groups are the
    column's, whatever they are called."""
    i = w.text.find(term.lower() if term.isascii() else term)
    if i < 0:
        return False
    opened = max(w.text.rfind("(", 0, i), w.text.rfind("（", 0, i))
    if opened < 0 or re.search(r"[)）]", w.text[opened:i]) or not re.search(r"[、,，/]|\bor\b", w.text[opened:]):
        return False
    before = w.text[:opened].rstrip()
    return bool(GROUPED_BY_BEFORE.search(before)) or any(
        m.kind == "dimension" and re.fullmatch(r"\s*(?:分|来分|划分|看|split|groups?)?\s*", before[m.end:])
        for m in w.mentions if m.end <= len(before))


# a grouping said right before the brackets: "按咨询来源分", "split by lead source"
GROUPED_BY_BEFORE = re.compile(r"(?:按照?|以)[\u4e00-\u9fffA-Za-z_ ]{1,12}?(?:分|来分|划分|分组|区分)$|"
                               r"\b(?:split|broken down|grouped)?\s*by\s+(?:the\s+)?[a-z][a-z\- ]{1,30}$", re.I)


def unknown_groupings(w: Work) -> list[str]:
    """"by X" / "按X" where X names no dimension."""
    return list(dict.fromkeys(g for g in _groupings(w) if not _glossed(w, g)))  # "按大区（region）"


# ordinary words a question uses around a default measure ("how is the payment page doing")
EN_PLAIN = frozenset("""calendar fiscal doing going look looks looking happen happened happening performance perform performing
change changed changes trend trends overall total number numbers figure figures data stats statistics status
result results situation compare comparison versus last this next week month year day today yesterday go went up down
rise rose fall fell drop dropped grow grew growth increase increased decrease decreased higher lower more less
better worse good bad much many high low recent recently period time times please could would should show tell give
break breakdown split each every per across between among since until during within whole entire
item items goods things stuff altogether combined plain simple straight raw
tagged tag tags labelled labeled label marked currently
logged recorded filed lodged raised received formal opposed""".split())
COMMON_EN = 4.8
RARE_EN = 3.0  # below this, a word one letter from a common one is that word mistyped ("diffrent" 2.2, "orders" 4.6)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
CONTRACTION_END = re.compile(r"(?:(?<=n)t|s|re|ll|ve)$")


@functools.lru_cache(maxsize=4096)
def hurried_spelling(word: str) -> str | None:
    """The common English word a word typed in a hurry stands for: an apostrophe left out ("whats", "didnt") or one
    letter wrong in a common word ("diffrent", "recieved"), else None. (wordfreq has no speller; the one-edit
    neighbours of one short word are few enough to look up, cached.)"""
    from wordfreq import tokenize, zipf_frequency
    w = word.lower()
    own = zipf_frequency(w, "en")
    m = CONTRACTION_END.search(w) if len(w) >= 4 and re.fullmatch(r"[a-z]+", w) else None
    if m is not None:  # what's, didn't, they're, we'll, they've (one word: "me'at" is two)
        cand = w[:m.start()] + "'" + m.group(0)
        if len(tokenize(cand, "en")) == 1 and zipf_frequency(cand, "en") >= max(COMMON_EN, own + 0.5):
            return cand
    if len(w) < 5 or own >= RARE_EN or not re.fullmatch(r"[a-z]+", w):
        return None
    cands = {w[:i] + w[i + 1:] for i in range(1, len(w))}
    cands |= {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(1, len(w) - 1)}
    cands |= {w[:i] + c + w[i + 1:] for i in range(1, len(w)) for c in LETTERS}
    cands |= {w[:i] + c + w[i:] for i in range(1, len(w) + 1) for c in LETTERS}
    cands.discard(w)
    best = max(cands, key=lambda c: zipf_frequency(c, "en"))
    return best if zipf_frequency(best, "en") >= COMMON_EN else None
PEOPLE_EN = frozenset(p.lower() for p in lexicon_en.PEOPLE) | {lexicon_en.singular(p.lower()) for p in lexicon_en.PEOPLE} \
    | {"person", "head", "heads"}  # ("families" → family, not "familie"; "per head")
# a Chinese noun for people ends in one of these (市民, 消费者, 租客, 车主, 商户, 学员); "账户"-like words are rare as
# measures and never a slice either
PEOPLE_ZH_END = re.compile(r"^[\u4e00-\u9fff]{1,3}[民者客员主户]$|^[\u4e00-\u9fff]{2,3}人$")  # (申请人, 借款人)


# people counted by a measure word of theirs: "新人对数" (couples), "户数" (households), "人头数"
PEOPLE_COUNT_ZH = re.compile(r"^(?:[\u4e00-\u9fff]{1,3})?(?:对数|户数|人数|人头数|位数)$")
# a counting word with a locative after it, cut as one word ("回收单里" → 单里, "这些人中" → 人中): "among them"
LOCATIVE_OF_ROWS = re.compile(r"^[单人条笔次个件台份张位名户家][里中内上]$")


def is_filler(word: str) -> bool:
    """Words that name nothing in any data: the filler list, and a counting word with a locative ("单里")."""
    return word in ZH_FILLER or bool(LOCATIVE_OF_ROWS.match(word))


def _people(w: Work, word: str) -> bool:
    """A people word, or the company's own word for its customers (dealer of dealer_type, dealer_name)."""
    return is_people_word(word) or word.lower() in w.catalog.customer_words


def is_people_word(word: str) -> bool:
    """A word for the people the data counts (customers, citizens, 市民, 顾客): who, never a slice or a measure."""
    low = word.lower()
    return low in PEOPLE_EN or word in lexicon_zh.PEOPLE or bool(PEOPLE_ZH_END.match(word))  # Zipf frequency above which an English word is too common to name a measure


def _catalogue_stem(w: Work, word: str) -> bool:
    """Does the word share its first five letters with a word of some catalogue name ("reviewers")?"""
    stem = word[:5]
    return len(word) >= 5 and any(part.startswith(stem) for e in w.catalog.gazetteer if e.surface.isascii()
                                  for part in e.surface.split())


def _short_for_a_named_word(w: Work, word: str) -> bool:
    """"Which technician …? Only techs with …": a word cut short from a word the question names elsewhere."""
    stem = re.sub(r"s$", "", word)
    return len(stem) >= 4 and any(len(x.group(0)) > len(stem) + 1 and x.group(0).startswith(stem)
                                  and _covered(w, x.start(), x.end())
                                  for x in re.finditer(r"[a-z]+", w.text))


MEASURE_END = re.compile(r"[^数多少]量$|[^多少]额$|率$")


# a verb in the past or progressive before its object ("collected the most", "received 1-2 star ratings",
# "racking up more"): it says what happened, the object names what is measured
VERB_BEFORE_OBJECT = re.compile(r"[a-z\-]{3,}(?:ed|ing)\s+(?:up\s+)?(?:the|a|an|most|more|fewest|fewer|least|less|any|no|"
                                r"some|many|much|\d)\b", re.I)


def after_a_value(w: Work, a: int, b: int) -> bool:
    """"峨眉金顶索道", "黄山玉屏索道", "the Huangshan cableway": words right after a value of a company's column, in one
    run with it (at most two characters of the value's longer name between), say what the value is — its full name
    and its kind (索道 of each site) — never a slice or a measure of their own."""
    for m in w.mentions:
        if m.kind != "value" or m.end > a or m.score < 1.0 or (t := w.catalog.dimension(m.dim or "")) is None or \
                not t.extra:  # (a value guessed from a part of its name, 峨眉山 of 峨眉山旅游公司, vouches for nothing)
            continue
        gap = w.text[m.end:a]
        if (re.fullmatch(r"[\u4e00-\u9fff]{0,2}", gap) and re.fullmatch(r"[\u4e00-\u9fff]+", w.text[a:b])) or \
                (re.fullmatch(r"\s+", gap) and re.fullmatch(r"[a-z]+", w.text[a:b])):
            return True
    return False


def unnamed_measure(w: Work) -> list[str]:
    """Content words left when the measure was defaulted: "paid premium" on data with orders but no premium
    measure names a measure the catalogue does not have; answering order counts would answer another question."""
    from wordfreq import zipf_frequency
    out = []
    if re.search(r"[a-z]", w.text):
        # (a word cut by a contraction, "haven't", "doesn't", is no word of its own)
        for m in re.finditer(r"(?<![a-z'’])[a-z][a-z\-]{3,}(?![a-z\-'’])", w.text):
            word = m.group(0)
            if _covered(w, m.start(), m.end()) or word in EN_PLAIN or word in EN_FILLER_CAPS or _known_word(word) \
                    or _people(w, word) or word in lexicon_en.RATE_WORDS:
                continue  # "how many clients did trainer T03 train": the people counted, not a measure
            if any(word.startswith(p) for p in EN_PLAIN if len(p) >= 5):
                continue
            if VERB_BEFORE_OBJECT.match(w.text[m.start():]):
                continue  # ("which touchpoint collected the most 1-2 star ratings": a verb; its object names the measure)
            if word.endswith("ing") and any(x.kind in ("value", "touchpoint") and
                                            re.fullmatch(r"[\s\-]|\s+(?:the|a|an|our|their|its)\s+", w.text[m.end():x.start])
                                            for x in w.mentions):
                continue  # ("shopping malls", "building sites": a gerund before a named thing says what kind it is)
            if _in_comments(w, word) or _catalogue_stem(w, word) or _short_for_a_named_word(w, word) or \
                    after_a_value(w, m.start(), m.end()):
                continue  # "airways" customers write about; "reviewers" of the reviews the data holds
            if zipf_frequency(word, "en") < COMMON_EN and not hurried_spelling(word):
                out.append(word)  # ("How many diffrent seniors", "whats our average score": common words mistyped)
    if re.search(r"[\u4e00-\u9fff]", w.text):
        pos = 0
        for word, flag in _pos_tokenizer(w.catalog.user_words).lcut(w.text):
            i = w.text.find(word, pos)
            pos = i + len(word) if i >= 0 else pos
            # nouns, and a word made a measure by its ending ("下载量" is tagged an idiom)
            if i < 0 or not (flag.startswith("n") or MEASURE_END.search(word)) or len(word) < 2 \
                    or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
                continue
            word = state_stem(word)
            if is_filler(word) or _known_word(word) or _covered(w, i, i + len(word)) or _glossed(w, word) or \
                    is_people_word(word) or word in lexicon_zh.STAFF or word in SHARE_OR_ALL_ZH or any(word in c for c in lexicon_zh.SHARE) or \
                    _verb_of_a_named_step(w, word) or after_a_value(w, i, i + len(word)):
                continue  # ("占全部客户的比例": what share of all, asked)
            out.append(word)
    return list(dict.fromkeys(out))


# words before a row noun that say which kind of rows, not which rows ("total orders", "paid orders" are taken
# by other steps when they mean something; these never name a value)
EN_NOT_MODIFIER = frozenset("""the a an our my your their all any each every total overall average avg mean many much
more most less least few first last next new old repeat returning unique distinct number of per whole entire same
other such those these its his her average typical active inactive""".split())
EN_ROW_NOUN = re.compile(r"\b(orders?|customers?|users?|buyers?|members?|clients?|accounts?|deliveries|shipments?|"
                         r"bookings?|tickets?|trips?|purchases?|transactions?|sales|items?|products?|reviews?|comments?|"
                         r"deals?|contracts?|leases?)\b")


def noun_modifiers(w: Work) -> list[str]:
    """Uncovered words right before what is counted ("meat orders", "海鲜订单"): kinds of rows that may name a
    value the data keeps in its other language. Only looked up across scripts (crosslingual.match)."""
    out = []
    heads = [(m.start, m.end) for m in w.mentions if m.kind in ("metric", "touchpoint")]
    heads += [h.span() for h in EN_ROW_NOUN.finditer(w.text)]
    heads += [h.span() for h in re.finditer(r"订单|客户|用户|会员|门店|商品|产品", w.text)]
    # (a kind of people said with the trade's own word for them: "外地游客", "企业学员" — the kind with the noun, as the
    # data's other language may say both in one value, tourist)
    people = {h.start(): h.group(0) for h in PEOPLE_NOUN_ZH.finditer(w.text)}
    heads += [(a, a + len(x)) for a, x in people.items()]
    # ("处于休眠状态", "冻结状态的账户"): the word before 状态 is the state itself, whatever part of speech jieba
    # gives it (休眠 is a verb to it)
    states = {h.start() for h in re.finditer(r"状态", w.text)}
    heads += [(a, a + 2) for a in states]
    for a, _ in heads:
        before = w.text[:a]
        en = re.search(r"([a-z][a-z\-]{2,})\s+$", before)
        fixed = hurried_spelling(en.group(1)) if en is not None else None
        if en is not None and en.group(1) not in EN_NOT_MODIFIER and not _known_word(en.group(1)) \
                and not _covered(w, en.start(1), en.end(1)) and not (fixed and ("'" in fixed or fixed in EN_NOT_MODIFIER)):
            out.append(en.group(1))
            continue
        stem = before[:-1] if before.endswith("的") else before
        if not re.search(r"[\u4e00-\u9fff]{2}$", stem):
            continue
        # the noun right before it ("门票订单": 门票), as jieba cuts and tags it: no verb ("被限制的用户"), no time
        # word ("每个月的")
        toks = _pos_tokenizer(w.catalog.user_words).lcut(stem[-8:])
        word, flag = (toks[-1].word, toks[-1].flag) if toks else ("", "")
        end = len(stem) - (len(word) - len(state_stem(word)))
        word = state_stem(word)
        # (a kind of people may be said by an adjective: "自由骑手")
        if len(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", word) and \
                (flag.startswith("n") or a in states or (a in people and flag == "a")) and \
                not _covered(w, end - len(word), end) and not is_filler(word) and not _known_word(word) and \
                not after_a_value(w, end - len(word), end):
            if a in people and not before.endswith("的"):
                out.append(word + people[a])
            if not is_people_word(word):  # ("影响到的游客次数": the people themselves, no kind of them)
                out.append(word)
    return list(dict.fromkeys(out))


# the verbs of selling, after the thing sold ("纯素泡菜卖了多少罐", "康普茶一共售出多少瓶")
SOLD_ZH = re.compile(r"(?:一共|总共|共)?(?:卖|售|销售|出售)(?:了|出|掉)")
# words for every thing sold, or for who sells: no product of their own ("商品卖了多少件", "店里卖了多少")
GOODS_ZH = frozenset(("商品", "产品", "东西", "货", "货品", "单品", "宝贝", "物品", "品类", "门店", "店里",
                      "店铺", "网店", "公司", "平台", "线上", "线下", "网上", "总共", "一共", "全部", "所有", "我们", "大家"))


def sold_things(w: Work) -> list[str]:
    """"2026年4月到6月，纯素泡菜卖了多少罐": the noun right before a verb of selling is the thing sold — a product the
    data must hold; one that names nothing is said, never dropped for a total of everything sold."""
    out = []
    for h in SOLD_ZH.finditer(w.text):
        stem = w.text[:h.start()]
        if not re.search(r"[\u4e00-\u9fff]{2}$", stem):
            continue
        toks = _pos_tokenizer(w.catalog.user_words).lcut(stem[-8:])
        # (a noun run: "纯素泡菜" is cut 纯素 / 泡菜, both nouns to jieba)
        run: list[str] = []
        for t in reversed(toks):
            if not (t.flag.startswith("n") and re.fullmatch(r"[\u4e00-\u9fff]+", t.word)):
                break
            run.insert(0, t.word)
        word = "".join(run)
        end = len(stem)
        if len(word) >= 2 and not _covered(w, end - len(word), end) and not is_filler(word) and not _known_word(word) and not _people(w, word) and word not in GOODS_ZH and \
                not any(x in GOODS_ZH for x in run):
            out.append(word)
    return list(dict.fromkeys(out))


PEOPLE_NOUN_ZH = re.compile(r"游客|顾客|客人|乘客|旅客|学员|患者|病人|住客|访客|车主|家长|业主|租客|买家|商户|骑手|司机|车手|"
                            r"房客|食客|商家|卖家|考生|学生|家属|租户")


# a value that is what every row is when the column is absent: orders without a status count as paid
DEFAULT_WHEN_ABSENT = frozenset({("order_status", "paid")})


def absent_values(w: Work) -> list[str]:
    """Words naming a value of a built-in column the data leaves empty ("安卓" with no device recorded, "refunded"
    on orders without a status): asked about, never dropped into an answer for every row."""
    from assistant.planner.linker import WEAK_WORDS
    out = []
    # (a word that is a value of a column the data does fill names that one, or nothing: "gold" of member_level)
    held = {str(v).lower() for vals in w.catalog.dimension_values.values() for v in vals}
    for d in w.catalog.dimensions:
        if d.extra or d.id not in w.catalog.dimension_values:
            continue
        if w.catalog.dimension_values[d.id]:
            # ("how many orders were refunded" where no order is: a status word the layer knows and the data's own
            # statuses lack names rows the data has none of — said, never every order counted instead)
            term = w.catalog.metric(w.metric_id) if w.metric_id else None
            if d.id == "order_status" and term is not None and term.table == "orders":
                have = {str(v).lower() for v in w.catalog.dimension_values[d.id]}
                for raw, words in d.values.items():
                    # (money given back only: "unpaid … left out" leaves out what is not there anyway)
                    if raw.lower() in have or (d.id, raw) in DEFAULT_WHEN_ABSENT or \
                            not re.search(r"refund|return", raw.lower()):
                        continue
                    for s in {raw.lower(), *(x.lower() for x in words)}:
                        if len(s) < 4 or s in WEAK_WORDS or s in held:
                            continue
                        rx = re.escape(s) if re.search(r"[\u4e00-\u9fff]", s) else \
                            rf"(?<![a-z0-9]){re.escape(s)}(?![a-z0-9])"
                        if any(not _covered(w, m.start(), m.end()) for m in re.finditer(rx, w.text)):
                            out.append(s)
            continue
        prof = w.catalog.profile
        if prof is not None and d.slices and not any(prof.present(t) for t in d.slices if t != "customers"):
            continue  # no orders table at all: that is said on its own ("your data has no orders")
        for raw, words in d.values.items():
            if (d.id, raw) in DEFAULT_WHEN_ABSENT:
                continue
            for s in {raw.lower(), *(x.lower() for x in words)}:
                if len(s) < 2 or s in WEAK_WORDS or s in held:
                    continue
                rx = re.escape(s) if re.search(r"[\u4e00-\u9fff]", s) else rf"(?<![a-z0-9]){re.escape(s)}(?![a-z0-9])"
                if any(not _covered(w, m.start(), m.end()) for m in re.finditer(rx, w.text)):
                    out.append(s)
    return list(dict.fromkeys(out))


# "revenue from wombats", "orders for gift cards": a noun after a word that slices, closing the phrase
SLICE_NOUN_EN = re.compile(r"\b(?:from|for|among|of|on|about|with)\s+(?:the\s+|our\s+|all\s+|those\s+|these\s+|its\s+)?"
                           r"([a-z][a-z\-]{3,})(?=\s*(?:[,.;?!)]|$|\b(?:in|during|since|between|last|this|from|over|"
                           r"before|after|until|by|per)\b))")
SLICE_NOUN_FILLER = frozenset("""days hours minutes seconds weeks nights times visits
example instance average total sure real everyone anyone everybody anybody everything
anything something nothing them that this those these which what whom whose data year years month months week weeks
quarter quarters time period periods now sale while good more less most least each every both either neither other
others rest ones whole overall comparison reference context interest note""".split())


def unknown_slice_nouns(w: Work) -> list[str]:
    """"What was the revenue from wombats in 2025?": a noun after a slicing word ("from", "for", "among") that closes
    the phrase and names nothing — no step, value, column, time, people or cue word — is a slice the data does not
    have, said so, never dropped into an answer for everyone. (A word the comments use is a topic: kept; a word
    sharing its stem with a catalogue name is a form of it.)"""
    out = []
    for m in SLICE_NOUN_EN.finditer(w.text):
        word = m.group(1).strip("-")
        said = re.search(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", w.question, re.I)
        if said is not None and said.group(0)[:1].isupper():
            continue  # a name, capitalised: the names' own check (_english_names) looks it up in either language
        if len(word) < 4 or _covered(w, m.start(1), m.end(1)) or _known_word(word) or word in SLICE_NOUN_FILLER or \
                is_filler(word) or _people(w, word) or _people(w, re.sub(r"s$", "", word)) or \
                word in lexicon_en.STOP or word in lexicon_en.MONTHS or \
                any(word in g for g in lexicon_en.GRAIN.values()) or _catalogue_stem(w, word) or \
                _short_for_a_named_word(w, word) or _in_comments(w, word) or hurried_spelling(word) or \
                (ON_IDIOM.match(m.group(0)) and word in ON_IDIOMS):
            continue
        out.append(word)
    return out


# "get on site", "on hold", "on track": "on" and a noun said together as an idiom, no slice
ON_IDIOM = re.compile(r"on\s", re.I)
ON_IDIOMS = frozenset("site board hold duty call track schedule budget target foot record file".split())


# "被作废", "被客户打回", "被海关扣下": a passive verb (with at most a short agent before it) says what happened to the
# things counted — a state the rows must be in
PASSIVE_ZH = re.compile(r"被(?:[\u4e00-\u9fff]{1,4}?)?")


def unknown_passive_states(w: Work) -> list[str]:
    """"2025年有多少张月度账单因为开错被作废了": the verb after 被 names the state of the things counted (作废, void); when
    nothing in the catalogue covers it (no step, value or column), answering for all the rows drops it — it is said,
    never dropped."""
    if "被" not in w.text:
        return []
    out, pos = [], 0
    toks = _pos_tokenizer(w.catalog.user_words).lcut(w.text)
    spans = []
    for word, flag in toks:
        i = w.text.find(word, pos)
        pos = i + len(word) if i >= 0 else pos
        spans.append((i, word, flag))
    for k, (i, word, flag) in enumerate(spans):
        if word != "被":
            continue
        # the verb: the first verb within the next three words (an agent, 客户 / 海关 / 我们自己, may stand between)
        for j in range(k + 1, min(k + 4, len(spans))):
            a, v, f = spans[j]
            if not f.startswith("v"):
                continue
            stem = PASSIVE_PARTICLE.sub("", v)
            after = w.text[a + len(v):]
            clause = re.split(r"[，,。；;？?！!]", after, maxsplit=1)[0]
            if len(stem) < 2 or stem in PASSIVE_MARKING or is_filler(v) or _known_word(v) or _known_word(stem) or \
                    _covered(w, a, a + len(v)) or _verb_of_a_named_step(w, stem) or _in_a_step_name(w, stem) or \
                    v in lexicon_zh.STAFF or v in lexicon_zh.ACTORS or \
                    re.match(r"(?:的)?(?:" + "|".join(PASSIVE_NOUN_AFTER) + ")", after) or \
                    _people(w, after[:2]) or any(r in clause for r in PASSIVE_REASON):
                break
            out.append(v)
            break
    return out


# "被拒得最多", "被驳回过": the verb without its complement or aspect particle
PASSIVE_PARTICLE = re.compile(r"(?:得|了|过|掉|成|到|完)$")
# "被标成 at_risk", "被列为流失风险": the rows are marked with a value (said next to it), no state of their own
PASSIVE_MARKING = frozenset(("标", "标为", "标记", "标记为", "标注", "列", "列为", "列入", "归", "归为", "划", "划为", "认定",
                             "认定为", "评", "评为", "设", "设为"))
# "被点名表扬", "被吐槽": what the comments say about them (a feedback question), "被照护老人": a people noun phrase
PASSIVE_NOUN_AFTER = ("表扬", "夸", "投诉", "吐槽", "抱怨", "差评", "好评", "老人", "家属", "孩子", "学员")
# "理赔被驳回最常见的原因": the reasons recorded for those rows are asked (ranked by the reason column)
PASSIVE_REASON = ("原因", "理由")


def _in_a_step_name(w: Work, stem: str) -> bool:
    """Is the verb a word of some step's Chinese name or alias (驳回 of 申请驳回): the linker's to read, not unknown."""
    return any(stem in n for t in w.catalog.touchpoints for n in (t.name_zh, t.name, *t.aliases) if n)


# "how much electricity does the projector use", "how much water did we use": an amount of a thing asked by its noun
HOW_MUCH_NOUN = re.compile(r"\bhow\s+much\s+([a-z][a-z\-]{3,})\b(?=\s+(?:does|do|did|is|was|are|were|has|have|had|"
                           r"will|would|can|could|[a-z]+s|[a-z]+ed)\b)")
HOW_MUCH_PLAIN = frozenset("""money cash revenue income sales spend spent time longer more less extra profit margin
data traffic business""".split())


def unknown_amounts(w: Work) -> list[str]:
    """"How much electricity does the dome projector use per show?": an amount asked by a noun that names nothing the
    data holds (no measure, column or value) is said — never a count of the step's events instead."""
    out = []
    for m in HOW_MUCH_NOUN.finditer(w.text):
        word = m.group(1)
        if _covered(w, m.start(1), m.end(1)) or word in HOW_MUCH_PLAIN or _known_word(word) or _people(w, word) or \
                _catalogue_stem(w, word) or _in_comments(w, word) or word in lexicon_en.STOP:
            continue
        out.append(word)
    return out


def unknown_terms(w: Work) -> list[str]:
    """Words naming a slice or grouping that nothing in the catalogue matches."""
    return list(dict.fromkeys(unknown_names(w) + unknown_groupings(w) + unknown_slice_nouns(w)
                              + unknown_passive_states(w) + unknown_amounts(w)))
