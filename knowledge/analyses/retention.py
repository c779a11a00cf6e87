"""Repurchase cohorts: customers by the month/week of their first paid order, and who bought again.

A customer's first paid order is their earliest order ever with status paid (or no status);
the cohort holds customers whose first paid order falls in the period. They repurchased
when their next paid order (by ts, then order_id, so same-timestamp orders count) comes no
later than first order + window_days (inclusive). Cohort members whose window reaches past
the last order in the data may still repurchase: they are counted as `incomplete`.
"""
from __future__ import annotations

from typing import Any

from knowledge.analyses.journey_common import SMALL_SAMPLE, rate
from knowledge.errors import AnalysisError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer

COLUMNS = ["cohort", "customers", "repurchased", "repurchase_rate", "incomplete"]
GRAINS = ("month", "week")
DAY_MIN_RANKED = 5  # a group with fewer eligible customers is shown but ranked after the others
PAID = "(o.status IS NULL OR lower(o.status) = 'paid')"


def _cohort_sql(layer: SemanticLayer, period: Period, window_days: int, grain: str,
                filters: Filters | None, group_by: str | None) -> tuple[str, list[Any]]:
    conds, params, joins = layer.where(filters, "orders")
    g = "NULL"
    if group_by:
        g, gjoins = layer.dimension_expr(group_by, "orders")
        joins = joins + [j for j in gjoins if j not in joins]
    where = " AND ".join([PAID, *conds])
    w = int(window_days)
    sql = (f"WITH paid AS (SELECT o.customer_id, o.ts, o.order_id, ({g}) AS g FROM orders o {' '.join(joins)} "
           f"WHERE {where}),\n"
           "ranked AS (SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY ts, order_id) AS rn FROM paid),\n"
           "firsts AS (SELECT customer_id, ts AS t1, g FROM ranked WHERE rn = 1 AND ts >= ? AND ts < ?),\n"
           "seconds AS (SELECT customer_id, ts AS t2 FROM ranked WHERE rn = 2),\n"
           "last_order AS (SELECT max(ts) AS t_end FROM orders)\n"
           f"SELECT g, CAST(date_trunc('{grain}', f.t1) AS DATE) AS cohort, count(*) AS customers, "
           f"count(*) FILTER (WHERE s.t2 <= f.t1 + INTERVAL {w} DAY) AS repurchased, "
           f"count(*) FILTER (WHERE (s.t2 IS NULL OR s.t2 > f.t1 + INTERVAL {w} DAY) "
           f"AND f.t1 + INTERVAL {w} DAY > l.t_end) AS incomplete "
           "FROM firsts f LEFT JOIN seconds s USING (customer_id) CROSS JOIN last_order l "
           "GROUP BY g, cohort ORDER BY g NULLS LAST, cohort")
    return sql, [*params, period.start_ts, period.end_ts]


RANK_COLUMNS = ["customers", "repurchased", "repurchase_rate", "incomplete"]


