"""Stage one table file into the staging database and find every bad row, all in SQL.

Fast path: one parallel scan parses and types the file into `_in_<table>` with a `__bad`
flag per row, then set-based checks (duplicate keys, unknown touchpoints, journey steps)
run as aggregates. Only when something is wrong does the detailed path re-read the file in
order (CSV record numbers come from rowid, CSV structure errors from DuckDB's reject table)
to name the line, column and value of every problem.
"""
from __future__ import annotations

import bisect
import difflib
from dataclasses import dataclass, field

import duckdb
import numpy as np

from knowledge.analyses.sessions import ORDER as EVENT_ORDER
from knowledge.errors import RowProblem
from knowledge.ingest import messages as msg
from knowledge.ingest.checks import RowCheck, any_bad, properties_expr, row_checks, typed_name, typed_select
from knowledge.ingest.layout import write_table
from knowledge.ingest.readers import Source, ident, sql_str
from knowledge.tables import DUCK_TYPES

REF_TABLE = "_ref_touchpoints"
_ORDER_PROBE_ROWS = 100_000


@dataclass
class BadRow:
    """One problem of one record, with the record's raw values for the reject file."""

    line: int | None
    column: str | None
    value: str | None
    reason: str
    hint: str
    raw: list[str | None] = field(default_factory=list)
    raw_text: str | None = None     # the original line, for records DuckDB could not split into fields


@dataclass
class Staged:
    """Result of staging one file: the typed table and what was wrong with it."""

    source: Source
    table: str                      # `_in_<name>`: typed contract columns, properties, derived columns
    rows_read: int
    bad: list[BadRow]               # every problem (reject file) or the first ones (report)
    problem_count: int
    bad_records: int
    has_duplicates: bool

    def problems(self) -> list[RowProblem]:
        return [RowProblem(self.source.name, b.line, b.column, b.value, b.reason, b.hint) for b in self.bad]


@dataclass(frozen=True)
class CrossCheck:
    """A rule over many rows: SQL yielding (__ord, column, value, reason, hint) of bad records."""

    kind: str
    sql: str


def _content(src: Source) -> str:
    cols = [typed_name(c.name) for c in src.table.columns] + ["properties"]
    return "hash(" + ", ".join(cols) + ")"


def _key_cols(src: Source) -> list[str]:
    return [k for k in src.table.key if k in src.columns]


def cross_checks(src: Source, view: str, has_ref: bool) -> list[CrossCheck]:
    """Duplicate keys with different content, unknown touchpoints, journey step gaps."""
    out: list[CrossCheck] = []
    keys = _key_cols(src)
    if keys and len(keys) == len(src.table.key):
        k = ", ".join(typed_name(c) for c in keys)
        notnull = " AND ".join(f"{typed_name(c)} IS NOT NULL" for c in keys)
        label = "+".join(keys)
        value = " || '|' || ".join(f"CAST({typed_name(c)} AS VARCHAR)" for c in keys)
        out.append(CrossCheck("duplicate_key", f"""
            WITH h AS (SELECT __ord, {k}, {_content(src)} AS h FROM {view} WHERE NOT __rowbad AND {notnull}),
                 fst AS (SELECT {k}, arg_min(h, __ord) AS fh, min(__ord) AS fo FROM h GROUP BY {k}
                         HAVING count(DISTINCT h) > 1)
            SELECT h.__ord, {sql_str(label)}, {value}, 'first:' || fst.fo
            FROM h JOIN fst USING ({k}) WHERE h.h <> fst.fh"""))
    if has_ref and "touchpoint_id" in src.table.references and "touchpoint_id" in src.columns:
        tp = typed_name("touchpoint_id")
        out.append(CrossCheck("unknown_touchpoint", f"""
            SELECT __ord, 'touchpoint_id', {tp}, NULL FROM {view}
            WHERE {tp} IS NOT NULL AND {tp} NOT IN (SELECT touchpoint_id FROM {REF_TABLE})"""))
    if src.table.name == "journeys":
        j, s = typed_name("journey_id"), typed_name("step")
        out.append(CrossCheck("step_gap", f"""
            WITH g AS (SELECT {j} AS j, list_sort(list(DISTINCT {s})) AS steps FROM {view}
                       WHERE NOT __rowbad GROUP BY {j}
                       HAVING list_sort(list(DISTINCT {s})) <> range(1, count(DISTINCT {s}) + 1))
            SELECT v.__ord, 'step', CAST(v.{s} AS VARCHAR), g.j || ':' || array_to_string(g.steps, ',')
            FROM {view} v JOIN g ON v.{j} = g.j WHERE NOT v.__rowbad"""))
    return out


