"""A rate the asker defines from two counts: "应答率 = 司机接单数 / 叫车请求数", "failed payments / all payment attempts";
or an amount per person ("spend per paying customer" = revenue / buyers: a total over a count); or one recorded
amount's total over another's ("rounds completed / rounds planned").

Each side is a count metric of the semantic layer (events, people, orders, comments) restricted by its own
filters (the steps or values the side names); the filters of the question apply to both. Both sides are
computed by the layer's own compiled queries (one per side, grouped alike), so the definition of every
count stays the one in metrics.yaml and user values only travel as parameters. The result states both
counts next to the rate, and says so when the numerator is not part of the denominator (a rate above 1).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from knowledge.analyses.breakdown import PERIOD_LABELS, period_label
from knowledge.analyses.metric_values import metric_rows
from knowledge.analyses.stats import SMALL_SAMPLE
from knowledge.errors import AnalysisError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.compile import metric_stat
from knowledge.semantic.layer import SemanticLayer

MIN_RANKED_N = 5
"""A group whose denominator is below this is shown but not ranked among the others."""


@dataclass(frozen=True)
class RatioSide:
    """One side of the rate: a count metric and the filters of that side only."""

    metric_id: str
    filters: Filters = field(default_factory=dict)


def _merged(shared: Filters | None, own: Filters) -> Filters:
    """The question's filters and the side's; a side that names a value of the same dimension narrows it."""
    out = {k: list(v) for k, v in (shared or {}).items()}
    for k, v in own.items():
        out[k] = [x for x in v if x in out[k]] if k in out and set(out[k]) & set(v) else list(v)
    return out


def _side_rows(gw: Gateway, layer: SemanticLayer, side: RatioSide, period: Period, shared: Filters | None,
               dimension: str | None, *, amount: bool = False) -> tuple[dict[Any, float], list[str], list[str]]:
    """`amount`: the side may be a total (revenue over buyers: an amount per person), the numerator only."""
    m = layer.metric(side.metric_id)
    if metric_stat(m) not in (("count", "sum") if amount else ("count",)) or m.kind == "analysis":
        raise AnalysisError(f"'{side.metric_id}' is not a count, so it cannot be one side of a rate",
                            hint="use a count metric such as events, active_customers, orders, buyers or feedback_volume",
                            code="ratio_side_not_count")
    mr = metric_rows(gw, layer, side.metric_id, period, filters=_merged(shared, side.filters), group_by=dimension)
    key = dimension or ""
    values = {(r.get(key) if dimension else None): float(r["value"] or 0) for r in mr.rows}
    return values, list(mr.sql), list(mr.notes)


def defined_ratio(gw: Gateway, layer: SemanticLayer, numerator: RatioSide, denominator: RatioSide, period: Period, *,
                  filters: Filters | None = None, dimension: str | None = None, order: str = "desc",
                  top_n: int | None = None, name: str | None = None, min_n: int = MIN_RANKED_N,
                  min_group: int | None = None, ranked: bool = False) -> AnalysisResult:
    """numerator / denominator over `period`, in total or per value of `dimension` (columns
    [<dimension>,] value, numerator, denominator), sorted by value when grouped (by time when the
    dimension is a time grain, unless `ranked`: "which month had the highest rate")."""
    if order not in ("desc", "asc"):
        raise AnalysisError(f"unknown order '{order}'", hint="use desc or asc", code="bad_order")
    if dimension:
        layer.dimension(dimension)
    num, sql_n, notes_n = _side_rows(gw, layer, numerator, period, filters, dimension, amount=True)
    # ("share of revenue from fleet bills": an amount over the same amount's total is a share; an amount over a
    # count, "spend per paying customer", is an amount per person)
    same_amount = numerator.metric_id == denominator.metric_id
    # ("rounds completed / rounds planned": one recorded amount over another, summed alike — a ratio of totals)
    num_summed = metric_stat(layer.metric(numerator.metric_id)) == "sum"
    den, sql_d, notes_d = _side_rows(gw, layer, denominator, period, filters, dimension,
                                     amount=same_amount or num_summed)
    per_unit = num_summed and not same_amount and metric_stat(layer.metric(denominator.metric_id)) != "sum"
    recs = []
    for k in dict.fromkeys([*den, *num]):
        a, b = num.get(k, 0.0), den.get(k, 0.0)
        recs.append({"_label": k, "value": a / b if b else None, "numerator": a, "denominator": b})
    time_axis = dimension in ("day", "week", "month", "quarter", "year") and not ranked
    # "among provinces with at least 500 paid orders": groups whose denominator is smaller are left out
    below = [r for r in recs if dimension and not time_axis and min_group and r["denominator"] < min_group]
    recs = [r for r in recs if r not in below]
    if dimension and time_axis:
        recs.sort(key=lambda r: (r["_label"] is None, str(r["_label"])))
    elif dimension:
        sign = -1 if order == "desc" else 1
        recs.sort(key=lambda r: (r["value"] is None, r["_label"] is None, r["denominator"] < min_n,
                                 sign * (r["value"] or 0), str(r["_label"])))
    groups = len(recs)
    if dimension and not time_axis and top_n is not None and groups > top_n:
        recs = recs[:top_n]
    if dimension in PERIOD_LABELS:
        for r in recs:
            r["_label"] = period_label(r["_label"], dimension)
    cols = ["value", "numerator", "denominator"]
    if dimension:
        columns = [dimension, *cols]
        rows = [[r["_label"], *(r[c] for c in cols)] for r in recs]
    else:
        total = recs[0] if recs else {"value": None, "numerator": 0.0, "denominator": 0.0}
        columns, rows = cols, [[total[c] for c in cols]]
    res = AnalysisResult("defined_ratio", columns, rows, sql=sql_n + sql_d, period=period,
                         metrics=list(dict.fromkeys([numerator.metric_id, denominator.metric_id])),
                         filters=dict(filters or {}), notes=list(dict.fromkeys(notes_n + notes_d)))
    all_num, all_den = sum(num.values()), sum(den.values())
    res.sample_size = {"n": int(all_den)}
    res.facts = {"name": name, "numerator_metric": numerator.metric_id, "denominator_metric": denominator.metric_id,
                 "numerator_filters": numerator.filters, "denominator_filters": denominator.filters,
                 "numerator": all_num, "denominator": all_den, "value": all_num / all_den if all_den else None,
                 "groups": groups}
    if below or (min_group and dimension):
        res.facts.update({"min_group": min_group, "groups_below_min": len(below)})
    if dimension:
        res.facts["dimension"] = dimension
        ranked = [r for r in recs if r["value"] is not None and r["denominator"] >= min_n] or \
            [r for r in recs if r["value"] is not None]
        if ranked and not time_axis:
            res.facts.update({"top_value": ranked[0]["_label"], "top_metric_value": ranked[0]["value"],
                              "bottom_value": ranked[-1]["_label"], "bottom_metric_value": ranked[-1]["value"]})
        unranked = [r["_label"] for r in recs if r["value"] is not None and r["denominator"] < min_n]
        if unranked and not time_axis:
            res.facts["unranked_groups"] = unranked
        if top_n is not None and groups > len(recs):
            res.notes.append("top_n")
    if per_unit:
        res.notes.append("amount_per_unit")  # an amount per person or case, never a share
    if not all_den:
        res.notes.append("no_data")
    elif not per_unit and any(r["numerator"] > r["denominator"] for r in recs):
        # "requests / trips" is a ratio, not a share: said, never shown as a percentage above 100 % silently
        res.notes.append("numerator_not_in_denominator")
    elif any(0 < r["denominator"] < SMALL_SAMPLE for r in recs):
        res.notes.append("small_sample")
    return res
