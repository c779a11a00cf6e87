"""Two groups or two periods of one metric, with the right significance test.

Rates use the two-proportion z-test, means Welch's t-test, counts and sums a compound-Poisson
z-test (per day when the periods differ in length); medians get no test (note
"no_significance_test"). Differences are "a minus b" / "current minus baseline".
"""
from __future__ import annotations

from typing import Any

from knowledge.analyses.metric_values import (
    MetricRows, compiled_rows, funnel_rows, is_funnel_metric, metric_rows, resolve_metric)
from knowledge.analyses.stats import (
    SMALL_SAMPLE, TestResult, poisson_ztest, relative_diff, two_proportion_ztest, welch_ttest)
from knowledge.errors import NotFoundError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.compile import period_label_group
from knowledge.semantic.layer import TIME_COLUMNS, SemanticLayer

CURRENT, BASELINE = "current", "baseline"


def significance(stat: str, a: dict[str, Any], b: dict[str, Any], *, exposure_a: float = 1.0,
              exposure_b: float = 1.0) -> TestResult | None:
    """The significance test of uniform metric row a against row b, None when none applies."""
    if stat == "proportion":
        if a["numerator"] is None or b["numerator"] is None:
            return None
        return two_proportion_ztest(a["numerator"], a["denominator"] or 0, b["numerator"], b["denominator"] or 0)
    if stat == "mean":
        if a["value"] is None or b["value"] is None:
            return None
        return welch_ttest(a["value"], a["sd"], a["n"] or 0, b["value"], b["sd"], b["n"] or 0)
    if stat in ("count", "sum"):
        if a["value"] is None or b["value"] is None:
            return None
        return poisson_ztest(float(a["value"]), float(a["sumsq"] or 0), exposure_a,
                             float(b["value"]), float(b["sumsq"] or 0), exposure_b)
    return None


GROUPS_OFFERED = 12  # values named when the two asked hold no rows


def _empty_row(stat: str) -> dict[str, Any]:
    zero = 0 if stat in ("count", "sum", "proportion") else None
    return {"value": 0 if stat in ("count", "sum") else None, "numerator": zero,
            "denominator": 0 if stat == "proportion" else None, "n": 0, "sd": None, "sumsq": 0.0}


def _facts(result: AnalysisResult, mr: MetricRows, a: dict[str, Any], b: dict[str, Any],
           test: TestResult | None, label_a: str, label_b: str) -> None:
    va, vb = a["value"], b["value"]
    diff = va - vb if va is not None and vb is not None else None
    result.facts.update({"metric_id": mr.metric.id, "a": label_a, "b": label_b, "value_a": va, "value_b": vb,
                         "n_a": int(a["n"] or 0), "n_b": int(b["n"] or 0), "difference": diff,
                         "relative_difference": relative_diff(va, vb)})
    if mr.journey_id:
        result.facts["journey_id"] = mr.journey_id
    if test is None or test.p_value is None:
        # no test applies (medians) or the samples are too small for it
        result.notes.append("no_significance_test")
    if test is not None:
        result.facts.update({"test": test.test, "p_value": test.p_value, "ci_low": test.ci_low,
                             "ci_high": test.ci_high, "significant": test.significant,
                             "confidence": test.confidence, "statistic": test.statistic})
    result.sample_size = {label_a: int(a["n"] or 0), label_b: int(b["n"] or 0)}
    if min(result.sample_size.values()) == 0:
        result.notes.append("no_data")
    elif min(result.sample_size.values()) < SMALL_SAMPLE:
        result.notes.append("small_sample")