def time_order(src: Source) -> str:
    """ORDER BY ts for tables with a timestamp (events: the session order), else nothing.

    Rows stored in time order let every period filter skip the row groups outside the period
    (zone maps): a 30-day question over a year of events reads a tenth of the table. Events are
    stored in the full session order (ts, event_id, touchpoint_id), which the derived tables
    then read from storage instead of sorting again (merge.order_events keeps it so).
    """
    if src.table.name == "events":
        return " " + EVENT_ORDER
    return f" ORDER BY {ident('ts')}" if any(c.name == "ts" for c in src.table.columns) else ""


def _file_in_order(con: duckdb.DuckDBPyConnection, src: Source) -> bool:
    """True when a Parquet events file with typed timestamps is already in session order."""
    if not (src.native("ts") and src.native("touchpoint_id")):
        return False
    rel = f"read_parquet({sql_str(str(src.path))})"
    eid = ident("event_id") if src.native("event_id") else "NULL"
    con.execute("SET preserve_insertion_order = true")
    try:
        # a streaming lag() in file order: reading three columns costs far less than sorting all.
        # A file out of order is mostly so from its first rows (the large demo: row 6), so its
        # first rows are checked alone before the whole file (0.45 CPU s for 10 M events)
        return not any(con.execute(f"""SELECT count(*) FROM (
            SELECT ts, e, tp, lag(ts) OVER () AS p_ts, lag(e) OVER () AS p_e, lag(tp) OVER () AS p_tp
            FROM (SELECT CAST(ts AS TIMESTAMP) AS ts, {eid} AS e, touchpoint_id AS tp FROM {rel}{limit}))
            WHERE ts IS NULL OR e IS NULL OR tp IS NULL OR ts < p_ts
               OR (ts = p_ts AND (e < p_e OR (e = p_e AND tp < p_tp)))""").fetchall()[0][0]
                       for limit in (f" LIMIT {_ORDER_PROBE_ROWS}", ""))
    finally:
        con.execute("SET preserve_insertion_order = false")


def _create_fast(con: duckdb.DuckDBPyConnection, src: Source, target: str) -> None:
    checks = row_checks(src)
    outs = [f"{typed_name(c.name)} AS {ident(c.name)}" for c in src.table.columns]
    outs.append("properties")
    outs += [f"CAST(NULL AS {DUCK_TYPES[c.type]}) AS {ident(c.name)}" for c in src.table.derived]
    order = time_order(src)
    if order and src.table.name == "events" and _file_in_order(con, src):
        order = ""  # already in order: written as read (a sort of 10 M events costs ~3 CPU s)
    # without a sort the table keeps the file's order
    con.execute(f"SET preserve_insertion_order = {'false' if order else 'true'}")
    try:
        write_table(con, src.table, target, f"""SELECT {", ".join(outs)}, ({any_bad(checks)}) AS __bad
            FROM (SELECT {typed_select(src, keep_raw=True)}, {properties_expr(src)} AS properties
                  FROM {src.relation()}){order}""", extra="__bad BOOLEAN")
    finally:
        con.execute("SET preserve_insertion_order = false")


def _fast_view(con: duckdb.DuckDBPyConnection, src: Source, target: str) -> str:
    view = f"_fv_{src.table.name}"
    cols = ", ".join(f"{ident(c.name)} AS {typed_name(c.name)}" for c in src.table.columns)
    con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT 0 AS __ord, {cols}, properties, coalesce(__bad, false) AS __rowbad FROM {target}")
    return view


def stage(con: duckdb.DuckDBPyConnection, src: Source, *, has_ref: bool, skip_bad_rows: bool,
          max_problems: int) -> Staged:
    """Load one file into `_in_<table>`; find its problems (all of them when skipping bad rows)."""
    target = f"_in_{src.table.name}"
    try:
        _create_fast(con, src, target)
    except duckdb.Error:
        # broken CSV structure or encoding: the detailed path names every such line
        return _detailed(con, src, target, has_ref, skip_bad_rows, max_problems)
    n, nbad = con.execute(f"SELECT count(*), count(*) FILTER (WHERE __bad) FROM {target}").fetchall()[0]
    if nbad:
        return _detailed(con, src, target, has_ref, skip_bad_rows, max_problems)
    dup = _has_duplicates(con, src, target)
    view = _fast_view(con, src, target)
    for chk in cross_checks(src, view, has_ref):
        if chk.kind == "duplicate_key" and not dup:
            continue  # no key appears twice: no need to compare contents
        if con.execute(f"SELECT count(*) FROM ({chk.sql})").fetchall()[0][0]:
            return _detailed(con, src, target, has_ref, skip_bad_rows, max_problems)
    con.execute(f"ALTER TABLE {target} DROP COLUMN __bad")
    return Staged(src, target, int(n), [], 0, 0, dup)


