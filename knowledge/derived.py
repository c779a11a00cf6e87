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

from knowledge.analyses.sessions import ORDER, SESSION_EVENTS, SESSION_GAP_MINUTES, session_ctes

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
    No customer_id: a filter on customer attributes joins it from customer_keys (funnel.py);
    carrying the text through the sort cost 30 % of the build.
    """
    return (f"SELECT touchpoint_id, ts, ckey, device, channel FROM {sessions} "
            "WHERE touchpoint_id IN (SELECT touchpoint_id FROM journeys) ORDER BY touchpoint_id, ts")


def path_transitions_sql(sessions: str) -> str:
    """One row per visit and where it led: customer key, session day, device, channel.

    A visit is a run of consecutive events at one touchpoint, so no touchpoint leads to
    itself; NULL to_touchpoint_id marks a session exit. The session's entry (entry -> its
    first touchpoint) rides on its exit row as entry_touchpoint_id, NULL on the other rows:
    a row per entry made the table half as large again (12.8 M instead of 8.4 M rows for the
    large demo), and every session has exactly one exit. paths.py reads the entries back out.
    Sorted by from_touchpoint_id so a filter on one touchpoint reads few row groups; ckey
    makes counting distinct customers cheap. Rows are not pre-aggregated: at the customer
    key grain almost every move is unique, and the GROUP BY cost a quarter of the build.
    `transitions` (always 1) keeps the column readers sum.
    """
    return f"""SELECT CAST(date_trunc('day', s_ts) AS TIMESTAMP) AS ts, s_device AS device, s_channel AS channel,
               ckey, touchpoint_id AS from_touchpoint_id, next_tp AS to_touchpoint_id,
               CASE WHEN next_tp IS NULL THEN s_tp END AS entry_touchpoint_id, 1 AS transitions
        FROM {sessions} WHERE next_tp IS DISTINCT FROM touchpoint_id ORDER BY from_touchpoint_id, ts"""


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
# text columns the DuckDB work table carries as ENUM codes: sorting and copying one-byte codes
# instead of text halved the sessionising window (10 M events: 10.9 -> 5.3 CPU s). refresh_derived
# also stores them as these codes in the persisted tables (writing path_transitions: 5.0 -> 3.3
# CPU s for 10 M events), so the types live in the workspace with the tables that use them;
# readers compare them with text as text (an unknown value simply matches nothing).
CODED = {"touchpoint_id": "_derived_touchpoint", "device": "_derived_device", "channel": "_derived_channel"}
# a table built on its own (build_funnel_events(con) ...) sessionises with types of its own and is
# written as text: the persisted CODED types may be in use by the other derived tables
OWN_CODED = {col: f"{enum}_own" for col, enum in CODED.items()}


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [name]).fetchall()[0][0])


def _drop_work(con: duckdb.DuckDBPyConnection, types: dict[str, str] | None = None) -> None:
    """Drop the work table and its text view, and the given ENUM types."""
    con.execute(f"DROP VIEW IF EXISTS {WORK_SESSIONS}_text")
    con.execute(f"DROP TABLE IF EXISTS {WORK_SESSIONS}")
    for enum in (types or {}).values():
        con.execute(f"DROP TYPE IF EXISTS {enum}")


def work_sessions_coded_sql(*, events_in_order: bool, values: str, types: dict[str, str] = CODED,
                            seen_mask: str | None = None) -> str:
    """work_sessions_sql for DuckDB, same sessions: touchpoint, device and channel as ENUM codes (CODED),
    no customer_id (customer_keys has it) and no prev_tp (no persisted table reads it), ordered by
    storage position when events_in_order. `values`: a table holding each combination of the
    events' touchpoint_id, device and channel once (the codes are looked up there).

    With `seen_mask` (an unsigned integer type with a bit for every touchpoint code, see
    _seen_mask_type) each row says whether it is its session's first visit to its touchpoint
    (`first_at_tp`), which session_touchpoints counts without grouping by session; without it
    each row carries the session key instead (`skey`: the session's first event's rowid)."""
    coded = ", ".join(f"v.__c_{col} AS {col}" for col in types)
    # each event's codes from its combination's row, cast once per combination: a hash join on the
    # events' dictionary-compressed columns costs 0.2 CPU s for 10 M events, three casts a row 1.0.
    # Every event matches exactly one row (the combinations are distinct; NULLs match NULLs)
    lookup = ", ".join(f"CAST({col} AS {enum}) AS __c_{col}" for col, enum in types.items())
    match = " AND ".join(f"e.{col} IS NOT DISTINCT FROM v.{col}" for col in types)
    # the enums list the values in text order, so ORDER (ts, event_id, touchpoint_id) holds on codes;
    # events stored in session order (merge.order_events) need no text in the sort at all
    order = "ORDER BY pos" if events_in_order else ORDER
    if seen_mask:
        # the touchpoints seen earlier in the session, one bit per ENUM code: a running bit_or over
        # the window the other columns already sort (10 M events: +0.8 CPU s here, -2.1 CPU s in
        # session_touchpoints, whose GROUP BY per session and touchpoint had 8 M groups)
        bit = f"(CAST(1 AS {seen_mask}) << enum_code(touchpoint_id))"
        session_col = (f"coalesce((bit_or({bit}) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) "
                       f"& {bit}) = 0, true) AS first_at_tp")
    else:
        session_col = "first_value(pos) OVER w AS skey"
    cols = "ckey, ts, touchpoint_id, device, channel, pos" + ("" if events_in_order else ", event_id")
    # sessions are partitioned on integers, not session_id text (10 M events: 8.1 -> 6.9 CPU s):
    # a session_id session by the id's 64-bit hash, a gap session by its ordinal under
    # `gap` = true. Two session ids of one customer would have to share a hash to merge:
    # for n sessions a customer the odds are about n * n / 2^65 (10^-12 over the large demo).
    return f"""WITH src AS (
        SELECT k.ckey, e.ts, {coded}, e.session_id, e.rowid AS pos{"" if events_in_order else ", e.event_id"}
        FROM events e JOIN customer_keys k USING (customer_id)
        JOIN (SELECT *, {lookup} FROM {values}) v ON {match}),
    keyed AS (
        SELECT {cols}, false AS gap, hash(session_id) AS sk FROM src WHERE session_id IS NOT NULL
        UNION ALL
        SELECT {cols}, true,
               CAST(sum(brk) OVER (PARTITION BY ckey {order} ROWS UNBOUNDED PRECEDING) AS UBIGINT)
        FROM (SELECT *, CASE WHEN lag(ts) OVER (PARTITION BY ckey {order})
                                  >= ts - INTERVAL {SESSION_GAP_MINUTES} MINUTE THEN 0 ELSE 1 END AS brk
              FROM src WHERE session_id IS NULL))
    SELECT ckey, {session_col}, ts, touchpoint_id, device, channel,
           lead(touchpoint_id) OVER w AS next_tp,
           first_value(ts) OVER w AS s_ts, first_value(device) OVER w AS s_device,
           first_value(channel) OVER w AS s_channel, first_value(touchpoint_id) OVER w AS s_tp
    FROM keyed WINDOW w AS (PARTITION BY ckey, gap, sk {order})"""


def _seen_mask_type(con: duckdb.DuckDBPyConnection, touchpoint_enum: str) -> str | None:
    """The unsigned type holding one bit per touchpoint code, None when there are too many codes."""
    codes = con.execute(f"SELECT len(enum_range(NULL::{touchpoint_enum}))").fetchall()[0][0]
    return next((t for t, bits in (("UBIGINT", 64), ("UHUGEINT", 128)) if codes <= bits), None)


def session_touchpoints_coded_sql(sessions: str) -> str:
    """session_touchpoints_sql from a work table with `first_at_tp` (work_sessions_coded_sql): the same
    rows and column types, from one GROUP BY of a few thousand groups instead of one per session."""
    return f"""SELECT CAST(date_trunc('day', s_ts) AS TIMESTAMP) AS ts, s_device AS device, s_channel AS channel,
               touchpoint_id, count(*) FILTER (WHERE first_at_tp) AS sessions,
               CAST(count(*) FILTER (WHERE next_tp IS NULL) AS HUGEINT) AS exits
        FROM {sessions} GROUP BY ALL ORDER BY ts, touchpoint_id"""


def _persisted_sql(con: duckdb.DuckDBPyConnection, table: str, work: str, types: dict[str, str] | None) -> str:
    """The SELECT of one persisted table from the DuckDB work table (its coded variant where one exists);
    `types`: the work table's ENUM types (build_work_sessions), None for its text view."""
    cols = {r[0] for r in con.execute(f"DESCRIBE {work}").fetchall()}
    if table == "session_touchpoints" and "first_at_tp" in cols:
        # every session has one first visit per touchpoint it touches and one exit row (its last
        # event, next_tp NULL), so counting rows gives what the per-session GROUP BY gives
        return session_touchpoints_coded_sql(work)
    sql = FROM_SESSIONS[table](work)
    if table == "funnel_events" and types:
        # the journeys' ids as codes: the semi join compares one byte a row instead of casting
        # 10 M codes to text (0.2 CPU s); an id no event has is no code (NULL) and matches nothing
        journey_tps = "SELECT touchpoint_id FROM journeys"
        assert journey_tps in sql
        sql = sql.replace(journey_tps, f"SELECT TRY_CAST(touchpoint_id AS {types['touchpoint_id']}) FROM journeys")
    return sql


