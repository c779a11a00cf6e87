"""Values of any metric, compiled or funnel-based, as uniform rows for the metric analyses.

Every row holds the group columns plus `value, numerator, denominator, n, sd, sumsq` (see
knowledge/semantic/compile.py), so trend, breakdown, compare, anomalies and drivers treat a
`revenue` and a `drop_off_rate` the same way. Funnel-based metrics are read off
`knowledge.analyses.funnel.funnel` rows: the step is the one whose touchpoint is
`touchpoint_id`; without a touchpoint the journey as a whole (first step -> last step).
`step_conversion` at a step is conversion out of it (next / this = 1 − drop-off there); at the
last step, which has no next step, it is conversion into it (this / previous).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from knowledge.analyses.funnel import funnel
from knowledge.analyses.journey_common import get_journey, list_journeys, suggest
from knowledge.errors import AnalysisError, NotFoundError
from knowledge.gateway import Gateway
from knowledge.results import Filters, Period
from knowledge.semantic.compile import VALUE_COLUMNS, GroupExpr, compile_metric, metric_stat
from knowledge.semantic.layer import Metric, SemanticLayer

FUNNEL_METRICS = ("users_reached", "step_conversion", "overall_conversion", "drop_off_rate", "users_lost",
                  "median_time_to_convert", "mean_time_to_convert", "slower_share", "slower_count")
TOOL_FOR_ANALYSIS = {"exits": "touchpoint_exits", "retention": "retention_cohorts", "funnel": "funnel"}


@dataclass
class MetricRows:
    """Uniform metric rows plus how they were computed."""

    metric: Metric
    stat: str
    group_columns: list[str]
    rows: list[dict[str, Any]]
    sql: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    journey_id: str | None = None
    touchpoint_id: str | None = None

    def by_group(self) -> dict[tuple[Any, ...], dict[str, Any]]:
        """Rows keyed by the tuple of their group values."""
        return {tuple(r[g] for g in self.group_columns): r for r in self.rows}


def is_funnel_metric(metric: Metric) -> bool:
    """Is this metric read off the funnel analysis (given a journey)?"""
    return metric.kind == "analysis" and metric.analysis == "funnel"


def resolve_metric(layer: SemanticLayer, metric_id: str, journey_id: str | None) -> Metric:
    """The metric actually computed: users_reached without a journey falls back to a compiled metric."""
    m = layer.metric(metric_id)
    fallback = m.extra.get("fallback_metric")
    if is_funnel_metric(m) and journey_id is None and fallback:
        return layer.metric(fallback)
    if m.kind == "analysis" and not is_funnel_metric(m):
        tool = TOOL_FOR_ANALYSIS.get(m.analysis or "", m.analysis or "")
        raise AnalysisError(f"metric '{m.id}' is computed by the {m.analysis} analysis, not as a plain series",
                            hint=f"use the {tool} tool for '{m.id}'", code="metric_needs_analysis")
    return m


def resolve_journey(gw: Gateway, journey_id: str | None, touchpoint_id: str | None) -> str:
    """The journey to use: the given one, the only one, or the only one containing the touchpoint."""
    journeys = list_journeys(gw)
    if journey_id is not None:
        if journey_id not in journeys:
            get_journey(gw, journey_id)  # a part of a journey ("purchase:tp_a..tp_b"), else NotFoundError
        return journey_id
    candidates = [j for j, jr in journeys.items()
                  if touchpoint_id is None or any(s.touchpoint_id == touchpoint_id for s in jr.steps)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise NotFoundError("no journey contains this touchpoint" if touchpoint_id else "no journeys are defined",
                            hint="load a journeys file or choose a journey", code="journey_required")
    raise AnalysisError("this metric is measured along a journey; which one?",
                        hint="choose journey_id from: " + ", ".join(sorted(candidates)), code="journey_required")


def _touchpoint_filters(layer: SemanticLayer, m: Metric, filters: Filters | None,
                        touchpoint_id: str | None, notes: list[str]) -> Filters:
    out = {k: list(v) for k, v in (filters or {}).items()}
    if touchpoint_id is not None:
        if m.table and layer.supports("touchpoint", m.table):
            out["touchpoint"] = [touchpoint_id]
        else:
            notes.append("touchpoint_not_applicable")
    return out


def compiled_rows(gw: Gateway, layer: SemanticLayer, m: Metric, period: Period | None, *,
                  filters: Filters | None, group_by: Sequence[str] = (),
                  extra_groups: Sequence[GroupExpr] = (), extra_where: tuple[str, Sequence[Any]] | None = None,
                  grouping_sets: Sequence[Sequence[str]] | None = None,
                  touchpoint_id: str | None = None, notes: list[str] | None = None) -> MetricRows:
    """Run the compiled query of a sql/ratio metric and return its rows as dicts."""
    notes = notes if notes is not None else []
    flt = _touchpoint_filters(layer, m, filters, touchpoint_id, notes)
    _one_currency(gw, layer, m, period, flt, group_by, extra_groups)
    cq = compile_metric(layer, m.id, period=period, filters=flt, group_by=group_by, extra_where=extra_where,
                        extra_groups=extra_groups, grouping_sets=grouping_sets)
    res = gw.query(cq.sql, cq.params, row_cap=100_000)
    if res.truncated:
        notes.append("truncated")
    rows = [dict(zip(cq.columns, r)) for r in res.rows]
    return MetricRows(m, cq.stat, list(cq.group_columns) + (["_grouping"] if cq.grouping else []), rows,
                      [cq.sql], notes, touchpoint_id=touchpoint_id)


CURRENCY_DIM = "currency"
LOCAL_AMOUNT_COLUMN = ("amount_local", "local_amount", "amount_original", "original_amount")


def _one_currency(gw: Gateway, layer: SemanticLayer, m: Metric, period: Period | None, filters: Filters,
                  group_by: Sequence[str], extra_groups: Sequence[GroupExpr] = ()) -> None:
    """Money of the orders' own `amount` is added up only within one currency: rows kept in several (CNY and CAD),
    with no currency chosen or grouped by, are never added together — the question is sent back to say which.
    (A company that keeps a local amount beside `amount` reports every order's amount in one currency already.)"""
    said = " ".join(str(x or "") for x in (m.sql, m.extra.get("measure"), m.numerator))
    if m.unit != "currency" or m.table != "orders" or not re.search(r"\bo\.amount\b", said) or \
            CURRENCY_DIM in filters or CURRENCY_DIM in group_by or CURRENCY_DIM not in layer.dimensions or \
            not layer.supports(CURRENCY_DIM, "orders") or \
            any(f"sum_{c}" in layer.metrics for c in LOCAL_AMOUNT_COLUMN):
        return
    cq = compile_metric(layer, m.id, period=period, filters=filters, group_by=[*group_by, CURRENCY_DIM],
                        extra_groups=extra_groups)
    rows = [dict(zip(cq.columns, r)) for r in gw.query(cq.sql, cq.params, row_cap=10_000).rows]
    keys = [g for g in cq.group_columns if g != CURRENCY_DIM]
    groups: dict[tuple[Any, ...], set[str]] = {}
    for r in rows:
        if r.get(CURRENCY_DIM) not in (None, "") and r.get("n"):
            groups.setdefault(tuple(r.get(g) for g in keys), set()).add(str(r[CURRENCY_DIM]))
    mixed = sorted({c for held in groups.values() if len(held) > 1 for c in held})
    if mixed:  # (each group in one currency, "by branch" where each branch sells in its own, adds nothing up)
        raise AnalysisError(f"these orders are kept in {len(mixed)} currencies ({', '.join(mixed)}); adding their "
                            "amounts together would mix them",
                            hint="say which currency (e.g. 'in " + mixed[0] + "'), or ask by currency",
                            code="mixed_currencies", details={"currencies": mixed})


def _pick_step(journey_rows: list[dict[str, Any]], touchpoint_id: str | None) -> int | None:
    """Index of the step whose touchpoint is touchpoint_id (None = whole journey)."""
    if touchpoint_id is None:
        return None
    for i, r in enumerate(journey_rows):
        if r["touchpoint_id"] == touchpoint_id:
            return i
    known = [r["touchpoint_id"] for r in journey_rows]
    raise NotFoundError(f"touchpoint '{touchpoint_id}' is not a step of this journey",
                        hint=suggest(touchpoint_id, known), code="step_not_found")


def funnel_value(metric_id: str, steps: list[dict[str, Any]], k: int | None) -> dict[str, Any]:
    """value/numerator/denominator/n of a funnel metric for one group's ordered steps."""
    users = [int(s["users"] or 0) for s in steps]
    first, last = users[0], users[-1]
    out: dict[str, Any] = {c: None for c in VALUE_COLUMNS}
    if metric_id == "users_reached":
        v = users[k] if k is not None else first
        out.update(value=v, numerator=v, n=v, sumsq=float(v))
    elif metric_id in ("step_conversion", "overall_conversion"):
        if k is None:
            num, den = last, first
        elif metric_id == "overall_conversion":
            num, den = users[k], first
        elif k + 1 < len(users):
            # conversion out of step k (into k+1), so that it and the drop-off at k sum to 1
            num, den = users[k + 1], users[k]
        else:  # the last step has no next step: conversion into it from the previous one
            num, den = users[k], users[k - 1] if k > 0 else users[k]
        out.update(numerator=num, denominator=den, n=den, value=num / den if den else None)
    elif metric_id in ("drop_off_rate", "users_lost"):
        if k is None:
            num, den = first - last, first
        elif k + 1 < len(users):
            num, den = users[k] - users[k + 1], users[k]
        else:  # the last step has no next step to drop off before
            num, den = None, users[k]
        if metric_id == "users_lost":
            out.update(value=num, numerator=num, n=den, sumsq=None if num is None else float(num))
        else:
            out.update(numerator=num, denominator=den, n=den,
                       value=num / den if den and num is not None else None)
    elif metric_id in ("median_time_to_convert", "mean_time_to_convert"):
        # from step 1 to step 1 takes no time: "time to convert from the first step" means to the end
        i = len(steps) - 1 if k is None or k == 0 else k
        out.update(value=steps[i][metric_id + "_s"], n=users[i])
    elif metric_id in ("slower_share", "slower_count"):
        # a pair with a threshold ("more than 7 days from dispatch to closure"): of those who reached the second
        # step, the ones who took longer
        i = len(steps) - 1 if k is None or k == 0 else k
        if "users_slower" not in steps[i]:
            raise AnalysisError(f"metric '{metric_id}' needs a threshold on the time between two steps",
                                code="metric_needs_threshold",
                                hint="ask e.g. 'how many took more than 7 days from A to B'")
        num, den = steps[i]["users_slower"], users[i]
        if metric_id == "slower_count":
            out.update(value=num, numerator=num, n=den, sumsq=float(num))
        else:
            out.update(numerator=num, denominator=den, n=den, value=num / den if den else None)
    else:
        raise AnalysisError(f"metric '{metric_id}' is not a funnel metric", code="metric_not_funnel",
                            hint="use one of: " + ", ".join(FUNNEL_METRICS))
    return out


def funnel_rows(gw: Gateway, layer: SemanticLayer, m: Metric, period: Period, *, journey_id: str | None,
                touchpoint_id: str | None, filters: Filters | None, group_by: str | None = None,
                notes: list[str] | None = None) -> MetricRows:
    """One uniform row per group (or one row) of a funnel metric at the chosen step."""
    notes = notes if notes is not None else []
    jid = resolve_journey(gw, journey_id, touchpoint_id)
    res = funnel(gw, layer, jid, period, filters, group_by=group_by)
    recs = res.records()
    groups: dict[Any, list[dict[str, Any]]] = {}
    for r in recs:
        groups.setdefault(r[group_by] if group_by else None, []).append(r)
    rows: list[dict[str, Any]] = []
    k: int | None = None
    for g, steps in groups.items():
        steps.sort(key=lambda s: s["step"])
        k = _pick_step(steps, touchpoint_id)
        row = funnel_value(m.id, steps, k)
        if group_by:
            row = {group_by: g, **row}
        rows.append(row)
    if k is not None and m.id in ("drop_off_rate", "users_lost") and rows and rows[0]["value"] is None:
        notes.append("last_step_has_no_drop_off")
    if "paired_by_id" in res.notes:
        notes.append("paired_by_id")  # a time between two steps tied by the data's own id
    if "later_step_filtered" in res.notes:
        notes.append("later_step_filtered")  # a value only the second step records picks its events, not the cases
    return MetricRows(m, metric_stat(m), [group_by] if group_by else [], rows, list(res.sql), notes,
                      journey_id=jid, touchpoint_id=touchpoint_id)


def metric_rows(gw: Gateway, layer: SemanticLayer, metric_id: str, period: Period, *,
                filters: Filters | None = None, group_by: str | None = None,
                journey_id: str | None = None, touchpoint_id: str | None = None) -> MetricRows:
    """Metric values for one period, optionally per value of one dimension."""
    notes: list[str] = []
    m = resolve_metric(layer, metric_id, journey_id)
    if is_funnel_metric(m):
        return funnel_rows(gw, layer, m, period, journey_id=journey_id, touchpoint_id=touchpoint_id,
                           filters=filters, group_by=group_by, notes=notes)
    if journey_id is not None:
        notes.append("journey_not_applicable")
    return compiled_rows(gw, layer, m, period, filters=filters, group_by=[group_by] if group_by else [],
                         touchpoint_id=touchpoint_id, notes=notes)
