"""Load a DATA.md dataset folder into the workspace database, all or nothing (see ingest_folder).

Rules decided here (tests pin each one):
- Timestamps: naive values are dataset-local and stored as written; values with an offset are
  converted to `data_tz` (default UTC) and stored naive (knowledge/ingest/checks.py).
- Events are stored in session order (ts, event_id, touchpoint_id): time order for zone maps, and
  the derived tables read that order from storage instead of sorting (knowledge/ingest/merge.py).
- Keys upsert: same key and content is a no-op, new content replaces the row (its feedback
  enrichment is recomputed). A journey given again is redefined whole (old extra steps go).
  Events without event_id get `syn-<md5 of content and occurrence>` so reloads never duplicate.
- Text is stored verbatim and never evaluated; reject CSVs we write prefix cells starting with
  = + - @ with a quote (knowledge/ingest/rejects.py).
- Problem lines: CSV physical line (header = 1, newlines inside quotes counted); Parquet: row number.
- `_ingest_log` keeps one row per loaded file and survives --replace (it is the load history).
"""
from __future__ import annotations

import hashlib
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Sequence

import duckdb
from tqdm import tqdm

from knowledge.derived import refresh_derived
from knowledge.errors import BadInputError, ConfigError, RowProblem
from knowledge.ingest import messages as msg
from knowledge.ingest.merge import assign_event_ids, ensure_tables, log_load, merge, order_events, refresh_positions
from knowledge.ingest.readers import Source, discover
from knowledge.ingest.rejects import write_rejects
from knowledge.ingest.report import IngestReport, TableReport
from knowledge.ingest.staging import IngestLock, Staging, bump_generation
from knowledge.ingest.validate import REF_TABLE, Staged, stage
from knowledge.workspace import Workspace

__all__ = ["IngestReport", "TableReport", "ingest_folder"]

Enricher = Callable[[duckdb.DuckDBPyConnection], object]


def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _open(staging: Staging, data_tz: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(staging.path), config={"temp_directory": str(staging.temp_dir)})
    # speed: row order only matters on the detailed (error) path, which turns it back on
    con.execute("SET preserve_insertion_order = false")
    con.execute("SET enable_progress_bar = false")
    # speed: DuckDB 2.0's dictionary+FSST string compression doubled the CPU cost of writing
    # 10 M events (measured: 1.41 vs 0.62 CPU s per 1 M event rows); without it DuckDB 2.0 stores
    # the events' string columns uncompressed (pragma_storage_info). The setting is per
    # connection: readers open the file unaffected.
    con.execute("SET disabled_compression_methods = 'dict_fsst'")
    try:
        con.execute("SET TimeZone = ?", [data_tz])
    except duckdb.Error:
        con.close()
        raise ConfigError(msg.BAD_TZ_MESSAGE.format(tz=data_tz), hint=msg.BAD_TZ_HINT) from None
    return con