def retention_cohorts(gw: Gateway, layer: SemanticLayer, period: Period, *, window_days: int = 30,
                      grain: str = "month", filters: Filters | None = None,
                      group_by: str | None = None, order: str | None = None) -> AnalysisResult:
    """Cohorts of first-time buyers in the period and their repurchase rate within window_days.

    With `group_by` every cohort is split by the dimension; with `order` as well ("which channel's customers
    repurchase least") the groups are ranked instead: one row per group over all its cohorts, by rate, groups
    with fewer than DAY_MIN_RANKED customers after the others.
    """
    if order not in (None, "desc", "asc"):
        raise AnalysisError(f"unknown order '{order}'", hint="use desc or asc", code="bad_order")
    if grain not in GRAINS:
        raise AnalysisError(f"unknown cohort grain '{grain}'", hint="use 'month' or 'week'", code="bad_argument")
    if int(window_days) < 1:
        raise AnalysisError("window_days must be at least 1", hint="e.g. 30 for a 30-day repurchase window",
                            code="bad_argument")
    sql, params = _cohort_sql(layer, period, window_days, grain, filters, group_by)
    res = gw.query(sql, params, row_cap=100_000)
    rows: list[list[Any]] = []
    for g, cohort, n, rep, inc in res.rows:
        row = [cohort, int(n), int(rep), rate(int(rep), int(n)), int(inc)]
        rows.append(([g] if group_by else []) + row)
    columns = ([group_by] if group_by else []) + COLUMNS
    result = AnalysisResult("retention_cohorts", columns, rows, sql=[sql], period=period,
                            metrics=["repurchase_rate"], filters=dict(filters or {}))
    off = 1 if group_by else 0
    total = sum(r[off + 1] for r in rows)
    repurchased = sum(r[off + 2] for r in rows)
    incomplete = sum(r[off + 4] for r in rows)
    result.sample_size = {"customers": total}
    result.facts = {"window_days": int(window_days), "grain": grain, "customers": total,
                    "repurchased": repurchased, "repurchase_rate": rate(repurchased, total),
                    "incomplete": incomplete}
    if group_by:
        by: dict[Any, list[int]] = {}
        for r in rows:
            acc = by.setdefault(r[0], [0, 0])
            acc[0] += r[2]
            acc[1] += r[3]
        result.facts["group_repurchase_rate"] = {g: rate(v[1], v[0]) for g, v in by.items()}
        if order:
            _rank_groups(result, rows, group_by, order)
    if total == 0:
        result.notes.append("no_data")
    elif total < SMALL_SAMPLE:
        result.notes.append("small_sample")
    if incomplete:
        result.notes.append("incomplete_window")
    return result


def _rank_key(group: Any, value: float | None, size: int, order: str) -> tuple[Any, ...]:
    """Groups by rate in the asked order: no rate, no group, fewer than DAY_MIN_RANKED customers last."""
    return (value is None, group is None, size < DAY_MIN_RANKED, (-1 if order == "desc" else 1) * (value or 0), str(group))


def _rank_groups(result: AnalysisResult, rows: list[list[Any]], group_by: str, order: str) -> None:
    """Replace the cohort-by-group rows with one ranked row per group (sums over its cohorts)."""
    acc: dict[Any, list[int]] = {}
    for g, _cohort, n, rep, _r, inc in rows:
        a = acc.setdefault(g, [0, 0, 0])
        a[0] += n
        a[1] += rep
        a[2] += inc
    recs = [[g, n, rep, rate(rep, n), inc] for g, (n, rep, inc) in acc.items()]
    recs.sort(key=lambda r: _rank_key(r[0], r[3], r[1], order))
    result.columns = [group_by, *RANK_COLUMNS]
    result.rows = recs
    result.facts["dimension"] = group_by
    result.facts["order"] = order
    ranked = [r for r in recs if r[3] is not None and r[1] >= DAY_MIN_RANKED and r[0] is not None]
    if ranked:
        result.facts.update({"top_value": ranked[0][0], "top_metric_value": ranked[0][3]})


def repurchase_rate(gw: Gateway, layer: SemanticLayer, period: Period, *, window_days: int = 30,
                    filters: Filters | None = None) -> float | None:
    """The repurchase_rate metric value: repurchased / first-time buyers in the period (None if none)."""
    return retention_cohorts(gw, layer, period, window_days=window_days, filters=filters).facts["repurchase_rate"]


DAY_COLUMNS = ["retention_rate", "retained", "eligible", "cohort", "not_yet_observable"]