def has_repeats(con: duckdb.DuckDBPyConnection, table: str, keys: list[str]) -> bool:
    """True when some key (SQL column expressions) appears in more than one row of the table."""
    k = ", ".join(keys)
    # different 64-bit hashes mean different keys, so only a repeated hash needs the exact check.
    # Sorting the hashes in numpy finds a repeat far cheaper than DuckDB's count(DISTINCT ...)
    # hash table (10 M event ids: 0.4 vs 1.5 CPU s); 8 bytes a row
    hashes = con.execute(f"SELECT hash({k}) AS h FROM {table}").fetchnumpy()["h"]
    hashes.sort()
    if not bool(np.any(hashes[1:] == hashes[:-1])):
        return False
    sql = f"SELECT count(*) FROM (SELECT {k} FROM {table} GROUP BY {k} HAVING count(*) > 1)"
    return bool(con.execute(sql).fetchall()[0][0])


def _has_duplicates(con: duckdb.DuckDBPyConnection, src: Source, target: str) -> bool:
    keys = [ident(k) for k in src.table.key if k in src.columns]
    if len(keys) != len(src.table.key):
        return False
    return has_repeats(con, target, keys)


class LineMap:
    """Record number → line in the file, counting newlines inside quoted fields and rejected lines."""

    def __init__(self, parquet: bool, multiline: list[tuple[int, int]], rejected: list[int]) -> None:
        self.parquet = parquet
        self.ords = [o for o, _ in multiline]
        self.cum: list[int] = []
        total = 0
        for _, n in multiline:
            total += n
            self.cum.append(total)
        self.rejected = sorted(rejected)

    def line(self, ord_: int) -> int:
        if self.parquet:
            return ord_ + 1  # Parquet has no header: the 1-based row number
        i = bisect.bisect_left(self.ords, ord_)
        line = 2 + ord_ + (self.cum[i - 1] if i else 0)
        for r in self.rejected:
            if r > line:
                break
            line += 1
        return line


def _raw_view(con: duckdb.DuckDBPyConnection, src: Source, checks: list[RowCheck]) -> tuple[str, list[tuple], LineMap]:
    """Materialise the file in order; return the view name, CSV structure rejects and the line map."""
    raw, view, rj = f"_raw_{src.table.name}", f"_v_{src.table.name}", f"_rj_{src.table.name}"
    rejects: list[tuple] = []
    con.execute("SET preserve_insertion_order = true")
    if src.fmt == "csv":
        con.execute(f"CREATE OR REPLACE TEMP TABLE {raw} AS SELECT * FROM {src.relation(rejects=rj)}")
        rejects = con.execute(f"SELECT line, byte_position, column_name, error_type, csv_line, error_message "
                              f"FROM {rj} ORDER BY line").fetchall()
        con.execute(f"CREATE OR REPLACE TEMP VIEW {raw}_o AS SELECT rowid AS __ord, * FROM {raw}")
    else:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {raw} AS SELECT * FROM {src.ordered_relation()}")
        con.execute(f"CREATE OR REPLACE TEMP VIEW {raw}_o AS SELECT * FROM {raw}")
    con.execute(f"""CREATE OR REPLACE TEMP VIEW {view} AS SELECT *, coalesce({any_bad(checks)}, false) AS __rowbad FROM
        (SELECT __ord, {typed_select(src, keep_raw=True)}, {properties_expr(src)} AS properties FROM {raw}_o)""")
    multiline: list[tuple[int, int]] = []
    if src.fmt == "csv" and src.columns:
        joined = "concat_ws('', " + ", ".join(ident(c) for c in src.columns) + ")"
        multiline = con.execute(f"SELECT __ord, n FROM (SELECT __ord, strlen({joined}) - strlen(replace({joined}, chr(10), '')) AS n "
                                f"FROM {raw}_o) WHERE n > 0 ORDER BY __ord").fetchall()
    lines = LineMap(src.fmt == "parquet", multiline, [r[0] for r in rejects])
    return view, rejects, lines


def _structure_problem(r: tuple) -> tuple[str | None, str, str]:
    line, byte, column, etype, _csv_line, message = r
    if etype == "INVALID ENCODING":
        return column, msg.reason("encoding", byte=byte), msg.hint("encoding")
    if etype == "LINE SIZE OVER MAXIMUM":
        return column, msg.reason("huge_field", limit=msg.MAX_FIELD_BYTES), msg.hint("huge_field", limit=msg.MAX_FIELD_BYTES)
    return column, msg.reason("csv_structure", detail=str(message).splitlines()[0]), msg.hint("csv_structure")


