"""Names in the other language: "加拿大" for the value Canada, "英国乘客" for United Kingdom, "房型" for a room_type
column, matched through the multilingual sentence embedder the feedback index already uses (USE, offline).

Only for words the catalogue does not know, and only across scripts (a Chinese word against values and
columns written in Latin letters, and the reverse): a same-script near-miss is a spelling question the
linker answers. A match must be clear (similar enough, and clearly ahead of the runner-up); two close
candidates are asked back, never guessed. The embedder is loaded on first need, once per process.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Sequence

from assistant.planner.types import Catalog

CJK = re.compile(r"[\u4e00-\u9fff]")
SURE = 0.70    # cosine of a clear translation (加拿大 / Canada 0.93, 房型 / room type 0.83)
MARGIN = 0.20  # ahead of the runner-up by this much (商务舱: Business 0.86 vs Business Class 0.69 is asked back)
CLOSE = 0.65   # both above this and too close: ask which one
MAX_VALUES = 200  # a dimension with more values is an identifier column, not a list of names


@dataclass(frozen=True)
class Candidate:
    kind: str   # "value" | "dimension"
    dim: str
    raw: str    # the value (or the dimension id)
    label: str  # the words embedded


@dataclass(frozen=True)
class Match:
    best: Candidate | None          # a clear match
    close: tuple[Candidate, ...] = ()  # near ties to ask about


@functools.lru_cache(maxsize=1)
def _embedder() -> Any:
    from knowledge.feedback.embedder import make_embedder  # the same offline model as the feedback index
    return make_embedder()


def _candidates(catalog: Catalog, cjk: bool) -> list[Candidate]:
    """Values and columns written in the other script than the word looked up."""
    out: list[Candidate] = []
    for dim, raws in catalog.dimension_values.items():
        if len(raws) > MAX_VALUES or dim in ("action",):
            continue
        target = "channel" if dim == "feedback_channel" else dim
        for raw in raws:
            label = raw.replace("_", " ").strip()
            if label and bool(CJK.search(label)) != cjk and not label.isdigit() and len(label) > 1:
                out.append(Candidate("value", target, raw, label))
    for d in catalog.dimensions:
        if d.extra and not d.identifier:
            label = d.names.get("en") or d.id.replace("_", " ")
            if bool(CJK.search(label)) != cjk:
                out.append(Candidate("dimension", d.id, d.id, label))
    return out


# a column's twin in another language: "venue" / "venue_en", "artist" / "artist_zh", "show name" / "show name cn"
TWIN_SUFFIX = re.compile(r"[\s_](?:en|zh|cn|english|chinese|eng|chs)$", re.I)


def _base(label: str) -> str:
    return TWIN_SUFFIX.sub("", label.casefold()).strip()


def own_script_share(catalog: Catalog, dim: str | None, cjk: bool) -> float:
    """The share of a column's (first 50) values written in the asker's script."""
    raws = list(catalog.dimension_values.get(dim or "", ()))[:50]
    return sum(bool(CJK.search(str(r))) == cjk for r in raws) / len(raws) if raws else 0.0


def _in_own_script(twins: list[Candidate], catalog: Catalog, cjk: bool) -> Candidate:
    """Of a column and its twin in the other language, the one whose values are written as the asker writes
    ("哪个场馆": venue with 深圳大运中心, not venue_en)."""
    return max(twins, key=lambda c: own_script_share(catalog, c.dim, cjk))


@functools.lru_cache(maxsize=64)
def _vectors(key: int, labels: tuple[str, ...]) -> Any:
    return _embedder().embed_documents(list(labels))


def match(word: str, catalog: Catalog, kinds: tuple[str, ...] = ("value", "dimension"), dim: str | None = None,
          among: frozenset[str] | None = None, margin: float = 0.0, sure: float = 0.0) -> Match:
    """The value or column the word names in the other language (of one dimension when `dim` is given, of those
    in `among` when given), a near tie, or nothing. `sure` lowers the similarity a clear match needs where the
    words said already narrow what they can name."""
    cands = [c for c in _candidates(catalog, bool(CJK.search(word))) if c.kind in kinds and dim in (None, c.dim)
             and (among is None or c.dim in among)]
    if not cands or not word.strip():
        return Match(None)
    import numpy as np
    vecs = _vectors(id(catalog), tuple(c.label for c in cands))
    q = _embedder().embed_documents([word])[0]
    sims = np.asarray(vecs) @ np.asarray(q)
    order = np.argsort(-sims)
    best = float(sims[order[0]])
    # the same words in another column ("California" of region and of state), or a column and its twin in the
    # other language ("venue" and "venue_en"), are no rival
    top = _base(cands[int(order[0])].label)
    rivals = [int(i) for i in order[1:] if _base(cands[int(i)].label) != top]
    second = float(sims[rivals[0]]) if rivals else 0.0
    if best >= (sure or SURE) and best - second >= (margin or MARGIN):
        twins = [cands[int(i)] for i in order if _base(cands[int(i)].label) == top and cands[int(i)].kind == "dimension"]
        return Match(_in_own_script(twins, catalog, bool(CJK.search(word))) if len(twins) > 1
                     else cands[int(order[0])])
    seen: set[str] = set()
    close = tuple(c for i in order[:6] if float(sims[int(i)]) >= CLOSE
                  and (c := cands[int(i)]).label.casefold() not in seen and not seen.add(c.label.casefold()))[:3]
    if len(close) >= 2 and close[0] is cands[int(order[0])] and len(close[0].label) >= 2 and \
            all(close[0].label in c.label and c.label != close[0].label for c in close[1:]):
        # ("Australian": 澳大利亚 over 西澳大利亚州 and 南澳大利亚州, the places named after it)
        return Match(close[0])
    return Match(None, close if len(close) >= 2 else ())


OUTCOME_SURE = 0.52    # a Chinese word and one of a step's outcomes written in English (修不好 / could not fix 0.59;
#                        返修 / downgraded 0.50 is no match)
OUTCOME_MARGIN = 0.12  # … clearly ahead of the step's other outcomes (缺货: in stock 0.56 vs backorder 0.51 is no answer)


@functools.lru_cache(maxsize=512)
def _word_vector(word: str) -> Any:
    """One word's embedding, once per process (a word is tried against each step's outcomes in turn)."""
    return _embedder().embed_documents([word])[0]


def similarity(a: str, b: str) -> float:
    """The cosine of two words' embeddings (the embedder's vectors are unit length)."""
    import numpy as np
    return float(np.asarray(_word_vector(a)) @ np.asarray(_word_vector(b)))


def match_outcome(word: str, outcomes: Sequence[str]) -> str | None:
    """The one outcome of a step (values like delivered_late) the word names across scripts, when it is clear:
    similar enough and clearly ahead of the step's other outcomes; else None."""
    labels = [o.replace("_", " ").strip() for o in outcomes]
    if len(labels) < 2 or not word.strip() or any(bool(CJK.search(x)) == bool(CJK.search(word)) for x in labels):
        return None
    import numpy as np
    sims = np.asarray(_vectors(hash(tuple(labels)), tuple(labels))) @ np.asarray(_word_vector(word))
    order = np.argsort(-sims)
    best, second = float(sims[order[0]]), float(sims[order[1]])
    return str(outcomes[int(order[0])]) if best >= OUTCOME_SURE and best - second >= OUTCOME_MARGIN else None


