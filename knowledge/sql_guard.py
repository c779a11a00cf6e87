"""The SQL guard: free-form SQL runs only as one SELECT over known tables and columns.

An ordered list of small pure checks (sqlglot's optimizer style). What reaches DuckDB is
never the caller's text: it is re-generated from the parsed tree without comments, with a
LIMIT at most the cap, so a comment or a second statement cannot be smuggled through.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.scope import Scope, traverse_scope

from knowledge.errors import QueryRejectedError
from knowledge.gateway import Gateway, QueryResult

MAX_SQL_CHARS = 10_000
DEFAULT_LIMIT = 200
HINT = "write one SELECT over the tables listed by describe_data (events, orders, feedback, ...)"

# statements and clauses that read or write outside the tables, or change the session
FORBIDDEN_NODES: tuple[type[exp.Expression], ...] = tuple(getattr(exp, n) for n in (
    "Command", "Create", "Drop", "Insert", "Update", "Delete", "Merge", "Alter", "Copy", "Pragma", "Set",
    "Use", "Transaction", "Commit", "Rollback", "Into", "Attach", "Detach", "Install", "Load", "Export",
    "Describe", "Show", "Cache", "Uncache", "Refresh", "TruncateTable", "Analyze", "LoadData", "Kill",
) if hasattr(exp, n))
FORBIDDEN_FUNC_PREFIXES = ("read_", "parquet_", "iceberg_", "delta_", "sqlite_", "postgres_", "mysql_", "duckdb_",
                           "pragma_", "glob", "http", "s3", "sniff_", "json_execute", "query", "load", "install",
                           "export", "import", "copy", "attach", "getenv", "current_setting", "set_", "checkpoint",
                           "which_secret", "sql_auto_complete", "test_all_types", "enable_", "disable_",
                           "force_checkpoint", "summary", "repeat_row", "icu_", "arrow_scan", "python_", "seq_scan")
TOP_LEVEL = (exp.Select, exp.Union, exp.Intersect, exp.Except)


@dataclass(frozen=True)
class GuardedSQL:
    """A statement that passed the guard: the SQL to run, the tables it reads, its LIMIT."""

    sql: str
    tables: tuple[str, ...]
    limit: int


def _reject(message: str, hint: str = HINT) -> QueryRejectedError:
    return QueryRejectedError(message, hint=hint)


# -- the checks, in order ------------------------------------------------------------------------
def check_text(sql: str) -> str:
    """Length and invisible characters: zero-width or control characters hide what a reader sees."""
    if not isinstance(sql, str) or not sql.strip():
        raise _reject("empty SQL")
    if len(sql) > MAX_SQL_CHARS:
        raise _reject(f"SQL longer than {MAX_SQL_CHARS} characters", "ask a narrower question")
    for ch in sql:
        cat = unicodedata.category(ch)
        if (cat == "Cc" and ch not in "\t\n\r") or cat in ("Cf", "Co", "Cs", "Cn"):
            raise _reject(f"SQL contains the invisible character U+{ord(ch):04X}", "remove control/zero-width characters")
    return sql.strip()


def parse_single(sql: str) -> exp.Expression:
    """Exactly one statement, parsed by sqlglot's DuckDB dialect."""
    try:
        trees = [t for t in sqlglot.parse(sql, read="duckdb") if t is not None]
    except SqlglotError as exc:
        raise _reject(f"SQL could not be parsed: {str(exc).splitlines()[0][:200]}") from None
    except (RecursionError, ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        # sqlglot can fail on adversarial input with plain Python errors; still a rejection, not a crash
        raise _reject(f"SQL could not be parsed ({type(exc).__name__})") from None
    if len(trees) != 1:
        raise _reject(f"expected one statement, got {len(trees)}", "send a single SELECT without ';'")
    return trees[0]


def check_select(tree: exp.Expression) -> exp.Expression:
    """The statement is a SELECT (WITH and UNION/INTERSECT/EXCEPT of selects allowed)."""
    if not isinstance(tree, TOP_LEVEL):
        raise _reject(f"only SELECT is allowed, got {type(tree).__name__.upper()}")
    for node in tree.walk():
        if isinstance(node, FORBIDDEN_NODES):
            raise _reject(f"{type(node).__name__.upper()} is not allowed inside a query")
    return tree


def _func_name(node: exp.Expression) -> str:
    if isinstance(node, exp.Anonymous):
        return str(node.this).lower()
    return (node.sql_name() if hasattr(node, "sql_name") else type(node).__name__).lower()


def check_functions(tree: exp.Expression) -> exp.Expression:
    """No file, network, catalogue or settings functions (read_csv, glob, duckdb_settings, ...)."""
    for node in tree.find_all(exp.Func):
        name = _func_name(node)
        if name.startswith(FORBIDDEN_FUNC_PREFIXES) or type(node).__name__.lower().startswith(("read", "scan")):
            raise _reject(f"function {name}() is not allowed", "only plain SQL functions over the known tables")
    return tree


def _cte_references(tree: exp.Expression) -> set[int]:
    """ids of the Table nodes that name a CTE visible in their own scope (sqlglot's scope module).

    Matching names globally would let `(WITH pg_settings AS (...) ...) t, pg_settings` pass: the
    outer `pg_settings` is the real system table, only the inner one is the CTE.
    """
    try:
        scopes = traverse_scope(tree)
    except (SqlglotError, RecursionError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _reject(f"SQL could not be analysed ({type(exc).__name__})") from None
    refs: set[int] = set()
    for scope in scopes:
        for table in scope.tables:
            source = scope.sources.get(table.alias_or_name)
            if isinstance(source, Scope) and source.is_cte:
                refs.add(id(table))
    return refs


def check_tables(tree: exp.Expression, known: dict[str, list[str]]) -> tuple[str, ...]:
    """Every table is a known journey table or a CTE in scope, named plainly, not a function or file."""
    ctes = _cte_references(tree)
    used: list[str] = []
    for table in tree.find_all(exp.Table):
        if not isinstance(table.this, exp.Identifier):
            raise _reject("table functions and file paths are not allowed in FROM")
        if table.args.get("catalog") or (table.db and table.db.lower() != "main"):
            raise _reject(f"schema-qualified table {table.sql(dialect='duckdb')} is not allowed")
        if id(table) in ctes:
            continue
        name = table.name.lower()
        if name not in known:
            raise _reject(f"unknown table '{table.name}'", "known tables: " + ", ".join(sorted(known)))
        used.append(name)
    return tuple(dict.fromkeys(used))


def check_columns(tree: exp.Expression, known: dict[str, list[str]], tables: tuple[str, ...]) -> None:
    """Every column is a column of a table the query reads, or a name the query itself defines."""
    allowed = {c.lower() for t in tables for c in known[t]}
    allowed |= {a.alias.lower() for a in tree.find_all(exp.Alias) if a.alias}
    for ta in tree.find_all(exp.TableAlias):
        allowed.add(ta.name.lower())
        allowed |= {c.name.lower() for c in ta.columns}
    for col in tree.find_all(exp.Column):
        if isinstance(col.this, exp.Star):
            continue
        if col.name.lower() not in allowed:
            hint_cols = sorted({c for t in tables for c in known[t]})[:30]
            raise _reject(f"unknown column '{col.name}'", "known columns: " + ", ".join(hint_cols))


def enforce_limit(tree: exp.Expression, cap: int) -> tuple[exp.Expression, int]:
    """Add a LIMIT, or lower one above the cap (a non-literal limit is replaced by the cap)."""
    current = tree.args.get("limit")
    value = None
    if isinstance(current, exp.Limit):
        expr = current.expression
        if isinstance(expr, exp.Literal) and expr.is_int:
            value = int(expr.this)
    if value is None or value > cap or value < 0:
        value = cap
    tree = tree.limit(value, copy=False) if isinstance(tree, exp.Select) else tree.limit(value, copy=False)
    return tree, value


def name_columns(tree: exp.Expression) -> exp.Expression:
    """Name every computed output column by its SQL text (`COUNT(*)`), so the answer's columns are
    the same on every engine (unnamed, DuckDB says count_star() and Spark count(1))."""
    for col in list(tree.selects):
        if not isinstance(col, (exp.Alias, exp.Column, exp.Star)):
            col.replace(exp.alias_(col.copy(), col.sql(dialect="duckdb", comments=False), quoted=True))
    return tree


def guard_sql(sql: str, known: dict[str, list[str]], *, cap: int = DEFAULT_LIMIT) -> GuardedSQL:
    """Run every check; return the safe, re-generated SQL or raise QueryRejectedError."""
    known = {t.lower(): cols for t, cols in known.items() if not t.startswith("_")}
    tree = check_select(parse_single(check_text(sql)))
    check_functions(tree)
    tables = check_tables(tree, known)
    check_columns(tree, known, tables)
    tree, limit = enforce_limit(name_columns(tree), cap)
    try:
        out = tree.sql(dialect="duckdb", comments=False)
    except SqlglotError as exc:
        raise _reject(f"SQL could not be rendered: {exc}") from None
    # belt and braces: what we send must itself parse as one SELECT
    check_select(parse_single(out))
    return GuardedSQL(sql=out, tables=tables, limit=limit)


def run_guarded(gw: Gateway, sql: str, *, row_cap: int = DEFAULT_LIMIT) -> QueryResult:
    """Guard the SQL against the tables in the gateway's file, then run it in the gateway's killable
    child process (time limit, memory limit, row cap, cell cap)."""
    guarded = guard_sql(sql, gw.table_columns(), cap=row_cap)
    return gw.query_untrusted(guarded.sql, row_cap=row_cap)
