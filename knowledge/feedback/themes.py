"""Pain points and praise: group a slice of comments into themes, name, size, trend and quote them.

Comments are clustered on their multilingual embeddings (stored in the Chroma index, embedded
on the fly when missing) made language-neutral first (neutral.py), so a Chinese and an English
comment about the same problem share one theme; next to them go the comment's keywords (lsa.py).
Each theme gets a key phrase in zh AND en backed
by several customers (theme_labels.py), counts by language and a stable id (a hash of its names).
`discover_themes` is the typed core; `feedback_themes` turns it into the tool's result, and
trends.py compares periods with it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Sequence

import numpy as np

from knowledge.feedback.cluster import cluster_vectors, join_mutual_neighbours, neighbour_smooth, one_blas_thread
from knowledge.feedback.keywords import Tokenizer, content_text, distinctive_phrases, phrase_text
from knowledge.feedback.lsa import lsa_vectors
from knowledge.feedback.neutral import LanguageCentring
from knowledge.feedback.theme_labels import MIN_SUPPORT as MIN_LABEL_SUPPORT, Catalogue, ThemeName, name_themes
from knowledge.feedback.slice import feedback_slice
from knowledge.feedback.words import word
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer
from knowledge.workspace import Workspace

COLUMNS = ["theme_id", "theme", "comments", "customers", "share", "avg_sentiment", "avg_rating",
           "previous_comments", "change", "theme_zh", "theme_en", "comments_zh", "comments_en", "comments_mixed",
           "label_support"]
QUOTES = 3
SMALL_SAMPLE = 20
# the asker's language labels a cluster when it has this many of the cluster's comments
LANG_MIN_DOCS = 2
LANG_MIN_SHARE = 0.25
# segmenting is the slow part of labelling; a phrase's share in a theme is clear from this many
LABEL_SAMPLE = 250
# a clause reads the other way than the slice's tone when its lexicon score is past this (the
# lexicon models' own neutral band, sentiment.LEXICON_BAND)
TONE_BAND = 0.05
TONE_SIGN = {"negative": -1.0, "positive": 1.0}
# weight and size of the keyword (LSA) part of the clustered vectors, see with_keywords
KEYWORD_WEIGHT = 0.5
KEYWORD_DIMS = 64
SLICE_COLUMNS = ("f.feedback_id, f.text, f.customer_id, f.touchpoint_id, f.sentiment, "
                 "f.sentiment_score, f.rating, f.language")


def label_groups(tokens: dict[str, list[list[Any]]], labels: np.ndarray, lang: str,
                 top_n: int = 2, exclude: Sequence[str] = ()) -> dict[int, str]:
    """A short phrase label per cluster in `lang`, else in the other language, else "other".

    `tokens` is Tokenizer.phrases_by_language() (or by_language(), single words) of the
    clustered texts, in the same order as `labels`; `exclude` words never label a theme. A
    cluster is labelled in `lang` only when enough of its comments are written in it: two
    English remarks in a cluster of Chinese complaints would misname it.
    """
    ks = sorted(set(int(k) for k in labels))
    other = "en" if lang == "zh" else "zh"
    picked, have = {}, {}
    for lg in (lang, other):
        docs = [[p if isinstance(p, tuple) else (p,) for p in doc] for doc in tokens[lg]]
        groups = [[docs[i] for i in np.flatnonzero(labels == k) if docs[i]] for k in ks]
        have[lg] = [len(g) for g in groups]
        picked[lg] = distinctive_phrases(groups, top_n, exclude=exclude)
    out: dict[int, str] = {}
    for j, k in enumerate(ks):
        size = int(np.sum(labels == k))
        own_enough = have[lang][j] >= min(LANG_MIN_DOCS, size) and have[lang][j] >= LANG_MIN_SHARE * size
        lg = lang if picked[lang][j] and (own_enough or not picked[other][j]) else other
        phrases = [phrase_text(p, lg) for p in picked[lg][j]]
        out[k] = word("keyword_sep", lg).join(phrases) if phrases else word("other_theme", lang)
    return out


def label_sample(labels: np.ndarray, per_theme: int = LABEL_SAMPLE, seed: int = 0) -> np.ndarray:
    """Indices of at most per_theme random members of each cluster, in order: phrase shares need no more."""
    rng = np.random.default_rng(seed)
    keep = [m if len(m) <= per_theme else rng.choice(m, per_theme, replace=False)
            for m in (np.flatnonzero(labels == k) for k in np.unique(labels))]
    return np.sort(np.concatenate(keep)) if keep else np.zeros(0, dtype=int)


def slice_words(gw: Gateway, touchpoint_ids: Sequence[str] | None, tokenizer: Tokenizer) -> list[str]:
    """Words of the sliced touchpoints' own names: they say where, not what, so they label nothing."""
    if not touchpoint_ids:
        return []
    marks = ", ".join("?" for _ in touchpoint_ids)
    rows = gw.query(f"SELECT name, name_zh, name_en FROM touchpoints WHERE touchpoint_id IN ({marks})",
                    [str(t) for t in touchpoint_ids]).records()
    return name_words([str(v) for r in rows for v in r.values() if v], tokenizer)


