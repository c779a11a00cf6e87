"""Readable zh and en names for themes, each backed by several customers.

In this order:
1. the entry of the bilingual catalogue (theme_catalogue.yaml) closest to the theme's comments
   on average (each comment compared in its own language), for both languages at once, so the
   zh and en names always say the same thing; none when that entry names the slice's own place
   ("验证码收不到" in an SMS-verification slice);
2. else, per language, a multi-word key phrase of the theme's comments ("验证码收不到", "lost my
   bag"): the most distinctive phrase by c-TF-IDF, extended to the longest phrase still covering
   most of its comments, counted per customer, not per comment; when the zh and en phrases say
   different things, only the one more customers use is kept;
3. else a single key word of the comments, else the catalogue's translation of the other
   language's phrase, else the other language's phrase as is.
Every name needs MIN_SUPPORT distinct customers (all of a smaller theme's), so one or two
customers repeating a phrase (spam, injected text) cannot name a theme. `ThemeName.source`
says where each name came from.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import Any, Sequence

import numpy as np

from knowledge.errors import ConfigError
from knowledge.feedback.keywords import Tokenizer, distinctive_phrases, phrase_text
from knowledge.feedback.words import word

LANGS = ("zh", "en")
# distinct customers who must use a phrase before it can name a theme
MIN_SUPPORT = 3
# cosine similarity (same language) above which a catalogue entry names the other language
CATALOGUE_MIN = 0.75
# a comment votes for its nearest catalogue entry when at least this similar (same language)
VOTE_MIN = 0.35
# ... and the entry must be that close for at least this share of the theme's customers
VOTE_SHARE = 0.1
CATALOGUE_FILE = "theme_catalogue.yaml"
# a theme's zh and en phrases below this cosine similarity name different things: translations in
# the catalogue score 0.41 at the 10th percentile (min 0.21), its non-matching pairs 0.34 at the 90th
AGREE_MIN = 0.25


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

    def agreement(self, zh: Sequence[str], en: Sequence[str]) -> np.ndarray:
        """Cosine similarity of each zh phrase with the en phrase at the same position."""
        vz, ve = self._embedder.embed_documents(list(zh)), self._embedder.embed_documents(list(en))
        return np.sum(vz * ve, axis=1)

    def translate(self, phrases: Sequence[str], lang: str) -> list[str | None]:
        """Per phrase written in `lang`, the other language's name of the closest entry, or None."""
        if not phrases or not self.entries:
            return [None] * len(phrases)
        other = "en" if lang == "zh" else "zh"
        sims = self._embedder.embed_documents(list(phrases)) @ self._vectors(lang).T
        best = np.argmax(sims, axis=1)
        return [getattr(self.entries[j], other) if sims[i, j] >= CATALOGUE_MIN else None
                for i, j in enumerate(best)]


def _customer_docs(phrases: Sequence[Sequence[tuple[str, ...]]], customers: Sequence[str],
                   members: np.ndarray) -> list[list[tuple[str, ...]]]:
    """One phrase set per distinct customer among `members` (customers without phrases left out)."""
    by: dict[str, set[tuple[str, ...]]] = {}
    for i in members:
        if phrases[i]:
            by.setdefault(customers[i], set()).update(phrases[i])
    return [sorted(s) for s in by.values()]


def _multiword(phrase: str, lang: str) -> bool:
    """A phrase that says what happened ("验证码收不到", "code never arrives"), not just a topic word."""
    return len(phrase) >= 4 if lang == "zh" else " " in phrase


def _catalogue_pick(catalogue: Catalogue, vectors: np.ndarray, languages: Sequence[str | None],
                    customers: Sequence[str], labels: np.ndarray, ks: Sequence[int],
                    min_support: int, exclude: Sequence[str] = ()) -> dict[int, tuple[CatalogueEntry, int]]:
    """Per cluster, the catalogue entry closest to its comments on average, backed by enough customers.

    Averaging similarities (not counting nearest-entry votes) keeps near-synonyms ("late delivery",
    "delivery too slow") from splitting the support; an entry's support is the customers whose
    comments are at least VOTE_MIN similar to it.
    """
    sims = catalogue.similarities(vectors, languages)
    ex = [e.lower() for e in exclude if e]
    # entries naming the slice's own place ("验证码…" in an SMS-verification slice) say where, not what
    allowed = np.array([not any(w in f"{c.zh} {c.en}".lower() for w in ex) for c in catalogue.entries], dtype=bool)
    out: dict[int, tuple[CatalogueEntry, int]] = {}
    scored: list[tuple[float, int, int, int]] = []
    cust = np.asarray(customers)
    for k in ks:
        members = np.flatnonzero(labels == k)
        if not len(members) or not sims.shape[1]:
            continue
        s = sims[members]
        need = max(2, min(min_support, len(set(cust[members]))))
        support = np.array([len(set(cust[members][s[:, e] >= VOTE_MIN])) for e in range(s.shape[1])])
        # an entry must fit a fair share of the theme's customers, not just a handful of them
        need = max(need, int(np.ceil(VOTE_SHARE * len(set(cust[members])))))
        mean = np.where(support >= need, s.mean(axis=0), -np.inf)
        e = int(np.argmax(mean))
        # when the closest entry names the slice's own place, the comments' own phrase names the
        # theme: the next-closest entry would name another pain point ("密码重置失败" for missing codes)
        if np.isfinite(mean[e]) and allowed[e]:
            scored.append((float(mean[e]), k, e, int(support[e])))
    # two themes never share a name: an entry goes to the theme it fits best, the other keeps its phrases
    taken: set[int] = set()
    for _, k, e, sup in sorted(scored, reverse=True):
        if e not in taken:
            taken.add(e)
            out[k] = (catalogue.entries[e], sup)
    return out


