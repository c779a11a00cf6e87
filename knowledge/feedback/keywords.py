"""Keywords of comment groups: zh tokens via jieba, en tokens via a word regex, ranked by c-TF-IDF."""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any, Sequence

from knowledge.feedback.words import (ADVERBS_ZH, ARTICLES_EN, BRIDGE_ZH, CLAUSE_EN, CONTRACTIONS_EN, GLUED_ZH,
                                     IRREGULAR_VERBS_EN, META_EN, META_ZH, NEGATORS_EN, NEGATORS_ZH, STOP_EN, STOP_ZH,
                                     TIME_EN)

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
# English phrase runs break at anything that is not part of a word
_EN_RUN = re.compile(r"[A-Za-z][A-Za-z' -]*[A-Za-z]|[A-Za-z]")
MAX_GRAM = 3
# a Chinese phrase longer than this reads as a clause, not a label
MAX_ZH_CHARS = 6
# @handles and links say where a comment was posted, not what it is about
_NOISE = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.])@\w+")
_SPACES = re.compile(r"\s+")


def content_text(text: str) -> str:
    """The comment without @handles and links (the original when nothing else is left)."""
    cleaned = _SPACES.sub(" ", _NOISE.sub(" ", text or "")).strip()
    return cleaned or (text or "")