def name_words(names: Sequence[str], tokenizer: Tokenizer) -> list[str]:
    """The words (and whole Chinese names) of place names, to keep out of theme labels."""
    out = set()
    for name in set(names):
        out.update(tokenizer.zh_tokens(name) + tokenizer.en_tokens(name))
        if tokenizer.zh_tokens(name):
            out.add(name)
    return sorted(out)


def slice_vectors(ids: Sequence[str], texts: Sequence[str], index: Any = None,
                  embedder: Any = None) -> np.ndarray:
    """Vectors for comments: stored ones from the index, the rest embedded now."""
    stored = index.embeddings(list(ids)) if index is not None else {}
    missing = [i for i, fid in enumerate(ids) if fid not in stored]
    enc = embedder if embedder is not None else (index.embedder if index is not None else None)
    if missing and enc is None:
        from knowledge.feedback.embedder import make_embedder
        enc = make_embedder()
    fresh = enc.embed_documents([content_text(texts[i]) for i in missing]) if missing else np.zeros((0, 1))
    dim = fresh.shape[1] if missing else len(next(iter(stored.values())))
    out = np.zeros((len(ids), dim), dtype=np.float32)
    for row, fid in enumerate(ids):
        if fid in stored:
            out[row] = stored[fid]
    for j, row in enumerate(missing):
        out[row] = fresh[j]
    return out


def pick_quotes(members: np.ndarray, x: np.ndarray, centroid: np.ndarray, rows: Sequence[dict[str, Any]],
                sentiment: str | Sequence[str] | None, n: int = QUOTES) -> list[int]:
    """Up to n distinct comments nearest the theme's centre whose tone matches the asked sentiment.

    A comment labelled negative can still read as praise ("客服态度ok但是太慢" scores mixed),
    so with a sentiment filter the quotes come from the comments whose score leans the asked way.
    """
    order = members[np.argsort(-(x[members] @ centroid))]
    wanted = {sentiment} if isinstance(sentiment, str) else set(sentiment or ())
    sign = {"negative": -1.0, "positive": 1.0}
    signs = {sign[w] for w in wanted if w in sign}
    if len(signs) == 1:
        s = signs.pop()
        leaning = [int(i) for i in order if (rows[i]["sentiment_score"] or 0.0) * s > 0]
        # nearest first among those that lean the asked way; the rest only if too few do
        taken = set(leaning)
        order = np.array(leaning + [int(i) for i in order if int(i) not in taken], dtype=int)
    out: list[int] = []
    seen: set[str] = set()
    for i in order:
        key = content_text(rows[i]["text"] or "").strip()
        if key in seen:
            continue
        seen.add(key)
        out.append(int(i))
        if len(out) == n:
            break
    return out


def _open_index(gw: Gateway) -> Any:
    from knowledge.feedback.index import FeedbackIndex
    return FeedbackIndex(Workspace(gw.db_path.parent))


def _mean(values: Sequence[Any]) -> float | None:
    vals = [float(v) for v in values if v is not None and not (isinstance(v, float) and np.isnan(v))]
    return round(sum(vals) / len(vals), 4) if vals else None


def customer_of(row: dict[str, Any]) -> str:
    """Who wrote a comment; a comment without customer_id counts as its own customer."""
    return str(row.get("customer_id") or f"#{row['feedback_id']}")


@dataclass
class Theme:
    """One theme of a slice: its names, members (row indices of the slice) and sizes."""

    key: str
    name: ThemeName
    members: np.ndarray
    centroid: np.ndarray
    customers: int
    by_language: dict[str, int] = field(default_factory=dict)

    @property
    def comments(self) -> int:
        """Number of comments in the theme."""
        return int(len(self.members))


