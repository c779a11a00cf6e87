"""Derived tables rebuilt after every load (owned by the analyses that need them).

Sessionising 10 M events with window functions takes seconds; doing it once per load
lets path and exit questions answer in well under a second. Both tables are keyed by the
session's start day (`ts`, midnight), device and channel, as sessions.py defines.
"""
from __future__ import annotations

import duckdb

from knowledge.analyses.sessions import session_ctes

DERIVED_TABLES = ("path_transitions", "session_touchpoints")


def build_path_transitions(con: duckdb.DuckDBPyConnection) -> None:
    """Per customer, session day, device, channel: counts of from -> to touchpoint moves.

    NULL from_touchpoint_id marks a session entry, NULL to_touchpoint_id a session exit.
    Sorted by from_touchpoint_id so a filter on one touchpoint reads few row groups.
    """
    con.execute(f"""CREATE OR REPLACE TABLE path_transitions AS
        WITH {session_ctes()},
        pairs AS (
            SELECT s_ts, s_device, s_channel, customer_id, touchpoint_id AS f, next_tp AS t FROM ordered
            UNION ALL
            SELECT s_ts, s_device, s_channel, customer_id, NULL, touchpoint_id FROM ordered WHERE prev_tp IS NULL)
        SELECT CAST(date_trunc('day', s_ts) AS TIMESTAMP) AS ts, s_device AS device, s_channel AS channel,
               customer_id, f AS from_touchpoint_id, t AS to_touchpoint_id, count(*) AS transitions
        FROM pairs GROUP BY ALL ORDER BY from_touchpoint_id NULLS FIRST, ts""")


def build_session_touchpoints(con: duckdb.DuckDBPyConnection) -> None:
    """Per session day, device, channel, touchpoint: sessions touching it and sessions ending there."""
    con.execute(f"""CREATE OR REPLACE TABLE session_touchpoints AS
        WITH {session_ctes()},
        per_session AS (
            SELECT customer_id, skey, touchpoint_id, any_value(s_ts) AS s_ts, any_value(s_device) AS device,
                   any_value(s_channel) AS channel, max(CASE WHEN next_tp IS NULL THEN 1 ELSE 0 END) AS is_exit
            FROM ordered GROUP BY customer_id, skey, touchpoint_id)
        SELECT CAST(date_trunc('day', s_ts) AS TIMESTAMP) AS ts, device, channel, touchpoint_id,
               count(*) AS sessions, sum(is_exit) AS exits
        FROM per_session GROUP BY ALL ORDER BY ts, touchpoint_id""")


def refresh_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild every derived table from the base tables on a writable connection."""
    build_path_transitions(con)
    build_session_touchpoints(con)
