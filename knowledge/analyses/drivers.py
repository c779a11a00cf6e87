"""Why a rate changed: split the change between two periods by segment into rate and mix effects.

A rate metric over segments i is R = sum_i w_i r_i, with weight w_i = den_i / sum(den) (the
segment's share of the denominator; for means, of the count) and rate r_i = num_i / den_i.
Between baseline (0) and current (1), with midpoints w̄ = (w0 + w1) / 2 and r̄ = (r0 + r1) / 2:

    rate_effect_i = w̄_i (r1_i - r0_i)        mix_effect_i = r̄_i (w1_i - w0_i)
    total_effect_i = rate_effect_i + mix_effect_i = w1_i r1_i - w0_i r0_i

so the effects add up exactly to R1 - R0 (the symmetric, Shapley split of a product: neither
period is privileged). A segment absent from one period has no rate there; it takes the
other period's rate, so its whole effect is mix. Counts and sums have no mix: a segment's
effect is simply its own change. When segments overlap (a customer on two devices counts
in both) the decomposed total can differ from the metric's own change (note
"segments_overlap"); facts give both.
"""
from __future__ import annotations

import math
from typing import Any, Sequence

from knowledge.analyses.metric_values import (
    MetricRows, compiled_rows, funnel_rows, is_funnel_metric, resolve_metric)
from knowledge.analyses.compare import BASELINE, CURRENT
from knowledge.errors import AnalysisError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.compile import metric_stat, period_label_group
from knowledge.semantic.layer import ALIASES, JOINS, Dimension, Metric, SemanticLayer

STANDARD_DIMENSIONS = ("device", "channel", "segment", "region", "acquisition_channel", "tier", "day_part")
COLUMNS = ["value", "weight_base", "weight_now", "rate_base", "rate_now", "rate_effect", "mix_effect",
           "total_effect", "share_of_change"]
RATE_STATS = ("proportion", "mean", "per_unit")
LOCALIZATION_Z = 1.645  # one-sided 5 %: a segment moved differently from the rest

Pair = tuple[float | None, float | None]  # (numerator, denominator) of one segment
Splits = dict[str, tuple[dict[Any, Pair], dict[Any, Pair]]]  # dimension -> (baseline, current) pairs


def decompose(base: dict[Any, Pair], now: dict[Any, Pair], *, additive: bool = False) -> list[dict[str, Any]]:
    """Rows of COLUMNS (value = segment) for segment -> (numerator, denominator) in two periods."""
    keys = list(dict.fromkeys(list(now) + list(base)))
    if additive:
        rows = []
        for k in keys:
            b = float(base.get(k, (0, None))[0] or 0)
            n = float(now.get(k, (0, None))[0] or 0)
            rows.append({"value": k, "weight_base": None, "weight_now": None, "rate_base": b, "rate_now": n,
                         "rate_effect": None, "mix_effect": None, "total_effect": n - b})
        return _shares(rows)
    den0 = sum(float(d or 0) for _, d in base.values())
    den1 = sum(float(d or 0) for _, d in now.values())
    rows = []
    for k in keys:
        n0, d0 = base.get(k, (None, None))
        n1, d1 = now.get(k, (None, None))
        w0 = float(d0 or 0) / den0 if den0 else 0.0
        w1 = float(d1 or 0) / den1 if den1 else 0.0
        r0 = float(n0 or 0) / float(d0) if d0 else None
        r1 = float(n1 or 0) / float(d1) if d1 else None
        if r0 is None and r1 is None:
            continue
        r0e = r1 if r0 is None else r0
        r1e = r0 if r1 is None else r1
        rate_effect = (w0 + w1) / 2 * (r1e - r0e)
        mix_effect = (r0e + r1e) / 2 * (w1 - w0)
        rows.append({"value": k, "weight_base": w0, "weight_now": w1, "rate_base": r0, "rate_now": r1,
                     "rate_effect": rate_effect, "mix_effect": mix_effect, "total_effect": rate_effect + mix_effect})
    return _shares(rows)


