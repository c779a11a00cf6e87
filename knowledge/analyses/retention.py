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


def retention_cohorts(gw: Gateway, layer: SemanticLayer, period: Period, *, window_days: int = 30,
                      grain: str = "month", filters: Filters | None = None,
                      group_by: str | None = None) -> AnalysisResult:
    """Cohorts of first-time buyers in the period and their repurchase rate within window_days."""
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
    if total == 0:
        result.notes.append("no_data")
    elif total < SMALL_SAMPLE:
        result.notes.append("small_sample")
    if incomplete:
        result.notes.append("incomplete_window")
    return result


def repurchase_rate(gw: Gateway, layer: SemanticLayer, period: Period, *, window_days: int = 30,
                    filters: Filters | None = None) -> float | None:
    """The repurchase_rate metric value: repurchased / first-time buyers in the period (None if none)."""
    return retention_cohorts(gw, layer, period, window_days=window_days, filters=filters).facts["repurchase_rate"]