MEASURE_SURE = 0.60   # a phrase after "average" and a numeric column's name: close enough …
MEASURE_MARGIN = 0.08  # … and clearly ahead of the next column
# among columns the unit already picked (minutes: delivery_minutes, promised_minutes) a clear margin decides
AMONG_FLOOR = 0.2


def match_measure(phrase: str, catalog: Catalog, among: Sequence[str] | None = None, prefix: str = "avg_",
                  floor: float | None = None) -> str | None:
    """The average (or with prefix "sum_", the total) of a numeric column the phrase names in other words
    ("delivery time in minutes" → delivery_minutes, "等待时间" → wait_minutes, "加急费" → rush_fee), or None when no
    column is clearly meant. With `among` (columns already known to fit, e.g. by the unit said) only those compete,
    and a clear margin suffices, unless a floor is given."""
    # (a late column's number — past the profile's first columns — is named by its own name only, never guessed)
    cands = [(m.id, name) for m in catalog.metrics if m.id.startswith(prefix) and m.id != "avg_sentiment"
             and (among is None or m.id[len(prefix):] in among) and (m.column or "") not in catalog.quiet
             for name in [m.id[len(prefix):].replace("_", " ")]]
    if not cands or not phrase.strip():
        return None
    import numpy as np
    vecs = _vectors(id(catalog), tuple(n for _, n in cands))
    sims = np.asarray(vecs) @ np.asarray(_embedder().embed_documents([phrase])[0])
    order = np.argsort(-sims)
    best = float(sims[order[0]])
    second = float(sims[order[1]]) if len(order) > 1 else 0.0
    floor = floor if floor is not None else MEASURE_SURE if among is None else AMONG_FLOOR
    return cands[int(order[0])][0] if best >= floor and best - second >= MEASURE_MARGIN else None