@dataclass
class ThemeSet:
    """Themes of a slice plus what they were computed from (rows, language-neutral vectors)."""

    rows: list[dict[str, Any]]
    x: np.ndarray
    labels: np.ndarray
    themes: list[Theme]
    centring: LanguageCentring | None = None

    def assign(self, x: np.ndarray, languages: Sequence[str | None]) -> np.ndarray:
        """Index (into themes) of the nearest theme for other comments' raw vectors (e.g. another period)."""
        if not self.themes or len(x) == 0:
            return np.zeros(len(x), dtype=int)
        z = self.centring.transform(x, languages) if self.centring is not None else x
        return np.argmax(z @ np.vstack([t.centroid for t in self.themes]).T, axis=1)


def catalogue_for(index: Any) -> Catalogue | None:
    """The bilingual name catalogue, cached on the index when it offers one (embedded once)."""
    if index is None:
        return None
    get = getattr(index, "catalogue", None)
    return get() if callable(get) else Catalogue(index.embedder)


def discover_themes(rows: Sequence[dict[str, Any]], *, index: Any = None, embedder: Any = None,
                    k: int | None = None, exclude: Sequence[str] = (), tokenizer: Tokenizer | None = None,
                    catalogue: Catalogue | None = None, tone: str | None = None) -> ThemeSet:
    """Cluster comments (rows with feedback_id, text, customer_id, language) into named themes.

    With `tone` ("negative" or "positive", the slice's sentiment) names come only from the clauses
    of each comment that do not read the other way (see tone_text).
    """
    # the same comments give the same themes in whatever order they were read (k-means seeding
    # follows row order): cluster them in feedback_id order
    rows = sorted(rows, key=lambda r: str(r["feedback_id"]))
    if not rows:
        return ThemeSet([], np.zeros((0, 1), dtype=np.float32), np.zeros(0, dtype=int), [])
    ids = [r["feedback_id"] for r in rows]
    texts = [r["text"] or "" for r in rows]
    langs = [r.get("language") or "en" for r in rows]
    raw = slice_vectors(ids, texts, index, embedder)
    centring = LanguageCentring.fit(raw, langs)
    x = centring.transform(raw, langs)
    tok = tokenizer or Tokenizer()
    memo = index.memo if hasattr(index, "memo") else None   # per-comment words, kept per index generation
    with one_blas_thread():
        z = with_keywords(x, keyword_docs(texts, tok, memo("keyword_docs") if memo else None))
        labels, _ = cluster_vectors(neighbour_smooth(z), k=k)
        labels = join_mutual_neighbours(x, labels)
    sample = label_sample(labels)
    customers = [customer_of(r) for r in rows]
    label_texts = [texts[i] for i in sample]
    if tone in TONE_SIGN:
        label_texts = tone_texts(label_texts, tone, memo(f"tone_{tone}") if memo else None)
    names = name_themes(label_texts, [customers[i] for i in sample], labels[sample],
                        tokenizer=tok, exclude=exclude, catalogue=catalogue, vectors=raw[sample],
                        languages=[langs[i] for i in sample], phrase_memo=memo("phrases") if memo else None)
    if k is None:   # a fixed k is the number of themes asked for
        labels = merge_same_names(labels, names)
    # centroids live in the embedding space: other periods' comments are assigned to them there
    centroids = unit_means(labels, x)
    themes: list[Theme] = []
    for c in range(len(centroids)):
        members = np.flatnonzero(labels == c)
        if not len(members):
            continue
        by_lang: dict[str, int] = {}
        for i in members:
            by_lang[langs[i]] = by_lang.get(langs[i], 0) + 1
        name = names[c]
        themes.append(Theme(name.key, name, members, centroids[c], len({customers[i] for i in members}), by_lang))
    _dedupe_names(themes)
    return ThemeSet(rows, x, labels, themes, centring)


