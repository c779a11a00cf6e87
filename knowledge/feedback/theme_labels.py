"""Readable zh and en names for themes, each backed by several customers.

In this order:
1. the entry of the bilingual catalogue (theme_catalogue.yaml) closest to the theme's comments
   on average (each comment compared in its own language), for both languages at once, when a
   consensus of the theme's customers wrote a comment close to it (_consensus): a plain average
   names any cluster with some entry ("missed connection" for broadband complaints); none when
   the entry names the slice's own place ("验证码收不到" in an SMS-verification slice);
2. else, per language, a key phrase of the theme's comments, counted per customer: of its best
   phrases by c-TF-IDF, the one closest in meaning to the theme's comments (relative to the
   slice's average comment), a phrase that says what happened ("flight was delayed", "收不到")
   preferred to a topic word ("hours"); the zh and en phrases are chosen together so they say
   the same thing, and when no pair does, only one language keeps its phrase;
3. a language left without a phrase takes the catalogue's translation of the other language's
   phrase when an entry says exactly that (no extra word: "cabin crew" is not "great cabin
   crew"), else the other language's phrase as is (source "other_language"): never a loose
   translation.
Every name needs MIN_SUPPORT distinct customers (all of a smaller theme's) writing it in as many
distinct texts, so one or two customers repeating a phrase (spam, injected text), or many
retweeting one meme, cannot name a theme. `ThemeName.source`
says where each name came from.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Sequence

import numpy as np

from knowledge.errors import ConfigError
from knowledge.feedback.keywords import Tokenizer, candidate_phrases, phrase_text, text_key
from knowledge.feedback.words import NEGATORS_EN, NEGATORS_ZH, word

LANGS = ("zh", "en")
# distinct customers who must use a phrase before it can name a theme
MIN_SUPPORT = 3
# cosine similarity (same language) above which a catalogue entry names the other language
CATALOGUE_MIN = 0.8
# a customer backs a catalogue entry with a comment at least this similar to it (same language) ...
VOTE_MIN = 0.4
# ... and an entry names a theme when this share of its customers backs it (see _consensus)
CONSENSUS = 0.35
# candidate phrases per theme and language, best by c-TF-IDF, re-ranked by meaning
CANDIDATES = 30
# how much a phrase's share of the theme's customers counts next to its fit (see _by_meaning)
COVERAGE_WEIGHT = 0.05
# what saying what happened is worth over a topic word, in fit (see _by_meaning)
MULTI_BONUS = 0.15
# a theme's zh and en names are chosen together from this many top phrases per language
PAIR_TOP = 5
# ... valuing their agreement (cross-lingual cosine) this much next to their own scores
AGREE_WEIGHT = 0.5
CATALOGUE_FILE = "theme_catalogue.yaml"
# label phrase vectors a catalogue keeps (2 KB each)
PHRASE_MEMO = 50_000
# a theme's zh and en phrases below this cosine similarity name different things: translations in
# the catalogue score 0.41 at the 10th percentile (min 0.21), its non-matching pairs 0.34 at the 90th;
# the names are chosen among several pairs (_pair), so a spurious 0.25–0.3 ("不推荐" / "kind") must not pass
AGREE_MIN = 0.35


@dataclass(frozen=True)
class ThemeName:
    """A theme's name in both languages, where each came from and how many customers back it."""

    zh: str
    en: str
    source: dict[str, str]      # per language: "comments", "catalogue" or "other_language" / "none"
    support: dict[str, int]     # per language: distinct customers using the phrase (0 when not from comments)

    def in_lang(self, lang: str) -> str:
        """The name in `lang` ("zh" or "en"; mixed/unknown reads as en)."""
        return self.zh if lang == "zh" else self.en

    @property
    def key(self) -> str:
        """Stable id of the theme: a hash of its two names, the same whenever the same names come out."""
        raw = f"{self.en.strip().lower()}|{self.zh.strip()}"
        return "th_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:8]


