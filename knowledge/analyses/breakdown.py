"""A metric split by one dimension: value, sample size and share per dimension value.

`share` is the group's share of the summed value for counts and sums (e.g. of all users lost),
and its share of the summed sample size for rates, means and medians (a rate's values do not
add up). Rows about touchpoints carry `touchpoint_id` and the touchpoint's `touchpoint` name.
"""
from __future__ import annotations

import re
from typing import Any

from knowledge.analyses.metric_values import (
    MetricRows, funnel_value, is_funnel_metric, metric_rows, resolve_journey, resolve_metric)
from knowledge.analyses.funnel import funnel
from knowledge.analyses.stats import SMALL_SAMPLE
from knowledge.analyses.trend import ADDITIVE_STATS
from knowledge.errors import AnalysisError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.compile import metric_stat
from knowledge.semantic.layer import SemanticLayer

TOUCHPOINT_DIM = "touchpoint"
MIN_RANKED_N = 5
"""A rate/mean from fewer units than this is shown but not ranked among the others."""


def _funnel_steps(gw: Gateway, layer: SemanticLayer, metric_id: str, period: Period, filters: Filters | None,
                  journey_id: str | None) -> MetricRows:
    """One row per journey step (the touchpoint breakdown of a funnel metric)."""
    m = layer.metric(metric_id)
    jid = resolve_journey(gw, journey_id, None)
    res = funnel(gw, layer, jid, period, filters)
    steps = sorted(res.records(), key=lambda s: s["step"])
    rows = [{TOUCHPOINT_DIM: s["touchpoint_id"], **funnel_value(metric_id, steps, k)} for k, s in enumerate(steps)]
    return MetricRows(m, metric_stat(m), [TOUCHPOINT_DIM], rows, list(res.sql), journey_id=jid)


def _touchpoint_names(gw: Gateway, lang: str | None) -> dict[str, str]:
    col = {"zh": "name_zh", "en": "name_en"}.get(lang or "", "name")
    res = gw.query(f"SELECT touchpoint_id, coalesce({col}, name) FROM touchpoints", row_cap=100_000)
    return {r[0]: r[1] for r in res.rows}


CODE_SUFFIX = ("_id", "_code", "_no")
TWIN_END = re.compile(r"_(?:en|zh|cn)$")


def codes_of(gw: Gateway, layer: SemanticLayer, dimension: str) -> tuple[str, dict[str, Any]] | None:
    """The code column of a column of names ("store_name"/"store_en" → store_id), when one table holds both and each
    name has one code: (code column, name → code). Nothing for any other column (one query, small)."""
    from knowledge.semantic.layer import ALIASES
    stem = re.sub(r"_name$", "", TWIN_END.sub("", dimension))
    code_dim = next((stem + s for s in CODE_SUFFIX if stem + s != dimension and stem + s in layer.dimensions), None)
    if code_dim is None:
        return None
    d, c = layer.dimensions[dimension], layer.dimensions[code_dim]
    table = next((t for t in ("events", "orders", "feedback", "customers") if t in d.sql and t in c.sql), None)
    if table is None:
        return None
    try:
        res = gw.query(f"SELECT DISTINCT {d.sql[table]} AS n, {c.sql[table]} AS c FROM {table} {ALIASES[table]} "
                       f"WHERE {d.sql[table]} IS NOT NULL LIMIT 2000", row_cap=2000)
    except Exception:  # noqa: BLE001 - the label is an extra; the breakdown stands without it (never silent: no column)
        return None
    pairs: dict[str, set[Any]] = {}
    for n, code in res.rows:
        pairs.setdefault(str(n), set()).add(code)
    if not pairs or any(len(v) != 1 for v in pairs.values()):
        return None
    return code_dim, {k: next(iter(v)) for k, v in pairs.items()}


PERIOD_LABELS = ("month", "quarter", "year")


def period_label(v: Any, grain: str) -> Any:
    """2024-12-01 → "2024-12" (month), "2024-Q4" (quarter), "2024" (year); other values unchanged."""
    if not hasattr(v, "year"):
        return v
    if grain == "month":
        return f"{v.year}-{v.month:02d}"
    if grain == "quarter":
        return f"{v.year}-Q{(v.month - 1) // 3 + 1}"
    return str(v.year)


def _sort_key(order: str, min_n: int | None):
    sign = -1 if order == "desc" else 1

    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        v = r["value"]
        # unknown values last whatever the order, then groups too small to rank (a rate of 1 of 1
        # is not "the highest"); ties broken by the dimension value, ascending
        too_small = min_n is not None and r["n"] < min_n
        # rows with no value for the dimension ("not given") are shown last: "which teacher …" is never
        # answered with the comments that name no teacher
        return (v is None, r["_label"] is None, too_small, sign * v if v is not None else 0, str(r["_label"]))
    return key