def build_work_sessions(con: duckdb.DuckDBPyConnection, *, events_in_order: bool = False,
                        types: dict[str, str] = CODED) -> str:
    """Sessionise every event once into a temp table (work_sessions_coded_sql) and return its name.

    Being temporary, it costs no compression or disk writes. Needs customer_keys (built when
    missing). The ENUM `types` are made afresh from the events; with the persisted CODED types the
    derived tables using them are dropped first (they are rebuilt from this table). Pass
    events_in_order only when the events table is stored in session order (ingestion guarantees it).
    """
    if not _has_table(con, "customer_keys"):
        build_customer_keys(con)
    if types is CODED:
        for table in FROM_SESSIONS:
            con.execute(f"DROP TABLE IF EXISTS {table}")
    _drop_work(con, types)
    # one scan of events for the value combinations (a few hundred rows): each type, then each
    # event's codes, from those
    cols = ", ".join(types)
    con.execute(f"CREATE TEMP TABLE {WORK_SESSIONS}_values AS SELECT DISTINCT {cols} FROM events")
    try:
        for col, enum in types.items():
            con.execute(f"CREATE TYPE {enum} AS ENUM (SELECT DISTINCT {col} FROM {WORK_SESSIONS}_values "
                        f"WHERE {col} IS NOT NULL ORDER BY 1)")
        seen_mask = _seen_mask_type(con, types["touchpoint_id"])
        sql = work_sessions_coded_sql(events_in_order=events_in_order, values=f"{WORK_SESSIONS}_values",
                                      types=types, seen_mask=seen_mask)
        con.execute(f"CREATE TEMP TABLE {WORK_SESSIONS} AS {sql}")
    finally:
        con.execute(f"DROP TABLE {WORK_SESSIONS}_values")
    # the text form, as work_sessions_sql has it: the persisted tables take their column types
    # from it, their rows from the coded table (sorting and grouping the codes)
    text = ", ".join(f"CAST({c} AS VARCHAR) AS {c}" for c in ("touchpoint_id", "device", "channel", "next_tp",
                                                                 "s_device", "s_channel", "s_tp"))
    con.execute(f"CREATE TEMP VIEW {WORK_SESSIONS}_text AS SELECT w.* REPLACE ({text}) FROM {WORK_SESSIONS} w")
    return WORK_SESSIONS


