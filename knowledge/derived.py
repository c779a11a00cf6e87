"""Derived tables rebuilt after every load (owned by the analyses that need them).

Each table is one SELECT in DuckDB SQL (the `*_sql` functions): DuckDB builds them into the
workspace file here, Spark builds them into the workspace's lake from the same text
(knowledge/engines/spark.py, `journey ingest --engine spark`).

Sessionising 10 M events with window functions takes seconds; doing it once per load
lets path and exit questions answer in well under a second. The session tables are keyed by
the session's start day (`ts`, midnight), device and channel, as sessions.py defines, and
carry the touchpoint each row counts, so touchpoint attributes filter them too. Only filters
on the session's hour of day need the raw events sessionised at question time.
"""
from __future__ import annotations

import duckdb

from knowledge.analyses.sessions import SESSION_EVENTS, session_ctes

DERIVED_TABLES = ("customer_keys", "funnel_events", "path_transitions", "session_touchpoints")


# -- the tables as SELECTs (DuckDB SQL, transpiled for other engines: knowledge/engines/) ----------
def customer_keys_sql() -> str:
    """A dense integer per customer id seen in events: integer joins are far cheaper than text."""
    return ("SELECT customer_id, CAST(row_number() OVER (ORDER BY customer_id) AS INTEGER) AS ckey "
            "FROM (SELECT DISTINCT customer_id FROM events)")


def work_sessions_sql() -> str:
    """Every event sessionised (sessions.py), with its integer customer key and its own device and
    channel, so every derived table is read from it without a second join. Needs customer_keys."""
    return f"WITH {session_ctes(keyed_customers=True)} SELECT * FROM ordered"


def funnel_events_sql(sessions: str) -> str:
    """Events at journey touchpoints with integer customer keys, sorted by touchpoint then time.

    The sort makes each funnel step read only its touchpoint's row groups (zone maps); the
    columns are those the dimensions can filter events on, so every funnel can use it.
    Read from the sessionised table, which already carries the integer keys (no second join).
    """
    return (f"SELECT touchpoint_id, ts, ckey, customer_id, device, channel FROM {sessions} "
            "WHERE touchpoint_id IN (SELECT touchpoint_id FROM journeys) ORDER BY touchpoint_id, ts")


def path_transitions_sql(sessions: str) -> str:
    """One row per from -> to touchpoint move: customer key, session day, device, channel.

    NULL from_touchpoint_id marks a session entry, NULL to_touchpoint_id a session exit.
    Consecutive events at one touchpoint are one visit, so no touchpoint leads to itself.
    Sorted by from_touchpoint_id so a filter on one touchpoint reads few row groups; ckey
    makes counting distinct customers cheap. Rows are not pre-aggregated: at the customer
    key grain almost every move is unique, and the GROUP BY cost a quarter of the build.
    `transitions` (always 1) keeps the column readers sum.
    """
    return f"""WITH pairs AS (
            SELECT s_ts, s_device, s_channel, ckey, touchpoint_id AS f, next_tp AS t FROM {sessions}
            WHERE next_tp IS DISTINCT FROM touchpoint_id
            UNION ALL
            SELECT s_ts, s_device, s_channel, ckey, NULL, touchpoint_id FROM {sessions} WHERE prev_tp IS NULL)
        SELECT CAST(date_trunc('day', s_ts) AS TIMESTAMP) AS ts, s_device AS device, s_channel AS channel,
               ckey, f AS from_touchpoint_id, t AS to_touchpoint_id, 1 AS transitions
        FROM pairs ORDER BY from_touchpoint_id NULLS FIRST, ts"""


def session_touchpoints_sql(sessions: str) -> str:
    """Per session day, device, channel, touchpoint: sessions touching it and sessions ending there."""
    return f"""WITH per_session AS (
            SELECT ckey, skey, touchpoint_id, any_value(s_ts) AS s_ts, any_value(s_device) AS device,
                   any_value(s_channel) AS channel, max(CASE WHEN next_tp IS NULL THEN 1 ELSE 0 END) AS is_exit
            FROM {sessions} GROUP BY ckey, skey, touchpoint_id)
        SELECT CAST(date_trunc('day', s_ts) AS TIMESTAMP) AS ts, device, channel, touchpoint_id,
               count(*) AS sessions, sum(is_exit) AS exits
        FROM per_session GROUP BY ts, device, channel, touchpoint_id ORDER BY ts, touchpoint_id"""


# the persisted tables read from the sessionised events, in build order
FROM_SESSIONS = {"funnel_events": funnel_events_sql, "path_transitions": path_transitions_sql,
                 "session_touchpoints": session_touchpoints_sql}


# -- DuckDB: the workspace file ------------------------------------------------------------------
def build_customer_keys(con: duckdb.DuckDBPyConnection) -> None:
    """customer_keys in the workspace file."""
    con.execute(f"CREATE OR REPLACE TABLE customer_keys AS {customer_keys_sql()}")


WORK_SESSIONS = "_derived_sessions"


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [name]).fetchall()[0][0])


def build_work_sessions(con: duckdb.DuckDBPyConnection) -> str:
    """Sessionise every event once into an in-memory temp table (unsorted) and return its name.

    Being temporary, it costs no compression or disk writes. Needs customer_keys (built when missing).
    """
    if not _has_table(con, "customer_keys"):
        build_customer_keys(con)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {WORK_SESSIONS} AS {work_sessions_sql()}")
    return WORK_SESSIONS


def _sessions(con: duckdb.DuckDBPyConnection, sessions: str | None) -> str:
    """The sessionized table to read: the one given, else the work table built now."""
    return sessions or build_work_sessions(con)


def build_funnel_events(con: duckdb.DuckDBPyConnection, sessions: str | None = None) -> None:
    """funnel_events in the workspace file (funnel_events_sql)."""
    con.execute(f"CREATE OR REPLACE TABLE funnel_events AS {funnel_events_sql(_sessions(con, sessions))}")


def build_path_transitions(con: duckdb.DuckDBPyConnection, sessions: str | None = None) -> None:
    """path_transitions in the workspace file (path_transitions_sql)."""
    con.execute(f"CREATE OR REPLACE TABLE path_transitions AS {path_transitions_sql(_sessions(con, sessions))}")


def build_session_touchpoints(con: duckdb.DuckDBPyConnection, sessions: str | None = None) -> None:
    """session_touchpoints in the workspace file (session_touchpoints_sql)."""
    con.execute(f"CREATE OR REPLACE TABLE session_touchpoints AS "
                f"{session_touchpoints_sql(_sessions(con, sessions))}")


def refresh_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild every derived table from the base tables on a writable connection.

    The window functions run once, into a temporary work table every persisted table reads;
    each persisted table is written once, already in its final order.
    """
    build_customer_keys(con)
    # an older version kept every sessionized event; the tables below now answer the filters it
    # served (touchpoint attributes), and a stale copy would answer for data no longer loaded
    con.execute(f"DROP TABLE IF EXISTS {SESSION_EVENTS}")
    work = build_work_sessions(con)
    try:
        build_funnel_events(con, work)
        build_path_transitions(con, work)
        build_session_touchpoints(con, work)
    finally:
        con.execute(f"DROP TABLE IF EXISTS {WORK_SESSIONS}")