def _drop_disagreeing(picked: dict[str, list[tuple[str, int] | None]], candidates: Sequence[int],
                      catalogue: "Catalogue") -> None:
    """Where a theme's zh and en key phrases say different things ("不推荐" / "agent was polite"),
    forget the one fewer customers use: the other language then takes the catalogue's translation
    of the kept phrase, or the kept phrase itself."""
    both = [j for j in candidates if picked["zh"][j] is not None and picked["en"][j] is not None]
    if not both:
        return
    sims = catalogue.agreement([picked["zh"][j][0] for j in both], [picked["en"][j][0] for j in both])  # type: ignore[index]
    for j, sim in zip(both, sims):
        if sim < AGREE_MIN:
            zh, en = picked["zh"][j], picked["en"][j]
            picked["zh" if zh[1] < en[1] else "en"][j] = None  # type: ignore[index]


def name_themes(texts: Sequence[str], customers: Sequence[str], labels: np.ndarray, *,
                tokenizer: Tokenizer | None = None, exclude: Sequence[str] = (),
                catalogue: Catalogue | None = None, min_support: int = MIN_SUPPORT,
                vectors: np.ndarray | None = None, languages: Sequence[str | None] | None = None,
                phrase_memo: dict[str, Any] | None = None) -> dict[int, ThemeName]:
    """A ThemeName per cluster id in `labels` for the clustered `texts` (one customer id per text).

    Per language: a multi-word key phrase of the comments when one is backed by enough customers,
    else the catalogue entry most customers' comments are nearest to (`vectors`, raw embeddings,
    with `languages`), else a single key word, else the other language's phrase. `phrase_memo`
    keeps each text's phrases across calls (segmenting is the slow part).
    """
    tok = tokenizer or Tokenizer()
    ks = sorted({int(k) for k in labels})
    phrases = tok.phrases_by_language(texts, phrase_memo)
    picked: dict[str, list[tuple[str, int] | None]] = {}
    for lg in LANGS:
        groups = [_customer_docs(phrases[lg], customers, np.flatnonzero(labels == k)) for k in ks]
        best = distinctive_phrases(groups, 1, exclude=exclude, min_docs=min_support)
        out: list[tuple[str, int] | None] = []
        for docs, ph in zip(groups, best):
            if not ph:
                out.append(None)
                continue
            # distinctive_phrases only returns phrases used by min(min_support, customers) customers
            out.append((phrase_text(ph[0], lg), sum(1 for d in docs if ph[0] in d)))
        picked[lg] = out
    voted: dict[int, tuple[CatalogueEntry, int]] = {}
    if catalogue is not None and vectors is not None and languages is not None:
        voted = _catalogue_pick(catalogue, vectors, languages, customers, labels, ks, min_support, exclude)
    if catalogue is not None:
        _drop_disagreeing(picked, [j for j, k in enumerate(ks) if k not in voted], catalogue)
    # the missing language from the catalogue, looked up in one batch per language
    fill: dict[str, dict[int, str | None]] = {lg: {} for lg in LANGS}
    if catalogue is not None:
        for lg in LANGS:
            other = "en" if lg == "zh" else "zh"
            need = [j for j in range(len(ks)) if picked[lg][j] is None and picked[other][j] is not None]
            got = catalogue.translate([picked[other][j][0] for j in need], other) if need else []
            fill[lg] = {j: g for j, g in zip(need, got)
                        if g and not any(e and e.lower() in g.lower() for e in exclude)}
    names: dict[int, ThemeName] = {}
    for j, k in enumerate(ks):
        text: dict[str, str] = {}
        source: dict[str, str] = {}
        support: dict[str, int] = {}
        for lg in LANGS:
            other = "en" if lg == "zh" else "zh"
            own, alt = picked[lg][j], picked[other][j]
            if k in voted:
                # one catalogue entry names both languages: the two names always say the same thing
                text[lg], source[lg], support[lg] = getattr(voted[k][0], lg), "catalogue", voted[k][1]
            elif own is not None and _multiword(own[0], lg):
                text[lg], source[lg], support[lg] = own[0], "comments", own[1]
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
