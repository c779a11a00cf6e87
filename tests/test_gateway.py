"""The query gateway: read-only, real time limit, row cap, DuckDB 2.0 result handling, file swaps."""
from __future__ import annotations

import os
import threading
import time

import duckdb
import pytest

from knowledge.errors import QueryError, QueryTimeoutError, WorkspaceError
from knowledge.gateway import Gateway


def _make_db(path, n: int = 100) -> None:
    con = duckdb.connect(str(path))
    con.execute(f"CREATE TABLE t AS SELECT range AS i FROM range({n})")
    con.close()


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "g.duckdb"
    _make_db(path)
    return path


def test_row_cap_sets_truncated(db):
    gw = Gateway(db, row_cap=10)
    res = gw.query("SELECT i FROM t ORDER BY i")
    assert res.truncated is True
    assert [r[0] for r in res.rows] == list(range(10))
    full = gw.query("SELECT i FROM t", row_cap=1000)
    assert full.truncated is False and len(full.rows) == 100


def test_exact_cap_is_not_truncated(db):
    gw = Gateway(db, row_cap=100)
    assert gw.query("SELECT i FROM t").truncated is False


def test_single_row_reads_do_not_break_next_query(db):
    # DuckDB 2.0: a half-read result on a connection breaks the next call; the gateway
    # reads through a fresh cursor each time, so many scalar reads in a row must work
    gw = Gateway(db)
    for k in range(20):
        assert gw.scalar("SELECT count(*) FROM t WHERE i >= ?", [k]) == 100 - k
    res = gw.query("SELECT i FROM t ORDER BY i", row_cap=1)
    assert res.rows == [(0,)] and res.truncated
    assert gw.scalar("SELECT max(i) FROM t") == 99


def test_time_limit_really_interrupts(db):
    gw = Gateway(db, timeout_s=0.3)
    start = time.perf_counter()
    with pytest.raises(QueryTimeoutError) as err:
        gw.query("SELECT count(*) FROM range(10000000000) a, range(10) b WHERE a.range % 7 = b.range")
    assert time.perf_counter() - start < 3.0
    assert err.value.code == "query_timeout" and err.value.hint
    assert gw.scalar("SELECT 1") == 1  # still usable afterwards


@pytest.mark.parametrize("sql", [
    "CREATE TABLE x (i INTEGER)",
    "INSERT INTO t VALUES (1)",
    "DELETE FROM t",
    "DROP TABLE t",
])
def test_writes_are_refused(db, sql):
    gw = Gateway(db)
    with pytest.raises(QueryError):
        gw.query(sql)
    assert gw.scalar("SELECT count(*) FROM t") == 100


def test_files_outside_the_database_are_unreachable(db, tmp_path):
    csv = tmp_path / "secret.csv"
    csv.write_text("a\n1\n")
    gw = Gateway(db)
    with pytest.raises(QueryError):
        gw.query(f"SELECT * FROM read_csv('{csv}')")


def test_missing_database_gives_helpful_error(tmp_path):
    gw = Gateway(tmp_path / "none.duckdb")
    with pytest.raises(WorkspaceError) as err:
        gw.query("SELECT 1")
    assert "journey demo" in (err.value.hint or "")


def test_reopens_after_atomic_file_swap(db, tmp_path):
    gw = Gateway(db)
    assert gw.scalar("SELECT count(*) FROM t") == 100
    staged = tmp_path / "staged.duckdb"
    _make_db(staged, n=7)
    os.replace(staged, db)
    assert gw.scalar("SELECT count(*) FROM t") == 7


def test_concurrent_queries_from_threads(db):
    gw = Gateway(db)
    errors: list[Exception] = []

    def work() -> None:
        try:
            for _ in range(20):
                assert gw.scalar("SELECT sum(i) FROM t") == 4950
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []


def test_table_columns(db):
    assert Gateway(db).table_columns() == {"t": ["i"]}