@dataclass(frozen=True)
class CatalogueEntry:
    zh: str
    en: str


def load_catalogue() -> list[CatalogueEntry]:
    """The bilingual pain-point names shipped next to this module."""
    import yaml
    try:
        raw = resources.files("knowledge.feedback").joinpath(CATALOGUE_FILE).read_text(encoding="utf-8")
        items = yaml.safe_load(raw) or []
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {CATALOGUE_FILE}: {exc}", hint="reinstall the package") from exc
    return [CatalogueEntry(str(i["zh"]), str(i["en"])) for i in items]


class Catalogue:
    """Catalogue entries with their vectors, embedded once per instance (about 0.2 s)."""

    def __init__(self, embedder: Any, entries: Sequence[CatalogueEntry] | None = None) -> None:
        self.entries = list(entries) if entries is not None else load_catalogue()
        self._embedder = embedder
        self._vecs: dict[str, np.ndarray] = {}
        # candidate label phrases repeat from question to question: embed each once
        self._phrases: dict[str, np.ndarray] = {}

    def embed(self, phrases: Sequence[str]) -> np.ndarray:
        """Vectors of label phrases, remembered on this instance (at most PHRASE_MEMO of them)."""
        todo = [p for p in dict.fromkeys(phrases) if p not in self._phrases]
        got = dict(zip(todo, self._embedder.embed_documents(todo))) if todo else {}
        if len(self._phrases) + len(got) <= PHRASE_MEMO:
            self._phrases.update(got)
        return np.vstack([self._phrases[p] if p in self._phrases else got[p] for p in phrases])

    def _vectors(self, lang: str) -> np.ndarray:
        if lang not in self._vecs:
            self._vecs[lang] = self._embedder.embed_documents([getattr(e, lang) for e in self.entries])
        return self._vecs[lang]

    def similarities(self, vectors: np.ndarray, languages: Sequence[str | None]) -> np.ndarray:
        """Comments × entries cosine similarity, each comment compared in its own language."""
        if not len(vectors) or not self.entries:
            return np.zeros((len(vectors), len(self.entries)))
        zh = np.array([lg == "zh" for lg in languages])
        return np.where(zh[:, None], vectors @ self._vectors("zh").T, vectors @ self._vectors("en").T)

    def translate(self, phrases: Sequence[str], lang: str, tokenizer: Tokenizer | None = None) -> list[str | None]:
        """Per phrase written in `lang`, the other language's name of the entry saying the same thing, or None.

        The same thing: the entry is the phrase's closest, at least CATALOGUE_MIN similar, negated
        when the phrase is (see negated), and (with a `tokenizer`) has no more content words than the
        phrase. An entry that adds a word adds a claim: "cabin crew" is not "great cabin crew",
        "flight" is not "overbooked flight", "call back" is not "no call back" (没有回电).
        """
        if not phrases or not self.entries:
            return [None] * len(phrases)
        other = "en" if lang == "zh" else "zh"
        sims = self.embed(phrases) @ self._vectors(lang).T
        best = np.argmax(sims, axis=1)
        out: list[str | None] = []
        for i, j in enumerate(best):
            entry = self.entries[j]
            says_more = tokenizer is not None and (len(tokenizer.tokens(getattr(entry, lang), lang))
                                                   > len(tokenizer.tokens(phrases[i], lang)))
            # negators are stop words to the tokenizer, yet "no call back" says the opposite of "call back"
            says_more = says_more or negated(getattr(entry, lang), lang) != negated(phrases[i], lang)
            out.append(getattr(entry, other) if sims[i, j] >= CATALOGUE_MIN and not says_more else None)
        return out


_EN_WORDS = re.compile(r"[a-z']+")


