"""Every feedback row with its enrichment, as CSV (safe to open in a spreadsheet) or JSON."""
from __future__ import annotations

import csv
import json
from datetime import date, datetime
from typing import Any, Iterable, Sequence, TextIO

from knowledge.errors import ConfigError
from knowledge.gateway import Gateway

COLUMNS = ["feedback_id", "touchpoint_id", "language", "sentiment", "sentiment_score", "theme",
           "text", "ts", "rating", "nps", "channel", "customer_id"]
FORMATS = ("csv", "json")
# a spreadsheet runs a cell starting with these as a formula (CSV / formula injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PAGE = 20_000


def safe_cell(value: Any) -> Any:
    """Prefix ' to text a spreadsheet would read as a formula; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def iter_feedback(gw: Gateway) -> Iterable[tuple[Any, ...]]:
    """Feedback rows in feedback_id order, page by page (the gateway caps each query)."""
    cols = ", ".join(f"f.{c}" for c in COLUMNS)
    offset = 0
    while True:
        res = gw.query(f"SELECT {cols} FROM feedback f ORDER BY f.feedback_id LIMIT {PAGE} OFFSET {offset}",
                       row_cap=0, timeout_s=120)
        yield from res.rows
        if len(res.rows) < PAGE:
            return
        offset += PAGE


def write_feedback(gw: Gateway, out: TextIO, fmt: str = "csv", redact: Any = None) -> int:
    """Write every feedback row to `out` (each value through `redact` when given); return how many."""
    clean = (lambda v: redact(_plain(v))) if redact is not None else _plain
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format '{fmt}'", hint="use --format csv or --format json")
    n = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in iter_feedback(gw):
            writer.writerow([safe_cell(clean(v)) for v in row])
            n += 1
        return n
    out.write("[")
    for row in iter_feedback(gw):
        out.write(("," if n else "") + "\n" + json.dumps(dict(zip(COLUMNS, map(clean, row))), ensure_ascii=False))
        n += 1
    out.write("\n]\n")
    return n


def export_columns() -> Sequence[str]:
    """The exported columns, in order."""
    return list(COLUMNS)
