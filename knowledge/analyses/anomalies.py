"""Unusual days of a metric: robust z-scores against a trailing rolling median.

Method (robust, no model fitting): for each day of the period, the expected value is the
median of the previous `window` days (trailing, so a day is judged only by its past; the
series is fetched from `window` days before the period so the first days have a history).
The scale is 1.4826 x the median absolute deviation of those days (the MAD's consistency
factor for normal data), floored at the day's sampling noise, so a perfectly flat history
does not make every wobble an anomaly: sqrt(expected) for counts, sqrt(sumsq) for sums,
sqrt(p(1-p)/n) for rates, sd/sqrt(n) for means. z = (value - expected) / scale; a day is an
anomaly when |z| >= the threshold. Days without enough history (< `min_history` known days)
or without a value (a rate on a day with no sample) are not judged.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from statistics import median
from typing import Any

from knowledge.analyses.trend import ADDITIVE_STATS, series_rows
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer

MAD_TO_SD = 1.4826
DEFAULT_WINDOW = 14
MIN_HISTORY = 7


def noise_floor(stat: str, expected: float, day: dict[str, Any]) -> float:
    """Sampling noise of one day's value, the least scale a z-score divides by."""
    n = day.get("n") or 0
    if stat == "count":
        return math.sqrt(max(expected, 1.0))
    if stat == "sum":
        return math.sqrt(max(float(day.get("sumsq") or 0.0), 1.0))
    if stat == "proportion" and n:
        p = min(max(expected, 0.0), 1.0)
        return math.sqrt(max(p * (1 - p), 1.0 / n) / n)
    if stat == "mean" and n and day.get("sd"):
        return float(day["sd"]) / math.sqrt(n)
    return 1e-9 * max(abs(expected), 1.0)


def robust_scores(days: list[date], values: list[float | None], details: list[dict[str, Any]], stat: str, *,
                  window: int = DEFAULT_WINDOW, min_history: int = MIN_HISTORY,
                  judge_from: int = 0) -> list[dict[str, Any]]:
    """Expected value, scale and z for each day from index `judge_from` on (see module docstring)."""
    out = []
    for i in range(judge_from, len(days)):
        v = values[i]
        hist = [x for x in values[max(0, i - window):i] if x is not None]
        if v is None or len(hist) < min_history:
            continue
        exp = median(hist)
        mad = median([abs(x - exp) for x in hist])
        scale = max(MAD_TO_SD * mad, noise_floor(stat, exp, details[i]))
        z = (v - exp) / scale
        out.append({"day": days[i], "value": v, "expected": exp, "z": z,
                    "direction": "up" if z > 0 else "down" if z < 0 else None})
    return out


def detect_anomalies(gw: Gateway, layer: SemanticLayer, metric_id: str, period: Period, *,
                     filters: Filters | None = None, z: float = 3.0, window: int = DEFAULT_WINDOW,
                     journey_id: str | None = None, touchpoint_id: str | None = None) -> AnalysisResult:
    """Days of the period whose value is far from the trailing median (rows sorted by |z|)."""
    history = Period(period.start - timedelta(days=window), period.end)
    mr, series = series_rows(gw, layer, metric_id, history, "day", filters=filters, journey_id=journey_id,
                             touchpoint_id=touchpoint_id)
    days = [s["period_start"] for s in series]
    values = [None if s["value"] is None else float(s["value"]) for s in series]
    scored = robust_scores(days, values, series, mr.stat, window=window, judge_from=window)
    flagged = sorted((s for s in scored if abs(s["z"]) >= z), key=lambda s: (-abs(s["z"]), s["day"]))
    cols = ["day", "value", "expected", "z", "direction"]
    rows = [[s["day"], s["value"], s["expected"], s["z"], s["direction"]] for s in flagged]
    result = AnalysisResult("detect_anomalies", cols, rows, sql=list(mr.sql), period=period, metrics=[mr.metric.id],
                            filters=dict(filters or {}), notes=list(mr.notes))
    result.sample_size = {"days": len(scored)}
    result.facts = {"metric_id": mr.metric.id, "days_checked": len(scored), "anomalies": len(flagged),
                    "threshold_z": z, "window_days": window, "method": "trailing_median_mad"}
    if flagged:
        top = flagged[0]
        result.facts.update({"top_day": top["day"], "top_value": top["value"], "top_expected": top["expected"],
                             "top_z": top["z"], "top_direction": top["direction"]})
    unjudged = period.days - len(scored)
    if unjudged > 0:
        result.notes.append("insufficient_history" if mr.stat in ADDITIVE_STATS else "days_not_judged")
        result.facts["days_not_judged"] = unjudged
    return result
