"""Show SQL shows runnable statements: parameters inlined as safe literals, same rows as the tool got."""
from __future__ import annotations

import shutil
from datetime import date, datetime

import duckdb
import pytest
import sqlglot
from sqlglot.tokens import TokenType

import tools.base
from assistant.chat_handler import build_chat_service
from assistant.settings import load_settings
from knowledge.errors import QueryError
from knowledge.sql_inline import RecordingGateway, inline_params
from tinymap import build


def test_inlining_quotes_values_and_leaves_literals_and_comments_alone():
    sql = "SELECT '?' AS q FROM t -- what?\nWHERE a = ? AND ts >= ? AND d = ? AND n IN (?, ?)"
    out = inline_params(sql, ["it's'; DROP TABLE t; --", datetime(2026, 10, 1, 8, 30), date(2026, 10, 2), 3, None])
    assert out == ("SELECT '?' AS q FROM t -- what?\nWHERE a = 'it''s''; DROP TABLE t; --' "
                   "AND ts >= CAST('2026-10-01 08:30:00' AS TIMESTAMP) AND d = CAST('2026-10-02' AS DATE) "
                   "AND n IN (3, NULL)")
    con = duckdb.connect()
    con.execute("CREATE TABLE t (a VARCHAR, ts TIMESTAMP, d DATE, n INTEGER)")
    con.execute("INSERT INTO t VALUES ('it''s''; DROP TABLE t; --', '2026-10-01 09:00', '2026-10-02', 3)")
    assert con.execute(out).fetchall() == [("?",)]  # the hostile value stayed a value


def test_a_parameter_count_mismatch_is_an_error_not_a_wrong_statement():
    with pytest.raises(QueryError) as err:
        inline_params("SELECT ? + ?", [1])
    assert err.value.code == "sql_inline" and err.value.hint


class RowsRecorder(RecordingGateway):
    """Also keeps the rows each statement returned to the tool."""

    seen: dict[str, list[tuple]] = {}

    def query(self, sql, params=None, **kwargs):
        res = super().query(sql, params, **kwargs)
        RowsRecorder.seen[inline_params(sql, params)] = [tuple(r) for r in res.rows]
        return res


QUESTIONS = ["Which touchpoint loses the most users in October 2026?", "buy 漏斗 2026年10月",
             "October 2026 orders by device", "daily orders trend in October 2026",
             "show me the journey map for October 2026", "orders in October 2026 compared to September 2026",
             "which touchpoint do customers exit most in October 2026?"]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    root = tmp_path_factory.mktemp("sql")
    build(root).close()
    svc = build_chat_service(load_settings(model="offline"), workspace=str(root))
    yield svc
    svc.close()


@pytest.mark.parametrize("question", QUESTIONS)
def test_shown_sql_runs_as_is_in_duckdb_with_the_same_rows(service, question, monkeypatch, tmp_path):
    monkeypatch.setattr(tools.base, "RecordingGateway", RowsRecorder)
    RowsRecorder.seen = {}
    answer = service.answer(question, as_of=date(2026, 10, 31), remember=False)
    assert answer.status == "ok" and answer.sql, (answer.answer, answer.tool_calls)
    # a copy of the workspace file: this process already holds the original open through the gateway
    copy = tmp_path / "journey.duckdb"
    shutil.copyfile(service.workspace.db_path, copy)
    con = duckdb.connect(str(copy), read_only=True)
    try:
        for shown in answer.sql:
            tokens = sqlglot.Dialect.get_or_raise("duckdb").tokenize(shown)
            assert not [t for t in tokens if t.token_type == TokenType.PLACEHOLDER], shown
            rows = [tuple(r) for r in con.execute(shown).fetchall()]
            # a statement without ORDER BY may return its rows in any order; the rows must be the same
            assert sorted(rows, key=repr) == sorted(RowsRecorder.seen[shown], key=repr)
    finally:
        con.close()
