"""Move staged rows into the real tables: synthetic event ids, upsert by key, positions, load log."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb

from knowledge.analyses.sessions import ORDER as EVENT_ORDER
from knowledge.ingest.layout import write_table
from knowledge.ingest.readers import ident
from knowledge.ingest.validate import Staged
from knowledge.tables import DUCK_TYPES, STAGES, TABLES, Table

LOG_TABLE = "_ingest_log"
LOG_DDL = (f"CREATE TABLE IF NOT EXISTS {LOG_TABLE} (file VARCHAR, table_name VARCHAR, sha256 VARCHAR, "
           "rows BIGINT, added BIGINT, updated BIGINT, unchanged BIGINT, rejected BIGINT, "
           "loaded_at TIMESTAMP, replaced BOOLEAN)")


@dataclass
class MergeCounts:
    """What one table file did to its table."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    as_staged: bool = False     # the table is now the staged table itself, rows in their staged order


def ensure_tables(con: duckdb.DuckDBPyConnection, *, replace: bool) -> None:
    """Create every contract table (empty when absent); with replace, drop the old data first."""
    if replace:
        for name in TABLES:
            con.execute(f"DROP TABLE IF EXISTS {ident(name)}")
    for table in TABLES.values():
        con.execute(table.ddl())
        # a database written by an older version may lack columns the contract has since gained
        have = {r[0] for r in con.execute(f"DESCRIBE {ident(table.name)}").fetchall()}
        for col in table.all_columns:
            if col.name not in have:
                con.execute(f"ALTER TABLE {ident(table.name)} ADD COLUMN {ident(col.name)} {DUCK_TYPES[col.type]}")
    con.execute(LOG_DDL)


def assign_event_ids(con: duckdb.DuckDBPyConnection, staged: Staged) -> None:
    """Give events without event_id a deterministic id from their content and occurrence number."""
    # the same rows loaded again get the same ids, so a reload never duplicates events, while two
    # identical rows in one file (a real double click) stay two events: occurrence 1 and 2
    t = staged.table
    if not con.execute(f"SELECT count(*) FROM {t} WHERE event_id IS NULL").fetchall()[0][0]:
        return
    cols = [c.name for c in TABLES["events"].columns if c.name != "event_id"] + ["properties"]
    content = "concat_ws(chr(31), " + ", ".join(f"coalesce(CAST({ident(c)} AS VARCHAR), chr(30))" for c in cols) + ")"
    write_table(con, TABLES["events"], f"{t}_ids", f"""
        SELECT * EXCLUDE (__h, __n) REPLACE ('syn-' || left(md5(__h || '#' || __n), 24) AS event_id) FROM
          (SELECT *, row_number() OVER (PARTITION BY __h) AS __n FROM
            (SELECT *, md5({content}) AS __h FROM {t} WHERE event_id IS NULL))
        UNION ALL SELECT * FROM {t} WHERE event_id IS NOT NULL
        {EVENT_ORDER}""")  # written in event order, so order_events finds nothing to do
    con.execute(f"DROP TABLE {t}")
    con.execute(f"ALTER TABLE {t}_ids RENAME TO {t}")
    staged.has_duplicates = staged.has_duplicates or bool(con.execute(
        f"SELECT count(*) FROM (SELECT event_id FROM {t} GROUP BY 1 HAVING count(*) > 1)").fetchall()[0][0])


def events_in_order(con: duckdb.DuckDBPyConnection, table: str = "events") -> bool:
    """True when the table's storage order is the session order of events (ts, event_id, touchpoint_id)."""
    # a streaming lag() over the table in storage order: no sort, 0.5 CPU s for 10 M events; the
    # rowid test makes it fail safe should the scan ever not come in storage order
    con.execute("SET preserve_insertion_order = true")
    try:
        bad = con.execute(f"""SELECT count(*) FROM (
            SELECT rowid AS r, ts, event_id, touchpoint_id, lag(rowid) OVER () AS p_r, lag(ts) OVER () AS p_ts,
                   lag(event_id) OVER () AS p_id, lag(touchpoint_id) OVER () AS p_tp FROM {table})
            WHERE r < p_r OR ts < p_ts OR (ts = p_ts AND (event_id < p_id OR (event_id = p_id AND touchpoint_id < p_tp)))
               OR (ts IS NULL) OR (event_id IS NULL) OR (touchpoint_id IS NULL)""").fetchall()[0][0]
    finally:
        con.execute("SET preserve_insertion_order = false")
    return not bad