def metric_breakdown(gw: Gateway, layer: SemanticLayer, metric_id: str, dimension: str, period: Period, *,
                     filters: Filters | None = None, top_n: int | None = None, order: str = "desc",
                     journey_id: str | None = None, touchpoint_id: str | None = None,
                     lang: str | None = None, min_n: int = MIN_RANKED_N,
                     min_group: int | None = None) -> AnalysisResult:
    """The metric per value of `dimension` (columns <dimension>, value, n, share), sorted by value.

    For rates, means and medians, groups with fewer than `min_n` units are ranked after the others
    (still shown, listed in facts["unranked_groups"]). With `min_group` (the asker's "provinces with at least
    100 orders") groups of fewer rows are left out altogether, and counted in facts["groups_below_min"].
    """
    if order not in ("desc", "asc"):
        raise AnalysisError(f"unknown order '{order}'", hint="use desc or asc", code="bad_order")
    layer.dimension(dimension)
    m = resolve_metric(layer, metric_id, journey_id)
    if is_funnel_metric(m) and dimension == TOUCHPOINT_DIM:
        mr = _funnel_steps(gw, layer, m.id, period, filters, journey_id)
    else:
        mr = metric_rows(gw, layer, metric_id, period, filters=filters, group_by=dimension,
                         journey_id=journey_id, touchpoint_id=touchpoint_id)
    additive = mr.stat in ADDITIVE_STATS
    total = sum((r["value"] or 0) for r in mr.rows) if additive else sum((r["n"] or 0) for r in mr.rows)
    recs = [{"_label": r[dimension], "value": r["value"], "n": int(r["n"] or 0),
             "share": None if not total or (additive and r["value"] is None)
             else (r["value"] if additive else (r["n"] or 0)) / total}
            for r in mr.rows]
    # (a group none of whose rows carry the measure, the bookings with no lateness recorded, has no value to rank)
    recs = [r for r in recs if additive or r["n"] > 0 or r["value"] is not None]
    below = [r for r in recs if min_group and r["n"] < min_group]
    recs = [r for r in recs if r not in below]
    recs.sort(key=_sort_key(order, None if additive else min_n))
    if dimension in PERIOD_LABELS:
        for r in recs:  # a month is "2024-12", not its first day
            r["_label"] = period_label(r["_label"], dimension)
    groups = len(recs)
    unranked = [r["_label"] for r in recs if not additive and r["n"] < min_n and r["value"] is not None]
    known = [r for r in recs if r["value"] is not None]
    ranked = [r for r in known if r["_label"] not in unranked] or known
    if top_n is not None and top_n >= 0 and groups > top_n:
        recs = recs[:top_n]
    is_tp = dimension == TOUCHPOINT_DIM
    if is_tp:
        names = _touchpoint_names(gw, lang)
        columns = ["touchpoint_id", "touchpoint", "value", "n", "share"]
        rows = [[r["_label"], names.get(r["_label"], r["_label"]), r["value"], r["n"], r["share"]] for r in recs]
    else:
        columns = [dimension, "value", "n", "share"]
        rows = [[r["_label"], r["value"], r["n"], r["share"]] for r in recs]
        codes = codes_of(gw, layer, dimension)
        if codes:
            # ("Jing'an Kerry Centre" is store SH01 in the company's own files: both labels, the code beside)
            columns.append(codes[0])
            rows = [row + [codes[1].get(str(row[0]))] for row in rows]
    from knowledge.analyses.compare import PERCENT_POINT_SCALES
    if mr.metric.id in PERCENT_POINT_SCALES:
        # (an NPS per group also as the net fraction of respondents, as in the period comparison)
        i = columns.index("value")
        columns = [*columns, "as_fraction"]
        rows = [[*row, round(row[i] / 100, 6) if isinstance(row[i], (int, float)) else None] for row in rows]
    result = AnalysisResult("metric_breakdown", columns, rows, sql=list(mr.sql), period=period,
                            metrics=[mr.metric.id], filters=dict(filters or {}), notes=list(mr.notes))
    result.sample_size = {"n": sum(int(r["n"] or 0) for r in mr.rows)}
    result.facts = {"metric_id": mr.metric.id, "dimension": dimension, "groups": groups,
                    "share_basis": "value" if additive else "n"}
    if min_group:
        result.facts.update({"min_group": min_group, "groups_below_min": len(below)})
    if mr.journey_id:
        result.facts["journey_id"] = mr.journey_id
    if ranked:
        result.facts.update({"top_value": ranked[0]["_label"], "top_metric_value": ranked[0]["value"],
                             "bottom_value": ranked[-1]["_label"], "bottom_metric_value": ranked[-1]["value"],
                             "spread": ranked[0]["value"] - ranked[-1]["value"]})
    if unranked:
        result.facts["unranked_groups"] = unranked
    if top_n is not None and groups > len(recs):
        result.notes.append("top_n")
    if not mr.rows or result.sample_size["n"] == 0:
        result.notes.append("no_data")
    elif not additive and any(r["n"] < SMALL_SAMPLE for r in recs):
        result.notes.append("small_sample")
        result.facts["small_groups"] = [r["_label"] for r in recs if r["n"] < SMALL_SAMPLE]
    return result

