"""Where sessions end: exit rate per touchpoint (sessions as defined in sessions.py).

exit rate = sessions whose last event was at the touchpoint / sessions with an event at it.
Answered from the derived `session_touchpoints` table when the filters allow, else from events.
"""
from __future__ import annotations

from typing import Any

from knowledge.analyses.journey_common import SMALL_SAMPLE, existing_tables, rate, keep_top_n
from knowledge.analyses.sessions import SESSION_EVENTS, derived_can_answer, raw_session_events
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer

COLUMNS = ["touchpoint_id", "touchpoint", "sessions", "exits", "exit_rate"]


def _derived_sql(layer: SemanticLayer, period: Period, filters: Filters | None) -> tuple[str, list[Any]]:
    conds, params, joins = layer.where(filters, "events")
    where = " AND ".join(["e.ts >= ?", "e.ts < ?", *conds])
    sql = (f"WITH agg AS (SELECT e.touchpoint_id, sum(e.sessions) AS sessions, sum(e.exits) AS exits "
           f"FROM session_touchpoints e {' '.join(joins)} WHERE {where} GROUP BY e.touchpoint_id) ")
    return sql, [period.start_ts, period.end_ts, *params]


def _raw_sql(layer: SemanticLayer, period: Period, filters: Filters | None,
             prebuilt: bool) -> tuple[str, list[Any]]:
    ctes, where, joins, cparams, params = raw_session_events(layer, period, filters, prebuilt=prebuilt,
                                                             extra_columns="skey, next_tp")
    sql = (f"WITH {ctes},\n"
           "per AS (SELECT e.customer_id, e.skey, e.touchpoint_id, "
           "max(CASE WHEN e.next_tp IS NULL THEN 1 ELSE 0 END) AS is_exit "
           f"FROM e {joins} WHERE {where} GROUP BY e.customer_id, e.skey, e.touchpoint_id),\n"
           "agg AS (SELECT touchpoint_id, count(*) AS sessions, sum(is_exit) AS exits FROM per GROUP BY touchpoint_id) ")
    return sql, [*cparams, *params]


def touchpoint_exits(gw: Gateway, layer: SemanticLayer, period: Period, *,
                     filters: Filters | None = None, top_n: int | None = None) -> AnalysisResult:
    """Touchpoints ranked by the share of their sessions that ended there."""
    tables = existing_tables(gw)
    use_derived = derived_can_answer(layer, filters, customer_dims=False) and "session_touchpoints" in tables
    if use_derived:
        head, params = _derived_sql(layer, period, filters)
    else:
        head, params = _raw_sql(layer, period, filters, SESSION_EVENTS in tables)
    sql = (head + "SELECT a.touchpoint_id, coalesce(t.name, a.touchpoint_id) AS touchpoint, a.sessions, a.exits "
           "FROM agg a LEFT JOIN touchpoints t ON t.touchpoint_id = a.touchpoint_id")
    res = gw.query(sql, params, row_cap=100_000)
    rows = [[tp, name, int(s), int(x), rate(int(x), int(s))] for tp, name, s, x in res.rows]
    rows.sort(key=lambda r: (-(r[4] or 0), -r[3], r[0]))
    total_sessions_rows = len(rows)
    result = AnalysisResult("touchpoint_exits", list(COLUMNS), rows, sql=[sql], period=period,
                            metrics=["exit_rate"], filters=dict(filters or {}))
    result.notes.append("derived_table" if use_derived else "raw_events")
    result.notes.append("sessions_30min_gap_when_no_session_id")
    keep_top_n(result, rows, top_n)
    if rows:
        top = rows[0]
        result.facts |= {"top_touchpoint_id": top[0], "top_exit_rate": top[4], "top_exits": top[3],
                        "touchpoints": total_sessions_rows,
                        "tied_with": [r[0] for r in rows[1:] if r[4] == top[4] and r[3] == top[3]]}
        if result.facts["tied_with"]:
            result.notes.append("tie")
        result.sample_size = {"touchpoint_sessions": sum(r[2] for r in rows)}
        if top[2] < SMALL_SAMPLE:
            result.notes.append("small_sample")
    else:
        result.notes.append("no_data")
        result.sample_size = {"touchpoint_sessions": 0}
    return result
