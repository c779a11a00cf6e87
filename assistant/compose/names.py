"""Display names of ids (touchpoints, journeys, metrics, dimensions) in the asker's language."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from knowledge.semantic.layer import SemanticLayer


@dataclass(frozen=True)
class Names:
    """id → {lang: name} lookups; unknown ids show as themselves."""

    touchpoints: dict[str, dict[str, str]] = field(default_factory=dict)
    journeys: dict[str, dict[str, str]] = field(default_factory=dict)
    layer: SemanticLayer | None = None
    # a company column named in English, by the Chinese word the catalogue knows for it (consultant → 咨询师)
    dimensions_zh: dict[str, str] = field(default_factory=dict)
    # a column of Chinese values → its twin in the other script and each value's twin (城市 → city: 广州 → Guangzhou)
    latin_twins: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)

    @classmethod
    def build(cls, layer: SemanticLayer | None, catalog: Any = None) -> "Names":
        """From the semantic layer and the planner catalogue (touchpoints, journeys with zh/en names)."""
        tps: dict[str, dict[str, str]] = {}
        jns: dict[str, dict[str, str]] = {}
        for tp in getattr(catalog, "touchpoints", ()) or ():
            tps[tp.id] = {"zh": tp.name_zh or tp.name, "en": tp.name_en or tp.name}
        for j in getattr(catalog, "journeys", ()) or ():
            jns[j.id] = {"zh": j.name_zh or j.name, "en": j.name_en or j.name}
        return cls(tps, jns, layer, _chinese_column_names(catalog), _latin_twins(catalog))

    def touchpoint(self, tp_id: Any, lang: str, fallback: Any = None) -> str:
        names = self.touchpoints.get(str(tp_id))
        return (names or {}).get(lang) or str(fallback or tp_id)

    def journey(self, journey_id: Any, lang: str, fallback: Any = None) -> str:
        names = self.journeys.get(str(journey_id))
        if names is None:
            from knowledge.analyses.journey_common import parse_part
            part = parse_part(str(journey_id))
            if part is not None and part[0] not in self.journeys:  # two touchpoints no one journey holds
                return f"{self.touchpoint(part[1], lang)} → {self.touchpoint(part[2], lang)}"
            if part is not None and part[0] in self.journeys:  # "Car purchase (Test drive → Order)"
                base, a, b = part
                return f"{self.journey(base, lang)}（{self.touchpoint(a, lang)} → {self.touchpoint(b, lang)}）" \
                    if lang == "zh" else f"{self.journey(base, lang)} ({self.touchpoint(a, lang)} → {self.touchpoint(b, lang)})"
        return (names or {}).get(lang) or str(fallback or journey_id)

    def metric(self, metric_id: Any, lang: str, journey_id: Any = None) -> str:
        """The metric's name; a step metric of a journey part or pair names its two steps ("average time to
        convert (ER registration → ER triage)")."""
        name = self.layer.metrics[metric_id].label(lang) if self.layer and metric_id in self.layer.metrics \
            else str(metric_id)
        if journey_id and self.layer and metric_id in self.layer.metrics and \
                self.layer.metrics[metric_id].analysis == "funnel":
            from knowledge.analyses.journey_common import parse_part
            part = parse_part(str(journey_id))
            if part is not None:
                steps = f"{self.touchpoint(part[1], lang)} → {self.touchpoint(part[2], lang)}"
                return f"{name}（{steps}）" if lang == "zh" else f"{name} ({steps})"
        return name

    def dimension(self, dim_id: Any, lang: str) -> str:
        if lang == "zh" and str(dim_id) in self.dimensions_zh:
            return self.dimensions_zh[str(dim_id)]
        base = re.sub(r"[_\-](?:zh|cn|en)$", "", str(dim_id), flags=re.I)
        if self.layer and base != str(dim_id) and base in self.layer.dimensions and \
                self.layer.dimensions[base].source_column is None:
            # (acquisition_channel_zh, a company's twin of a built-in column in one language: the column's own name)
            return self.layer.dimensions[base].label(lang)
        if self.layer and dim_id in self.layer.dimensions:
            return self.layer.dimensions[dim_id].label(lang)
        return str(dim_id)

    def value(self, dim_id: Any, raw: Any, lang: str) -> str:
        """A raw dimension value in words of the language (YAML value aliases), e.g. night → 夜间."""
        dim = self.layer.dimensions.get(str(dim_id)) if self.layer else None
        words = ((dim.values or {}).get(str(raw)) or {}).get(lang) if dim else None
        if not words or lang != "zh":  # English raw values already read as words
            return str(raw)
        return f"{words[0]}（{raw}）"

    def unit(self, metric_id: Any) -> str | None:
        return self.layer.metrics[metric_id].unit if self.layer and metric_id in self.layer.metrics else None

    def is_rate(self, metric_id: Any) -> bool:
        return bool(self.layer and metric_id in self.layer.metrics and self.layer.metrics[metric_id].is_rate)


_CJK = re.compile(r"[\u4e00-\u9fff]")
# words the gazetteer puts before a column's word to ask for it ("哪个马场", "各城市"): no part of its name
_ASKING = re.compile(r"^(?:哪个|哪家|哪类|哪种|哪些|哪|各个|各|每个|每|不同|按|多少|几)")


def _latin_twins(catalog: Any) -> dict[str, tuple[str, dict[str, str]]]:
    """Columns whose values are Chinese with a twin column in Latin script (城市 / city, clinic_zh / clinic): the
    first such twin of each, with the value mapping the catalogue measured (one to one in the rows)."""
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for (a, b), mapping in sorted((getattr(catalog, "twin_values", None) or {}).items()):
        if a in out or not mapping:
            continue
        if all(_CJK.search(k) for k in mapping) and not any(_CJK.search(v) for v in mapping.values()):
            out[a] = (b, dict(mapping))
    return out


def _chinese_column_names(catalog: Any) -> dict[str, str]:
    """Company columns named in English (consultant, park) and the Chinese word the catalogue links to them (its
    dictionary name 咨询师, or a word the data gives it, 钓场 of 钓场城市): how a Chinese answer names the column."""
    out: dict[str, str] = {}
    for d in getattr(catalog, "dimensions", ()) or ():
        if not getattr(d, "extra", False) or _CJK.search(d.id):
            continue
        zh = [a for a in (d.aliases or {}).get("zh", ()) if _CJK.search(a)]
        if zh:
            out[d.id] = zh[0]
    said: dict[str, str] = {}
    for e in getattr(catalog, "gazetteer", ()) or ():
        if e.kind == "dimension" and e.id not in out and not _CJK.search(e.id) and _CJK.match(e.surface) and \
                not _ASKING.match(e.surface) and len(e.surface) >= 2 and \
                (e.id not in said or len(e.surface) < len(said[e.id])):
            said[e.id] = e.surface  # (the shortest: the word itself, not a phrase built on it)
    return {**said, **out}
