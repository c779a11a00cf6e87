"""Build the planner's catalogue from the workspace data and the semantic layer."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from knowledge.gateway import Gateway
from knowledge.semantic.layer import SemanticLayer

from assistant.planner.types import Catalog, JourneyInfo, TermInfo, TouchpointInfo

# dimension id -> (table, column) whose distinct raw values the planner may link words to
CATEGORICAL = {
    "device": ("events", "device"),
    "channel": ("events", "channel"),
    "segment": ("customers", "segment"),
    "region": ("customers", "region"),
    "acquisition_channel": ("customers", "acquisition_channel"),
    "tier": ("customers", "tier"),
    "variant": ("experiments", "variant"),
    "feedback_channel": ("feedback", "channel"),
    "stage": ("touchpoints", "stage"),
}
VALUE_CAP = 200


def _s(v: Any) -> str:
    return "" if v is None else str(v).strip()


def _day(v: Any) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return None


def _touchpoints(gw: Gateway) -> tuple[TouchpointInfo, ...]:
    res = gw.query("SELECT touchpoint_id, name, name_zh, name_en, stage, aliases, position "
                   "FROM touchpoints ORDER BY position NULLS LAST, touchpoint_id")
    out = []
    for tp_id, name, zh, en, stage, aliases, pos in res.rows:
        names = tuple(a.strip() for a in _s(aliases).split("|") if a.strip())
        out.append(TouchpointInfo(id=tp_id, name=_s(name), name_zh=_s(zh), name_en=_s(en),
                                  stage=stage or None, aliases=names, position=pos))
    return tuple(out)


def _journeys(gw: Gateway) -> tuple[JourneyInfo, ...]:
    res = gw.query("SELECT journey_id, any_value(journey_name), any_value(journey_name_zh), "
                   "any_value(journey_name_en), list(touchpoint_id ORDER BY step) "
                   "FROM journeys GROUP BY journey_id ORDER BY journey_id")
    return tuple(JourneyInfo(id=j, name=_s(n), name_zh=_s(zh), name_en=_s(en), steps=tuple(steps or ()))
                 for j, n, zh, en, steps in res.rows)


def _terms(items: dict[str, Any], *, with_values: bool) -> tuple[TermInfo, ...]:
    out = []
    for obj in items.values():
        aliases = {lang: tuple(a for a in (obj.aliases or {}).get(lang) or () if a) for lang in ("zh", "en")}
        values: dict[str, tuple[str, ...]] = {}
        if with_values:
            for raw, words in (getattr(obj, "values", None) or {}).items():
                values[str(raw)] = tuple(w for lang in ("zh", "en") for w in (words or {}).get(lang) or ())
        out.append(TermInfo(id=obj.id, names=dict(obj.name), aliases=aliases,
                            unit=getattr(obj, "unit", ""), time=getattr(obj, "time", False),
                            grain=getattr(obj, "grain", None), values=values))
    return tuple(out)


def _distinct(gw: Gateway, table: str, column: str) -> tuple[str, ...]:
    res = gw.query(f'SELECT DISTINCT CAST("{column}" AS VARCHAR) AS v FROM "{table}" '
                   f'WHERE "{column}" IS NOT NULL ORDER BY v', row_cap=VALUE_CAP)
    return tuple(r[0] for r in res.rows if r[0])


def _coverage(gw: Gateway, table: str) -> tuple[date | None, date | None]:
    res = gw.query(f'SELECT min(ts), max(ts) FROM "{table}"')
    lo, hi = res.rows[0] if res.rows else (None, None)
    return _day(lo), _day(hi)


def build_catalog(gw: Gateway, layer: SemanticLayer) -> Catalog:
    """Read names, aliases, raw values and coverage once; the result is cacheable per DB generation."""
    columns = gw.table_columns()
    values: dict[str, tuple[str, ...]] = {}
    for dim, (table, col) in CATEGORICAL.items():
        if col in columns.get(table, []):
            values[dim] = _distinct(gw, table, col)
    experiments = _distinct(gw, "experiments", "experiment_id") if "experiments" in columns else ()
    coverage = {t: _coverage(gw, t) for t in ("events", "feedback", "orders") if "ts" in columns.get(t, [])}
    ends = [coverage[t][1] for t in ("events", "feedback") if t in coverage and coverage[t][1]]
    return Catalog(
        touchpoints=_touchpoints(gw) if "touchpoints" in columns else (),
        journeys=_journeys(gw) if "journeys" in columns else (),
        metrics=_terms(layer.metrics, with_values=False),
        dimensions=_terms(layer.dimensions, with_values=True),
        dimension_values=values, experiments=experiments, coverage=coverage,
        default_as_of=max(ends) if ends else None)