def compare_groups(gw: Gateway, layer: SemanticLayer, metric_id: str, dimension: str,
                   group_a: str, group_b: str, period: Period, *, filters: Filters | None = None,
                   journey_id: str | None = None, touchpoint_id: str | None = None,
                   order: str | None = None) -> AnalysisResult:
    """The metric for dimension value group_a vs group_b in one period, with a significance test. With `order`
    (desc / asc: "which of the two had more") the rows are listed by value, the answer first; else as asked."""
    layer.dimension(dimension)
    flt = {k: list(v) for k, v in (filters or {}).items()}
    flt[dimension] = [str(group_a), str(group_b)]
    mr = metric_rows(gw, layer, metric_id, period, filters=flt, group_by=dimension, journey_id=journey_id,
                     touchpoint_id=touchpoint_id)
    found = {str(r[dimension]): r for r in mr.rows if r[dimension] is not None}
    if str(group_a) not in found and str(group_b) not in found:
        # (the values that do hold this measure's rows in the period, most rows first: what the answer offers)
        held = metric_rows(gw, layer, metric_id, period, filters={k: v for k, v in flt.items() if k != dimension},
                           group_by=dimension, journey_id=journey_id, touchpoint_id=touchpoint_id)
        there = [str(r[dimension]) for r in sorted(held.rows, key=lambda r: -(r["n"] or 0))
                 if r[dimension] is not None and (r["n"] or 0) > 0]
        raise NotFoundError(f"no data for {dimension} '{group_a}' or '{group_b}' in {period}",
                            hint=f"check the raw values of {dimension} (e.g. with a breakdown) and the period",
                            code="groups_not_found",
                            details={"dimension": dimension, "asked": [str(group_a), str(group_b)],
                                     "metric": metric_id, "values": there[:GROUPS_OFFERED]})
    a = found.get(str(group_a)) or _empty_row(mr.stat)
    b = found.get(str(group_b)) or _empty_row(mr.stat)
    test = significance(mr.stat, a, b)
    # rows about touchpoints carry touchpoint_id (INTERFACE.md)
    cols = ["touchpoint_id" if dimension == "touchpoint" else dimension, "value", "n", "numerator", "denominator"]
    rows = [[g, r["value"], int(r["n"] or 0), r["numerator"], r["denominator"]]
            for g, r in ((group_a, a), (group_b, b))]
    if order in ("desc", "asc") and all(isinstance(r[1], (int, float)) for r in rows):
        rows.sort(key=lambda r: r[1], reverse=order == "desc")
    result = AnalysisResult("compare_groups", cols, rows, sql=list(mr.sql), period=period, metrics=[mr.metric.id],
                            filters=dict(filters or {}), notes=list(mr.notes))
    result.facts["dimension"] = dimension
    _facts(result, mr, a, b, test, str(group_a), str(group_b))
    return result


def _starts_before_data(gw: Gateway, m: Any, baseline: Period) -> bool:
    """Does the baseline begin before the first row of the metric's table?"""
    column = TIME_COLUMNS.get(m.table or "")
    if not column:
        return False
    rows = gw.query(f"SELECT min({column}) AS first_ts FROM {m.table}", row_cap=1).records()
    day = rows[0]["first_ts"] if rows else None
    return day is not None and baseline.start < (day.date() if hasattr(day, "date") else day)


TIME_UNITS = (("minutes", 60), ("hours", 3600), ("days", 86400))


# measures on a -100..100 scale that people also write as a fraction (NPS 19.77 = 0.1977 of respondents, net)
PERCENT_POINT_SCALES = ("nps",)


def _in_time_units(metric: Any, cols: list[str], rows: list[list[Any]]) -> None:
    """A time in seconds is also given in minutes, hours and days (people ask in those units); an NPS in points is
    also given as the net fraction of respondents (0.1977 for 19.77), as many teams write it."""
    if getattr(metric, "id", None) in PERCENT_POINT_SCALES:
        i = cols.index("value")
        cols.append("as_fraction")
        for r in rows:
            r.append(round(r[i] / 100, 6) if isinstance(r[i], (int, float)) else None)
        return
    if getattr(metric, "unit", None) != "seconds":
        return
    i = cols.index("value")
    cols += [name for name, _ in TIME_UNITS]
    for r in rows:
        v = r[i]
        r += [round(v / size, 4) if isinstance(v, (int, float)) else None for _, size in TIME_UNITS]


def _change(now: Any, base: Any) -> tuple[float | None, float | None]:
    if not isinstance(now, (int, float)) or not isinstance(base, (int, float)):
        return None, None
    return now - base, ((now - base) / base if base else None)


def _value_only(mr: MetricRows, now: dict[str, Any], period: Period, filters: Filters | None,
                touchpoint_id: str | None) -> AnalysisResult:
    cols = ["period_label", "start", "end", "value", "n"]
    rows = [[CURRENT, period.start, period.end, now["value"], int(now["n"] or 0)]]
    _in_time_units(mr.metric, cols, rows)
    result = AnalysisResult("compare_periods", cols, rows,
                            sql=list(mr.sql), period=period, metrics=[mr.metric.id], filters=dict(filters or {}),
                            notes=list(mr.notes) + ["no_baseline_data"])
    result.facts.update({"metric_id": mr.metric.id, "a": CURRENT, "value_a": now["value"], "n_a": int(now["n"] or 0)})
    if touchpoint_id:
        result.facts["touchpoint_id"] = touchpoint_id
    if mr.journey_id:
        result.facts["journey_id"] = mr.journey_id
    result.sample_size = {CURRENT: int(now["n"] or 0)}
    if not result.sample_size[CURRENT]:
        result.notes.append("no_data")
    elif result.sample_size[CURRENT] < SMALL_SAMPLE:
        result.notes.append("small_sample")
    return result