def _explain(kind: str, check: RowCheck | None, column: str, value: str | None, extra: str | None) -> tuple[str, str]:
    if check is not None:
        return check.reason, check.hint
    if kind == "duplicate_key":
        return msg.reason("duplicate_key", key=column, first="{first}"), msg.hint("duplicate_key", key=column)
    if kind == "unknown_touchpoint":
        return msg.reason("unknown_touchpoint"), ""
    journey, _, steps = (extra or "").rpartition(":")
    return msg.reason("step_gap", journey=journey, steps=steps), msg.hint("step_gap")


def _short(value: str | None) -> str | None:
    if value is not None and len(value) > 120:
        return value[:60] + f"… ({len(value.encode('utf-8'))} bytes)"
    return value


def _detailed(con: duckdb.DuckDBPyConnection, src: Source, target: str, has_ref: bool, skip_bad_rows: bool,
              max_problems: int) -> Staged:
    checks = row_checks(src)
    view, rejects, lines = _raw_view(con, src, checks)
    crosses = cross_checks(src, view, has_ref)
    parts = [f"SELECT __ord, {i} AS chk, {sql_str(c.column)} AS col, CAST({ident(c.column)} AS VARCHAR) AS value, "
             f"NULL AS extra FROM {view} WHERE coalesce({c.bad}, false)" for i, c in enumerate(checks)]
    parts += [f"SELECT q.__ord, {len(checks) + i} AS chk, q.col, q.value, q.extra "
              f"FROM ({x.sql}) q(__ord, col, value, extra)" for i, x in enumerate(crosses)]
    bad = f"_bad_{src.table.name}"
    con.execute(f"CREATE OR REPLACE TEMP TABLE {bad} AS {' UNION ALL '.join(parts)}")
    total, records = con.execute(f"SELECT count(*), count(DISTINCT __ord) FROM {bad}").fetchall()[0]
    limit = "" if skip_bad_rows else f"LIMIT {max_problems + 1}"
    rows = con.execute(f"SELECT b.__ord, b.chk, b.col, b.value, b.extra, [{', '.join('CAST(r.' + ident(c) + ' AS VARCHAR)' for c in src.columns)}] "
                       f"FROM {bad} b JOIN {view} r USING (__ord) ORDER BY b.__ord, b.chk {limit}").fetchall()
    out: list[BadRow] = []
    ref_ids: list[str] = []
    if has_ref and any(x.kind == "unknown_touchpoint" for x in crosses):
        ref_ids = [r[0] for r in con.execute(f"SELECT touchpoint_id FROM {REF_TABLE}").fetchall()]
    for r in rejects:
        column, reason, hint = _structure_problem(r)
        out.append(BadRow(r[0], column, _short(r[4]), reason, hint, [], raw_text=r[4]))
    kinds = [c.kind for c in checks] + [x.kind for x in crosses]
    for ord_, chk, col, value, extra, raw in rows:
        check = checks[chk] if chk < len(checks) else None
        reason, hint = _explain(kinds[chk], check, col, value, extra)
        if kinds[chk] == "duplicate_key":
            reason = reason.replace("{first}", str(lines.line(int(extra.split(":", 1)[1]))))
        elif kinds[chk] == "unknown_touchpoint":
            hint = msg.hint("unknown_touchpoint", suggestion=_suggest(value, ref_ids))
        out.append(BadRow(lines.line(ord_), col, _short(value), reason, hint, list(raw)))
    out.sort(key=lambda b: b.line or 0)
    if skip_bad_rows:
        outs = [f"{typed_name(c.name)} AS {ident(c.name)}" for c in src.table.columns]
        outs += ["properties"] + [f"CAST(NULL AS {DUCK_TYPES[c.type]}) AS {ident(c.name)}" for c in src.table.derived]
        write_table(con, src.table, target, f"SELECT {', '.join(outs)} FROM {view} "
                    f"WHERE __ord NOT IN (SELECT __ord FROM {bad})"
                    f"{time_order(src) or ' ORDER BY __ord'}")
    n_read = con.execute(f"SELECT count(*) FROM {view}").fetchall()[0][0] + len(rejects)
    con.execute("SET preserve_insertion_order = false")
    dup = skip_bad_rows and _has_duplicates(con, src, target)
    return Staged(src, target, int(n_read), out, int(total) + len(rejects), int(records) + len(rejects), dup)


def _suggest(value: str | None, known: list[str]) -> str:
    close = difflib.get_close_matches(value or "", known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