def _glossed_twin(zh: str, en: str) -> bool:
    """A column named in Chinese whose dictionary senses give every word of an English column's name (城市 / city,
    套餐 / plan, 骑手类型 / rider_type)."""
    if not CJK.search(zh) or CJK.search(en):
        return False
    from assistant.planner import glosses
    words = [x for x in re.findall(r"[a-z]+", en.lower()) if x not in glosses.COLUMN_STOP]
    parts = glosses._parts(zh) if zh in glosses.dictionary() or len(zh) >= 3 else [zh]
    if not words or not parts or not all(p in glosses.dictionary() for p in parts):
        return False
    senses = set().union(*(glosses.gloss_words(p) for p in parts))
    return all(x in senses for x in words)


def twins_of(catalog: Catalog, dim: str) -> list[str]:
    """The company columns that hold the same thing in the other language (city / 城市, customer_type / 客户类型):
    extra columns on the same tables, named alike or one the gloss of the other."""
    info = catalog.dimension(dim)
    if info is None:
        return []
    seen = list(getattr(catalog, "value_twins", {}).get(dim, ()))
    return list(dict.fromkeys(seen + _named_twins(catalog, dim, info)))


def _named_twins(catalog: Catalog, dim: str, info: Any) -> list[str]:
    if not info.extra:
        # a built-in column and the company's column called by its name in the other language (acquisition_channel
        # and 获客渠道 holding 抖音 for douyin): the same thing
        names = {x.lower() for x in (*info.names.values(), *info.aliases.get("zh", ()), *info.aliases.get("en", ()))}
        # (and acquisition_channel_zh beside acquisition_channel: the built-in column's own name with a language tag)
        return [d.id for d in catalog.dimensions if d.extra and (d.id.lower() in names or
                                                               (d.id != dim and _base(d.id) == _base(dim)))
                and set(d.slices) == set(info.slices) and catalog.dimension_values.get(d.id)]
    return [d.id for d in catalog.dimensions if d.extra and d.id != dim and set(d.slices) == set(info.slices)
            and (_base(d.id) == _base(dim) or _glossed_twin(d.id, dim) or _glossed_twin(dim, d.id))]


# the words of a column's name that say how the thing is written, not what it is (clinic_id, clinic_name_en)
NAMING_WORDS = frozenset({"id", "code", "name", "en", "zh", "cn", "no", "num", "key", "label", "title"})


def grouping_in_own_script(catalog: Catalog, dim: str, lang: str) -> str:
    """A grouping column's twin in the asker's language when the column itself is written in the other one
    ("which museum …" in English groups by museum_en, not by museum's 自然博物馆): the answer names things as the
    asker writes them."""
    info = catalog.dimension(dim)
    if info is None:
        return dim
    cjk = lang == "zh"
    if own_script_share(catalog, dim, cjk) >= 0.5:
        return dim
    # (of twins equally in the asker's script, the one named like the column: hub_en of hub, not the city)
    words = set(re.split(r"[_\s]+", dim.lower()))

    def same_thing(d: str) -> bool:
        # (clinic_id beside clinic_name is the clinic itself; clinic_city is where it is: "which clinic" asked in
        # English names the clinic's code, not its city)
        other = set(re.split(r"[_\s]+", d.lower()))
        return bool((words & other) - NAMING_WORDS) and other - words <= NAMING_WORDS
    # (the thing's own code, clinic_id, is no twin of its name, as codes are no language, but it is the thing: a
    # candidate beside the twins, first when a twin is only something of the thing's, like its city)
    # (for an English asker of a column kept in Chinese; a Chinese asker reads a code as it is)
    codes = [d.id for d in catalog.dimensions if d.extra and d.id != dim and same_thing(d.id) and
             set(d.slices) == set(info.slices) and catalog.dimension_values.get(d.id)] if not cjk else []
    best = max(dict.fromkeys(twins_of(catalog, dim) + codes),
               key=lambda d: (own_script_share(catalog, d, cjk) >= 0.5, same_thing(d), own_script_share(catalog, d, cjk),
                              bool(words & set(re.split(r"[_\s]+", d.lower())))), default=None)
    # (a brand kept in letters in both, "Instagram" among 小红书 / 到店 / 小程序, still leaves the twin the asker's)
    share = own_script_share(catalog, best, cjk) if best is not None else 0.0
    return best if best is not None and share >= 0.5 and share - own_script_share(catalog, dim, cjk) >= 0.5 else dim