def negated(text: str, lang: str) -> bool:
    """Whether a short phrase says something did not happen ("没有回电", "无法登录", "never arrived", "can't log in")."""
    if lang == "zh":
        return any(n in text for n in NEGATORS_ZH)
    return any(w.replace("'", "") in NEGATORS_EN or w.endswith("n't") for w in _EN_WORDS.findall(text.lower()))


def _customer_docs(phrases: Sequence[Sequence[tuple[str, ...]]], customers: Sequence[str],
                   members: np.ndarray) -> list[list[tuple[str, ...]]]:
    """One phrase set per distinct customer among `members` (customers without phrases left out)."""
    by: dict[str, set[tuple[str, ...]]] = {}
    for i in members:
        if phrases[i]:
            by.setdefault(customers[i], set()).update(phrases[i])
    return [sorted(s) for s in by.values()]


def _multiword(phrase: str, lang: str) -> bool:
    """A phrase that says what happened ("验证码收不到", "收不到", "code never arrives"), not just a topic word."""
    if lang == "zh":
        return len(phrase) >= 4 or (len(phrase) >= 3 and any(n in phrase for n in "不没未无"))
    return " " in phrase


def _candidates(tok: Tokenizer, texts: Sequence[str], customers: Sequence[str], labels: np.ndarray,
                ks: Sequence[int], exclude: Sequence[str], min_support: int,
                memo: dict[str, Any] | None) -> dict[str, list[list[tuple[str, int]]]]:
    """Per language, per cluster: its best key phrases by c-TF-IDF with the customers using each."""
    phrases = tok.phrases_by_language(texts, memo)
    keys = [text_key(t) for t in texts]
    out: dict[str, list[list[tuple[str, int]]]] = {}
    for lg in LANGS:
        members = [np.flatnonzero(labels == k) for k in ks]
        groups = [_customer_docs(phrases[lg], customers, m) for m in members]
        # only phrases used by min(min_support, customers) customers come back ...
        found = candidate_phrases(groups, CANDIDATES, exclude=exclude, min_docs=min_support)
        # ... in as many distinct texts: a meme retweeted by many customers is one text
        found = [_in_distinct_texts(c, phrases[lg], keys, m, min_support) for c, m in zip(found, members)]
        out[lg] = [[(phrase_text(p, lg), n) for p, n in c] for c in found]
    return out


def _in_distinct_texts(cands: list[tuple[tuple[str, ...], int]], phrases: Sequence[Sequence[tuple[str, ...]]],
                       keys: Sequence[str], members: np.ndarray, min_support: int) -> list[tuple[tuple[str, ...], int]]:
    """The candidates found in min(min_support, the group's distinct texts) distinct texts (see text_key)."""
    wanted = {p for p, _ in cands}
    texts_of: dict[tuple[str, ...], set[str]] = {p: set() for p in wanted}
    for i in members:
        for p in wanted.intersection(phrases[i]):
            texts_of[p].add(keys[i])
    need = min(min_support, len({keys[i] for i in members if phrases[i]}))
    return [(p, n) for p, n in cands if len(texts_of[p]) >= need]


Ranked = list[tuple[str, int, float]]   # (phrase, customers using it, score), best first


def _by_tfidf(cands: list[tuple[str, int]], lang: str) -> Ranked:
    """Without vectors: c-TF-IDF order, a multi-word phrase among the top three first."""
    top = cands[:3]
    multi = [c for c in top if _multiword(c[0], lang)]
    order = multi + [c for c in cands if c not in multi]
    return [(p, n, -float(i)) for i, (p, n) in enumerate(order)]


def _by_meaning(cands: list[tuple[str, int]], lang: str, fit: np.ndarray, customers: int) -> Ranked:
    """Candidates by how well they say what the theme's comments say, backed by a fair share of its customers.

    score = cosine(phrase, theme) + COVERAGE_WEIGHT * log(share of customers using it), plus
    MULTI_BONUS for a phrase that says what happened ("flight was delayed") over a topic word ("delayed").
    """
    share = np.array([n for _, n in cands], dtype=float) / max(customers, 1)
    score = fit + COVERAGE_WEIGHT * np.log(np.clip(share, 1e-6, 1.0))
    score = score + MULTI_BONUS * np.array([_multiword(p, lang) for p, _ in cands])
    return [(cands[i][0], cands[i][1], float(score[i])) for i in np.argsort(-score, kind="stable")]