def tone_texts(texts: Sequence[str], tone: str, memo: dict[str, Any] | None = None,
               analyzer: Any = None) -> list[str]:
    """Each text without its clauses that read the other way than `tone` ("negative"/"positive").

    In a slice of complaints, "骑手很准时，但是菜都凉了" must not lend "骑手很准时" to a theme's
    name: clauses scoring the other way are dropped, and so are clauses before the last "but"
    that do not score the asked way ("Agent was polite, but payment keeps failing": VADER reads
    "polite" as neutral). A text whose every clause reads the other way is kept whole.
    """
    from knowledge.feedback.aspects import clause_sentiment, verdict_split
    sign = TONE_SIGN[tone]
    out: list[str] = []
    for t in texts:
        got = memo.get(t) if memo is not None else None
        if got is None:
            if analyzer is None:
                from knowledge.feedback.sentiment import SentimentAnalyzer
                analyzer = SentimentAnalyzer()
            split = verdict_split(t)
            head, tail = split if split else ("", t)
            kept = [c.text for c in clause_sentiment(analyzer, head) if c.score * sign >= TONE_BAND] if head else []
            kept += [c.text for c in clause_sentiment(analyzer, tail) if c.score * sign > -TONE_BAND]
            got = "；".join(kept) if kept else t
            if memo is not None:
                memo[t] = got
        out.append(got)
    return out


def keyword_docs(texts: Sequence[str], tokenizer: Tokenizer, memo: dict[str, Any] | None = None) -> list[list[str]]:
    """Content words (zh and en) of each text, from `memo` when it holds them (texts repeat across questions)."""
    out: list[list[str]] = []
    for t in texts:
        doc = memo.get(t) if memo is not None else None
        if doc is None:
            doc = tokenizer.zh_tokens(t) + tokenizer.en_tokens(t)
            if memo is not None:
                memo[t] = doc
        out.append(doc)
    return out


def with_keywords(x: np.ndarray, docs: Sequence[Sequence[str]], weight: float = KEYWORD_WEIGHT) -> np.ndarray:
    """Unit vectors [x, weight * keyword LSA vector]: what a comment is about, next to how it reads.

    Chosen on our dev sets (bench/bench_themes_dev.py, centred+smoothed -> centred+keywords+smoothed,
    k chosen as in the product): banking77 test intents NMI 0.504 -> 0.553; three 10-intent banking
    samples purity 0.778 -> 0.807, NMI 0.685 -> 0.712 (means); zh/en pairs in one theme 0.894 -> 0.915;
    demo phrase-book complaints NMI 0.459 -> 0.465 but purity 0.242 -> 0.230. A slice too small or too
    uniform for LSA keeps x.
    """
    kw = lsa_vectors(docs, dims=KEYWORD_DIMS)
    if kw.shape[1] < 2:
        return x
    return _unit(np.hstack([x, weight * _unit(kw)]))