def _period_rows(gw: Gateway, layer: SemanticLayer, metric_id: str, period: Period, baseline: Period,
                 filters: Filters | None, journey_id: str | None,
                 touchpoint_id: str | None) -> tuple[MetricRows, dict[str, Any], dict[str, Any]]:
    m = resolve_metric(layer, metric_id, journey_id)
    if is_funnel_metric(m):
        now = funnel_rows(gw, layer, m, period, journey_id=journey_id, touchpoint_id=touchpoint_id, filters=filters)
        base = funnel_rows(gw, layer, m, baseline, journey_id=journey_id, touchpoint_id=touchpoint_id,
                           filters=filters)
        now.sql += base.sql
        now.notes += [n for n in base.notes if n not in now.notes]
        return now, now.rows[0], base.rows[0]
    # one pass over both periods: a CASE label per row instead of two scans
    group, where, wparams = period_label_group(m.table or "", [(CURRENT, period), (BASELINE, baseline)])
    mr = compiled_rows(gw, layer, m, None, filters=filters, extra_groups=[group], extra_where=(where, wparams),
                       touchpoint_id=touchpoint_id)
    got = {r["period_label"]: r for r in mr.rows}
    return mr, got.get(CURRENT) or _empty_row(mr.stat), got.get(BASELINE) or _empty_row(mr.stat)


def compare_periods(gw: Gateway, layer: SemanticLayer, metric_id: str, period: Period,
                    baseline: Period | None = None, *, filters: Filters | None = None,
                    journey_id: str | None = None, touchpoint_id: str | None = None,
                    baseline_asked: bool = True) -> AnalysisResult:
    """The metric in `period` vs `baseline` (default: the previous period of equal length), with a test.
    A baseline nobody asked for that holds no rows at all (the period before the data begins) is left
    out: the answer is the value alone, never a comparison with "–"."""
    baseline = baseline or period.previous()
    m = resolve_metric(layer, metric_id, journey_id)
    if m.extra.get("timeless"):  # the customer list as it stands: one count, no period to compare it with
        mr = compiled_rows(gw, layer, m, None, filters=filters, touchpoint_id=touchpoint_id)
        return _value_only(mr, mr.rows[0] if mr.rows else _empty_row(mr.stat), period, filters, touchpoint_id)
    mr, now, base = _period_rows(gw, layer, metric_id, period, baseline, filters, journey_id, touchpoint_id)
    if not baseline_asked and (not int(base["n"] or 0) or _starts_before_data(gw, m, baseline)):
        # a default "period before" the data covers not at all, or only in part (H1 2025 on data from June):
        # the value alone, never a "+480 %" against days the data does not hold
        return _value_only(mr, now, period, filters, touchpoint_id)
    test = significance(mr.stat, now, base, exposure_a=period.days, exposure_b=baseline.days)
    # the change is in the table too ("how much did it grow", "% change"): the difference (pp for a rate, as a
    # fraction) and the relative change, on the current row
    change, relative = _change(now["value"], base["value"])
    cols = ["period_label", "start", "end", "value", "n", "change", "relative_change"]
    rows = [[CURRENT, period.start, period.end, now["value"], int(now["n"] or 0), change, relative],
            [BASELINE, baseline.start, baseline.end, base["value"], int(base["n"] or 0), None, None]]
    _in_time_units(mr.metric, cols, rows)
    result = AnalysisResult("compare_periods", cols, rows, sql=list(mr.sql), period=period, metrics=[mr.metric.id],
                            filters=dict(filters or {}), notes=list(mr.notes))
    result.facts.update({"baseline_start": baseline.start, "baseline_end": baseline.end})
    if touchpoint_id:
        result.facts["touchpoint_id"] = touchpoint_id
    _facts(result, mr, now, base, test, CURRENT, BASELINE)
    if period.days != baseline.days and mr.stat in ("count", "sum"):
        # the test compares per-day rates; say so, and give those rates
        result.notes.append("periods_differ_in_length")
        result.facts["per_day_current"] = (now["value"] or 0) / period.days
        result.facts["per_day_baseline"] = (base["value"] or 0) / baseline.days
    return result
