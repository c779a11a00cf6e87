"""Derived tables rebuilt after every load (owned by the analyses that need them).

Sessionising 10 M events with window functions takes seconds; doing it once per load
lets path and exit questions answer in well under a second. Both tables are keyed by the
session's start day (`ts`, midnight), device and channel, as sessions.py defines.
"""
from __future__ import annotations

import duckdb

from knowledge.analyses.sessions import SESSION_EVENTS, session_ctes

DERIVED_TABLES = ("customer_keys", "funnel_events", "session_events", "path_transitions", "session_touchpoints")


def build_customer_keys(con: duckdb.DuckDBPyConnection) -> None:
    """A dense integer per customer id seen in events: integer joins are far cheaper than text."""
    con.execute("""CREATE OR REPLACE TABLE customer_keys AS
        SELECT customer_id, CAST(row_number() OVER (ORDER BY customer_id) AS INTEGER) AS ckey
        FROM (SELECT DISTINCT customer_id FROM events)""")


def build_funnel_events(con: duckdb.DuckDBPyConnection) -> None:
    """Events at journey touchpoints with integer customer keys, sorted by touchpoint then time.

    The sort makes each funnel step read only its touchpoint's row groups (zone maps); the
    columns are those the dimensions can filter events on, so every funnel can use it.
    Needs customer_keys.
    """
    con.execute("""CREATE OR REPLACE TABLE funnel_events AS
        SELECT e.touchpoint_id, e.ts, k.ckey, e.customer_id, e.device, e.channel
        FROM events e JOIN customer_keys k ON k.customer_id = e.customer_id
        WHERE e.touchpoint_id IN (SELECT touchpoint_id FROM journeys)
        ORDER BY e.touchpoint_id, e.ts""")


def _sessions_source(sessions: str | None) -> str:
    """A WITH clause defining `ordered`: a prebuilt sessionized table, or sessionise inline."""
    return f"ordered AS (SELECT * FROM {sessions})" if sessions else session_ctes()


def build_session_events(con: duckdb.DuckDBPyConnection) -> str:
    """Every event with its session key, neighbours and session start, sorted by session start.

    Both session tables are built from it, and path/exit questions with filters the small
    tables cannot answer read it instead of re-running the window functions. Returns its name.
    """
    con.execute(f"CREATE OR REPLACE TABLE {SESSION_EVENTS} AS WITH {session_ctes()} "
                "SELECT * FROM ordered ORDER BY s_ts")
    return SESSION_EVENTS


def build_path_transitions(con: duckdb.DuckDBPyConnection, sessions: str | None = None) -> None:
    """Per customer key, session day, device, channel: counts of from -> to touchpoint moves.

    NULL from_touchpoint_id marks a session entry, NULL to_touchpoint_id a session exit.
    Consecutive events at one touchpoint are one visit, so no touchpoint leads to itself.
    Sorted by from_touchpoint_id so a filter on one touchpoint reads few row groups; ckey
    (from customer_keys, built first when missing) makes counting distinct customers cheap.
    """
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'customer_keys'").fetchall()[0][0]:
        build_customer_keys(con)
    con.execute(f"""CREATE OR REPLACE TABLE path_transitions AS
        WITH {_sessions_source(sessions)},
        pairs AS (
            SELECT s_ts, s_device, s_channel, customer_id, touchpoint_id AS f, next_tp AS t FROM ordered
            WHERE next_tp IS DISTINCT FROM touchpoint_id
            UNION ALL
            SELECT s_ts, s_device, s_channel, customer_id, NULL, touchpoint_id FROM ordered WHERE prev_tp IS NULL)
        SELECT CAST(date_trunc('day', s_ts) AS TIMESTAMP) AS ts, s_device AS device, s_channel AS channel,
               k.ckey, f AS from_touchpoint_id, t AS to_touchpoint_id, count(*) AS transitions
        FROM pairs JOIN customer_keys k USING (customer_id)
        GROUP BY ALL ORDER BY from_touchpoint_id NULLS FIRST, ts""")


def build_session_touchpoints(con: duckdb.DuckDBPyConnection, sessions: str | None = None) -> None:
    """Per session day, device, channel, touchpoint: sessions touching it and sessions ending there."""
    con.execute(f"""CREATE OR REPLACE TABLE session_touchpoints AS
        WITH {_sessions_source(sessions)},
        per_session AS (
            SELECT customer_id, skey, touchpoint_id, any_value(s_ts) AS s_ts, any_value(s_device) AS device,
                   any_value(s_channel) AS channel, max(CASE WHEN next_tp IS NULL THEN 1 ELSE 0 END) AS is_exit
            FROM ordered GROUP BY customer_id, skey, touchpoint_id)
        SELECT CAST(date_trunc('day', s_ts) AS TIMESTAMP) AS ts, device, channel, touchpoint_id,
               count(*) AS sessions, sum(is_exit) AS exits
        FROM per_session GROUP BY ALL ORDER BY ts, touchpoint_id""")


def refresh_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild every derived table from the base tables on a writable connection."""
    build_customer_keys(con)
    build_funnel_events(con)
    sessions = build_session_events(con)
    build_path_transitions(con, sessions)
    build_session_touchpoints(con, sessions)