def unit_means(labels: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Unit mean vector of each label 0..max(labels) (zero rows stay zero)."""
    k = int(labels.max()) + 1 if len(labels) else 0
    sums = np.zeros((k, x.shape[1]), dtype=np.float32)
    np.add.at(sums, labels, x)
    return _unit(sums)


def _unit(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (m / norms).astype(np.float32)


def merge_same_names(labels: np.ndarray, names: dict[int, ThemeName]) -> np.ndarray:
    """Clusters named alike in either language are one pain point split in two: one label (the first's).

    name_themes gives each cluster a name no other took when it has one to give; what is left
    alike (two clusters with no phrase of their own, both "other") is one theme.
    """
    first: dict[tuple[str, str], int] = {}
    remap: dict[int, int] = {}
    for c in sorted(names):
        spelled = [(lg, " ".join(names[c].in_lang(lg).lower().split())) for lg in ("zh", "en")]
        into = next((first[s] for s in spelled if s in first), c)
        remap[c] = into
        for s in spelled:
            first.setdefault(s, into)
    return np.array([remap.get(int(c), int(c)) for c in labels], dtype=labels.dtype)


def _dedupe_names(themes: list[Theme]) -> None:
    """A fixed number of themes can leave two alike: the smaller ones are numbered ("other (2)"), keys too."""
    seen: dict[tuple[str, str], int] = {}
    for t in sorted(themes, key=lambda t: -t.comments):
        zh, en = t.name.zh.strip(), " ".join(t.name.en.lower().split())
        n = max(seen.get(("zh", zh), 0), seen.get(("en", en), 0))
        seen[("zh", zh)] = seen[("en", en)] = n + 1
        if n:
            t.name = replace(t.name, zh=f"{t.name.zh}（{n + 1}）", en=f"{t.name.en} ({n + 1})")
            t.key = t.name.key


def feedback_themes(gw: Gateway, layer: SemanticLayer, *, period: Period | None = None,
                    filters: Filters | None = None, touchpoint_ids: Sequence[str] | None = None,
                    stage: str | None = None, sentiment: str | None = None, lang: str = "en",
                    top_n: int = 6, k: int | None = None, index: Any = None,
                    embedder: Any = None) -> AnalysisResult:
    """Themes of a slice ranked by customers affected × negativity, with trend, quotes and zh/en names.

    `k` fixes the number of themes; by default it is chosen by silhouette (see cluster.k_floor).
    """
    slice_args = dict(filters=filters, touchpoint_ids=touchpoint_ids, stage=stage, sentiment=sentiment)
    sql, params = feedback_slice(layer, SLICE_COLUMNS, period=period, tail="ORDER BY f.feedback_id", **slice_args)
    rows = gw.query(sql, params, row_cap=0, timeout_s=60).records()
    result = AnalysisResult("feedback_themes", list(COLUMNS), [], sql=[sql], period=period,
                            filters=dict(filters or {}), sample_size={"comments": len(rows)})
    if not rows:
        result.notes.append("no_feedback")
        result.facts["quotes"] = {}
        return result
    if index is None and embedder is None:
        index = _open_index(gw)
    tok = Tokenizer()
    ts = discover_themes(rows, index=index, embedder=embedder, k=k, tokenizer=tok,
                         exclude=slice_words(gw, touchpoint_ids, tok), catalogue=catalogue_for(index),
                         tone=sentiment if isinstance(sentiment, str) else None)
    rows = ts.rows

    prev_counts = np.zeros(len(ts.themes), dtype=int)
    if period is not None:
        prev_sql, prev_params = feedback_slice(layer, "f.feedback_id, f.text, f.language", period=period.previous(),
                                               tail="ORDER BY f.feedback_id", **slice_args)
        prev = gw.query(prev_sql, prev_params, row_cap=0, timeout_s=60).records()
        if prev:
            px = slice_vectors([r["feedback_id"] for r in prev], [r["text"] or "" for r in prev], index, embedder)
            prev_counts = np.bincount(ts.assign(px, [r["language"] for r in prev]), minlength=len(ts.themes))
        result.sql.append(prev_sql)
        result.sample_size["previous_comments"] = len(prev)

    ranked: list[tuple[float, list[Any], list[dict[str, Any]]]] = []
    for j, t in enumerate(ts.themes):
        group = [rows[i] for i in t.members]
        avg_sent = _mean([r["sentiment_score"] for r in group])
        negativity = (1.0 - (avg_sent if avg_sent is not None else 0.0)) / 2.0
        prev_n = int(prev_counts[j]) if period is not None else None
        change = round((t.comments - prev_n) / prev_n, 4) if prev_n else None
        row = [t.key, t.name.in_lang(lang), t.comments, t.customers, round(t.comments / len(rows), 4), avg_sent,
               _mean([r["rating"] for r in group]), prev_n, change, t.name.zh, t.name.en,
               t.by_language.get("zh", 0), t.by_language.get("en", 0), t.by_language.get("mixed", 0),
               t.name.support.get(lang if lang == "zh" else "en", 0)]
        quotes = [{"feedback_id": rows[i]["feedback_id"], "text": rows[i]["text"],
                   "touchpoint_id": rows[i]["touchpoint_id"], "sentiment": rows[i]["sentiment"]}
                  for i in pick_quotes(t.members, ts.x, t.centroid, rows, sentiment)]
        ranked.append((t.customers * negativity, row, quotes))
    ranked.sort(key=lambda r: (-r[0], -r[1][2]))
    result.facts["quotes"] = {}
    result.facts["themes_found"] = len(ranked)
    for _, row, quotes in ranked[:top_n]:
        result.rows.append(row)
        result.facts["quotes"][row[0]] = quotes
    result.facts["total_comments"] = len(rows)
    result.facts["ranking"] = "customers affected x (1 - avg_sentiment) / 2"
    result.facts["labels"] = (f"key phrase used by at least {MIN_LABEL_SUPPORT} distinct customers, the one closest in "
                              "meaning to the theme, in zh and en chosen to agree; the bilingual catalogue's name when "
                              "most of the theme's customers say it; a language without a phrase takes the catalogue's "
                              "translation, else the other language's phrase as is (never a loose translation)")
    if len(rows) < SMALL_SAMPLE:
        result.notes.append("small_sample")
    if len(ranked) > top_n:
        result.notes.append("more_themes")
    return result