def day_n_retention(gw: Gateway, layer: SemanticLayer, period: Period, *, day: int,
                    start_touchpoint: str | None = None, return_touchpoint: str | None = None, within: bool = False,
                    filters: Filters | None = None, group_by: str | None = None, order: str = "desc",
                    top_n: int | None = None) -> AnalysisResult:
    """Day-N retention ("D7", "次日留存"): customers whose first start event (the start touchpoint, else their first
    event of any kind) falls in the period, and the share of them with a return event (the return touchpoint, else
    any event) on calendar day N after it (day 0 = the start day), or on any of days 1..N when `within`.

    Filters and the grouping apply to the start event (Android installs; by campaign). A customer whose day N lies
    after the last day of the data cannot be observed yet: counted in `cohort`, left out of `eligible`.
    """
    if int(day) < 1:
        raise AnalysisError("day must be at least 1", hint="e.g. 1 for next-day retention, 7 for D7",
                            code="bad_argument")
    if order not in ("desc", "asc"):
        raise AnalysisError(f"unknown order '{order}'", hint="use desc or asc", code="bad_order")
    conds, params, joins = layer.where(filters, "events")
    g = "NULL"
    if group_by:
        g, gjoins = layer.dimension_expr(group_by, "events")
        joins = joins + [j for j in gjoins if j not in joins]
    start = ["e.touchpoint_id = ?"] if start_touchpoint else []
    where = " AND ".join(start + conds) or "TRUE"
    back_cond = "r.touchpoint_id = ?" if return_touchpoint else "TRUE"
    n = int(day)
    when = f"BETWEEN 1 AND {n}" if within else f"= {n}"
    sql = (f"WITH starts AS (SELECT e.customer_id, e.ts, ({g}) AS g, row_number() OVER "
           f"(PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) AS rn FROM events e {' '.join(joins)} WHERE {where}),\n"
           "cohort AS (SELECT customer_id, ts AS t0, g FROM starts WHERE rn = 1 AND ts >= ? AND ts < ?),\n"
           "data_end AS (SELECT CAST(max(ts) AS DATE) AS d_end FROM events),\n"
           "back AS (SELECT DISTINCT c.customer_id FROM cohort c JOIN events r ON r.customer_id = c.customer_id "
           f"WHERE {back_cond} AND date_diff('day', CAST(c.t0 AS DATE), CAST(r.ts AS DATE)) {when})\n"
           f"SELECT c.g, count(*) AS cohort, count(*) FILTER (WHERE date_diff('day', CAST(c.t0 AS DATE), d.d_end) >= {n}) "
           f"AS eligible, count(b.customer_id) FILTER (WHERE date_diff('day', CAST(c.t0 AS DATE), d.d_end) >= {n}) AS retained "
           "FROM cohort c LEFT JOIN back b USING (customer_id) CROSS JOIN data_end d GROUP BY c.g")
    args = ([start_touchpoint] if start_touchpoint else []) + list(params) + [period.start_ts, period.end_ts] + \
        ([return_touchpoint] if return_touchpoint else [])
    res = gw.query(sql, args, row_cap=100_000)
    recs = [{"g": gv, "cohort": int(c), "eligible": int(e), "retained": int(r)} for gv, c, e, r in res.rows]
    for r in recs:
        r["rate"] = rate(r["retained"], r["eligible"])
    if group_by:
        recs.sort(key=lambda r: _rank_key(r["g"], r["rate"], r["eligible"], order))
    groups = len(recs)
    shown = recs[:top_n] if group_by and top_n else recs
    rows = [([r["g"]] if group_by else []) + [r["rate"], r["retained"], r["eligible"], r["cohort"],
                                               r["cohort"] - r["eligible"]] for r in shown]
    total = {k: sum(r[k] for r in recs) for k in ("cohort", "eligible", "retained")}
    if not group_by:
        rows = [[rate(total["retained"], total["eligible"]), total["retained"], total["eligible"], total["cohort"],
                 total["cohort"] - total["eligible"]]]
    result = AnalysisResult("day_retention", ([group_by] if group_by else []) + DAY_COLUMNS, rows, sql=[sql],
                            period=period, filters=dict(filters or {}))
    result.sample_size = {"customers": total["eligible"]}
    result.facts = {"day": n, "within": bool(within), "start_touchpoint_id": start_touchpoint,
                    "return_touchpoint_id": return_touchpoint, "retention_rate": rate(total["retained"], total["eligible"]),
                    "retained": total["retained"], "eligible": total["eligible"], "cohort": total["cohort"],
                    "not_yet_observable": total["cohort"] - total["eligible"], "groups": groups}
    if group_by:
        result.facts["dimension"] = group_by
        ranked = [r for r in recs if r["rate"] is not None and r["eligible"] >= DAY_MIN_RANKED]
        if ranked:
            result.facts.update({"top_value": ranked[0]["g"], "top_metric_value": ranked[0]["rate"]})
    if total["eligible"] == 0:
        result.notes.append("no_data")
    elif total["eligible"] < SMALL_SAMPLE:
        result.notes.append("small_sample")
    if total["cohort"] > total["eligible"]:
        result.notes.append("incomplete_window")
    return result
