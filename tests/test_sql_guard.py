"""The SQL guard: what passes, what is rejected and why, LIMIT enforcement, running through the gateway."""
from __future__ import annotations

import pytest

from knowledge.errors import QueryRejectedError
from knowledge.gateway import Gateway
from knowledge.sql_guard import guard_sql, run_guarded
from tests.sql_fixtures import make_db

KNOWN = {"events": ["customer_id", "ts", "touchpoint_id", "device"], "feedback": ["feedback_id", "text"],
         "_ingest_log": ["file"]}


@pytest.mark.parametrize("sql, expected", [
    ("SELECT * FROM events", "SELECT * FROM events LIMIT 50"),
    ("select device, count(*) n from events group by 1 limit 10", "SELECT device, COUNT(*) AS n FROM events GROUP BY 1 LIMIT 10"),
    ("SELECT device FROM events LIMIT 5000", "SELECT device FROM events LIMIT 50"),
    ("SELECT device FROM events LIMIT (SELECT 3)", "SELECT device FROM events LIMIT 50"),
    ("SELECT * FROM events /* ; DROP TABLE events */ -- x", "SELECT * FROM events LIMIT 50"),
    # computed columns are named by their text, the same on every engine
    ("select count(*), e.device, 1 + 1 from events e", 'SELECT COUNT(*) AS "COUNT(*)", e.device, 1 + 1 AS "1 + 1" '
     "FROM events AS e LIMIT 50"),
    ("WITH a AS (SELECT device FROM events) SELECT device FROM a UNION SELECT text FROM feedback",
     "WITH a AS (SELECT device FROM events) SELECT device FROM a UNION SELECT text FROM feedback LIMIT 50"),
])
def test_accepted_sql_is_regenerated_with_a_capped_limit(sql, expected):
    assert guard_sql(sql, KNOWN, cap=50).sql == expected


@pytest.mark.parametrize("sql, fragment", [
    ("SELECT 1; DROP TABLE events", "one statement"),
    ("SELECT * FROM read_csv('/etc/passwd')", "read_csv"),
    ("SELECT * FROM read_parquet('x.parquet')", "read_parquet"),
    ("SELECT * FROM glob('*')", "glob"),
    ("SELECT * FROM 'data.csv'", "unknown table"),
    ("COPY events TO 'x.csv'", "only SELECT"),
    ("ATTACH 'other.db'", "only SELECT"),
    ("PRAGMA database_list", "only SELECT"),
    ("SET threads = 1", "only SELECT"),
    ("INSTALL httpfs", "only SELECT"),
    ("LOAD httpfs", "only SELECT"),
    ("EXPORT DATABASE 'x'", "parsed"),
    ("CALL pragma_version()", "only SELECT"),
    ("DELETE FROM events", "only SELECT"),
    ("CREATE TABLE t AS SELECT 1", "only SELECT"),
    ("SELECT 1 INTO t", "INTO"),
    ("SELECT nope FROM events", "unknown column 'nope'"),
    ("SELECT * FROM customers", "unknown table"),
    ("SELECT * FROM _ingest_log", "unknown table"),
    ("SELECT * FROM other.events", "schema-qualified"),
    ("SELECT * FROM duckdb_settings()", "duckdb_settings"),
    ("SELECT getenv('HOME')", "getenv"),
    ("SELECT * FROM events\u200b", "invisible"),
    ("", "empty"),
])
def test_rejected_sql_names_the_reason_and_has_a_hint(sql, fragment):
    with pytest.raises(QueryRejectedError) as err:
        guard_sql(sql, KNOWN, cap=50)
    assert fragment in err.value.message
    assert err.value.hint and err.value.code == "sql_rejected"


def test_run_guarded_reads_through_the_gateway_with_the_cap(tmp_path):
    gw = Gateway(make_db(tmp_path / "j.duckdb"))
    res = run_guarded(gw, "SELECT touchpoint_id, count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1", row_cap=1)
    assert res.rows == [("tp_home", 2)]
    assert res.sql.endswith("LIMIT 1")
    with pytest.raises(QueryRejectedError):
        run_guarded(gw, "SELECT * FROM events; DROP TABLE events")
