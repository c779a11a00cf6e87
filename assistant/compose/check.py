"""The answer check: before an answer may be `ok`, its first table must answer the question frame.

An answer that measures something else, drops a filter, is not grouped the way the question
asked, or has nothing to show ("No data", "–") is never `ok`: it becomes `unsupported` and
says what is missing and what can be answered instead. Trust in the number is the product.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

NUMERIC_ASKS = ("value", "comparison", "ranking", "breakdown", "trend")
GROUPED_ASKS = ("ranking", "breakdown")
# tools whose arguments carry the measure (a metric id)
METRIC_TOOLS = ("metric_trend", "metric_breakdown", "compare_groups", "compare_periods", "explain_change",
                "detect_anomalies")
FEEDBACK_TOOLS = ("feedback_themes", "feedback_search", "feedback_count", "emotion_curve")
# dimensions the feedback tools apply through their own arguments
FEEDBACK_ARG_DIMS = {"stage": "stage", "sentiment": "sentiment", "touchpoint": "touchpoint_ids"}
# the counts a defined rate may take as its part: a share of them is at most 100 %
COUNT_MEASURES = ("events", "active_customers", "orders", "buyers", "feedback_volume", "customer_count", "sessions")
VALUE_COLUMNS = ("value", "users_lost", "drop_off_rate", "exit_rate", "exits", "users", "comments", "transitions",
                 "rate", "conversion", "avg_sentiment", "customers", "n", "retention_rate", "repurchase_rate")


@dataclass
class Problem:
    """Why the first table does not answer the frame (a message key and its arguments)."""

    code: str
    args: dict[str, Any] = field(default_factory=dict)


def _first(results: list[Any]) -> Any | None:
    return next((r for r in results if getattr(r, "ok", False)), None)


def _applied_filters(result: Any) -> dict[str, set[str]]:
    """Every dimension the result was restricted by (its analysis's filters, its args, its scope arguments)."""
    out: dict[str, set[str]] = {}
    for src in (result.result.filters or {}, (result.args or {}).get("filters") or {}):
        for k, v in src.items():
            out.setdefault(k, set()).update(str(x) for x in (v if isinstance(v, (list, tuple)) else [v]))
    args = result.args or {}
    # (a defined rate's own numerator slice: "the share of booked lessons cancelled because of horse health")
    for k, v in ((args.get("numerator") or {}).get("filters") or {}).items():
        if k != "touchpoint":
            out.setdefault(k, set()).update(str(x) for x in (v if isinstance(v, (list, tuple)) else [v]))
    if args.get("touchpoint_id"):
        out.setdefault("touchpoint", set()).add(str(args["touchpoint_id"]))
    for tp in args.get("touchpoint_ids") or ():
        out.setdefault("touchpoint", set()).add(str(tp))
    if args.get("stage"):
        out.setdefault("stage", set()).add(str(args["stage"]))
    if args.get("sentiment"):
        out.setdefault("sentiment", set()).add(str(args["sentiment"]))
    if args.get("dimension") and args.get("group_a"):
        out.setdefault(str(args["dimension"]), set()).update({str(args["group_a"]), str(args.get("group_b"))})
    return out


def _values(result: Any) -> list[Any]:
    """The first value column of the analysis's rows, a missing number (NULL, NaN) as None."""
    res = result.result
    idx = [i for i, c in enumerate(res.columns) if c in VALUE_COLUMNS]
    return [None if _missing(r[i]) else r[i] for r in res.rows for i in idx[:1]]


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and not math.isfinite(v))


