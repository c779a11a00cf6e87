"""Where customers go next (or came from) within a session: Sankey-ready transitions.

A transition is a move between two consecutive visits of one session (sessions.py): a run of
consecutive events at one touchpoint (view, submit, retry) is one visit, so a touchpoint never
leads to itself. The end of a session is the pseudo touchpoint "(exit)" and, looking
backwards, its start is "(entry)". Answered from the derived `path_transitions` table when
the filters allow, else with LEAD over events.
"""
from __future__ import annotations

from typing import Any, Literal

from knowledge.analyses.journey_common import existing_tables, keep_top_n
from knowledge.analyses.sessions import ENTRY, EXIT, SESSION_EVENTS, derived_can_answer, raw_session_events
from knowledge.errors import AnalysisError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer

COLUMNS = ["from_touchpoint_id", "to_touchpoint_id", "from_touchpoint", "to_touchpoint",
           "transitions", "customers", "share"]


def _pairs_derived(layer: SemanticLayer, period: Period, filters: Filters | None,
                   entries: bool) -> tuple[str, list[Any]]:
    conds, params, joins = layer.where(filters, "events")
    where = " AND ".join(["e.ts >= ?", "e.ts < ?", *conds])
    # a row is a visit and where it led; a session's entry rides on its exit row (derived.py) and
    # is read out as its own pair (entry -> touchpoint) only when looking backwards. Filters see
    # the row's own event as raw events do: the from touchpoint, or for an entry the touchpoint
    # entered; the table holds integer customer keys, customer filters need the id back
    moves = ("SELECT ts, device, channel, ckey, from_touchpoint_id AS f, to_touchpoint_id AS t, transitions AS n, "
             "from_touchpoint_id AS touchpoint_id FROM path_transitions")
    if entries:
        moves += (" UNION ALL SELECT ts, device, channel, ckey, NULL, entry_touchpoint_id, 1, entry_touchpoint_id "
                  "FROM path_transitions WHERE entry_touchpoint_id IS NOT NULL")
    source = f"({moves})"
    if joins:
        source = f"(SELECT p.*, k.customer_id FROM ({moves}) p JOIN customer_keys k ON k.ckey = p.ckey)"
    sql = f"pairs AS (SELECT e.ckey AS cust, e.f, e.t, e.n FROM {source} e {' '.join(joins)} WHERE {where})"
    return sql, [period.start_ts, period.end_ts, *params]


def _pairs_raw(layer: SemanticLayer, period: Period, filters: Filters | None,
               prebuilt: bool) -> tuple[str, list[Any]]:
    ctes, where, joins, cparams, params = raw_session_events(layer, period, filters, prebuilt=prebuilt,
                                                             extra_columns="next_tp, prev_tp")
    sql = (f"{ctes},\n"
           "pairs AS (SELECT e.customer_id AS cust, e.touchpoint_id AS f, e.next_tp AS t, 1 AS n "
           f"FROM e {joins} "
           f"WHERE e.next_tp IS DISTINCT FROM e.touchpoint_id AND {where} "
           f"UNION ALL SELECT e.customer_id AS cust, NULL, e.touchpoint_id, 1 FROM e {joins} "
           f"WHERE e.prev_tp IS NULL AND {where})")
    return sql, [*cparams, *params, *params]


def path_transitions(gw: Gateway, layer: SemanticLayer, period: Period, *, touchpoint_id: str | None = None,
                     direction: Literal["next", "previous"] = "next", filters: Filters | None = None,
                     top_n: int | None = 10) -> AnalysisResult:
    """Most frequent next (or previous) touchpoints, with counts, customers and shares."""
    if direction not in ("next", "previous"):
        raise AnalysisError(f"unknown path direction '{direction}'", hint="use 'next' or 'previous'",
                            code="bad_argument")
    tables = existing_tables(gw)
    use_derived = derived_can_answer(layer, filters, customer_dims=True) and "path_transitions" in tables
    if use_derived:
        pairs, params = _pairs_derived(layer, period, filters, entries=direction == "previous")
    else:
        pairs, params = _pairs_raw(layer, period, filters, SESSION_EVENTS in tables)
    # looking forward, entries are not transitions out of anything; looking back, exits are not
    anchor, other, skip = ("f", "t", "f") if direction == "next" else ("t", "f", "t")
    where = f"{skip} IS NOT NULL"
    if touchpoint_id is not None:
        where += f" AND {anchor} = ?"
        params = params + [touchpoint_id]
    sql = (f"WITH {pairs},\n"
           f"agg AS (SELECT f, t, sum(n) AS transitions, count(DISTINCT cust) AS customers "
           f"FROM pairs WHERE {where} GROUP BY f, t)\n"
           f"SELECT coalesce(a.f, '{ENTRY}'), coalesce(a.t, '{EXIT}'), "
           f"coalesce(tf.name, a.f, '{ENTRY}'), coalesce(tt.name, a.t, '{EXIT}'), a.transitions, a.customers, "
           f"a.transitions / sum(a.transitions) OVER (PARTITION BY a.{anchor}) AS share "
           "FROM agg a LEFT JOIN touchpoints tf ON tf.touchpoint_id = a.f "
           "LEFT JOIN touchpoints tt ON tt.touchpoint_id = a.t "
           f"ORDER BY a.transitions DESC, a.customers DESC, 1, 2")
    res = gw.query(sql, params, row_cap=100_000)
    rows = [[f, t, fn, tn, int(n), int(c), float(s)] for f, t, fn, tn, n, c, s in res.rows]
    result = AnalysisResult("path_transitions", list(COLUMNS), rows, sql=[sql], period=period,
                            filters=dict(filters or {}))
    result.notes.append("derived_table" if use_derived else "raw_events")
    result.facts = {"direction": direction, "touchpoint_id": touchpoint_id, "pairs": len(rows),
                    "transitions": sum(r[4] for r in rows)}
    result.sample_size = {"transitions": result.facts["transitions"]}
    if rows:
        top = rows[0]
        result.facts.update({"top_from": top[0], "top_to": top[1], "top_share": top[6],
                             "tied_with": [[r[0], r[1]] for r in rows[1:] if r[4] == top[4]]})
        if result.facts["tied_with"]:
            result.notes.append("tie")
    else:
        result.notes.append("no_data")
    keep_top_n(result, rows, top_n)
    return result