def _shares(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    total = sum(r["total_effect"] for r in rows)
    for r in rows:
        r["share_of_change"] = r["total_effect"] / total if total else None
    # biggest contributor in the direction of the change first
    sign = -1.0 if total < 0 else 1.0
    rows.sort(key=lambda r: (-sign * r["total_effect"], str(r["value"])))
    return rows


def _pairs(rows: list[dict[str, Any]], dim: str, label: str | None = None) -> dict[Any, Pair]:
    return {r[dim]: (r["numerator"], r["denominator"]) for r in rows
            if label is None or r.get("period_label") == label}


MAX_EXTRA_DRIVERS = 6  # the company's own columns tried as drivers (each adds a grouping to the pass)


def _candidate_dimensions(layer: SemanticLayer, base: str, filters: Filters | None) -> list[str]:
    flt = filters or {}
    # a dimension pinned to one value by the filters cannot explain anything
    standard = [d for d in STANDARD_DIMENSIONS if d in layer.dimensions and layer.supports(d, base)
                and len(flt.get(d) or []) != 1]
    # the company's own columns (city, plan, product line …) explain changes as well as ours do;
    # identifier columns (…_id) have too many values to be a driver
    extras = [d.id for d in layer.dimensions.values() if d.source_column and not d.source_column.lower().endswith("id")
              and layer.supports(d.id, base) and len(flt.get(d.id) or []) != 1]
    return standard + extras[:MAX_EXTRA_DRIVERS]


def _compiled_splits(gw: Gateway, layer: SemanticLayer, m: Metric, period: Period, baseline: Period,
                     dims: Sequence[str], filters: Filters | None, touchpoint_id: str | None,
                     ) -> tuple[Splits, dict[str, Any], MetricRows]:
    """Both periods for every dimension in as few passes as the metric allows.

    Plain metrics: one pass, GROUPING SETS over (period, dim) and (period). Distinct-unit metrics
    (customers, sessions) would need count(DISTINCT) per grouping set, which DuckDB runs far
    slower; there customer attributes (one value per customer) still share one grouping-sets
    pass over the per-customer rows, and event-level dimensions get one two-stage query each.
    """
    group, where, wparams = period_label_group(m.table or "", [(CURRENT, period), (BASELINE, baseline)])
    unit = m.extra.get("unit_key")
    if not unit:
        return _grouping_sets_pass(gw, layer, m, dims, group, (where, wparams), filters, touchpoint_id)
    per_customer = unit.endswith(".customer_id")
    shared = [d for d in dims if per_customer and layer.dimension(d).via == "customers"]
    out, totals, mr = _grouping_sets_pass(gw, layer, m, shared, group, (where, wparams), filters, touchpoint_id)
    for d in dims:
        if d in shared:
            continue
        one = compiled_rows(gw, layer, m, None, filters=filters, group_by=[d], extra_groups=[group],
                            extra_where=(where, wparams), touchpoint_id=touchpoint_id)
        out[d] = (_pairs(one.rows, d, BASELINE), _pairs(one.rows, d, CURRENT))
        mr.sql += one.sql
    return out, totals, mr


def _grouping_sets_pass(gw: Gateway, layer: SemanticLayer, m: Metric, dims: Sequence[str], group: Any,
                        where: tuple[str, list[Any]], filters: Filters | None, touchpoint_id: str | None,
                        ) -> tuple[Splits, dict[str, Any], MetricRows]:
    """One query: GROUPING SETS over (period, dim) for each dim, and (period) for the totals."""
    sets = [["period_label", d] for d in dims] + [["period_label"]]
    mr = compiled_rows(gw, layer, m, None, filters=filters, group_by=dims, extra_groups=[group],
                       extra_where=where, grouping_sets=sets, touchpoint_id=touchpoint_id)
    width = len(dims) + 1
    out: Splits = {d: ({}, {}) for d in dims}
    totals: dict[str, Any] = {}
    for r in mr.rows:
        g = r["_grouping"]
        label = r["period_label"]
        if g == (1 << width) - 2:  # every dimension rolled up, only the period kept
            totals[label] = r
            continue
        for i, d in enumerate(dims):
            # GROUPING bit of dimension i is 0 when the row is grouped by it
            if not g & (1 << (width - 1 - i)):
                out[d][0 if label == BASELINE else 1][r[d]] = (r["numerator"], r["denominator"])
    return out, totals, mr


KEY_DIM, KEY_SEP, KEY_NULL = "_driver_key", "\x1f", "\x1e"


def _composite_layer(layer: SemanticLayer, dims: Sequence[str]) -> SemanticLayer | None:
    """A copy of the layer with one private dimension packing every dim's value of an event.

    A funnel assigns each customer to the group of their entry event, so grouping once by the
    packed key and summing per component gives every single-dimension funnel from two funnel
    runs instead of two per dimension. None when a dim needs a join other than customers.
    """
    customers_join = JOINS["customers"].format(a=ALIASES["events"])
    parts = []
    from knowledge.analyses.funnel import group_expression
    for d in dims:
        expr, joins = group_expression(layer, d)
        if any(j != customers_join for j in joins):
            return None
        parts.append(f"coalesce(CAST({expr} AS VARCHAR), chr(30))")
    key = Dimension(KEY_DIM, {"zh": KEY_DIM, "en": KEY_DIM}, {"zh": [], "en": []}, {"zh": KEY_DIM, "en": KEY_DIM},
                    sql={"customers": "concat_ws(chr(31), " + ", ".join(parts) + ")"}, via="customers")
    return SemanticLayer(layer.metrics, {**layer.dimensions, KEY_DIM: key})


def _unpack(rows: list[dict[str, Any]], n_dims: int) -> list[dict[Any, Pair]]:
    """Per dimension index: value -> summed (numerator, denominator) over the packed-key groups."""
    out: list[dict[Any, list[float | None]]] = [{} for _ in range(n_dims)]
    for r in rows:
        values = [None if v == KEY_NULL else v for v in str(r[KEY_DIM]).split(KEY_SEP)]
        for i, v in enumerate(values):
            acc = out[i].setdefault(v, [None, None])
            for j, col in enumerate(("numerator", "denominator")):
                if r[col] is not None:
                    acc[j] = (acc[j] or 0) + r[col]
    return [{k: (v[0], v[1]) for k, v in d.items()} for d in out]


def _funnel_splits(gw: Gateway, layer: SemanticLayer, m: Metric, period: Period, baseline: Period,
                   dims: Sequence[str], filters: Filters | None, journey_id: str | None, touchpoint_id: str | None,
                   ) -> tuple[Splits, dict[str, Any], list[str], list[str]]:
    """Funnel metric pairs per dimension value in both periods (two funnel runs when possible)."""
    out: Splits = {}
    sql: list[str] = []
    notes: list[str] = []
    jid = None
    # dims the derived funnel table carries are packed into one key (two funnel runs for all of them); a
    # company's own event column (course_level) lives only in raw events and runs on its own
    from knowledge.analyses.sessions import derived_can_answer
    derivable = [d for d in dims if derived_can_answer(layer, {d: ["*"]}, customer_dims=True, event_time=True)]
    packed = _composite_layer(layer, derivable) if len(derivable) > 1 else None
    plans = ([(packed, KEY_DIM)] if packed else []) + [(layer, d) for d in dims if not packed or d not in derivable]
    for lay, group in plans:
        runs = [funnel_rows(gw, lay, m, p, journey_id=journey_id, touchpoint_id=touchpoint_id, filters=filters,
                            group_by=group, notes=notes) for p in (baseline, period)]
        sql += runs[1].sql + runs[0].sql
        jid = runs[1].journey_id
        if group == KEY_DIM:
            base_split, now_split = _unpack(runs[0].rows, len(derivable)), _unpack(runs[1].rows, len(derivable))
            out.update({d: (base_split[i], now_split[i]) for i, d in enumerate(derivable)})
        else:
            out[group] = (_pairs(runs[0].rows, group), _pairs(runs[1].rows, group))
    # a funnel customer belongs to exactly one group (their entry), so groups partition the totals
    totals = {}
    if dims:
        for label, pairs in ((BASELINE, out[dims[0]][0]), (CURRENT, out[dims[0]][1])):
            num = sum(float(p[0] or 0) for p in pairs.values())
            den = sum(float(p[1] or 0) for p in pairs.values())
            value = num if metric_stat(m) not in RATE_STATS else (num / den if den else None)
            totals[label] = {"numerator": num, "denominator": den, "value": value}
    return out, {**totals, "journey_id": jid}, sql, notes


def _score(rows: list[dict[str, Any]]) -> float:
    """How cleanly one value explains the change: its effect over all segments' absolute effects.

    Rows come sorted with the biggest contributor in the direction of the change first. Using
    the absolute movement (not the net change) as the denominator keeps a split whose segments
    cancel each other (+20 pp here, -25 pp there) from looking like an explanation.
    """
    if not rows:
        return float("-inf")
    moved = sum(abs(r["total_effect"]) for r in rows)
    total = sum(r["total_effect"] for r in rows)
    top = rows[0]["total_effect"]
    if not moved or (total and top * total < 0):
        return 0.0
    return abs(top) / moved


def _localization_z(base: dict[Any, Pair], now: dict[Any, Pair], direction: float) -> float:
    """Largest difference-in-differences z of one segment against all the others, signed toward the change.

    A dimension explains a rate change when one of its segments moved and the rest did not. The
    z-test on (change of the segment - change of the rest) weighs that by sample size, so a big
    swing in a handful of customers does not beat a clear break in a large segment; a share-of-
    effect score alone lets noise in small segments win on small data.
    """
    keys = list(dict.fromkeys(list(base) + list(now)))

    def rate(side: dict[Any, Pair], members: list[Any]) -> tuple[float, float]:
        # Agresti-Caffo: one success and one failure added, so 0 % or 100 % in a small segment
        # does not get a zero variance and an infinite z
        num = sum(float(side[k][0] or 0) for k in members if k in side)
        den = sum(float(side[k][1] or 0) for k in members if k in side)
        return ((num + 1) / (den + 2) if den else float("nan")), den + 2 if den else 0.0

    best = 0.0
    for g in keys:
        rest = [k for k in keys if k != g]
        if not rest:
            continue
        parts = [rate(base, [g]), rate(now, [g]), rate(base, rest), rate(now, rest)]
        if any(n <= 0 for _, n in parts):
            continue
        var = sum(r * (1 - r) / n for r, n in parts)
        if var <= 0:
            continue
        (r0g, _), (r1g, _), (r0o, _), (r1o, _) = parts
        z = ((r1g - r0g) - (r1o - r0o)) / math.sqrt(var)
        best = max(best, z * direction)
    return best


def driver_decomposition(gw: Gateway, layer: SemanticLayer, metric_id: str, period: Period,
                         baseline: Period | None = None, *, dimension: str | None = None,
                         filters: Filters | None = None, journey_id: str | None = None,
                         touchpoint_id: str | None = None) -> AnalysisResult:
    """Split the change of a metric from baseline to period by segment into rate and mix effects."""
    baseline = baseline or period.previous()
    m = resolve_metric(layer, metric_id, journey_id)
    stat = metric_stat(m)
    if stat not in RATE_STATS + ("count", "sum"):
        raise AnalysisError(f"the change of '{m.id}' cannot be split by segment ({stat})",
                            hint="use compare_periods and a breakdown instead", code="not_decomposable")
    funnel_based = is_funnel_metric(m)
    base_table = "events" if funnel_based else (m.table or "")
    if dimension is not None:
        layer.dimension_expr(dimension, base_table)  # raises a clear error when it does not apply
        dims = [dimension]
    else:
        dims = _candidate_dimensions(layer, base_table, filters)
    if not dims:
        raise AnalysisError(f"no dimension can split '{m.id}'", hint="pass a dimension", code="no_dimension")
    notes: list[str] = []
    if funnel_based:
        splits, totals, sql, fnotes = _funnel_splits(gw, layer, m, period, baseline, dims, filters, journey_id,
                                                     touchpoint_id)
        notes += fnotes
        jid = totals.pop("journey_id")
    else:
        splits, totals, mr = _compiled_splits(gw, layer, m, period, baseline, dims, filters, touchpoint_id)
        sql, jid = list(mr.sql), None
        notes += mr.notes
    additive = stat not in RATE_STATS
    # a dimension the data leaves empty (one "not given" group) or with one value explains nothing
    informative = [d for d in dims if len({k for side in splits[d] for k in side if k is not None}) >= 2]
    if informative and dimension is None:
        dims = informative
        splits = {d: splits[d] for d in dims}
    per_dim = {d: decompose(b, n, additive=additive) for d, (b, n) in splits.items()}
    if stat == "proportion" and len(dims) > 1:
        direction = -1.0 if sum(r["total_effect"] for r in next(iter(per_dim.values()))) < 0 else 1.0
        loc = {d: _localization_z(*splits[d], direction) for d in dims}
        if max(loc.values()) >= LOCALIZATION_Z:
            best = max(dims, key=lambda d: (round(loc[d], 9), _score(per_dim[d]), -dims.index(d)))
        else:  # no segment breaks away significantly: fall back to the clearest share of the movement
            best = max(dims, key=lambda d: (_score(per_dim[d]), -dims.index(d)))
    else:
        loc = {}
        best = max(dims, key=lambda d: (_score(per_dim[d]), -dims.index(d)))
    rows_d = per_dim[best]
    value_now = (totals.get(CURRENT) or {}).get("value")
    value_base = (totals.get(BASELINE) or {}).get("value")
    total_change = sum(r["total_effect"] for r in rows_d)
    first_col = "touchpoint_id" if best == "touchpoint" else best  # INTERFACE.md: rows about touchpoints
    result = AnalysisResult("driver_decomposition", [first_col] + COLUMNS[1:],
                            [[r["value"]] + [r[c] for c in COLUMNS[1:]] for r in rows_d], sql=sql, period=period,
                            metrics=[m.id], filters=dict(filters or {}), notes=notes)
    result.facts = {"metric_id": m.id, "dimension": best, "dimensions_tried": list(dims),
                    "baseline_start": baseline.start, "baseline_end": baseline.end,
                    "total_change": total_change, "value_now": value_now, "value_base": value_base}
    if not additive:
        result.facts["rate_effect_total"] = sum(r["rate_effect"] for r in rows_d)
        result.facts["mix_effect_total"] = sum(r["mix_effect"] for r in rows_d)
    if jid:
        result.facts["journey_id"] = jid
    if touchpoint_id:
        result.facts["touchpoint_id"] = touchpoint_id
    if rows_d:
        top = rows_d[0]
        result.facts.update({"top_value": top["value"], "top_effect": top["total_effect"],
                             "top_share": top["share_of_change"], "explained_share": _score(rows_d)})
        if best in loc:
            result.facts["localization_z"] = loc[best]
    if value_now is not None and value_base is not None and abs((value_now - value_base) - total_change) > 1e-9:
        result.notes.append("segments_overlap")
        result.facts["metric_change"] = value_now - value_base
    result.sample_size = {CURRENT: int((totals.get(CURRENT) or {}).get("denominator") or 0),
                          BASELINE: int((totals.get(BASELINE) or {}).get("denominator") or 0)}
    if additive:
        result.sample_size = {CURRENT: int(float((totals.get(CURRENT) or {}).get("value") or 0)),
                              BASELINE: int(float((totals.get(BASELINE) or {}).get("value") or 0))}
    if not rows_d:
        result.notes.append("no_data")
    elif not additive and not result.sample_size[BASELINE]:
        # nothing to compare with: the whole current value shows up as "mix"
        result.notes.append("no_baseline_data")
    return result
