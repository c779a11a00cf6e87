"""A metric over time: one value per day, week (Monday start), month, quarter or year, gaps filled."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from knowledge.analyses.metric_values import MetricRows, metric_rows
from knowledge.analyses.stats import SMALL_SAMPLE, relative_diff
from knowledge.errors import AnalysisError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer

GRAINS = ("day", "week", "month", "quarter", "year")
ADDITIVE_STATS = ("count", "sum")
"""Stats whose empty bucket is 0; a rate, mean or median of nothing is unknown (None)."""


def bucket_start(d: date, grain: str) -> date:
    """The first day of the bucket holding `d` (weeks start on Monday, like date_trunc)."""
    if grain == "day":
        return d
    if grain == "week":
        return d - timedelta(days=d.weekday())
    if grain == "month":
        return d.replace(day=1)
    if grain == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if grain == "year":
        return date(d.year, 1, 1)
    raise AnalysisError(f"unknown grain '{grain}'", hint="use day, week, month, quarter or year", code="bad_grain")


def next_bucket(d: date, grain: str) -> date:
    """The first day of the bucket after the one starting at `d`."""
    if grain == "day":
        return d + timedelta(days=1)
    if grain == "week":
        return d + timedelta(days=7)
    if grain == "quarter":
        return date(d.year + (d.month >= 10), (d.month + 2) % 12 + 1, 1)
    if grain == "year":
        return date(d.year + 1, 1, 1)
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1)


def bucket_starts(period: Period, grain: str) -> list[date]:
    """Every bucket start touching the period, in order."""
    out = []
    d = bucket_start(period.start, grain)
    while d <= period.end:
        out.append(d)
        d = next_bucket(d, grain)
    return out


def _as_date(v: Any) -> date | None:
    if v is None:
        return None
    return v.date() if hasattr(v, "date") and callable(v.date) else v


def filled_series(mr: MetricRows, grain_col: str, starts: list[date]) -> list[dict[str, Any]]:
    """One dict per bucket start: the metric row, or an empty one (0 for counts/sums, else None)."""
    by_day = {_as_date(r[grain_col]): r for r in mr.rows}
    empty_value = 0 if mr.stat in ADDITIVE_STATS else None
    out = []
    for s in starts:
        r = by_day.get(s)
        if r is None:
            r = {"value": empty_value, "numerator": empty_value, "denominator": None, "n": 0, "sd": None,
                 "sumsq": 0.0 if mr.stat in ADDITIVE_STATS else None}
        out.append({"period_start": s, **{k: v for k, v in r.items() if k != grain_col}})
    return out


def series_rows(gw: Gateway, layer: SemanticLayer, metric_id: str, period: Period, grain: str, *,
                filters: Filters | None, journey_id: str | None,
                touchpoint_id: str | None) -> tuple[MetricRows, list[dict[str, Any]]]:
    """The metric per bucket of `grain` over the period, with empty buckets filled."""
    if grain not in GRAINS:
        raise AnalysisError(f"unknown grain '{grain}'", hint="use day, week, month, quarter or year", code="bad_grain")
    mr = metric_rows(gw, layer, metric_id, period, filters=filters, group_by=grain, journey_id=journey_id,
                     touchpoint_id=touchpoint_id)
    return mr, filled_series(mr, grain, bucket_starts(period, grain))


def metric_trend(gw: Gateway, layer: SemanticLayer, metric_id: str, period: Period, *, grain: str = "day",
                 filters: Filters | None = None, journey_id: str | None = None,
                 touchpoint_id: str | None = None) -> AnalysisResult:
    """The metric per day/week/month of the period (columns period_start, value, n)."""
    mr, series = series_rows(gw, layer, metric_id, period, grain, filters=filters, journey_id=journey_id,
                             touchpoint_id=touchpoint_id)
    rows = [[s["period_start"], s["value"], int(s["n"] or 0)] for s in series]
    result = AnalysisResult("metric_trend", ["period_start", "value", "n"], rows, sql=list(mr.sql),
                            period=period, metrics=[mr.metric.id], filters=dict(filters or {}),
                            notes=list(mr.notes))
    known = [(s["period_start"], s["value"]) for s in series if s["value"] is not None]
    total_n = sum(r[2] for r in rows)
    result.sample_size = {"n": total_n}
    result.facts = {"metric_id": mr.metric.id, "grain": grain, "buckets": len(rows)}
    if mr.journey_id:
        result.facts["journey_id"] = mr.journey_id
    if touchpoint_id:
        result.facts["touchpoint_id"] = touchpoint_id
    if known:
        first, last = known[0][1], known[-1][1]
        lo = min(known, key=lambda kv: kv[1])
        hi = max(known, key=lambda kv: kv[1])
        result.facts.update({"first": first, "last": last, "change": last - first,
                             "relative_change": relative_diff(last, first),
                             "min": lo[1], "min_period": lo[0], "max": hi[1], "max_period": hi[0]})
    if total_n == 0:
        result.notes.append("no_data")
    elif mr.stat not in ADDITIVE_STATS and any(0 < r[2] < SMALL_SAMPLE for r in rows):
        result.notes.append("small_sample")
    if grain != "day" and rows and (rows[0][0] < period.start or next_bucket(rows[-1][0], grain) - timedelta(days=1)
                                    > period.end):
        result.notes.append("partial_bucket")
    return result