def _build(con: duckdb.DuckDBPyConnection, table: str, sessions: str | None) -> None:
    """Write one persisted table of FROM_SESSIONS from the work table (sessionised now when not given).

    From a given work table (CODED types) the codes are stored as they are; a table sessionised
    here for itself is written as text. The sort runs on the codes, whose order is the text's.
    """
    own = sessions is None
    work = build_work_sessions(con, types=OWN_CODED) if own else sessions
    keep_order = con.execute("SELECT current_setting('preserve_insertion_order')").fetchall()[0][0]
    try:
        sql = _persisted_sql(con, table, work, OWN_CODED if own else CODED)
        con.execute("SET preserve_insertion_order = true")
        if own:
            # typed by the engine-neutral SELECT (text); INSERT casts the codes back to text
            text = _persisted_sql(con, table, f"{work}_text", None)
            con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM ({text}) LIMIT 0")
            con.execute(f"INSERT INTO {table} {sql}")
        else:
            con.execute(f"CREATE OR REPLACE TABLE {table} AS {sql}")
    finally:
        con.execute(f"SET preserve_insertion_order = {'true' if keep_order else 'false'}")
        if own:
            _drop_work(con, OWN_CODED)


def build_funnel_events(con: duckdb.DuckDBPyConnection, sessions: str | None = None) -> None:
    """funnel_events in the workspace file (funnel_events_sql)."""
    _build(con, "funnel_events", sessions)


def build_path_transitions(con: duckdb.DuckDBPyConnection, sessions: str | None = None) -> None:
    """path_transitions in the workspace file (path_transitions_sql)."""
    _build(con, "path_transitions", sessions)


def build_session_touchpoints(con: duckdb.DuckDBPyConnection, sessions: str | None = None) -> None:
    """session_touchpoints in the workspace file (session_touchpoints_sql)."""
    _build(con, "session_touchpoints", sessions)


def refresh_derived(con: duckdb.DuckDBPyConnection, *, events_in_order: bool = False) -> None:
    """Rebuild every derived table from the base tables on a writable connection.

    The window functions run once, into a temporary work table every persisted table reads;
    each persisted table is written once, already in its final order, its touchpoint, device and
    channel columns as the CODED ENUM types (kept in the workspace). Pass events_in_order only
    when the events table is stored in session order (ingestion guarantees it).
    """
    build_customer_keys(con)
    # an older version kept every sessionized event; the tables below now answer the filters it
    # served (touchpoint attributes), and a stale copy would answer for data no longer loaded
    con.execute(f"DROP TABLE IF EXISTS {SESSION_EVENTS}")
    try:
        work = build_work_sessions(con, events_in_order=events_in_order)
        for table in FROM_SESSIONS:
            _build(con, table, work)
    finally:
        _drop_work(con)