def order_events(con: duckdb.DuckDBPyConnection, table: str = "events") -> bool:
    """Store the events table in session order (time first); return True when it had to be rewritten.

    Time order lets period filters skip row groups (zone maps); the exact session order lets the
    derived tables sessionise by storage position (knowledge/derived.py) instead of sorting text.
    """
    if events_in_order(con, table):
        return False
    contract = TABLES["events"]
    names = [c.name for c in contract.all_columns]
    if {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()} == set(names):
        # the contract's columns (in any order, as an older database may have them): its layout too
        write_table(con, contract, f"{table}_sorted",
                    f"SELECT {', '.join(ident(n) for n in names)} FROM {table} {EVENT_ORDER}")
    else:
        con.execute(f"CREATE OR REPLACE TABLE {table}_sorted AS SELECT * FROM {table} {EVENT_ORDER}")
    con.execute(f"DROP TABLE {table}")
    con.execute(f"ALTER TABLE {table}_sorted RENAME TO {table}")
    return True


def _layout(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in con.execute(f"DESCRIBE {name}").fetchall()]


def merge(con: duckdb.DuckDBPyConnection, staged: Staged) -> MergeCounts:
    """Upsert the staged rows into their table by key; same key and content is a no-op."""
    table = staged.source.table
    name, staged_t = ident(table.name), staged.table
    keys = [ident(k) for k in table.key]
    cols = [ident(c.name) for c in table.columns] + ["properties"]
    src = f"(SELECT DISTINCT ON ({', '.join(keys)}) * FROM {staged_t})" if staged.has_duplicates else staged_t
    existing = con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
    counts = MergeCounts()
    if not existing:
        if not staged.has_duplicates and _layout(con, staged_t) == _layout(con, name):
            # the staged table already has the table's exact layout: renaming avoids writing 10 M rows twice
            con.execute(f"DROP TABLE {name}")
            con.execute(f"ALTER TABLE {staged_t} RENAME TO {name}")
            counts.as_staged = True
        else:
            con.execute(f"INSERT INTO {name} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM {src}")
        counts.added = con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
        return counts
    on = " AND ".join(f"n.{k} = t.{k}" for k in keys)
    same = " AND ".join(f"n.{c} IS NOT DISTINCT FROM t.{c}" for c in cols)
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _cmp AS
        SELECT {', '.join('n.' + k for k in keys)},
               CASE WHEN t.{keys[0]} IS NULL THEN 0 WHEN {same} THEN 1 ELSE 2 END AS st
        FROM {src} n LEFT JOIN {name} t ON {on}""")
    by = dict(con.execute("SELECT st, count(*) FROM _cmp GROUP BY st").fetchall())
    counts.added, counts.unchanged, counts.updated = by.get(0, 0), by.get(1, 0), by.get(2, 0)
    c_on = " AND ".join(f"{name}.{k} = c.{k}" for k in keys)
    if counts.updated:
        con.execute(f"DELETE FROM {name} USING (SELECT * FROM _cmp WHERE st = 2) c WHERE {c_on}")
    if counts.added or counts.updated:
        n_on = " AND ".join(f"n.{k} = c.{k}" for k in keys)
        con.execute(f"INSERT INTO {name} ({', '.join(cols)}) SELECT {', '.join('n.' + c for c in cols)} "
                    f"FROM {src} n SEMI JOIN (SELECT * FROM _cmp WHERE st <> 1) c ON {n_on}")
    if table.name == "journeys":
        counts.removed = _drop_stale_steps(con, staged_t)
    con.execute("DROP TABLE _cmp")
    return counts


def _drop_stale_steps(con: duckdb.DuckDBPyConnection, staged_t: str) -> int:
    """A journey given in the load is redefined whole: steps it no longer has are removed."""
    where = (f"journey_id IN (SELECT journey_id FROM {staged_t}) AND "
             f"(journey_id, step) NOT IN (SELECT (journey_id, step) FROM {staged_t})")
    n = con.execute(f"SELECT count(*) FROM journeys WHERE {where}").fetchall()[0][0]
    if n:
        con.execute(f"DELETE FROM journeys WHERE {where}")
    return int(n)


def refresh_positions(con: duckdb.DuckDBPyConnection) -> None:
    """touchpoints.position: stage order, then first journey step, then id (1-based)."""
    order = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STAGES))
    con.execute(f"""UPDATE touchpoints SET position = p.pos FROM (
        SELECT t.touchpoint_id, row_number() OVER (
            ORDER BY CASE t.stage {order} END NULLS LAST, j.first_step NULLS LAST, t.touchpoint_id) AS pos
        FROM touchpoints t LEFT JOIN (SELECT touchpoint_id, min(step) AS first_step FROM journeys GROUP BY 1) j
        USING (touchpoint_id)) p
        WHERE touchpoints.touchpoint_id = p.touchpoint_id AND touchpoints.position IS DISTINCT FROM p.pos""")


def log_load(con: duckdb.DuckDBPyConnection, table: Table, file: str, sha256: str, rows: int,
             counts: MergeCounts, rejected: int, replaced: bool) -> None:
    """Record one loaded file in `_ingest_log`."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    con.execute(f"INSERT INTO {LOG_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [file, table.name, sha256, rows, counts.added, counts.updated, counts.unchanged, rejected,
                 now, replaced])
