"""Text steps: normalise the question, detect its language, tokenise it (jieba for Chinese)."""
from __future__ import annotations

import functools
import re
import unicodedata

from assistant.planner import lexicon_zh

# the value pairs of a yes/no column, in either language (a flag, never words of their own)
YES_NO = ({"yes", "no"}, {"true", "false"}, {"y", "n"}, {"1", "0"}, {"是", "否"}, {"有", "无"})

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[a-z][a-z'\-]*")


def normalise(text: str) -> str:
    """Full width → half width (NFKC), lower case, traditional → simplified for common characters, and slips in the
    few words that say what is asked ("wich", "waht", "hwo many")."""
    t = unicodedata.normalize("NFKC", text or "").translate(lexicon_zh.TRAD_TO_SIMP).lower()
    t = t.replace("？", "?").replace("，", ",").replace("。", ".").replace("“", '"').replace("”", '"')
    t = re.sub(r"[ \t\r\n]+", " ", t)
    t = re.sub(r"(?<![a-z0-9_'\-])[a-z]{3,5}(?![a-z0-9_'\-])", _asking_word, t)
    # ("I mean orders placed in 2025": a restating of the question, no average; "what do you mean by …" asks a
    # definition and keeps its word)
    t = re.sub(r"\b(i|we)\s+mean\b", r"\1 intend", t)
    return spell_adjacent_months(t.strip())


# two neighbouring months said as one numeral run ("七八月份", "三四月", "十一二月"): July and August, not a month
# "七八" nor October (a count of months, "三四个月", keeps its 个)
ADJACENT_MONTHS_ZH = {"一二": (1, 2), "二三": (2, 3), "三四": (3, 4), "四五": (4, 5), "五六": (5, 6), "六七": (6, 7),
                      "七八": (7, 8), "八九": (8, 9), "九十": (9, 10), "十十一": (10, 11), "十一二": (11, 12),
                      "十一十二": (11, 12)}
ADJACENT_MONTHS = re.compile(r"(?<![一二三四五六七八九十零〇两\d])(" +
                             "|".join(sorted(ADJACENT_MONTHS_ZH, key=len, reverse=True)) + r")(?=月)")


def spell_adjacent_months(text: str) -> str:
    """"去年七八月份" → "去年7、8月份": two neighbouring months run together, written as the list they are."""
    return ADJACENT_MONTHS.sub(lambda m: "{}、{}".format(*ADJACENT_MONTHS_ZH[m.group(1)]), text)


# the words that say what kind of answer is asked: a slip in one of them ("wich factory", "waht share") turns a
# ranking into a plain value; other words' slips are the linker's business (catalogue names)
ASKING_WORDS = ("which", "what", "how", "many", "much", "where", "when", "who", "why", "share", "last", "most")


def _one_slip(a: str, b: str) -> bool:
    """One letter left out, added, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _asking_word(m: re.Match[str]) -> str:
    word = m.group()
    if word in ASKING_WORDS:
        return word
    hits = [x for x in ASKING_WORDS if _one_slip(word, x)]
    # (the word list is read only for a likely slip: most questions never load it, which keeps a cold start short)
    return hits[0] if len(hits) == 1 and not _common(word) else word


@functools.lru_cache(maxsize=4096)
def _common(word: str) -> bool:
    from wordfreq import zipf_frequency  # (the words people write: "shar" is no word, "hat" and "whom" are)
    return zipf_frequency(word, "en") >= 3.0


def detect_language(text: str) -> str:
    """'zh' when Chinese characters carry a fair share of the question (mixed questions count as zh)."""
    text = re.split(r"\bselect\b", text, maxsplit=1)[0] or text  # SQL is English whatever the asker speaks
    cjk = len(CJK.findall(text))
    latin = sum(len(w) for w in LATIN_WORD.findall(text))
    if cjk == 0:
        return "en"
    # one Chinese character carries about as much as three Latin letters
    return "zh" if cjk * 3 >= latin * 0.5 else "en"


def tokenise(text: str, user_words: tuple[str, ...] = ()) -> list[str]:
    """Words of the question: jieba for Chinese runs (catalogue names added as user words), regex for the rest."""
    out: list[str] = []
    for chunk in re.findall(r"[\u4e00-\u9fff]+|[a-z0-9_][a-z0-9_'\-\.]*", text):
        if CJK.match(chunk):
            out.extend(w for w in _jieba(user_words).lcut(chunk) if w.strip())
        else:
            out.append(chunk)
    return out


@functools.lru_cache(maxsize=1)
def _planner_tokenizer():  # noqa: ANN202 - jieba has no types
    """The planner's own jieba tokenizer, loaded once per process (≈ 0.6 s from jieba's cache).

    Not jieba's global default: the catalogue words added here would change how the feedback
    themes segment comments in the same process (and make their labels depend on which questions
    came first).
    """
    import jieba  # lazy: only Chinese questions pay for it

    jieba.setLogLevel(60)
    # a copy of jieba's own dictionary (loaded once, 0.4 s; the copy takes milliseconds): the part-of-speech
    # reading of names uses the pristine default, this one learns the catalogue's words
    jieba.dt.initialize()
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = dict(jieba.dt.FREQ), jieba.dt.total, True
    return tok


@functools.lru_cache(maxsize=16)
def _jieba(user_words: tuple[str, ...]):  # noqa: ANN202 - jieba has no types
    """A tokenizer with one catalogue's words known, once per word list: each workspace's own copy of the planner
    tokenizer, so one company's names never change how another company's questions are cut (nor how a question
    is read depending on which workspaces were asked before in the same process)."""
    import jieba
    base = _planner_tokenizer()
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = dict(base.FREQ), base.total, True
    for w in user_words:
        if CJK.search(w) and w not in tok.FREQ:
            tok.add_word(w, freq=20000)
    return tok


def arm_words(arm: str) -> set[str]:
    """The words of an A/B test arm's id that can name it (instant_quote → instant, quote; deposit_30 → deposit)."""
    return {x for x in re.split(r"[_\-\s]+", str(arm).lower()) if len(x) >= 3 and not x.isdigit()}