def check_answer(frame: Any, results: list[Any]) -> Problem | None:
    """None when the first successful result answers the frame; else the first problem found."""
    if frame is None:
        return None
    first = _first(results)
    if first is None:
        return None  # failures are reported as errors elsewhere
    res = first.result  # the typed analysis: every successful tool result carries one
    ask = frame.ask
    if ask in ("definition", "describe", "sql"):
        return None
    rows = res.rows
    if not rows and ask not in ("comments",):
        return Problem("no_rows")
    if first.name == "experiment_result" and (first.args or {}).get("outcome_touchpoint_ids") and rows and \
            "conversion_rate" in res.columns:
        rates = [r[res.columns.index("conversion_rate")] for r in rows]
        if len(rates) > 1 and (all(v == 0 for v in rates) or all(v == 1 for v in rates)):
            # ("which version got more pets jabbed": every arm at 0 % or 100 % of the step read as the outcome — the
            # step is what every arm had, or none: it tells nothing apart)
            return Problem("degenerate_outcome", {"pct": f"{rates[0]:.0%}"})
    if getattr(res, "analysis", None) in ("funnel", "step_dropoff") and (res.sample_size or {}).get("users") == 0:
        return Problem("no_rows")  # "0 人进入，0 人到达最后一步（整体转化率 –）": nobody entered, nothing to report
    if ask == "drivers" and rows and getattr(res, "analysis", None) == "compare_groups" and \
            any(v is None for v in _values(first)):
        return Problem("no_value")  # "why is 北京 less happy than 上海" with no rating of 北京 compares nothing
    if (first.args or {}).get("distinct") and frame.group_by and rows and all(r[0] is None for r in rows):
        # ("有多少个不同的孩子坐过校车" read as the values of a children column the measured rows never fill: "0 different
        # values" counts nothing)
        return Problem("group_empty", {"dim": frame.group_by})
    if ask in NUMERIC_ASKS and rows:
        vals = _values(first)
        if vals and all(v is None for v in vals):
            return Problem("no_value")
        if ask == "comparison" and vals and any(v is None for v in vals):
            return Problem("no_value")  # "9.0% vs –": a comparison with one side unknown compares nothing
        if frame.period_default and frame.baseline and vals and all(v in (0, None) for v in vals):
            # "how are the numbers compared with before?" over a window we chose: nothing on either side is no
            # answer (the data may lie elsewhere), unlike a zero over a period the asker named
            return Problem("no_rows")
        if getattr(frame, "share_asked", False) and first.name == "metric_ratio" and \
                ((first.args or {}).get("numerator") or {}).get("metric_id") in COUNT_MEASURES and \
                any(isinstance(v, (int, float)) and v > 1 + 1e-9 for v in vals):
            # ("what share of statement payments came in late": 1.04 — the part counted is not inside the whole,
            # so the number is no share of anything)
            return Problem("share_over_one")
        sizes = [r[res.columns.index("n")] for r in rows] if "n" in res.columns else []
        sliced = bool(frame.filters or frame.scope.touchpoint_ids or frame.scope.stage)
        if sliced and sizes and all(x in (0, None) for x in sizes) and vals and \
                all(v in (0, None) for v in vals):
            # "refunds (item = refund) in H2: 0 vs 0": no row of the slice in any period shown is no answer
            return Problem("no_rows")
        if ask == "ranking" and frame.group_by and frame.group_by not in ("touchpoint", "stage") and \
                all(r[0] is None for r in rows):
            # "by dress line, (not given) ranks first": the measured rows never record the column, so nothing is
            # ranked by it
            return Problem("group_empty", {"dim": frame.group_by})
        none_lost = first.name == "funnel_dropoff" and (res.sample_size or {}).get("users", 0) > 0
        if ask in ("ranking", "breakdown") and vals and all(v in (0, None) for v in vals) and not none_lost:
            return Problem("no_rows")  # a ranking of zeros ranks nothing (but nobody lost at any step is an answer)
    if frame.measure and first.name in METRIC_TOOLS:
        got = (first.args or {}).get("metric_id")
        if got and got != frame.measure:
            return Problem("other_measure", {"asked": frame.measure, "got": got})
    if frame.group_by and ask in GROUPED_ASKS:
        cols = res.columns
        want = frame.group_by
        if not (want in cols or f"{want}_id" in cols or (first.args or {}).get("dimension") == want
                or (first.args or {}).get("group_by") == want or (want == "touchpoint" and "touchpoint_id" in cols)):
            return Problem("not_grouped", {"dim": want})
    if frame.group_by and ask == "trend":
        return Problem("trend_by_group", {"dim": frame.group_by})
    if ask == "experiment":
        return None  # the variant named is the subject of the comparison, not a slice
    applied = _applied_filters(first)
    skip = {frame.group_by} if ask == "comparison" else set()
    for dim, values in (frame.filters or {}).items():
        if dim in skip or not values:
            continue
        if first.name in FEEDBACK_TOOLS and dim in ("device",):
            return Problem("filter_not_applicable", {"dim": dim, "values": list(values)})
        args = first.args or {}
        if args.get("dimension") == dim and set(values) <= set(args.get("focus") or ()):
            continue  # (the slice shown as the focused group among its column's others: "why is X so low")
        if not set(values) <= applied.get(dim, set()):
            return Problem("dropped_filter", {"dim": dim, "values": list(values)})
    scoped = frame.scope.touchpoint_ids
    if scoped and ask in ("value", "comparison", "trend", "themes", "comments", "count") and \
            frame.measure not in ("overall_conversion",):
        if not set(scoped) & applied.get("touchpoint", set()):
            return Problem("dropped_filter", {"dim": "touchpoint", "values": list(scoped)})
    return None


def frame_of_calls(results: list[Any]) -> Any:
    """The frame a language model's first tool call implies (no planner ran): its ask, measure,
    grouping and filters, so the same answer check applies to what the model asked for."""
    from assistant.planner.frame import ASKS_BY_TOOL, QuestionFrame, Scope
    # the call the answer shows: a refused or failed call the model then corrected implies nothing
    first = _first(results) or next((r for r in results if getattr(r, "name", "")), None)
    if first is None or first.name not in ASKS_BY_TOOL:
        return None
    args = first.args or {}
    asks = ASKS_BY_TOOL[first.name]
    ask = "ranking" if "ranking" in asks and args.get("order") else sorted(asks)[0]
    if first.name in ("compare_groups", "compare_periods"):
        ask = "comparison"
    typed = first.result  # None when no call succeeded: the arguments are all there is
    raw = {**((typed.filters if typed is not None else None) or {}), **(args.get("filters") or {})}
    filters = {k: tuple(str(x) for x in (v if isinstance(v, (list, tuple)) else [v])) for k, v in raw.items() if v}
    if typed is not None and typed.period is not None:
        period: tuple[str, str] | None = (typed.period.start.isoformat(), typed.period.end.isoformat())
    else:
        period = (str(args["start"]), str(args["end"])) if args.get("start") and args.get("end") else None
    tps = tuple(args.get("touchpoint_ids") or ([args["touchpoint_id"]] if args.get("touchpoint_id") else []))
    return QuestionFrame(ask=ask, measure=args.get("metric_id"), group_by=args.get("dimension") or args.get("group_by"),
                         filters=filters, scope=Scope(journey_id=args.get("journey_id"), touchpoint_ids=tps),
                         period=period)