def _rank_phrases(cands: dict[str, list[list[tuple[str, int]]]], labels: np.ndarray, ks: Sequence[int],
                  customers: Sequence[str], catalogue: Catalogue | None, vectors: np.ndarray | None,
                  languages: Sequence[str | None] | None) -> dict[str, list[Ranked]]:
    """Per language, per cluster: its candidate phrases, best first.

    With vectors, candidates are ranked by how close their meaning is to the theme's comments in
    that language, both taken relative to the slice's average comment (KeyBERT's idea, made
    distinctive): "flight was delayed" over "hours", "data cap" over "data".
    """
    cust = np.asarray(customers)
    out: dict[str, list[Ranked]] = {}
    for lg in LANGS:
        if catalogue is None or vectors is None or languages is None:
            out[lg] = [_by_tfidf(c, lg) for c in cands[lg]]
            continue
        in_lg = np.array([(g or "en") == lg for g in languages], dtype=bool)
        texts = sorted({p for c in cands[lg] for p, _ in c})
        pv = dict(zip(texts, catalogue.embed(texts))) if texts and in_lg.any() else {}
        mean = vectors[in_lg].mean(axis=0) if in_lg.any() else None
        ranked: list[Ranked] = []
        for k, c in zip(ks, cands[lg]):
            members = np.flatnonzero((labels == k) & in_lg)
            if not c or mean is None or not len(members):
                ranked.append(_by_tfidf(c, lg))
                continue
            theme = _unit(vectors[members].mean(axis=0) - mean)
            fit = _unit(np.vstack([pv[p] for p, _ in c]) - mean) @ theme
            ranked.append(_by_meaning(c, lg, fit, len(set(cust[members]))))
        out[lg] = ranked
    return {lg: [_words_yield(r, lg) for r in rs] for lg, rs in out.items()}


def _words_yield(ranked: Ranked, lang: str) -> Ranked:
    """A single word ("plane") yields to the best phrase containing it ("plane was filthy"), which takes its rank.

    Every candidate already has the support a name needs, so the phrase says what happened with
    the same backing; a word no candidate phrase contains keeps its place.
    """
    out = list(ranked)
    for w in ranked:
        if _multiword(w[0], lang):
            continue
        having = [r for r in out if _multiword(r[0], lang) and _has_word(r[0], w[0], lang)]
        if not having:
            continue
        best = max(having, key=lambda r: r[2])
        out = [(r[0], r[1], max(r[2], w[2])) if r is best else r for r in out if r is not w]
    return sorted(out, key=lambda r: -r[2])


def _has_word(phrase: str, w: str, lang: str) -> bool:
    return w in phrase if lang == "zh" else w in phrase.split()


