"""Property-based fuzz of the SQL guard: >= 10,000 hostile inputs, zero non-SELECT statements reach DuckDB."""
from __future__ import annotations

import sqlglot
import os

from hypothesis import HealthCheck, Phase, given, settings, strategies as st
from sqlglot import exp

from knowledge.errors import QueryError, QueryRejectedError
from knowledge.gateway import Gateway
from knowledge.sql_guard import FORBIDDEN_NODES, TOP_LEVEL, run_guarded
from tests.sql_fixtures import make_db

FORBIDDEN = ["DROP TABLE events", "DELETE FROM events", "INSERT INTO events VALUES (1)", "UPDATE events SET device='x'",
             "COPY events TO 'out.csv'", "ATTACH 'x.db' AS x", "DETACH x", "PRAGMA database_list", "SET threads=1",
             "INSTALL httpfs", "LOAD httpfs", "EXPORT DATABASE 'dir'", "CALL pragma_version()", "CREATE TABLE t(a INT)",
             "ALTER TABLE events ADD COLUMN z INT", "CHECKPOINT", "VACUUM", "BEGIN TRANSACTION", "USE memory",
             "IMPORT DATABASE 'dir'", "CREATE SECRET s (TYPE s3)", "SUMMARIZE events", "DESCRIBE events"]
READERS = ["read_csv", "read_csv_auto", "read_parquet", "read_json", "read_json_auto", "read_text", "read_blob",
           "glob", "parquet_scan", "sniff_csv", "query", "query_table", "duckdb_settings", "iceberg_scan"]
SELECTS = ["SELECT * FROM events", "SELECT device, count(*) FROM events GROUP BY 1",
           "SELECT text FROM feedback WHERE feedback_id = 'f1'", "WITH a AS (SELECT * FROM events) SELECT * FROM a"]
SEPARATORS = [";", ";\n", " ; ", ";--", "/*x*/;", "\n;\n", "；", ";\u200b", "\x00;", ";\r\n"]
EXAMPLES = int(os.environ.get("JOURNEY_FUZZ_EXAMPLES", "10000"))
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00a0", "\u3000", "\uff1b", "\u037e"]


def _mutate_case(draw, word: str) -> str:
    mask = draw(st.integers(0, 2 ** len(word) - 1))  # one draw per word keeps 10,000 examples fast
    return "".join(c.upper() if mask >> i & 1 else c.lower() for i, c in enumerate(word))


@st.composite
def hostile_sql(draw) -> str:
    kind = draw(st.integers(0, 6))
    sel, bad = draw(st.sampled_from(SELECTS)), draw(st.sampled_from(FORBIDDEN))
    if kind == 0:  # stacked statements
        return sel + draw(st.sampled_from(SEPARATORS)) + _mutate_case(draw, bad)
    if kind == 1:  # statement smuggled in or around comments
        return draw(st.sampled_from([f"{sel} /* ; {bad} */", f"{sel} -- \n; {bad}", f"/* {sel} */ {bad}",
                                     f"{bad} -- {sel}", f"{sel} /*/ ; {bad} /*/"]))
    if kind == 2:  # file/network readers and table functions
        fn = _mutate_case(draw, draw(st.sampled_from(READERS)))
        arg = draw(st.sampled_from(["'/etc/passwd'", "'*.csv'", "'https://x.y/z.parquet'", "'s3://b/k'", "'SELECT 1'"]))
        return draw(st.sampled_from([f"SELECT * FROM {fn}({arg})", f"SELECT {fn}({arg})",
                                     f"SELECT * FROM events WHERE device IN (SELECT * FROM {fn}({arg}))",
                                     f"WITH a AS (SELECT * FROM {fn}({arg})) SELECT * FROM a"]))
    if kind == 3:  # forbidden keyword with mutated case/whitespace, alone
        ws = draw(st.sampled_from([" ", "\t", "\n", "  ", "/**/"]))
        return _mutate_case(draw, bad).replace(" ", ws)
    if kind == 4:  # unicode tricks inserted at a random place
        text = sel + ";" + bad
        pos = draw(st.integers(0, len(text)))
        return text[:pos] + draw(st.sampled_from(ZERO_WIDTH)) + text[pos:]
    if kind == 5:  # random splice of a select and forbidden words
        words = draw(st.lists(st.sampled_from((sel + " " + bad + " ; -- /* */ ( ) ' \"").split()), min_size=1, max_size=12))
        return " ".join(words)
    return draw(st.text(min_size=0, max_size=60))  # noise


class SpyGateway(Gateway):
    """A real gateway that first proves each statement reaching DuckDB is one SELECT."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.reached: list[str] = []
        self.non_select = 0

    def query(self, sql, params=None, **kw):
        if "information_schema" not in sql:
            self.reached.append(sql)
            trees = sqlglot.parse(sql, read="duckdb")
            if len(trees) != 1 or not isinstance(trees[0], TOP_LEVEL) or any(
                    isinstance(n, FORBIDDEN_NODES) for n in trees[0].walk()) or any(
                    isinstance(t.this, exp.Func) for t in trees[0].find_all(exp.Table)):
                self.non_select += 1
        return super().query(sql, params, **kw)


def test_fuzz_no_non_select_reaches_duckdb(tmp_path):
    gw = SpyGateway(make_db(tmp_path / "j.duckdb"), timeout_s=2)
    known = gw.table_columns()
    gw.table_columns = lambda: known  # one catalogue read; the spy counts only guarded statements
    seen = {"n": 0, "rejected": 0}

    @settings(max_examples=EXAMPLES, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(hostile_sql())
    def one(sql: str) -> None:
        seen["n"] += 1
        try:
            run_guarded(gw, sql, row_cap=20)
        except QueryRejectedError:
            seen["rejected"] += 1
        except QueryError:
            pass  # a SELECT that DuckDB itself refused (e.g. type error) still was a SELECT

    one()
    assert seen["n"] >= EXAMPLES
    assert gw.non_select == 0, gw.reached[:5]
    assert seen["rejected"] > seen["n"] * 0.5