def _refresh_ref(con: duckdb.DuckDBPyConnection, st: Staged | None, skip_bad_rows: bool) -> bool:
    """Known touchpoint ids: those of this load's good rows plus those already loaded."""
    parts = ["SELECT touchpoint_id FROM touchpoints"]
    if st is not None and st.problem_count and not skip_bad_rows:
        # the load will fail anyway; keep checking the other files against the good rows
        parts.append('SELECT "__t_touchpoint_id" FROM _v_touchpoints WHERE NOT __rowbad')
    elif st is not None:
        parts.append(f"SELECT touchpoint_id FROM {st.table}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE {REF_TABLE} AS SELECT DISTINCT touchpoint_id FROM "
                f"({' UNION ALL '.join(parts)}) WHERE touchpoint_id IS NOT NULL")
    return st is not None or bool(con.execute(f"SELECT count(*) FROM {REF_TABLE}").fetchall()[0][0])


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def ingest_folder(workspace: Workspace, folder: str | Path, *, replace: bool = False, skip_bad_rows: bool = False,
                  enrichers: Sequence[Enricher] = (), progress: bool = True, max_problems: int = 200,
                  data_tz: str = "UTC", lock: IngestLock | None = None) -> IngestReport:
    """Validate and load a DATA.md folder into the workspace database atomically; raise BadInputError on bad rows."""
    start = time.perf_counter()
    folder = Path(folder).expanduser()
    report = IngestReport(folder=str(folder), replaced=replace)
    staging = Staging(workspace, copy_current=True, lock=lock)
    con: duckdb.DuckDBPyConnection | None = None
    bar = tqdm(total=1, desc="ingest", unit="step", file=sys.stderr, leave=False,
               disable=not (progress and sys.stderr.isatty()))
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sha256")
    try:
        con = _open(staging, data_tz)
        found = discover(con, folder)
        report.ignored_files = found.ignored
        bar.total = 2 * len(found.sources) + 3
        hashes: dict[Path, Future[str]] = {s.path: pool.submit(_sha256, s.path) for s in found.sources}
        ensure_tables(con, replace=replace)
        mark = _Clock(report)
        staged = _stage_all(con, found.sources, skip_bad_rows, max_problems, bar)
        mark("stage")
        problems = list(found.problems)
        row_problems = [p for st in staged for p in st.problems()]
        if found.problems or (row_problems and not skip_bad_rows):
            total = len(found.problems) + sum(st.problem_count for st in staged)
            _raise(folder, problems + row_problems, total, max_problems)
        events_as_staged = False
        for st in staged:
            bar.set_postfix_str(f"merge {st.source.name}")
            if st.source.table.name == "events":
                assign_event_ids(con, st)
            counts = merge(con, st)
            if st.source.table.name == "events":
                events_as_staged = counts.as_staged
            t = TableReport(st.source.table.name, st.source.name, st.rows_read, counts.added, counts.updated,
                            counts.unchanged, st.bad_records, counts.removed)
            report.tables[t.table] = t
            log_load(con, st.source.table, st.source.name, hashes[st.source.path].result(), st.rows_read,
                     counts, st.bad_records, replace)
            bar.update(1)
        refresh_positions(con)
        if not events_as_staged:
            # staging writes events in session order (validate.time_order), so only a merge into
            # rows already loaded needs the check (a storage-order scan: 0.35 CPU s for 10 M events)
            order_events(con)
        mark("merge")
        for enrich in enrichers:
            bar.set_postfix_str("enrich")
            enrich(con)
            report.enrichers += 1
        mark("enrich")
        bar.set_postfix_str("derived tables")
        refresh_derived(con, events_in_order=True)  # order_events above made it so
        mark("derived")
        bar.update(1)
        _drop_work_tables(con)
        con.execute("CHECKPOINT")
        con.close()
        con = None
        bar.set_postfix_str("swap")
        staging.commit()
        if lock is None:
            # a load on its own: it is the whole change, so servers may reopen now (a caller that
            # holds the lock, like load_dataset, moves the generation after its index sync)
            bump_generation(workspace)
        mark("commit")
        bar.update(2)
    except BaseException:
        if con is not None:
            con.close()
        staging.abort()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        bar.close()
    for st in staged:
        if st.bad:
            report.reject_files.append(write_rejects(workspace.rejects_dir, st.source.table.name, st.bad))
    report.elapsed_s = time.perf_counter() - start
    return report


class _Clock:
    """Records how long each phase of a load took into the report."""

    def __init__(self, report: IngestReport) -> None:
        self.report = report
        self.last = time.perf_counter()

    def __call__(self, phase: str) -> None:
        now = time.perf_counter()
        self.report.phases_s[phase] = now - self.last
        self.last = now


def _stage_all(con: duckdb.DuckDBPyConnection, sources: list[Source], skip_bad_rows: bool, max_problems: int,
               bar: tqdm) -> list[Staged]:
    staged: list[Staged] = []
    tp = next((s for s in sources if s.table.name == "touchpoints"), None)
    has_ref = _refresh_ref(con, None, skip_bad_rows) if tp is None else False
    for src in sources:
        bar.set_postfix_str(f"check {src.name}")
        st = stage(con, src, has_ref=has_ref, skip_bad_rows=skip_bad_rows, max_problems=max_problems)
        staged.append(st)
        if src is tp:
            has_ref = _refresh_ref(con, st, skip_bad_rows)
        bar.update(1)
    return staged


def _drop_work_tables(con: duckdb.DuckDBPyConnection) -> None:
    for name in _tables(con):
        if name.startswith(("_in_", "_raw_")):
            con.execute(f'DROP TABLE IF EXISTS "{name}"')


def _raise(folder: Path, problems: list[RowProblem], total: int, cap: int) -> None:
    shown = problems[:cap]
    raise BadInputError(msg.BAD_INPUT_MESSAGE.format(count=total, folder=folder), problems=shown,
                        hint=msg.BAD_INPUT_HINT, truncated=total > len(shown))