def _unit(m: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(m, axis=-1, keepdims=True)
    return m / np.where(norm == 0, 1.0, norm)


def _pair(zh: Ranked, en: Ranked, catalogue: Catalogue | None) -> dict[str, tuple[str, int] | None]:
    """A theme's zh and en phrases, chosen together so that they say the same thing.

    Of the top PAIR_TOP phrases in each language, the pair with the best mean score plus
    AGREE_WEIGHT x their cross-lingual similarity, among pairs at least AGREE_MIN similar. When no
    pair agrees ("不推荐" / "agent was polite") only one language keeps its phrase (see `rank`):
    the other then takes the catalogue's translation, or is marked as that phrase itself.
    """
    if not zh or not en:
        return {"zh": zh[0][:2] if zh else None, "en": en[0][:2] if en else None}
    if catalogue is None:
        return {"zh": zh[0][:2], "en": en[0][:2]}
    z, e = zh[:PAIR_TOP], en[:PAIR_TOP]
    agree = catalogue.embed([p for p, _, _ in z]) @ catalogue.embed([p for p, _, _ in e]).T
    gain = (np.array([s for _, _, s in z])[:, None] + np.array([s for _, _, s in e])[None, :]) / 2 + AGREE_WEIGHT * agree
    gain = np.where(agree >= AGREE_MIN, gain, -np.inf)
    if np.isfinite(gain).any():
        i, j = np.unravel_index(int(np.argmax(gain)), gain.shape)
        return {"zh": z[i][:2], "en": e[j][:2]}
    # the phrase that says more (what happened, not a topic word), then the better fit, then more customers
    rank = {lg: (_multiword(r[0][0], lg), r[0][2], r[0][1]) for lg, r in (("zh", zh), ("en", en))}
    keep = "zh" if rank["zh"] >= rank["en"] else "en"
    return {"zh": zh[0][:2] if keep == "zh" else None, "en": en[0][:2] if keep == "en" else None}


def _same(name: str) -> str:
    """What two names must differ in: "Flight delayed " and "flight delayed" are one name."""
    return " ".join(name.lower().split())


def _consensus(catalogue: Catalogue, vectors: np.ndarray, languages: Sequence[str | None],
               customers: Sequence[str], labels: np.ndarray, ks: Sequence[int], min_support: int,
               exclude: Sequence[str] = (), keys: Sequence[str] | None = None) -> dict[int, tuple[CatalogueEntry, int]]:
    """Per cluster, the catalogue entry that most of its customers' comments say, if there is one.

    The entry closest to the cluster's comments on average (each compared in its own language: near
    synonyms such as "late delivery" / "delivery too slow" do not split the choice) names the cluster
    in both languages only when CONSENSUS of its customers, and at least `min_support`, wrote a
    comment at least VOTE_MIN similar to it, in as many distinct texts (`keys`, see text_key).
    Without that consensus an average still picks some entry for any cluster ("missed connection"
    for broadband complaints). An entry naming the slice's own place ("验证码…" in an
    SMS-verification slice) says where, not what; two clusters never share an entry (it goes to
    the one with the larger consensus).
    """
    sims = catalogue.similarities(vectors, languages)
    if not sims.shape[1]:
        return {}
    ex = [e.lower() for e in exclude if e]
    cust = np.asarray(customers)
    scored: list[tuple[float, int, int, int]] = []
    for k in ks:
        members = np.flatnonzero(labels == k)
        if not len(members):
            continue
        e = int(np.argmax(sims[members].mean(axis=0)))
        voters = members[sims[members, e] >= VOTE_MIN]
        who = set(cust[voters])
        share = len(who) / len(set(cust[members]))
        entry = catalogue.entries[e]
        # as many distinct texts as customers needed: one retweeted meme is one voice
        texts = len({keys[i] for i in voters}) if keys is not None else len(who)
        if share >= CONSENSUS and min(len(who), texts) >= min_support and not any(w in f"{entry.zh} {entry.en}".lower() for w in ex):
            scored.append((share, k, e, len(who)))
    out: dict[int, tuple[CatalogueEntry, int]] = {}
    taken: set[int] = set()
    for _, k, e, n in sorted(scored, reverse=True):
        if e not in taken:
            taken.add(e)
            out[k] = (catalogue.entries[e], n)
    return out


def name_themes(texts: Sequence[str], customers: Sequence[str], labels: np.ndarray, *,
                tokenizer: Tokenizer | None = None, exclude: Sequence[str] = (),
                catalogue: Catalogue | None = None, min_support: int = MIN_SUPPORT,
                vectors: np.ndarray | None = None, languages: Sequence[str | None] | None = None,
                phrase_memo: dict[str, Any] | None = None) -> dict[int, ThemeName]:
    """A ThemeName per cluster id in `labels` for the clustered `texts` (one customer id per text).

    Per language, the key phrase of the comments that best says what they say (with `vectors`, the
    comments' raw embeddings, and their `languages`; else by c-TF-IDF), used by enough customers.
    A language without such a phrase takes the catalogue's translation of the other language's
    phrase, else that phrase as is (source "other_language"), never a loose translation.
    `phrase_memo` keeps each text's phrases across calls (segmenting is the slow part).
    """
    tok = tokenizer or Tokenizer()
    ks = sorted({int(k) for k in labels})
    cands = _candidates(tok, texts, customers, labels, ks, exclude, min_support, phrase_memo)
    agreed: dict[int, tuple[CatalogueEntry, int]] = {}
    if catalogue is not None and vectors is not None and languages is not None:
        agreed = _consensus(catalogue, vectors, languages, customers, labels, ks, min_support, exclude,
                            [text_key(t) for t in texts])
    ranked = _rank_phrases(cands, labels, ks, customers, catalogue, vectors, languages)
    # no two themes share a name in either language: a catalogue name is taken first, then each theme
    # (the best-backed first) pairs phrases nobody took yet
    taken: dict[str, set[str]] = {lg: {_same(getattr(agreed[k][0], lg)) for k in agreed} for lg in LANGS}
    pairs: list[dict[str, tuple[str, int] | None]] = [{"zh": None, "en": None} for _ in ks]
    backing = [max([r[0][1] for r in (ranked["zh"][j], ranked["en"][j]) if r] or [0]) for j in range(len(ks))]
    for j in sorted(range(len(ks)), key=lambda j: (-backing[j], j)):
        if ks[j] in agreed:
            continue
        free = {lg: [r for r in ranked[lg][j] if _same(r[0]) not in taken[lg]] for lg in LANGS}
        pairs[j] = _pair(free["zh"], free["en"], catalogue)
        for lg in LANGS:
            if pairs[j][lg] is not None:
                taken[lg].add(_same(pairs[j][lg][0]))
    picked = {lg: [p[lg] for p in pairs] for lg in LANGS}
    # the missing language from the catalogue, looked up in one batch per language
    fill: dict[str, dict[int, str | None]] = {lg: {} for lg in LANGS}
    if catalogue is not None:
        for lg in LANGS:
            other = "en" if lg == "zh" else "zh"
            need = [j for j in range(len(ks)) if picked[lg][j] is None and picked[other][j] is not None]
            got = catalogue.translate([picked[other][j][0] for j in need], other, tok) if need else []
            for j, g in zip(need, got):
                if g and not any(e and e.lower() in g.lower() for e in exclude) and _same(g) not in taken[lg]:
                    fill[lg][j] = g
                    taken[lg].add(_same(g))
    names: dict[int, ThemeName] = {}
    for j, k in enumerate(ks):
        text: dict[str, str] = {}
        source: dict[str, str] = {}
        support: dict[str, int] = {}
        for lg in LANGS:
            other = "en" if lg == "zh" else "zh"
            own, alt = picked[lg][j], picked[other][j]
            if k in agreed:
                # one catalogue entry names both languages: the two names always say the same thing
                text[lg], source[lg], support[lg] = getattr(agreed[k][0], lg), "catalogue", agreed[k][1]
            elif own is not None:
                text[lg], source[lg], support[lg] = own[0], "comments", own[1]
            elif fill[lg].get(j):
                text[lg], source[lg], support[lg] = str(fill[lg][j]), "catalogue", 0
            elif alt is not None:
                text[lg], source[lg], support[lg] = alt[0], "other_language", 0
            else:
                text[lg], source[lg], support[lg] = word("other_theme", lg), "none", 0
        names[k] = ThemeName(text["zh"], text["en"], source, support)
    return names
