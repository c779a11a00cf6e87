"""Runnable SQL: a statement with its `?` parameters written in as safely quoted literals.

Answers show the SQL they ran ("Show SQL"); with placeholders it cannot be pasted into
duckdb. sqlglot's tokenizer finds the placeholders (so a `?` inside a string literal or a
comment is left alone) and sqlglot renders each value as a DuckDB literal (quotes doubled,
dates and timestamps cast), so nothing in a value can end the literal early.
"""
from __future__ import annotations

import math
from decimal import Decimal
from typing import Any, Sequence

import sqlglot
from sqlglot import exp
from sqlglot.tokens import TokenType

from knowledge.errors import QueryError

DIALECT = "duckdb"


def literal(value: Any) -> str:
    """One parameter value as a DuckDB literal."""
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return f"CAST('{'nan' if math.isnan(value) else ('inf' if value > 0 else '-inf')}' AS DOUBLE)"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    return exp.convert(value).sql(DIALECT)


def inline_params(sql: str, params: Sequence[Any] | None) -> str:
    """`sql` with each positional `?` replaced by its parameter; QueryError when the counts differ."""
    if not params:
        return sql
    if isinstance(params, dict):
        raise QueryError("named parameters cannot be inlined", hint="use positional ? parameters", code="sql_inline")
    marks = [t for t in sqlglot.Dialect.get_or_raise(DIALECT).tokenize(sql) if t.token_type == TokenType.PLACEHOLDER
             and t.text == "?"]
    if len(marks) != len(params):
        raise QueryError(f"{len(marks)} placeholders but {len(params)} parameters", code="sql_inline",
                         hint="the statement and its parameters do not belong together")
    out, pos = [], 0
    for tok, value in zip(marks, params):
        out.append(sql[pos:tok.start])
        out.append(literal(value))
        pos = tok.end + 1
    out.append(sql[pos:])
    return "".join(out)


class RecordingGateway:
    """A gateway that remembers every statement it ran with its parameters (one per tool call),
    so the SQL an answer shows can be written out with its values. Everything else is the gateway's."""

    def __init__(self, gateway: Any) -> None:
        self._gw = gateway
        self.statements: list[tuple[str, Sequence[Any] | None]] = []

    def query(self, sql: str, params: Sequence[Any] | None = None, **kwargs: Any) -> Any:
        self.statements.append((sql, params))
        return self._gw.query(sql, params, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._gw, name)

    def runnable(self, shown: Sequence[str]) -> list[str]:
        """The shown statements with the parameters they ran with; one never run is shown as it is."""
        ran = {sql: params for sql, params in self.statements}  # the last run of a statement wins
        return [inline_params(s, ran[s]) if s in ran and ran[s] else s for s in shown]