_CJK = re.compile(r"[\u3400-\u9fff]")
# a retweet or a pasted copy differs from the original only by these: "RT", handles, links, punctuation
_RETWEET = re.compile(r"^\s*rt\b[\s:]*", re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+")


def text_key(text: str) -> str:
    """What tells one comment's wording from another's: "RT @a: Fleets on fleek!" and "fleets on fleek" share one key."""
    return _NOT_WORD.sub(" ", _RETWEET.sub("", content_text(text)).lower()).strip()


class Tokenizer:
    """Splits text into content words; jieba's dictionary loads at first Chinese text, not before."""

    def __init__(self) -> None:
        self._jieba: Any = None

    def jieba(self) -> Any:
        """The jieba tokenizer, its dictionary loaded on first use (shared with sentiment)."""
        if self._jieba is None:
            import jieba
            jieba.setLogLevel(60)  # its "Building prefix dict" chatter would land in every CLI answer
            # jieba's own default tokenizer: its 0.6 s dictionary load happens once per process
            jieba.dt.initialize()
            self._jieba = jieba.dt
        return self._jieba

    def zh_tokens(self, text: str) -> list[str]:
        """Chinese content words (two characters or more, no stop words)."""
        if not _CJK.search(text or ""):
            return []
        return [w for w in self.jieba().lcut(text) if len(w) >= 2 and _CJK.search(w) and w not in STOP_ZH]

    def en_tokens(self, text: str) -> list[str]:
        """English content words, lower-cased (three letters or more, no stop words)."""
        out = []
        for w in _EN_WORD.findall(_NOISE.sub(" ", text or "")):
            w = w.lower().strip("'-").replace("'", "")
            if len(w) >= 3 and w not in STOP_EN:
                out.append(w)
        return out

    def tokens(self, text: str, lang: str) -> list[str]:
        """Content words of one language ("zh" or "en") in a text."""
        return self.zh_tokens(text) if lang == "zh" else self.en_tokens(text)

    def by_language(self, texts: Sequence[str]) -> dict[str, list[list[str]]]:
        """{"zh": token lists, "en": token lists}, one list per text."""
        return {"zh": [self.zh_tokens(t) for t in texts], "en": [self.en_tokens(t) for t in texts]}

    def zh_phrases(self, text: str) -> list[tuple[str, ...]]:
        """Chinese 1–3-word phrases ("支付", "支付失败", "回复太慢") that start and end on content words."""
        if not _CJK.search(text or ""):
            return []
        runs: list[list[str]] = [[]]
        for w in self.jieba().lcut(content_text(text)):
            if _CJK.search(w) and all(_CJK.search(ch) for ch in w):
                # jieba's new-word guess sometimes glues a particle on ("更新后安卓" -> 后安卓)
                runs[-1].append(w[1:] if len(w) >= 3 and w[0] in GLUED_ZH else w)
            elif runs[-1]:
                runs.append([])     # punctuation, digits and Latin words end a phrase
        out = []
        for run in runs:
            for i in range(len(run)):
                for n in range(1, MAX_GRAM + 1):
                    gram = tuple(run[i:i + n])
                    if len(gram) == n and _zh_phrase_ok(gram):
                        out.append(gram)
        return out

    def en_phrases(self, text: str) -> list[tuple[str, ...]]:
        """English 1–3-word phrases ("payment failed", "lost my bag") that start and end on content words."""
        out = []
        for run in _EN_RUN.findall(_NOISE.sub(" ", text or "")):
            words = [w.lower().strip("'-").replace("'", "") for w in run.split()]
            for i in range(len(words)):
                for n in range(1, MAX_GRAM + 1):
                    gram = tuple(words[i:i + n])
                    if len(gram) == n and _en_phrase_ok(gram):
                        out.append(gram)
        return out

    def phrases(self, text: str, lang: str) -> list[tuple[str, ...]]:
        """Candidate label phrases of one language in a text, as word tuples."""
        return self.zh_phrases(text) if lang == "zh" else self.en_phrases(text)

    def phrases_by_language(self, texts: Sequence[str],
                            memo: dict[str, Any] | None = None) -> dict[str, list[list[tuple[str, ...]]]]:
        """{"zh": phrase lists, "en": phrase lists}, one list per text; `memo` keeps them across calls."""
        # comments repeat (copied complaints, template replies): segment each text once
        seen: dict[str, Any] = {}
        for t in texts:
            if t in seen:
                continue
            got = memo.get(t) if memo is not None else None
            if got is None:
                got = (self.zh_phrases(t), self.en_phrases(t))
                if memo is not None:
                    memo[t] = got      # a full memo may decline it; `seen` still has it
            seen[t] = got
        return {"zh": [seen[t][0] for t in texts], "en": [seen[t][1] for t in texts]}


# "三天", "两个小时", "好几次": how long or how often, never what went wrong
_ZH_AMOUNT = re.compile(r"^[一二两三四五六七八九十百千几半整好多每]*个?(天|小时|分钟|次|周|星期|礼拜|月|年|遍|趟)$"
                        # "一页" (of "一页页翻"), "两份", "每单": a number of things
                        r"|^[一二两三四五六七八九十百千几半整每]+[页份件单条张块元秒层]$")


def _content_zh(w: str) -> bool:
    return (len(w) >= 2 and w not in STOP_ZH and w not in META_ZH and w not in ADVERBS_ZH
            and not _ZH_AMOUNT.match(w))


def _zh_phrase_ok(gram: tuple[str, ...]) -> bool:
    if len(gram) == 1:
        return _content_zh(gram[0])
    if sum(len(w) for w in gram) > MAX_ZH_CHARS:
        return False
    # "不回复", "没有收到": a negator may open a phrase, it carries the complaint; so may an adverb
    # ("经常闪退"), which only may not close one ("积分突然")
    first_ok = _content_zh(gram[0]) or gram[0] in NEGATORS_ZH or _adverb_zh(gram[0])
    # inside a phrase only degree words, negators and adverbs may bridge ("回复太慢", "一直不回复");
    # "的"/"了" there usually join two clauses ("接通了问题")
    middle_ok = all(_content_zh(w) or w in BRIDGE_ZH or _adverb_zh(w) for w in gram[1:-1])
    return first_ok and middle_ok and _content_zh(gram[-1])


def _adverb_zh(w: str) -> bool:
    return w in ADVERBS_ZH and w not in STOP_ZH


def _content_en(w: str) -> bool:
    return len(w) >= 3 and w not in STOP_EN and w not in NEGATORS_EN and w not in META_EN and w not in TIME_EN


def _en_phrase_ok(gram: tuple[str, ...]) -> bool:
    first_ok = _content_en(gram[0]) or (len(gram) > 1 and gram[0] in NEGATORS_EN)
    # "deals but box": a conjunction joins two thoughts, not one phrase
    if not (first_ok and _content_en(gram[-1]) and all(w and w not in CLAUSE_EN for w in gram)):
        return False
    return all(_verb_like(gram[i - 1]) for i in range(1, len(gram) - 1) if gram[i] in ARTICLES_EN)


def _verb_like(w: str) -> bool:
    return w.endswith(("ed", "ing")) or w in IRREGULAR_VERBS_EN or w in NEGATORS_EN


def phrase_text(gram: Sequence[str], lang: str) -> str:
    """A phrase tuple as people write it: Chinese words run together, English words spaced ("won't" with its apostrophe)."""
    if lang == "zh":
        return "".join(gram)
    return " ".join(CONTRACTIONS_EN.get(w, w) for w in gram)


def c_tf_idf(groups: Sequence[Sequence[Sequence[str]]], top_n: int = 3, min_docs: int = 2) -> list[list[str]]:
    """Top words per group by class-based TF-IDF (BERTopic's formula) over per-document word sets.

    groups[g] is a list of token lists (one per comment). A word must occur in at least
    `min_docs` comments of a group (or in all of a tiny group) to label it.
    """
    counts = [Counter(w for doc in docs for w in set(doc)) for docs in groups]
    total = Counter()
    for c in counts:
        total.update(c)
    sizes = [sum(c.values()) for c in counts]
    avg = (sum(sizes) / len(sizes)) if sizes else 0.0
    out: list[list[str]] = []
    for docs, c, size in zip(groups, counts, sizes):
        need = min(min_docs, len(docs))
        scored = [(-(n / size) * math.log(1.0 + avg / total[w]), w) for w, n in c.items() if n >= need and size]
        scored.sort()
        out.append([w for _, w in scored[:top_n]])
    return out


Phrase = tuple[str, ...]
# a phrase found in a group must be this many times likelier there than in the rest of the
# slice: words common to the whole slice (its own touchpoint's name, "order") label nothing
LIFT = 2.0
# a longer phrase replaces the chosen one when it covers at least this share of its comments
EXTEND_SHARE = 0.5
# a second phrase joins the label only when it scores at least this share of the first
SECOND_SHARE = 0.6


def _overlaps(a: Phrase, b: Phrase) -> bool:
    return bool(set(a) & set(b)) or "".join(a) in "".join(b) or "".join(b) in "".join(a)


def _excluded(p: Phrase, exclude: frozenset[str]) -> bool:
    text = "".join(p).lower()
    return any(w.lower() in exclude for w in p) or any(e and e in text for e in exclude)


def _scored_pools(groups: Sequence[Sequence[Sequence[Phrase]]], exclude: Sequence[str],
                  min_docs: int) -> list[tuple[dict[Phrase, int], dict[Phrase, float]]]:
    """Per group, its label-worthy phrases with their comment counts and c-TF-IDF scores.

    A phrase must occur in `min_docs` comments of its group (all of a tiny group), be `LIFT` times
    more common there than elsewhere (relaxed when nothing passes) and contain no `exclude` word
    nor a single word that fails the lift.
    """
    ex = frozenset(e.lower() for e in exclude if e)
    counts = [Counter(p for doc in docs for p in set(doc)) for docs in groups]
    total: Counter[Phrase] = Counter()
    for c in counts:
        total.update(c)
    n_all = sum(len(docs) for docs in groups)
    avg = n_all / len(groups) if groups else 0.0
    out: list[tuple[dict[Phrase, int], dict[Phrase, float]]] = []
    for docs, c in zip(groups, counts):
        n_in, n_out = len(docs), n_all - len(docs)
        need = min(min_docs, n_in)
        pool = {p: n for p, n in c.items() if n >= need and not _excluded(p, ex)}
        lifted = {p: n for p, n in pool.items()
                  if not n_out or n / n_in >= LIFT * (total[p] - n) / n_out}
        # single words spread over the whole slice ("客服" in a support slice) add nothing to a phrase
        common = {p[0] for p in pool if len(p) == 1 and p not in lifted} if lifted else set()
        pool = {p: n for p, n in lifted.items() if not common.intersection(p)} or lifted or pool
        out.append((pool, {p: (n / n_in) * math.log(1.0 + avg / total[p]) for p, n in pool.items()}))
    return out


def distinctive_phrases(groups: Sequence[Sequence[Sequence[Phrase]]], top_n: int = 2, *,
                        exclude: Sequence[str] = (), min_docs: int = 2) -> list[list[Phrase]]:
    """Up to `top_n` non-overlapping phrases per group, ranked by c-TF-IDF over comment phrase sets.

    groups[g] lists each comment's phrases; which phrases qualify is said in _scored_pools. A
    longer phrase that covers most of the chosen one's comments replaces it ("失败" -> "支付失败").
    """
    out: list[list[Phrase]] = []
    for pool, score in _scored_pools(groups, exclude, min_docs):
        ranked = sorted(score, key=lambda p: (-score[p], -len(p), p))
        chosen: list[Phrase] = []
        for p in ranked:
            if len(chosen) >= top_n or (chosen and score[p] < SECOND_SHARE * score[chosen[0]]):
                break
            if any(_overlaps(p, q) for q in chosen):
                continue
            p = _extend(p, pool, chosen)
            chosen.append(p)
        out.append(chosen)
    return out


def candidate_phrases(groups: Sequence[Sequence[Sequence[Phrase]]], top_n: int = 12, *,
                      exclude: Sequence[str] = (), min_docs: int = 2) -> list[list[tuple[Phrase, int]]]:
    """Per group, its `top_n` best phrases by c-TF-IDF with the number of comments using each.

    The same phrases distinctive_phrases chooses from (see _scored_pools), overlaps allowed: a
    caller picks one of them by another measure (theme_labels ranks them by meaning).
    """
    out: list[list[tuple[Phrase, int]]] = []
    for pool, score in _scored_pools(groups, exclude, min_docs):
        ranked = sorted(score, key=lambda p: (-score[p], -len(p), p))[:top_n]
        out.append([(p, pool[p]) for p in ranked])
    return out


def _extend(p: Phrase, pool: dict[Phrase, int], chosen: list[Phrase]) -> Phrase:
    """The longest phrase containing p that still covers EXTEND_SHARE of p's comments."""
    while True:
        longer = [q for q in pool if len(q) > len(p) and _contains(q, p)
                  and pool[q] >= EXTEND_SHARE * pool[p] and not any(_overlaps(q, c) for c in chosen)]
        if not longer:
            return p
        p = max(longer, key=lambda q: (pool[q], -len(q), q))


def _contains(q: Phrase, p: Phrase) -> bool:
    return any(q[i:i + len(p)] == p for i in range(len(q) - len(p) + 1))
